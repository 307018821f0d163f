// The main paths with the keyboard only: choose a setting with the arrow keys and start from its
// template; start blank, write the job title, Next, add a duty, undo with Ctrl+Z, jump to Review
// from the step navigation, and download the JSON.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { PswRoleDesigner } from '../../../components/role-designer/role-designer.component.js';
import type { PswRoleDocument } from '../../../components/role-document/role-document.component.js';
import { deepActive, describeEl, expectFocused, interceptDownloads, resetPage, root, settle, spoken } from './helpers.js';

const nameOf = (el: Element | null) =>
  !el ? '' : (el as HTMLInputElement).labels?.[0]?.textContent?.trim() ?? el.getAttribute('aria-label') ?? spoken(el);

/** Presses Tab (or Shift+Tab) until the focused element's name is `name`, at most `max` times. */
async function tabTo(designer: PswRoleDesigner, name: string | RegExp, { back = false, max = 300 } = {}): Promise<Element> {
  for (let i = 0; i < max; i++) {
    if (back) await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    if (back) await sendKeys({ up: 'Shift' });
    const el = deepActive();
    if (typeof name === 'string' ? nameOf(el) === name : name.test(nameOf(el))) return el!;
  }
  await settle(designer);
  throw new Error(`"${name}" not reached with ${back ? 'Shift+Tab' : 'Tab'}; focus is on ${describeEl(deepActive())}`);
}

async function press(designer: PswRoleDesigner, key: string): Promise<void> {
  await sendKeys({ press: key });
  await settle(designer);
}

describe('psw-role-designer: keyboard only', () => {
  beforeEach(() => resetPage());
  afterEach(() => resetPage());

  async function mount(): Promise<{ wrapper: PswRoleDocument; designer: PswRoleDesigner }> {
    const container = await fixture<HTMLDivElement>(html`<div>
      <button id="before">Before</button>
      <psw-role-document><psw-role-designer></psw-role-designer></psw-role-document>
    </div>`);
    const wrapper = container.querySelector<PswRoleDocument>('psw-role-document')!;
    const designer = container.querySelector<PswRoleDesigner>('psw-role-designer')!;
    await settle(designer);
    container.querySelector<HTMLButtonElement>('#before')!.focus();
    return { wrapper, designer };
  }

  it('chooses a setting with the arrow keys and starts from its template', async () => {
    const { wrapper, designer } = await mount();
    // The chosen setting is the first stop; an arrow key picks the next one.
    await tabTo(designer, 'Adult community mental health', { max: 3 });
    await press(designer, 'ArrowDown');
    expect(nameOf(deepActive())).to.equal('Acute inpatient ward');
    await tabTo(designer, 'Start from this template', { max: 3 });
    await press(designer, 'Enter');
    expect(wrapper.value.context.setting).to.equal('acute-inpatient');
    expect(nameOf(deepActive())).to.equal('Job title');
  });

  it('completes the main path from the start screen to a downloaded file', async () => {
    const { wrapper, designer } = await mount();
    await tabTo(designer, 'Start from a blank role', { max: 4 });
    await press(designer, ' ');
    expect(nameOf(deepActive())).to.equal('Job title');
    await sendKeys({ type: 'Ward Peer Support Worker' });
    await settle(designer);
    expect(wrapper.value.role.title).to.equal('Ward Peer Support Worker');

    // Next: Duties takes focus to the top of the step.
    await tabTo(designer, 'Next: Duties');
    await press(designer, 'Enter');
    expect(designer.step).to.equal('duties');
    expectFocused(root(designer).querySelector('#panel-title-duties'));

    // Add a duty and name it; Ctrl+Z takes the name back (the store's undo, not the input's).
    await tabTo(designer, 'Add duty');
    await press(designer, 'Enter');
    expect(nameOf(deepActive())).to.equal('Duty title');
    await sendKeys({ type: 'Welcome people to the ward' });
    await settle(designer);
    expect(wrapper.value.duties.map((d) => d.title)).to.deep.equal(['Welcome people to the ward']);
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'z' });
    await sendKeys({ up: 'Control' });
    await settle(designer);
    expect(wrapper.value.duties.map((d) => d.title)).to.deep.equal(['']);

    // Next, then back from the top of the step to the navigation, and Space on Review.
    await tabTo(designer, 'Next: Boundaries');
    await press(designer, 'Enter');
    expect(designer.step).to.equal('boundaries');
    // The step's name ends with what the assessment found there.
    const review = await tabTo(designer, /^6\. Review and export, /, { back: true, max: 1 });
    await press(designer, ' ');
    expect(designer.step).to.equal('review');
    expect(review.getAttribute('aria-current')).to.equal('step');

    const downloads = interceptDownloads();
    try {
      await tabTo(designer, 'Download JSON');
      await press(designer, 'Enter');
      await new Promise((r) => setTimeout(r, 50));
      expect(downloads.saved.map((s) => s.filename)).to.have.length(1);
      const file = JSON.parse(await downloads.saved[0]!.blob.text());
      expect(file.document.role.title).to.equal('Ward Peer Support Worker');
    } finally {
      downloads.restore();
    }
  });
});
