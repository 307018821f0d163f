// The main path with the keyboard only, stretch by stretch: choose a setting with the arrow keys and
// start from its template; start blank, write the job title, Next; add a duty, undo with Ctrl+Z;
// back to the step navigation, Space and Enter on steps, and download the JSON.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { PswRoleDesigner } from '../../../components/role-designer/role-designer.component.js';
import type { PswRoleDocument } from '../../../components/role-document/role-document.component.js';
import { createRoleDocument } from '../../../src/model/create.js';
import type { RoleDocument } from '../../../src/model/schema.js';
import { deepActive, describeEl, expectFocused, resetPage, root, settle, spoken } from './helpers.js';
import { interceptDownloads } from '../util/downloads.js';

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

/** A role with only a title (no start screen, few controls). */
function titled(): RoleDocument {
  const d = createRoleDocument();
  return { ...d, role: { ...d.role, title: 'Ward Peer Support Worker' } };
}

async function press(designer: PswRoleDesigner, key: string): Promise<void> {
  await sendKeys({ press: key });
  await settle(designer);
}

describe('psw-role-designer: keyboard only', () => {
  beforeEach(() => resetPage());
  afterEach(() => resetPage());

  /** The designer in a wrapper after a "Before" button that has focus (so Tab enters the designer). */
  async function mount(value?: RoleDocument, step?: string): Promise<{ wrapper: PswRoleDocument; designer: PswRoleDesigner }> {
    const container = await fixture<HTMLDivElement>(html`<div><button id="before">Before</button></div>`);
    const wrapper = document.createElement('psw-role-document');
    if (value) wrapper.value = value;
    const designer = document.createElement('psw-role-designer');
    if (step) designer.step = step as PswRoleDesigner['step'];
    wrapper.append(designer);
    container.append(wrapper);
    await settle(designer);
    container.querySelector<HTMLButtonElement>('#before')!.focus();
    return { wrapper, designer };
  }

  // The whole journey with the keyboard alone is the end-to-end test (test/e2e/designer.test.mjs);
  // here each stretch of it starts where the one before ends, so none depends on a long Tab walk.

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

  it('starts blank with Space, writes the job title, and goes on with Next', async () => {
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
  });

  it('adds a duty from the top of the Duties step, and Ctrl+Z takes its name back', async () => {
    const { wrapper, designer } = await mount(titled(), 'duties');
    // Undo, Redo and Save a version, then the step navigation.
    await tabTo(designer, /^2\. Duties, /, { max: 5 });
    await tabTo(designer, 'Add duty');
    await press(designer, 'Enter');
    expect(nameOf(deepActive())).to.equal('Duty title');
    await sendKeys({ type: 'Welcome people to the ward' });
    await settle(designer);
    expect(wrapper.value.duties.map((d) => d.title)).to.deep.equal(['Welcome people to the ward']);
    // The store's undo, not the input's.
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'z' });
    await sendKeys({ up: 'Control' });
    await settle(designer);
    expect(wrapper.value.duties.map((d) => d.title)).to.deep.equal(['']);
  });

  it('jumps back to the step navigation from the top of a step; Space and Enter switch steps', async () => {
    const { designer } = await mount(titled(), 'duties');
    await tabTo(designer, 'Next: Boundaries');
    await press(designer, 'Enter');
    expect(designer.step).to.equal('boundaries');
    // From the top of the step, Shift+Tab reaches the navigation; the name ends with the step's findings.
    const role = await tabTo(designer, /^1\. Role, /, { back: true, max: 6 });
    await press(designer, ' ');
    expect(designer.step).to.equal('role');
    expect(role.getAttribute('aria-current')).to.equal('step');
    const review = await tabTo(designer, /^6\. Review and export, /, { max: 5 });
    await press(designer, 'Enter');
    expect(designer.step).to.equal('review');
    expectFocused(review);
  });

  it('downloads the JSON from the Review step', async () => {
    const { designer } = await mount(createRoleDocument({ template: 'adult-community' }), 'review');
    const downloads = interceptDownloads();
    try {
      await tabTo(designer, 'Download JSON');
      await press(designer, 'Enter');
      await downloads.saving();
      expect(downloads.saved.map((s) => s.filename)).to.have.length(1);
      const file = JSON.parse(await downloads.saved[0]!.blob.text());
      expect(file.document.context.setting).to.equal('adult-community');
    } finally {
      downloads.restore();
    }
  });
});
