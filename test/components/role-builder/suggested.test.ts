// The template's suggestions for the post (meta.suggested) in the builder: each such field says so,
// with a Confirm button (one undoable edit, focus back to the field); changing the field confirms it.
import { expect } from '@open-wc/testing';
import { createRoleDocument } from '../../../src/model/create.js';
import { button, choose, collect, field, focused, mountInWrapper, openSection, resetPage, root, settle, typeInto } from './helpers.js';


/** The note that describes a control as a template's suggestion, or null. */
function suggestionOf(builder: Element, control: HTMLElement): HTMLElement | null {
  const id = (control.getAttribute('aria-describedby') ?? '').split(/\s+/).find((x) => x.endsWith('-suggested'));
  return id ? root(builder).getElementById(id) : null;
}
const text = (el: Element) => el.textContent!.replace(/\s+/g, ' ').trim();

describe('psw-role-builder: a template’s suggestions for the post', () => {
  beforeEach(() => resetPage());
  afterEach(() => resetPage());

  it('marks the progression route as the template’s, confirmed as a whole, with focus on its first step', async () => {
    const { wrapper, builder } = await mountInWrapper(createRoleDocument({ template: 'adult-community' }));
    await openSection(builder, 'Progression');
    expect(text(root(builder).getElementById('progression-steps-suggested')!)).to.equal('Suggested by the template: check it for this post and change what differs, then confirm it.');
    expect(root(builder).querySelectorAll('.finding[data-rule="R66"]').length).to.equal(0);
    const steps = structuredClone(wrapper.value.progression.steps);
    button(builder, 'Confirm the progression route').click();
    await settle(builder);
    expect(wrapper.value.meta.suggested).to.not.include('progression.steps');
    expect(wrapper.value.progression.steps).to.deep.equal(steps);
    expect(root(builder).getElementById('progression-steps-suggested')).to.equal(null);
    expect(focused(builder)?.id).to.equal(`step-${steps[0]!.id}-title`);
  });

  it('marks each suggested field; Confirm keeps the value, removes the mark in one undo step and returns focus', async () => {
    const { wrapper, builder } = await mountInWrapper(createRoleDocument({ template: 'adult-community' }));
    await openSection(builder, 'Employment');
    const hours = field(builder, 'Hours per week');
    const note = suggestionOf(builder, hours)!;
    expect(text(note)).to.equal('Suggested by the template: check it for this post, then confirm it or change it.');
    expect(root(builder).querySelectorAll('.finding[data-rule="R66"]').length, 'the note says it; the finding is not repeated').to.equal(0);
    expect(suggestionOf(builder, field(builder, 'Reports to')), 'the reporting line too').to.not.equal(null);
    expect(suggestionOf(builder, field(builder, 'Base')), 'the template left the base empty: nothing to confirm').to.equal(null);
    const changes = collect(builder, 'psw-change');
    button(builder, 'Confirm Hours per week').click();
    await settle(builder);
    expect(wrapper.value.employment.hoursPerWeek).to.equal(37.5);
    expect(wrapper.value.meta.suggested).to.not.include('employment.hoursPerWeek');
    expect(suggestionOf(builder, field(builder, 'Hours per week'))).to.equal(null);
    expect(focused(builder)).to.equal(field(builder, 'Hours per week'));
    expect(changes).to.have.length(1);
    wrapper.undo();
    await settle(builder);
    expect(wrapper.value.meta.suggested).to.include('employment.hoursPerWeek');
  });

  it('changing a suggested field confirms it: the note goes', async () => {
    const { wrapper, builder } = await mountInWrapper(createRoleDocument({ template: 'adult-community' }));
    await openSection(builder, 'Employment');
    choose(field<HTMLSelectElement>(builder, 'Contract type'), 'fixed-term');
    typeInto(field(builder, 'Working pattern'), 'Tuesday to Friday, 9 to 5');
    await settle(builder);
    expect(wrapper.value.meta.suggested).to.not.include.members(['employment.contractType', 'employment.workPattern']);
    expect(suggestionOf(builder, field(builder, 'Contract type'))).to.equal(null);
    expect(suggestionOf(builder, field(builder, 'Working pattern'))).to.equal(null);
    expect(suggestionOf(builder, field(builder, 'Band')), 'the others stay suggestions').to.not.equal(null);
  });
});
