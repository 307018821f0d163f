// What a template says the employer provides (induction, peer-specific training, mandatory training,
// development, the supervision pattern) is its suggestion, like the post facts: the planner says so
// beside each field or list, with Confirm; confirming or changing it settles it, and no advert
// states it before.
import { expect, fixture, html } from '@open-wc/testing';
import '../../../components/role-document/role-document.js';
import '../../../components/supervision-planner/supervision-planner.js';
import type { PswRoleDocument } from '../../../components/role-document/role-document.component.js';
import { createRoleDocument } from '../../../src/model/create.js';
import { control, resetPage, shadow, type } from './helpers.js';

const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** A planner in a wrapper holding a new role from the adult community template. */
async function fromTemplate() {
  const wrapper = await fixture<PswRoleDocument>(html`<psw-role-document .value=${createRoleDocument({ template: 'adult-community' })}>
    <psw-supervision-planner></psw-supervision-planner></psw-role-document>`);
  const planner = wrapper.querySelector('psw-supervision-planner')!;
  await planner.updateComplete;
  await planner.updateComplete;
  return { wrapper, planner, root: shadow(planner) };
}

describe('psw-supervision-planner: a template’s suggestions of what the employer provides', () => {
  beforeEach(resetPage);
  afterEach(resetPage);

  it('marks the training a template wrote as one offer to confirm; typing in a part settles that part, Confirm the rest', async () => {
    const { wrapper, planner, root } = await fromTemplate();
    const offer = ['training.induction', 'training.peerSpecific', 'training.mandatory', 'training.development'];
    expect(wrapper.value.meta.suggested).to.include.members(offer);
    expect(text(root.getElementById('training-heading-suggested'))).to.equal('Suggested by the template: check it for this post and change what differs, then confirm it.');
    expect(root.querySelectorAll('.finding[data-rule="R66"]').length, 'the note says it; the findings are not repeated').to.equal(0);

    // Each part still suggested is described by the one note.
    expect(control(root, 'Induction').getAttribute('aria-describedby')).to.contain('training-heading-suggested');
    const development = control<HTMLTextAreaElement>(root, 'Development');
    await type(planner, development, 'A yearly review with the peer support lead.');
    expect(wrapper.value.meta.suggested).to.not.include('training.development');
    expect(wrapper.value.meta.suggested).to.include.members(['training.induction', 'training.mandatory']);
    const before = structuredClone(wrapper.value.training);
    root.querySelector<HTMLButtonElement>('button[aria-label="Confirm the training offer"]')!.click();
    await planner.updateComplete;
    await planner.updateComplete;
    expect(wrapper.value.meta.suggested ?? []).to.not.include.members(offer.slice(0, 3));
    expect(wrapper.value.training, 'the offer stays as it was').to.deep.equal(before);
    expect(root.getElementById('training-heading-suggested')).to.equal(null);
    expect(root.activeElement?.id).to.equal('training-heading');
    wrapper.undo();
    await planner.updateComplete;
    expect(wrapper.value.meta.suggested, 'one edit, undone at once').to.include.members(['training.induction', 'training.peerSpecific', 'training.mandatory']);
    await expect(planner).to.be.accessible();
  });

  it('marks the supervision pattern as the template’s, confirmed as a whole', async () => {
    const { wrapper, planner, root } = await fromTemplate();
    expect(text(root.getElementById('arrangements-heading-suggested'))).to.equal('Suggested by the template: check it for this post and change what differs, then confirm it.');
    expect(root.querySelectorAll('.finding[data-rule="R66"]').length, 'the note says it; the finding is not repeated').to.equal(0);
    const before = structuredClone(wrapper.value.supervision.arrangements);
    root.querySelector<HTMLButtonElement>('button[aria-label="Confirm the supervision pattern"]')!.click();
    await planner.updateComplete;
    await planner.updateComplete;
    expect(wrapper.value.meta.suggested).to.not.include('supervision.arrangements');
    expect(wrapper.value.supervision.arrangements, 'the list stays as it was').to.deep.equal(before);
    expect(root.getElementById('arrangements-heading-suggested')).to.equal(null);
    expect(root.activeElement?.id, 'focus goes to the list’s heading').to.equal('arrangements-heading');
    // Editing an arrangement, or answering about its provider, does not settle the pattern: only Confirm does.
    wrapper.undo();
    await planner.updateComplete;
    expect(wrapper.value.meta.suggested).to.include('supervision.arrangements');
    const peer = root.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')[0]!;
    peer.click();
    await planner.updateComplete;
    expect(wrapper.value.meta.suggested).to.include('supervision.arrangements');
    // "Go to the field" on the suggestion's finding lands on its Confirm.
    planner.dispatchEvent(new CustomEvent('psw-navigate', { bubbles: true, composed: true, detail: { path: 'supervision.arrangements' } }));
    await planner.updateComplete;
    await new Promise((r) => setTimeout(r, 50));
    expect(root.activeElement?.getAttribute('aria-label')).to.equal('Confirm the supervision pattern');
  });
});
