// The planner with an organisation profile: team, leadership and wellbeing facts and peer
// supervision arrangements show the organisation's answers (marked, with its asOf date); a post can
// override them and go back; a newer profile reaches every planner at once; axe stays clean.
import { expect, fixture, html } from '@open-wc/testing';
import type { PswRoleDocument } from '../../../components/role-document/role-document.component.js';
import type { PswSupervisionPlanner } from '../../../components/supervision-planner/supervision-planner.component.js';
import type { RoleDocument } from '../../../src/model/schema.js';
import { testProfile } from '../../fixtures/profiles.js';
import { activeIn, button, click, control, docWith, item, pick, resetPage, shadow, type } from './helpers.js';

const withPeerSupervision = () =>
  docWith((d) => ({ ...d, supervision: { ...d.supervision, arrangements: [{ id: 'a1', type: 'peer-supervision' }, { id: 'a2', type: 'line-management' }] } }) as RoleDocument);

async function mount(profile: unknown, readonly = false, planners = 1) {
  const wrapper = await fixture<PswRoleDocument>(html`<psw-role-document ?readonly=${readonly}>
    <psw-supervision-planner></psw-supervision-planner>${planners > 1 ? html`<psw-supervision-planner></psw-supervision-planner>` : ''}
  </psw-role-document>`);
  wrapper.value = withPeerSupervision();
  wrapper.organisation = profile as string;
  await wrapper.updateComplete;
  const els = [...wrapper.querySelectorAll('psw-supervision-planner')];
  for (const el of els) await el.updateComplete;
  return { wrapper, el: els[0]!, els };
}

function noteOf(el: PswSupervisionPlanner, control: Element): HTMLElement {
  const id = (control.getAttribute('aria-describedby') ?? '').split(/\s+/).find((x) => x.endsWith('-source'));
  if (!id) throw new Error('no source note');
  return shadow(el).getElementById(id)!;
}
const text = (el: Element) => el.textContent!.replace(/\s+/g, ' ').trim();

describe('<psw-supervision-planner> with an organisation profile', () => {
  beforeEach(() => resetPage());
  afterEach(() => resetPage());

  it('team and wellbeing boxes show the organisation’s answers, marked with its asOf date', async () => {
    const { wrapper, el } = await mount(testProfile());
    const network = control(shadow(el), 'Access to a peer network');
    expect(network.checked).to.equal(true);
    expect(wrapper.value.team.peerNetwork).to.equal(undefined);
    expect(text(noteOf(el, network))).to.equal('From Riverdale NHS Trust’s profile (confirmed 2 November 2026).');
  });

  it('a peer supervision arrangement shows the profile’s provider, background, training and frequency; others do not', async () => {
    const { el } = await mount(testProfile());
    const peer = item(el, 'a1');
    const provider = control(peer, 'Provided by');
    expect(provider.value).to.equal('Peer support lead');
    expect(text(noteOf(el, provider))).to.contain('Riverdale NHS Trust’s profile');
    expect(control(peer, 'The provider has a peer background').checked).to.equal(true);
    expect(control(peer, 'The provider is trained in peer supervision').checked).to.equal(true);
    expect(control(peer, 'Number of sessions').value).to.equal('2');
    const fieldset = peer.querySelector('fieldset.frequency')!;
    expect(text(noteOf(el, fieldset))).to.contain('confirmed 2 November 2026');
    const line = item(el, 'a2');
    expect(control(line, 'Provided by').value).to.equal('');
    expect(line.querySelector('.profile-source')).to.equal(null);
  });

  it('override for this post, "Use the organisation’s answer", and undo', async () => {
    const { wrapper, el } = await mount(testProfile());
    const trained = control(item(el, 'a1'), 'The provider is trained in peer supervision');
    await click(el, trained);
    expect(wrapper.value.supervision.arrangements[0]!.providerTrainedInPeerSupervision).to.equal(false);
    const again = control(item(el, 'a1'), 'The provider is trained in peer supervision');
    expect(again.checked).to.equal(false);
    expect(text(noteOf(el, again))).to.equal('Set for this post — the organisation’s answer is yes.');
    await click(el, button(item(el, 'a1'), 'Use the organisation’s answer'));
    expect(wrapper.value.supervision.arrangements[0]!.providerTrainedInPeerSupervision).to.equal(undefined);
    expect(control(item(el, 'a1'), 'The provider is trained in peer supervision').checked).to.equal(true);
    expect(activeIn(el)?.id).to.equal(again.id);
    wrapper.undo();
    await el.updateComplete;
    expect(wrapper.value.supervision.arrangements[0]!.providerTrainedInPeerSupervision).to.equal(false);
  });

  it('the frequency: a new count keeps the organisation’s "per"; a new "per" keeps its count', async () => {
    const { wrapper, el } = await mount(testProfile());
    await pick(el, control<HTMLSelectElement>(item(el, 'a1'), 'Per'), 'week');
    expect(wrapper.value.supervision.arrangements[0]!.frequency).to.deep.equal({ count: 2, per: 'week' });
    wrapper.undo();
    await el.updateComplete;
    await type(el, control(item(el, 'a1'), 'Number of sessions'), '3');
    expect(wrapper.value.supervision.arrangements[0]!.frequency).to.deep.equal({ count: 3, per: 'month' });
  });

  it('a newer profile reaches every planner at once', async () => {
    const { wrapper, els } = await mount(testProfile(), false, 2);
    wrapper.organisation = testProfile({ asOf: '2026-12-01', facts: { peerNetwork: false } }) as never;
    await wrapper.updateComplete;
    for (const el of els) {
      await el.updateComplete;
      const network = control(shadow(el), 'Access to a peer network');
      expect(network.checked).to.equal(false);
      expect(text(noteOf(el, network))).to.contain('confirmed 1 December 2026');
    }
  });

  it('passes axe with profile notes of both kinds', async () => {
    const { el } = await mount(testProfile());
    await click(el, control(shadow(el), 'Access to a peer network'));
    expect(shadow(el).querySelectorAll('.profile-source[data-source="override"]').length).to.be.greaterThan(0);
    expect(shadow(el).querySelectorAll('.profile-source[data-source="profile"]').length).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
  });

  it('read only: the organisation’s answers are shown with their note and no button; axe clean', async () => {
    const { el } = await mount(testProfile(), true);
    const notes = shadow(el).querySelectorAll('.profile-source');
    expect(notes.length).to.be.greaterThan(0);
    expect(shadow(el).querySelector('.profile-source button')).to.equal(null);
    await expect(el).to.be.accessible();
  });
});
