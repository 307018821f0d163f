// What a host page's CSS does to the elements (components/base/host.styles.ts).
// Sizes: a page that sets `html { font-size: 62.5% }` (10px, as Bootstrap 3 does) with 14px text gets
// hints at 0.875 of its text, not 8.75px, checkboxes of at least 24px, and the narrow layouts in the
// same columns as any page; a page with the browser's root size gets exactly what rem gives; a page
// with larger text gets larger elements.
// Inherited text styles: a container that does not wrap, indents, capitalises or slants its text
// passes none of that into the elements, and one whose text size is 0 leaves them readable.
import { expect, fixture, html } from '@open-wc/testing';
import type { PswRoleDocument } from '../../../components/role-document/role-document.component.js';
import type { PswSupervisionPlanner } from '../../../components/supervision-planner/supervision-planner.component.js';
import '../../../components/role-document/role-document.js';
import '../../../components/supervision-planner/supervision-planner.js';
import '../../../components/boundary-checklist/boundary-checklist.js';

async function mount(rootSize: string, textSize: string, width = '') {
  document.documentElement.style.fontSize = rootSize;
  const wrapper = await fixture<PswRoleDocument>(html`<psw-role-document template="adult-community">
    <psw-supervision-planner></psw-supervision-planner>
  </psw-role-document>`);
  wrapper.style.fontSize = textSize;
  wrapper.style.width = width;
  await wrapper.updateComplete;
  const planner = wrapper.querySelector<PswSupervisionPlanner>('psw-supervision-planner')!;
  await planner.updateComplete;
  const root = planner.shadowRoot!;
  const px = (el: Element, property: 'fontSize' | 'width' | 'height') => parseFloat(getComputedStyle(el)[property]);
  const hints = [...root.querySelectorAll('.hint')];
  const boxes = [...root.querySelectorAll('input[type=checkbox], input[type=radio]')].filter((b) => b.getClientRects().length);
  expect(hints.length, 'hints').to.be.greaterThan(0);
  expect(boxes.length, 'checkboxes and radios').to.be.greaterThan(0);
  const yearRow = root.querySelector('.pic-row:not(.pic-head)');
  expect(yearRow, 'the year at a glance').to.exist;
  return {
    /** The columns of the year at a glance: 13 with the labels beside the months, 12 in a narrow column. */
    yearColumns: getComputedStyle(yearRow!).gridTemplateColumns.split(' ').length,
    fits: [...root.querySelectorAll('.picture, .pic-row')].every((el) => el.scrollWidth <= el.clientWidth + 1),
    hintSizes: new Set(hints.map((h) => px(h, 'fontSize'))),
    smallestBox: Math.min(...boxes.flatMap((b) => [px(b, 'width'), px(b, 'height')])),
  };
}

describe('sizes whatever the page’s root font size', () => {
  afterEach(() => document.documentElement.style.removeProperty('font-size'));

  it('a 10px root (62.5%) with 14px text: hints at 0.875 of the text, checkboxes at least 24px', async () => {
    const { hintSizes, smallestBox } = await mount('62.5%', '14px');
    expect([...hintSizes]).to.deep.equal([12.25]);
    expect(smallestBox).to.be.at.least(24);
  });

  it('the browser’s root size (16px): what rem gives, also where the text is smaller', async () => {
    const { hintSizes, smallestBox } = await mount('16px', '14px');
    expect([...hintSizes]).to.deep.equal([14]);
    expect(smallestBox).to.equal(24);
  });

  it('a 420px column on a 10px-root page takes the narrow layout, as it does on any page', async () => {
    for (const root of ['62.5%', '16px']) {
      const { yearColumns, fits } = await mount(root, '14px', '420px');
      expect(yearColumns, root).to.equal(12);
      expect(fits, root).to.equal(true);
    }
    expect((await mount('62.5%', '14px', '700px')).yearColumns, 'a wide column').to.equal(13);
  });

  it('text larger than the root: the elements grow with it', async () => {
    const { hintSizes, smallestBox } = await mount('16px', '20px');
    expect([...hintSizes]).to.deep.equal([17.5]);
    expect(smallestBox).to.equal(30);
  });
});

describe('the text styles of the container an element sits in', () => {
  it('a nowrap, indented, capitalised, italic column: the elements wrap within it and show text as written', async () => {
    const column = await fixture<HTMLDivElement>(html`<div class="cms"><psw-role-document template="adult-community">
      <psw-boundary-checklist></psw-boundary-checklist>
    </psw-role-document></div>`);
    Object.assign(column.style, {
      width: '480px', whiteSpace: 'nowrap', textIndent: '3em', textTransform: 'uppercase', fontStyle: 'italic',
      fontVariant: 'small-caps', wordBreak: 'break-all', textShadow: '0 0 2px red',
    });
    const checklist = column.querySelector('psw-boundary-checklist')!;
    await checklist.updateComplete;
    expect(checklist.scrollWidth, 'no wider than the column').to.be.at.most(480);
    const root = checklist.shadowRoot!;
    const texts = [root.querySelector('.intro'), root.querySelector('label'), root.querySelector('textarea, input')];
    for (const el of texts) {
      expect(el, 'found').to.exist;
      const cs = getComputedStyle(el!);
      expect([cs.whiteSpace, cs.textIndent, cs.textTransform, cs.fontStyle, cs.fontVariant, cs.wordBreak, cs.textShadow], el!.localName)
        .to.deep.equal(['normal', '0px', 'none', 'normal', 'normal', 'normal', 'none']);
    }
  });

  it('a container whose text size is 0 (the inline-block gap trick): the text stays readable, and a size the page gives the element still wins', async () => {
    const row = await fixture<HTMLDivElement>(html`<div style="font-size: 0"><psw-role-document template="adult-community">
      <psw-boundary-checklist></psw-boundary-checklist>
    </psw-role-document></div>`);
    const checklist = row.querySelector('psw-boundary-checklist')!;
    await checklist.updateComplete;
    const rootSize = parseFloat(getComputedStyle(document.documentElement).fontSize);
    const label = checklist.shadowRoot!.querySelector('label')!;
    expect(parseFloat(getComputedStyle(label).fontSize), 'at least 0.75rem').to.be.at.least(0.75 * rootSize);
    expect(label.getBoundingClientRect().height, 'the label takes room').to.be.greaterThan(0);
    checklist.style.fontSize = '9px';
    expect(getComputedStyle(label).fontSize).to.equal('9px');
  });
});
