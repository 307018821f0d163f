// Findings shown next to the topic and field they concern, and psw-navigate taking the user there.
import { expect, fixture, html } from '@open-wc/testing';
import type { PswBoundaryChecklist } from '../../../components/boundary-checklist/boundary-checklist.component.js';
import { PswNavigateEvent } from '../../../components/base/events.js';
import type { PswRoleDocument } from '../../../components/role-document/role-document.component.js';
import type { Finding } from '../../../src/assess/types.js';
import type { RoleDocument } from '../../../src/model/schema.js';
import { card, click, control, deepActive, docWith, finding, radio, root, TestFindingsProvider } from './helpers.js';
import { afterNextPaint } from '../util/wait.js';

async function withFindings(doc: RoleDocument, findingsOf: (d: RoleDocument) => Finding[]) {
  const provider = await fixture<TestFindingsProvider>(html`<test-findings-provider><psw-boundary-checklist></psw-boundary-checklist></test-findings-provider>`);
  provider.start(doc, findingsOf);
  const el = provider.querySelector('psw-boundary-checklist')!;
  await el.updateComplete;
  return { provider, el };
}

/** Findings like the assessment's boundary rules give (see src/assess rules R04, R05, R28, R33, R34). */
function ruleLike(d: RoleDocument): Finding[] {
  const out: Finding[] = [];
  if (!d.boundaries.some((b) => b.position)) out.push(finding({ ruleId: 'R04', severity: 'error', basis: 'study', message: 'No boundaries are written down.', path: 'boundaries' }));
  if (!d.boundaries.some((b) => b.topic === 'confidentiality'))
    out.push(finding({ ruleId: 'R05', message: 'There is no boundary on confidentiality and information sharing, one of the topics every peer role needs.', path: 'boundaries', topic: 'confidentiality' }));
  if (!d.boundaries.some((b) => b.topic === 'endings')) out.push(finding({ ruleId: 'R28', message: 'There is no boundary on endings.', path: 'boundaries', topic: 'endings' }));
  d.boundaries.forEach((b, i) => {
    if (b.status !== 'not-applicable' && !b.position) out.push(finding({ ruleId: 'R33', message: 'This boundary has no position yet.', path: `boundaries[${i}].position`, itemId: b.id }));
    if (b.status === 'not-applicable' && !b.notApplicableReason)
      out.push(finding({ ruleId: 'R34', basis: 'heuristic', sources: [], message: 'Marked not applicable but gives no reason.', path: `boundaries[${i}].notApplicableReason`, itemId: b.id }));
  });
  return out;
}

const rules = (scope: ParentNode) => [...scope.querySelectorAll<HTMLElement>('.finding')].map((f) => f.dataset.rule);


/** Who agreed a boundary and when (an agreement without them is flagged, so the topic is not settled). */
const RECORD = { agreedWith: 'The post-holder and their supervisor', agreedOn: '2026-10-01' };
describe('psw-boundary-checklist findings in place', () => {
  it('shows each finding next to its topic and field, with severity, basis and sources, and passes axe', async () => {
    const doc = docWith([{ id: 'sd', topic: 'self-disclosure', status: 'not-applicable' }, { id: 'rs', topic: 'risk-safeguarding', rationale: 'Because.' }]);
    const { el } = await withFindings(doc, ruleLike);
    const section = root(el).querySelector('.section-findings')!;
    expect(rules(section), 'findings about the whole list sit above it').to.deep.equal(['R04']);
    expect(rules(card(el, 'confidentiality')), 'a missing core topic shows on its card').to.deep.equal(['R05']);
    expect(rules(card(el, 'endings'))).to.deep.equal(['R28']);
    const reason = control(card(el, 'self-disclosure'), 'Reason it does not apply');
    expect(rules(reason.closest('.field')!), 'the missing reason is flagged at the reason field').to.deep.equal(['R34']);
    const position = control(card(el, 'risk-safeguarding'), 'Position');
    expect(rules(position.closest('.field')!)).to.deep.equal(['R33']);
    expect(card(el, 'risk-safeguarding').querySelector('.finding')!.textContent).to.include('Sources: S24');
    expect(rules(card(el, 'social-media'))).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('updates findings as the user fixes them', async () => {
    const doc = docWith([{ id: 'sd', topic: 'self-disclosure', status: 'not-applicable' }]);
    const { el, provider } = await withFindings(doc, ruleLike);
    const c = card(el, 'self-disclosure');
    const reason = control(c, 'Reason it does not apply');
    reason.value = 'Covered elsewhere.';
    reason.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(rules(c)).to.deep.equal([]);
    expect(provider.store.get().boundaries[0]).to.include({ notApplicableReason: 'Covered elsewhere.' });
    await click(el, radio(card(el, 'endings'), 'Agreed'));
    expect(rules(card(el, 'endings')), 'the topic now exists: its missing position is flagged instead').to.deep.equal(['R33']);
  });
});

describe('psw-boundary-checklist psw-navigate', () => {
  const navigate = (from: Element, path: string, itemId?: string) => from.dispatchEvent(new PswNavigateEvent({ path, itemId }));

  it('opens a collapsed topic and focuses the field a finding names (by item id)', async () => {
    const wrapper = await fixture<PswRoleDocument>(html`<psw-role-document
      .value=${docWith([{ id: 'e1', topic: 'endings', status: 'agreed', position: 'Planned.', ...RECORD }])}
      ><psw-boundary-checklist></psw-boundary-checklist><span id="insights"></span
    ></psw-role-document>`);
    const el = wrapper.querySelector('psw-boundary-checklist')!;
    await el.updateComplete;
    expect(card(el, 'endings').querySelector('button.toggle')!.getAttribute('aria-expanded')).to.equal('false');
    navigate(wrapper.querySelector('#insights')!, 'boundaries[7].rationale', 'e1');
    await el.updateComplete;
    await el.updateComplete;
    expect(deepActive()).to.equal(control(card(el, 'endings'), 'Rationale'));
    navigate(wrapper.querySelector('#insights')!, 'boundaries[0].status', 'e1');
    await el.updateComplete;
    expect(deepActive()).to.equal(radio(card(el, 'endings'), 'Agreed'));
  });

  it('lands the field in the window when the topic is far down, with insights above the checklist', async () => {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    // Test markup only (no user data). Parsed from HTML, as a page would be: mounted through a Lit
    // template instead, the field landed in the window even without the fix, so the test could not fail.
    container.innerHTML = '<psw-role-document template="adult-community"><psw-role-insights></psw-role-insights><psw-boundary-checklist></psw-boundary-checklist></psw-role-document>';
    const wrapper = container.querySelector<PswRoleDocument>('psw-role-document')!;
    const el = container.querySelector('psw-boundary-checklist')!;
    await container.querySelector('psw-role-insights')!.updateComplete;
    await el.updateComplete;
    const boundaries = wrapper.value.boundaries;
    const last = boundaries[boundaries.length - 1]!;
    navigate(el, `boundaries[${boundaries.length - 1}].rationale`, last.id);
    await el.updateComplete;
    for (let i = 0; i < 15; i++) await new Promise(requestAnimationFrame); // checked again over the next frames
    const target = deepActive() as HTMLElement;
    expect(target?.getAttribute('aria-label') ?? target?.id, 'a field of the last topic is focused').to.be.ok;
    const box = target.getBoundingClientRect();
    expect(box.bottom > 0 && box.top < innerHeight, `the field at ${Math.round(box.top)} px in a ${innerHeight} px window`).to.equal(true);
  });

  it('for "boundaries" alone, focuses the Position of the first core topic not yet settled, clearing a filter that hides it', async () => {
    const wrapper = await fixture<PswRoleDocument>(html`<psw-role-document
      .value=${docWith([{ id: 'sd', topic: 'self-disclosure', status: 'agreed', position: 'x' }])}
      ><psw-boundary-checklist></psw-boundary-checklist
    ></psw-role-document>`);
    const el = wrapper.querySelector('psw-boundary-checklist')!;
    await el.updateComplete;
    await click(el, radio(root(el).querySelector<HTMLElement>('[part~="progress"]')!, 'Agreed or not applicable (1)'));
    navigate(document.body.querySelector('psw-role-document')!, 'boundaries');
    await el.updateComplete;
    await el.updateComplete;
    expect(deepActive()).to.equal(control(card(el, 'confidentiality'), 'Position'));
    expect(radio(root(el).querySelector<HTMLElement>('[part~="progress"]')!, 'All topics (14)').checked).to.equal(true);
  });

  it('ignores paths it does not own and requests from another document', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <psw-role-document id="a"><psw-boundary-checklist></psw-boundary-checklist></psw-role-document>
      <psw-role-document id="b"><span id="other"></span></psw-role-document>
      <button id="start">start</button>
    </div>`);
    const el = page.querySelector<PswBoundaryChecklist>('#a psw-boundary-checklist')!;
    await el.updateComplete;
    const start = page.querySelector<HTMLButtonElement>('#start')!;
    start.focus();
    navigate(page.querySelector('#a')!, 'duties[0].title');
    navigate(page.querySelector('#other')!, 'boundaries');
    navigate(page.querySelector('#a')!, 'boundaries[0].position', 'not-in-this-document');
    await el.updateComplete;
    await el.updateComplete;
    expect(deepActive()).to.equal(start);
    navigate(page.querySelector('#a')!, 'boundaries');
    await el.updateComplete;
    await el.updateComplete;
    expect(deepActive()).to.equal(control(card(el, 'self-disclosure'), 'Position'));
  });
});

describe('psw-boundary-checklist with the real assessment', () => {
  it('places the boundary rules’ findings on their topics and fields, and they clear as the user acts', async () => {
    const wrapper = await fixture<PswRoleDocument>(html`<psw-role-document><psw-boundary-checklist></psw-boundary-checklist></psw-role-document>`);
    const el = wrapper.querySelector('psw-boundary-checklist')!;
    await el.updateComplete;
    expect(rules(root(el).querySelector('.section-findings')!)).to.deep.equal(['R04']);
    for (const [topic, rule] of [['self-disclosure', 'R05'], ['confidentiality', 'R05'], ['risk-safeguarding', 'R05'], ['endings', 'R28'], ['clinical-tasks', 'R51'], ['staffing-cover', 'R52']] as const)
      expect(rules(card(el, topic)), topic).to.deep.equal([rule]);
    expect(root(el).querySelectorAll('.finding').length, 'every boundary finding is shown once').to.equal(wrapper.snapshot.assessment.findings.filter((f) => f.path?.startsWith('boundaries')).length);

    const c = card(el, 'confidentiality');
    control(c, 'Position').value = 'Limits are explained at the start.';
    control(c, 'Position').dispatchEvent(new Event('input'));
    await afterNextPaint(); // the findings of what was typed follow the paint
    await el.updateComplete;
    expect(rules(c), 'the topic exists and has a position: not yet proposed, no rationale').to.have.members(['R35', 'R06']);
    expect(rules(control(c, 'Rationale').closest('.field')!)).to.deep.equal(['R06']);
    expect(root(el).querySelector('.section-findings'), 'a boundary is written now').to.equal(null);
    await click(el, radio(c, 'Proposed'));
    expect(rules(c)).to.deep.equal(['R06']);
    await click(el, radio(card(el, 'endings'), 'Not applicable'));
    expect(rules(control(card(el, 'endings'), 'Reason it does not apply').closest('.field')!)).to.deep.equal(['R34']);
    await expect(el).to.be.accessible();
  });
});
