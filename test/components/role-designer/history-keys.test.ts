// Undo and redo with the keyboard in a step's editor (the builder, checklist and planner take the
// keys with their own DocumentController) are said on the designer's announcements line, as its
// toolbar's Undo and Redo are: once each, and nothing when nothing was undone.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createRoleDocument } from '../../../src/model/create.js';
import type { PswRoleDesigner } from '../../../components/role-designer/role-designer.component.js';
import { button, deepActive, field, hostOf, inStep, mountInWrapper, resetPage, root, settle, typeInto } from './helpers.js';

/** The announcements line as it is (a message said twice in a row would end in a zero-width space). */
const announced = (designer: PswRoleDesigner) => root(designer).querySelector('.announce')!.textContent;

/** Presses `key` with the modifiers held (in order), where focus is, and waits for the designer. */
async function chord(designer: PswRoleDesigner, modifiers: string[], key: string): Promise<void> {
  for (const m of modifiers) await sendKeys({ down: m });
  await sendKeys({ press: key });
  for (const m of [...modifiers].reverse()) await sendKeys({ up: m });
  await settle(designer);
}

describe('psw-role-designer: undo and redo keys in a step’s editor are announced', () => {
  beforeEach(() => resetPage());
  afterEach(() => resetPage());

  it('says Ctrl+Z and Ctrl+Y in the builder once each, as the toolbar buttons do, and nothing when nothing was undone', async () => {
    const { wrapper, designer } = await mountInWrapper(createRoleDocument({ template: 'crisis' }));
    const before = wrapper.value.role.title;
    const title = field(root(inStep(designer, 'psw-role-builder')), 'Job title');
    title.focus();
    await chord(designer, ['Control'], 'z');
    expect(announced(designer), 'nothing to undo: nothing said').to.equal('');

    typeInto(title, 'Crisis Peer Worker');
    await settle(designer);
    // Where each psw-change came from (read in the listener: the path is gone after dispatch).
    const changes: EventTarget[] = [];
    designer.addEventListener('psw-change', (e) => changes.push(e.composedPath()[0]!));
    await chord(designer, ['Control'], 'z');
    expect(wrapper.value.role.title).to.equal(before);
    expect(changes[0] === inStep(designer, 'psw-role-builder')).to.equal(true, 'the builder took the key');
    expect(announced(designer)).to.equal('Last change undone.');

    field(root(inStep(designer, 'psw-role-builder')), 'Job title').focus();
    await chord(designer, ['Control'], 'y');
    expect(wrapper.value.role.title).to.equal('Crisis Peer Worker');
    expect(announced(designer)).to.equal('Change redone.');

    // The toolbar's Undo after the keys: said once (twice would add a zero-width space).
    root(designer).querySelector<HTMLButtonElement>('#undo')!.click();
    await settle(designer);
    expect(wrapper.value.role.title).to.equal(before);
    expect(announced(designer)).to.equal('Last change undone.');
    expect(changes).to.have.length(3);
    expect(changes[2] === designer).to.equal(true, 'the toolbar’s from the designer');
  });

  it('says Ctrl+Z and Ctrl+Shift+Z in the checklist and the planner', async () => {
    const { wrapper, designer } = await mountInWrapper(createRoleDocument({ template: 'crisis' }), { step: 'boundaries' });
    const card = root(inStep(designer, 'psw-boundary-checklist')).querySelector<HTMLElement>('[part~="topic"]')!;
    card.querySelector<HTMLButtonElement>('button[aria-expanded]')!.click();
    await settle(designer);
    const position = field<HTMLTextAreaElement>(card, 'Position');
    const before = JSON.stringify(wrapper.value.boundaries);
    typeInto(position, 'Agreed with each person at the start.');
    await settle(designer);
    await chord(designer, ['Control'], 'z');
    expect(JSON.stringify(wrapper.value.boundaries)).to.equal(before);
    expect(announced(designer)).to.equal('Last change undone.');
    field<HTMLTextAreaElement>(card, 'Position').focus();
    await chord(designer, ['Control', 'Shift'], 'Z');
    expect(JSON.stringify(wrapper.value.boundaries)).to.not.equal(before);
    expect(announced(designer)).to.equal('Change redone.');

    designer.step = 'support';
    await settle(designer);
    const planner = inStep(designer, 'psw-supervision-planner');
    const arrangements = wrapper.value.supervision.arrangements.length;
    button(root(planner), 'Add supervision arrangement').click();
    await settle(designer);
    expect(wrapper.value.supervision.arrangements).to.have.length(arrangements + 1);
    expect(hostOf(deepActive())).to.equal(planner, 'focus is in the planner');
    await chord(designer, ['Control'], 'z');
    expect(wrapper.value.supervision.arrangements).to.have.length(arrangements);
    expect(announced(designer)).to.equal('Last change undone.');
  });
});
