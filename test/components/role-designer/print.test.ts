// The designer's Print (the job description's Print button in the Review step) prints the job
// description alone: while that print runs, the page's other content and the designer's other
// parts are marked hidden for print, and everything is as it was once it ends. Any other print of
// the page is left alone. `window.print` is replaced by one that fires the print events, as a
// browser's does around its dialogue.
import { expect } from '@open-wc/testing';
import { createRoleDocument } from '../../../src/model/create.js';
import { PRINT_HIDDEN } from '../../../components/role-designer/print.js';
import { button, inStep, mountInWrapper, resetPage, root } from './helpers.js';

const hiddenForPrint = (el: Element) => el.hasAttribute(PRINT_HIDDEN);
/** Every element marked for print, in the document and in the shadow roots under it. */
function marked(scope: Document | ShadowRoot = document): Element[] {
  const out: Element[] = [];
  for (const el of scope.querySelectorAll('*')) {
    if (hiddenForPrint(el)) out.push(el);
    if (el.shadowRoot) out.push(...marked(el.shadowRoot));
  }
  return out;
}
const printRule = (sheets: readonly CSSStyleSheet[]) =>
  sheets.some((s) => [...s.cssRules].some((r) => r instanceof CSSMediaRule && r.media.mediaText === 'print' && r.cssText.includes(PRINT_HIDDEN)));

describe('psw-role-designer: Print prints the job description alone', () => {
  const realPrint = window.print;
  let pageNav: HTMLElement;
  let pageFooter: HTMLElement;
  beforeEach(() => {
    resetPage();
    pageNav = document.createElement('nav');
    pageNav.textContent = 'Intranet menu';
    pageFooter = document.createElement('footer');
    pageFooter.textContent = 'Intranet footer';
    document.body.prepend(pageNav);
    document.body.append(pageFooter);
  });
  afterEach(() => {
    window.print = realPrint;
    pageNav.remove();
    pageFooter.remove();
    resetPage();
  });

  it('marks everything but the job description hidden during the print, and restores it after', async () => {
    const { wrapper, designer } = await mountInWrapper(createRoleDocument({ template: 'adult-community' }), { step: 'review' });
    const jd = inStep(designer, 'psw-job-description');
    const insights = inStep(designer, 'psw-role-insights');
    const exporter = inStep(designer, 'psw-role-export');
    const toolbar = root(designer).querySelector('[part~="toolbar"]')!;
    const steps = root(designer).querySelector('[part~="steps"]')!;
    const pager = root(designer).querySelector('[part~="pager"]')!;
    const panelHead = root(designer).querySelector('.panel-head')!;
    let during: Record<string, boolean> | undefined;
    window.print = () => {
      window.dispatchEvent(new Event('beforeprint'));
      during = {
        pageNav: hiddenForPrint(pageNav),
        pageFooter: hiddenForPrint(pageFooter),
        insights: hiddenForPrint(insights),
        exporter: hiddenForPrint(exporter),
        toolbar: hiddenForPrint(toolbar),
        steps: hiddenForPrint(steps),
        pager: hiddenForPrint(pager),
        panelHead: hiddenForPrint(panelHead),
        jd: hiddenForPrint(jd),
        designer: hiddenForPrint(designer),
        wrapper: hiddenForPrint(wrapper),
        body: hiddenForPrint(document.body),
        documentSheet: printRule(document.adoptedStyleSheets),
        designerSheet: printRule(root(designer).adoptedStyleSheets),
      };
      window.dispatchEvent(new Event('afterprint'));
    };
    button(root(jd), 'Print').click();
    expect(during, 'the Print button printed').to.deep.equal({
      pageNav: true, pageFooter: true, insights: true, exporter: true, toolbar: true, steps: true, pager: true, panelHead: true,
      jd: false, designer: false, wrapper: false, body: false, documentSheet: true, designerSheet: true,
    });
    expect(marked()).to.deep.equal([], 'nothing stays marked after the print');
    expect(printRule(document.adoptedStyleSheets)).to.equal(false);
    expect(printRule(root(designer).adoptedStyleSheets)).to.equal(false);
  });

  it('leaves what the page marked itself, and leaves any other print of the page alone', async () => {
    const { designer } = await mountInWrapper(createRoleDocument({ template: 'adult-community' }), { step: 'review' });
    pageFooter.setAttribute(PRINT_HIDDEN, '');
    let whilePrinting: Element[] = [];
    window.print = () => {
      window.dispatchEvent(new Event('beforeprint'));
      whilePrinting = marked();
      window.dispatchEvent(new Event('afterprint'));
    };
    window.print(); // Ctrl+P, or the browser's menu
    expect(whilePrinting).to.deep.equal([pageFooter], 'only what the page marked itself');

    // A click elsewhere in the designer does not arm it for a later print.
    root(designer).querySelector<HTMLButtonElement>('button.step[data-step="review"]')!.click();
    window.print();
    expect(whilePrinting).to.deep.equal([pageFooter]);

    button(root(inStep(designer, 'psw-job-description')), 'Print').click();
    expect(whilePrinting.length).to.be.greaterThan(3);
    expect(marked()).to.deep.equal([pageFooter], 'the page’s own mark stays');
  });
});
