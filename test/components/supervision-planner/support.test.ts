// Training plan, team and leadership, wellbeing; events; wrapper vs page-level document; read only.
import { expect, fixture, html } from '@open-wc/testing';
import { getPageDocument } from '../../../components/document-runtime/page-document.js';
import type { PswRoleDocument } from '../../../components/role-document/role-document.component.js';
import type { PswSupervisionPlanner } from '../../../components/supervision-planner/supervision-planner.component.js';
import { createRoleDocument } from '../../../src/model/create.js';
import { answered } from '../../fixtures/answered.js';
import type { RoleDocument } from '../../../src/model/schema.js';
import { activeIn, button, buttonName, click, control, docWith, item, resetPage, section, shadow, tableRows, type, expectFocus, expectSame } from './helpers.js';

async function mount(doc?: RoleDocument, readonly = false) {
  const wrapper = await fixture<PswRoleDocument>(
    html`<psw-role-document ?readonly=${readonly}><psw-supervision-planner></psw-supervision-planner></psw-role-document>`);
  if (doc) wrapper.value = doc;
  const el = wrapper.querySelector('psw-supervision-planner')!;
  await el.updateComplete;
  return { wrapper, el };
}

const domainItem = (el: PswSupervisionPlanner, n: number) => section(el, 'domains').querySelector<HTMLElement>(`[data-domain="${n}"]`)!;

describe('<psw-supervision-planner> training, team and wellbeing', () => {
  beforeEach(() => resetPage());
  afterEach(() => resetPage());

  it('adds a training item mapped to domains, and the coverage list says which domains are covered', async () => {
    const { wrapper, el } = await mount();
    const training = section(el, 'training');
    expect(domainItem(el, 2).dataset.covered).to.equal('false');
    expect(shadow(el).querySelector('#coverage-summary')!.textContent).to.equal('0 of 9 domains covered by the peer-specific training.');
    await click(el, button(training, 'Add training'));
    const id = wrapper.value.training.peerSpecific[0]!.id;
    const card = item(el, id);
    expectFocus(el, control(card, 'Title'));
    await type(el, control(card, 'Title'), 'Peer support foundations');
    await type(el, control(card, 'Hours'), '7.5');
    await click(el, control(card, '2. Knowledge'));
    await click(el, control(card, '5. Working with teams and promoting people’s rights (number unconfirmed)'));
    await click(el, control(card, '1. Values and principles'));
    expect(wrapper.value.training.peerSpecific).to.deep.equal([{ id, title: 'Peer support foundations', competenceDomains: [1, 2, 5], hours: 7.5 }]);

    const domains = section(el, 'domains');
    expect(domains.tagName).to.equal('OL');
    expect(domains.querySelectorAll('li').length).to.equal(9);
    for (const n of [1, 2, 5]) {
      expect(domainItem(el, n).dataset.covered).to.equal('true');
      expect(domainItem(el, n).textContent).to.match(/Covered:/);
      expect(domainItem(el, n).textContent).to.contain('by Peer support foundations');
    }
    for (const n of [3, 4, 6, 7, 8, 9]) expect(domainItem(el, n).textContent).to.match(/Not covered:/);
    expect(domainItem(el, 5).textContent).to.contain('(number unconfirmed)');
    expect(domainItem(el, 2).textContent).to.not.contain('unconfirmed');
    expect(domainItem(el, 2).querySelector('.icon')!.getAttribute('aria-hidden')).to.equal('true');
    expect(shadow(el).textContent).to.contain('3 of 9 domains covered');

    await click(el, control(item(el, id), '2. Knowledge'));
    expect(wrapper.value.training.peerSpecific[0]!.competenceDomains).to.deep.equal([1, 5]);
    expect(domainItem(el, 2).dataset.covered).to.equal('false');

    await type(el, control(item(el, id), 'Hours'), '0');
    expect(shadow(el).textContent).to.contain('must be more than 0');
    expect(wrapper.value.training.peerSpecific[0]!.hours).to.equal(7.5);

    // A title cleared stays a (required) empty title; the item is still there.
    await type(el, control(item(el, id), 'Title'), '');
    expect(wrapper.value.training.peerSpecific[0]!.title).to.equal('');

    await click(el, button(item(el, id), /^Remove/));
    expect(wrapper.value.training.peerSpecific).to.deep.equal([]);
    expect(buttonName(activeIn(el) as HTMLButtonElement)).to.equal('Add training');
  });

  it('records induction, mandatory training and development as text', async () => {
    const { wrapper, el } = await mount();
    const training = section(el, 'training');
    await type(el, control(training, 'Induction'), 'Two weeks of shadowing');
    await type(el, control(training, 'Mandatory training'), 'As for the team');
    await type(el, control(training, 'Development'), 'Apprenticeship');
    expect(wrapper.value.training).to.deep.include({ induction: 'Two weeks of shadowing', mandatory: 'As for the team', development: 'Apprenticeship' });
  });

  it('records team, leadership and wellbeing support', async () => {
    const { wrapper, el } = await mount();
    const team = section(el, 'team');
    for (const label of [
      'The team is briefed about the role before the peer worker starts', 'The briefing is co-delivered by a peer worker',
      'Access to a peer network', 'Attends team meetings as a full member', 'The organisation has a peer lead',
      'A peer voice forum gives peer workers a collective say',
    ]) await click(el, control(team, label));
    await type(el, control(team, 'Other peer workers in the team'), '3');
    await type(el, control(team, 'Named sponsor or leader'), 'Director of nursing');
    const wellbeing = section(el, 'wellbeing');
    await click(el, control(wellbeing, 'A wellness action plan is offered'));
    await click(el, control(wellbeing, 'There is a process for agreeing reasonable adjustments'));
    await click(el, control(wellbeing, 'Access to Work is signposted'));
    const d = wrapper.value;
    expect(d.team).to.deep.equal({ briefingBeforeStart: true, briefingCoDeliveredByPeer: true, otherPeerWorkers: 3, peerNetwork: true, attendsTeamMeetings: true });
    expect(d.leadership).to.deep.equal({ namedSponsor: 'Director of nursing', peerLeadInOrganisation: true, peerVoiceForum: true });
    expect(d.wellbeing).to.deep.equal({ wellnessPlanOffered: true, adjustmentsProcess: true, accessToWorkSignposted: true });

    await click(el, control(team, 'Access to a peer network'));
    expect(wrapper.value.team.peerNetwork).to.equal(false);
    await type(el, control(team, 'Other peer workers in the team'), '2.5');
    expect(shadow(el).textContent).to.contain('whole number');
    expect(wrapper.value.team.otherPeerWorkers).to.equal(3);
  });

  it('says the wellness plan is voluntary and explains Access to Work with its sources', async () => {
    const { el } = await mount();
    const wellbeing = section(el, 'wellbeing');
    const plan = control(wellbeing, 'A wellness action plan is offered');
    expect(shadow(el).getElementById(plan.getAttribute('aria-describedby')!)!.textContent).to.match(/^Voluntary/);
    const atw = control(wellbeing, 'Access to Work is signposted');
    const hint = shadow(el).getElementById(atw.getAttribute('aria-describedby')!)!.textContent!;
    expect(hint).to.contain('Department for Work and Pensions');
    expect(wellbeing.textContent).to.contain('Sources: S43');
    expect(wellbeing.textContent).to.contain('Other evidence');
  });
});

describe('<psw-supervision-planner> events and placement', () => {
  beforeEach(() => resetPage());
  afterEach(() => resetPage());

  it('dispatches psw-change for user changes only, with the document in the detail', async () => {
    const { wrapper, el } = await mount();
    const seen: { target: EventTarget | null; doc: RoleDocument }[] = [];
    const listener = (e: Event) => seen.push({ target: e.target, doc: (e as CustomEvent).detail.document });
    document.addEventListener('psw-change', listener);
    try {
      wrapper.value = docWith((d) => ({ ...d, team: { peerNetwork: true } }));
      await el.updateComplete;
      expect(control(section(el, 'team'), 'Access to a peer network').checked).to.equal(true);
      expect(seen).to.have.length(0, 'a programmatic value set is silent');
      await click(el, control(section(el, 'team'), 'Access to a peer network'));
      expect(seen).to.have.length(1);
      expectSame(seen[0]!.target, el, 'psw-change target');
      expect(seen[0]!.doc.team.peerNetwork).to.equal(false);
      expect(seen[0]!.doc).to.equal(wrapper.value);
      // A refused edit changes nothing and says nothing.
      await click(el, button(shadow(el), 'Add supervision arrangement'));
      const id = wrapper.value.supervision.arrangements[0]!.id;
      const before = seen.length;
      await type(el, control(item(el, id), 'Length of a session'), '0');
      expect(seen.length).to.equal(before);
    } finally {
      document.removeEventListener('psw-change', listener);
    }
  });

  it('works loose on a page: two loose planners share the page-level document', async () => {
    const box = await fixture<HTMLDivElement>(html`<div><psw-supervision-planner></psw-supervision-planner><psw-supervision-planner></psw-supervision-planner></div>`);
    const [a, b] = [...box.querySelectorAll('psw-supervision-planner')] as PswSupervisionPlanner[];
    await a!.updateComplete;
    await click(a!, button(shadow(a!), 'Add supervision arrangement'));
    const page = getPageDocument()!;
    expect(page.value.supervision.arrangements).to.have.length(1);
    await b!.updateComplete;
    expect(shadow(b!).querySelectorAll('[part="arrangement"]').length).to.equal(1);
    await click(b!, control(section(b!, 'wellbeing'), 'Access to Work is signposted'));
    expect(page.value.wellbeing.accessToWorkSignposted).to.equal(true);
  });

  it('shows a clean read-only view, year table included, with no inputs', async () => {
    const doc = answered(createRoleDocument({ template: 'adult-community' }));
    const { el } = await mount(doc, true);
    expect(el.matches(':state(readonly)')).to.equal(true);
    const root = shadow(el);
    expect(root.querySelectorAll('input, select, textarea').length).to.equal(0);
    const buttons = [...root.querySelectorAll('button')].map(buttonName);
    expect(buttons).to.deep.equal(['Show as a table'], 'only the harmless view toggle');
    expect(root.textContent).to.contain(doc.supervision.cover!);
    expect(root.textContent).to.contain('Peer support lead');
    expect(root.textContent).to.contain('Voluntary');
    await click(el, button(root, 'Show as a table'));
    expect(tableRows(el).length).to.equal(doc.supervision.arrangements.length);
    expect(tableRows(el, 'tfoot')[0]![0]).to.equal('All sessions');
    expect(section(el, 'domains').querySelectorAll('[data-covered="true"]').length).to.be.greaterThan(0);
  });

  it('names the months in the reader’s language', async () => {
    const wrapper = await fixture<PswRoleDocument>(html`<psw-role-document lang="de"><psw-supervision-planner></psw-supervision-planner></psw-role-document>`);
    wrapper.value = docWith((d) => ({ ...d, supervision: { arrangements: [{ id: 'a', type: 'debrief', frequency: { count: 1, per: 'month' } }] } }));
    const el = wrapper.querySelector('psw-supervision-planner')!;
    await el.updateComplete;
    await click(el, button(shadow(el), 'Show as a table'));
    const heads = [...shadow(el).querySelectorAll('table thead th')].map((th) => th.getAttribute('aria-label'));
    expect(heads[1]).to.equal('Januar');
    expect(heads[3]).to.equal('März');
  });
});
