// What a template says the employer provides (induction, mandatory training, development) is its
// suggestion, like the post facts: the planner says so beside each field, with Confirm; confirming
// or changing it settles it, and no advert states it before.
import { expect, fixture, html } from '@open-wc/testing';
import '../../../components/role-document/role-document.js';
import '../../../components/supervision-planner/supervision-planner.js';
import type { PswRoleDocument } from '../../../components/role-document/role-document.component.js';
import type { PswSupervisionPlanner } from '../../../components/supervision-planner/supervision-planner.component.js';
import { createRoleDocument } from '../../../src/model/create.js';
import { control, resetPage, shadow, type } from './helpers.js';

const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The note that describes a control as a template's suggestion, or null. */
function suggestionOf(planner: PswSupervisionPlanner, c: HTMLElement): HTMLElement | null {
  const id = (c.getAttribute('aria-describedby') ?? '').split(/\s+/).find((x) => x.endsWith('-suggested'));
  return id ? shadow(planner).getElementById(id) : null;
}

describe('psw-supervision-planner: a template’s suggestions of what the employer provides', () => {
  beforeEach(resetPage);
  afterEach(resetPage);

  it('marks the training lines a template wrote; Confirm settles one, typing settles another', async () => {
    const wrapper = await fixture<PswRoleDocument>(html`<psw-role-document .value=${createRoleDocument({ template: 'adult-community' })}>
      <psw-supervision-planner></psw-supervision-planner></psw-role-document>`);
    const planner = wrapper.querySelector('psw-supervision-planner')!;
    await planner.updateComplete;
    await planner.updateComplete;
    const mandatory = control<HTMLTextAreaElement>(shadow(planner), 'Mandatory training');
    expect(text(suggestionOf(planner, mandatory))).to.equal('Suggested by the template: check it for this post, then confirm it or change it.');
    expect(shadow(planner).querySelectorAll('.finding[data-rule="R66"]').length, 'the note says it; the finding is not repeated').to.equal(0);
    shadow(planner).querySelector<HTMLButtonElement>('button[aria-label="Confirm Mandatory training"]')!.click();
    await planner.updateComplete;
    expect(wrapper.value.meta.suggested).to.not.include('training.mandatory');
    expect(wrapper.value.training.mandatory).to.equal(createRoleDocument({ template: 'adult-community' }).training.mandatory);
    expect(suggestionOf(planner, control(shadow(planner), 'Mandatory training'))).to.equal(null);

    const development = control<HTMLTextAreaElement>(shadow(planner), 'Development');
    expect(suggestionOf(planner, development)).to.not.equal(null);
    await type(planner, development, 'A yearly review with the peer support lead.');
    expect(wrapper.value.meta.suggested).to.not.include('training.development');
    expect(suggestionOf(planner, control(shadow(planner), 'Development'))).to.equal(null);
    await expect(planner).to.be.accessible();
  });
});
