import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ContextProvider } from '@lit/context';
import '../../../components/role-document/role-document.js';
import '../../../components/role-insights/role-insights.js';
import type { PswRoleInsights } from '../../../components/role-insights/role-insights.component.js';
import type { PswRoleDocument } from '../../../components/role-document/role-document.component.js';
import { PswNavigateEvent } from '../../../components/base/events.js';
import { documentContext, type DocumentSnapshot } from '../../../components/document-runtime/document-context.js';
import { lazyImports, resetAssessmentEngine } from '../../../components/document-runtime/core-deps.js';
import { PENDING_ASSESSMENT } from '../../../src/assess/pending.js';
import { assessRole, themeChecklist } from '../../../src/assess/index.js';
import type { Assessment, Finding } from '../../../src/assess/types.js';
import { createRoleDocument } from '../../../src/model/create.js';
import { answered } from '../../fixtures/answered.js';
import { DAY_WITH_PAY_TABLE, fixToday } from '../../util/fixed-today.js';
import type { RoleDocument } from '../../../src/model/schema.js';
import { setIn } from '../../../src/store/ops.js';
import { completeDoc } from '../../fixtures/export-docs.js';
import { resetPage } from '../document-runtime/fixtures.js';

const F_CORE: Finding = {
  ruleId: 'R02', severity: 'error', themes: ['T1'], basis: 'study', sources: ['S1', 'S10'],
  message: 'No duty is marked core.', fix: 'Mark the duties the post-holder always does as core.', path: 'duties',
};
const F_DRIFT: Finding = {
  ruleId: 'R07', severity: 'warning', themes: ['T4', 'T1'], basis: 'evidence', sources: ['S31-g', 'S36'],
  message: 'The duty “Mealtime supervision” looks like a ward task.', fix: 'Move it to excluded duties.', path: 'duties[2].title', itemId: 'd3',
};
const F_PAY: Finding = {
  ruleId: 'R99', severity: 'info', themes: ['T5'], basis: 'heuristic', sources: [],
  message: 'Consider a <b>progression</b> route.', fix: 'Add a step.',
};
const F_SUP: Finding = {
  ruleId: 'R10', severity: 'warning', themes: ['T2'], basis: 'evidence', sources: ['S12'],
  message: 'No peer supervision is planned.', fix: 'Add peer supervision.', path: 'supervision.arrangements',
};

function assessment(over: Partial<Assessment> = {}): Assessment {
  return {
    findings: [F_CORE, F_DRIFT, F_SUP, F_PAY],
    balance: { core: 50, flexible: 25, excluded: 5, unallocated: 20, total: 80, overAllocated: false, flexibleWithoutBounds: 1, flexibleWithoutReview: 0, verdict: 'balanced' },
    themes: {
      T1: { score: 40, addressedBy: ['duties'], missing: ['t1-purpose', 't1-lived-experience'] },
      T2: { score: 0, addressedBy: [], missing: themeChecklist.filter((i) => i.theme === 'T2').map((i) => i.id) },
      T3: { score: 100, addressedBy: ['team'], missing: [] },
      T4: { score: 65, addressedBy: ['duties'], missing: ['t4-autonomy'] },
      T5: { score: 10, addressedBy: ['employment.band'], missing: ['t5-progression'] },
    },
    readiness: 'incomplete',
    banding: { ready: false, missing: ['Job purpose'], missingItems: [{ id: 'purpose', label: 'Job purpose', path: 'role.purpose' }] },
    ...over,
  };
}

function snapshot(document: RoleDocument, a: Assessment, readonly = false): DocumentSnapshot {
  return {
    document, assessment: a, readonly, canUndo: false, canRedo: false,
    status: readonly ? { kind: 'readonly', message: '' } : { kind: 'memory-only', message: '' },
    edit: () => ({ ok: false, issues: [] }), replace: () => ({ ok: false, issues: [] }), undo: () => false, redo: () => false,
  };
}

let host: HTMLElement | undefined;
/** The element under a provider that hands it a fixed snapshot (so findings are exactly known). */
async function mountWith(snap: DocumentSnapshot) {
  host = document.createElement('div');
  const provider = new ContextProvider(host, { context: documentContext, initialValue: snap });
  const el = document.createElement('psw-role-insights');
  host.append(el);
  document.body.append(host);
  await el.updateComplete;
  return { el, root: el.shadowRoot!, provider };
}

const text = (e: Element | null | undefined) => (e?.textContent ?? '').replace(/\s+/g, ' ').trim();
const states = (el: PswRoleInsights) => (el as unknown as { internals: ElementInternals }).internals.states;
const group = (root: ShadowRoot, theme: string) => root.querySelector(`.theme-group[data-theme="${theme}"]`);
const rules = (e: Element | null) => [...(e?.querySelectorAll('[part="finding"]') ?? [])].map((f) => f.getAttribute('data-rule'));

describe('<psw-role-insights>', () => {
  /** Puts the real clock back after a test that fixed the assessment's day (fixToday). */
  let realClock: (() => void) | undefined;
  beforeEach(() => resetPage());
  afterEach(() => {
    realClock?.();
    realClock = undefined;
    host?.remove();
    host = undefined;
    resetPage();
  });

  it('groups findings under their first theme, naming every theme, with basis, its meaning and sources', async () => {
    const { root } = await mountWith(snapshot(completeDoc, assessment()));
    expect([...root.querySelectorAll('.theme-group')].map((g) => g.getAttribute('data-theme'))).to.deep.equal(['T1', 'T2', 'T4', 'T5']);
    expect(rules(group(root, 'T1'))).to.deep.equal(['R02']);
    expect(rules(group(root, 'T4'))).to.deep.equal(['R07']);
    expect(text(group(root, 'T4')!.querySelector('h4'))).to.equal('T4 Peer work within health-system structures (1 finding)');
    const drift = root.querySelector('[data-rule="R07"]')!;
    expect(text(drift.querySelector('.themes'))).to.equal('T4 Peer work within health-system structures; T1 Flexibility with structure and boundaries');
    expect(text(drift.querySelector('.severity'))).to.equal('Check:');
    expect(text(drift.querySelector('.message'))).to.include(F_DRIFT.message);
    expect(text(drift.querySelector('.fix'))).to.equal(`How to fix: ${F_DRIFT.fix}`);
    expect(text(drift.querySelector('.basis'))).to.equal('Other evidence: From another named source, not the 2025 study');
    expect(text(drift.querySelector('.sources'))).to.equal('S31-g, S36');
    const core = root.querySelector('[data-rule="R02"]')!;
    expect(text(core.querySelector('.basis'))).to.match(/^Study finding: Stated in the 2025 study/);
    const pay = root.querySelector('[data-rule="R99"]')!;
    expect(text(pay.querySelector('.basis'))).to.match(/^Tool heuristic: A default of this tool with no evidence/);
    expect(text(pay.querySelector('.sources'))).to.equal('None listed');
    // Messages are text, never markup.
    expect(pay.querySelector('b')).to.equal(null);
    expect(text(pay.querySelector('.message'))).to.include('<b>progression</b>');
  });

  it('with summaries, shows each finding as its severity and message until opened by keyboard', async () => {
    const { el, root } = await mountWith(snapshot(completeDoc, assessment()));
    el.summaries = true;
    await el.updateComplete;
    const drift = root.querySelector('[data-rule="R07"]')!;
    const details = drift.querySelector('details')!;
    const summary = details.querySelector('summary')!;
    expect(text(summary)).to.equal(`Check: ${F_DRIFT.message}`);
    expect(details.open).to.equal(false);
    // The fix, basis, sources and "Go to the field" are inside the disclosure (closed until opened).
    expect(details.contains(drift.querySelector('.fix'))).to.equal(true);
    expect(details.contains(drift.querySelector('button.go'))).to.equal(true);
    summary.focus();
    await sendKeys({ press: 'Enter' });
    expect(details.open).to.equal(true);
    // Opened stays opened across a new assessment of the same findings.
    el.requestUpdate();
    await el.updateComplete;
    expect(root.querySelector<HTMLDetailsElement>('[data-rule="R07"] details')!.open).to.equal(true);
  });

  it('"Go to the field" dispatches psw-navigate from the insights element with the path and the item id', async () => {
    const { el, root } = await mountWith(snapshot(completeDoc, assessment()));
    const seen: PswNavigateEvent[] = [];
    const onDoc = (e: PswNavigateEvent) => seen.push(e);
    document.addEventListener('psw-navigate', onDoc);
    try {
      const button = root.querySelector<HTMLButtonElement>('[data-rule="R07"] button.go')!;
      expect(text(button)).to.equal('Go to the field');
      expect(root.getElementById(button.getAttribute('aria-describedby')!)!.textContent).to.equal(F_DRIFT.message);
      const event = oneEvent(el, 'psw-navigate') as Promise<PswNavigateEvent>;
      button.click();
      const e = await event;
      expect(e).to.be.instanceOf(PswNavigateEvent);
      expect(e.detail).to.deep.equal({ path: 'duties[2].title', itemId: 'd3' });
      expect(e.bubbles && e.composed).to.equal(true);
      root.querySelector<HTMLButtonElement>('[data-rule="R02"] button.go')!.click();
      expect(seen.map((x) => x.detail)).to.deep.equal([{ path: 'duties[2].title', itemId: 'd3' }, { path: 'duties' }]);
      expect(seen.every((x) => x.target === el)).to.equal(true);
      expect(root.querySelector('[data-rule="R99"] button'), 'a finding with no path has no button').to.equal(null);
    } finally {
      document.removeEventListener('psw-navigate', onDoc);
    }
  });

  it('says the balance in words that match the assessment, with the verdict and its heuristic thresholds', async () => {
    const { root } = await mountWith(snapshot(completeDoc, assessment()));
    const balance = root.querySelector('[part="balance"]')!;
    const legend = Object.fromEntries([...balance.querySelectorAll('.legend li')].map((li) => [li.getAttribute('data-kind'), text(li.querySelector('.value'))]));
    expect(legend).to.deep.equal({ core: 'Core: 50%', flexible: 'Flexible: 25%', excluded: 'Excluded: 5%', unallocated: 'Not allocated: 20%' });
    const bar = balance.querySelector<HTMLElement>('.stacked-bar')!;
    expect(bar.getAttribute('aria-hidden')).to.equal('true');
    const widths = [...bar.querySelectorAll<HTMLElement>('.segment')].map((s) => [s.dataset.kind, s.style.inlineSize]);
    expect(widths).to.deep.equal([['core', '50%'], ['flexible', '25%'], ['excluded', '5%'], ['unallocated', '20%']]);
    expect(text(balance.querySelector('.verdict'))).to.match(/^Verdict: Balanced /);
    expect(text(balance.querySelector('.heuristic'))).to.equal(
      'The verdict is a tool heuristic, not a finding of the study: “too rigid” means under 10% flexible time; “too loose” means over 50% flexible time or under 40% core time. Your organisation may set its own thresholds.',
    );
    expect(text(balance.querySelector('.balance-notes'))).to.equal('1 flexible duty has no limit.');
  });

  it('draws over-allocated shares to scale and says they add up to more than 100%', async () => {
    const over = assessment({ balance: { core: 90, flexible: 40, excluded: 0, unallocated: 0, total: 130, overAllocated: true, flexibleWithoutBounds: 0, flexibleWithoutReview: 2, verdict: 'too-rigid' } });
    const { root } = await mountWith(snapshot(completeDoc, over));
    const widths = [...root.querySelectorAll<HTMLElement>('.stacked-bar .segment')].map((s) => parseFloat(s.style.inlineSize));
    expect(widths.reduce((a, b) => a + b, 0)).to.be.closeTo(100, 0.01);
    expect(text(root.querySelector('.balance-notes'))).to.equal(
      'The declared shares add up to 130% of contracted hours, more than 100%. 2 flexible duties have no review interval.',
    );
    expect(text(root.querySelector('.verdict .badge'))).to.equal('Too rigid');
  });

  it('says by how much shares are over 100% when the parts alone round to 100%', async () => {
    const b = { core: 50, flexible: 50, excluded: 0, unallocated: 0, total: 100.01, overAllocated: true, flexibleWithoutBounds: 0, flexibleWithoutReview: 0, verdict: 'balanced' } as const;
    const { root } = await mountWith(snapshot(completeDoc, assessment({ balance: b })));
    expect(text(root.querySelector('.balance-notes'))).to.equal('The declared shares add up to 100.01% of contracted hours, more than 100%.');
  });

  it('shows theme coverage as scores in words with what covers each theme and what is missing', async () => {
    const a = assessment();
    const { root } = await mountWith(snapshot(completeDoc, a));
    const rows = [...root.querySelectorAll<HTMLElement>('.theme')];
    expect(rows.map((r) => [r.dataset.theme, text(r.querySelector('.score'))])).to.deep.equal([
      ['T1', '40 out of 100'], ['T2', '0 out of 100'], ['T3', '100 out of 100'], ['T4', '65 out of 100'], ['T5', '10 out of 100'],
    ]);
    expect(rows.map((r) => r.querySelector<HTMLElement>('.fill')!.style.inlineSize)).to.deep.equal(['40%', '0%', '100%', '65%', '10%']);
    expect(text(rows[0]!.querySelector('.theme-name'))).to.equal('T1 Flexibility with structure and boundaries');
    const label = (id: string) => themeChecklist.find((i) => i.id === id)!.label;
    const t1Missing = [...rows[0]!.querySelectorAll('.missing li')].map(text);
    expect(t1Missing).to.deep.equal([label('t1-purpose'), label('t1-lived-experience')]);
    const t1Has = [...rows[0]!.querySelectorAll('.has li')].map(text);
    expect(t1Has).to.include(label('t1-core-duties'));
    expect(t1Has).not.to.include(label('t1-purpose'));
    expect(t1Has.length + t1Missing.length).to.equal(themeChecklist.filter((i) => i.theme === 'T1').length);
    expect(text(rows[1]!.querySelector('.has'))).to.include('Nothing yet.');
    expect(text(rows[2]!.querySelector('.missing'))).to.include('Nothing missing.');
  });

  it('shows readiness, banding readiness and counts per severity at the top, with custom states', async () => {
    const { el, root } = await mountWith(snapshot(completeDoc, assessment()));
    const summary = root.querySelector('[part="summary"]')!;
    expect(text(summary.querySelector('.readiness .badge'))).to.equal('Incomplete');
    expect(text(summary.querySelector('.banding .badge'))).to.equal('Not ready: 1 thing missing');
    expect([...summary.querySelectorAll('.count-list li')].map(text)).to.deep.equal(['Must fix: 1', 'Check: 2', 'Consider: 1']);
    expect(states(el).has('ready')).to.equal(false);
    expect(states(el).has('has-errors')).to.equal(true);
    const go = summary.querySelector<HTMLButtonElement>('.banding-missing button')!;
    expect(text(summary.querySelector('.banding-missing li span'))).to.equal('Job purpose');
    const event = oneEvent(el, 'psw-navigate') as Promise<PswNavigateEvent>;
    go.click();
    expect((await event).detail).to.deep.equal({ path: 'role.purpose' });
    host!.remove();

    const ready = assessment({ findings: [F_PAY], readiness: 'ready', banding: { ready: true, missing: [] } });
    const r = await mountWith(snapshot(completeDoc, ready));
    expect(text(r.root.querySelector('.readiness .badge'))).to.equal('Ready');
    expect(text(r.root.querySelector('.banding .badge'))).to.equal('Ready for a job evaluation panel');
    expect(r.root.querySelector('.banding-missing')).to.equal(null);
    expect(states(r.el).has('ready')).to.equal(true);
    expect(states(r.el).has('banding-ready')).to.equal(true);
    expect(states(r.el).has('has-errors')).to.equal(false);
  });

  it('filters by severity from the keyboard', async () => {
    const { root } = await mountWith(snapshot(completeDoc, assessment()));
    const radios = [...root.querySelectorAll<HTMLInputElement>('input[name="severity"]')];
    expect(radios.map((r) => text(r.closest('label')))).to.deep.equal(['All (4)', 'Must fix (1)', 'Check (2)', 'Consider (1)']);
    radios[0]!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await (root.host as PswRoleInsights).updateComplete;
    expect(radios[2]!.checked).to.equal(true);
    expect(rules(root.querySelector('[part="findings"]'))).to.deep.equal(['R10', 'R07']);
    expect([...root.querySelectorAll('.theme-group')].map((g) => g.getAttribute('data-theme'))).to.deep.equal(['T2', 'T4']);
    // Tab then reaches the first "Go to the field" of what is shown.
    await sendKeys({ press: 'Tab' });
    expect(root.activeElement?.closest('[part="finding"]')?.getAttribute('data-rule')).to.equal('R10');
    const event = oneEvent(root.host, 'psw-navigate') as Promise<PswNavigateEvent>;
    await sendKeys({ press: 'Enter' });
    expect((await event).detail).to.deep.equal({ path: 'supervision.arrangements' });
  });

  it('shows the first 50 findings of a long group and the rest on request', async () => {
    const many = Array.from({ length: 120 }, (_, i): Finding => ({ ...F_SUP, ruleId: `R${i}`, message: `Finding ${i}` }));
    const { root } = await mountWith(snapshot(completeDoc, assessment({ findings: many })));
    const g = () => group(root, 'T2')!;
    expect(g().querySelectorAll('[part="finding"]').length).to.equal(50);
    const more = g().querySelector<HTMLButtonElement>(':scope > button')!;
    expect(text(more)).to.equal('Show all 120 findings');
    more.click();
    await (root.host as PswRoleInsights).updateComplete;
    expect(g().querySelectorAll('[part="finding"]').length).to.equal(120);
    expect(g().querySelector(':scope > button')!.getAttribute('aria-expanded')).to.equal('true');
  });

  it('renders the real assessment of a template role: every finding once, under its first theme', async () => {
    const doc = createRoleDocument({ template: 'adult-community' });
    const a = assessRole(doc);
    const { root } = await mountWith(snapshot(doc, a));
    const shown = [...root.querySelectorAll('[part="finding"]')];
    expect(shown.length).to.equal(a.findings.length);
    for (const li of shown) {
      const f = a.findings[Number(li.getAttribute('data-index'))]!;
      expect(li.closest('.theme-group')!.getAttribute('data-theme')).to.equal(f.themes[0]);
      expect(text(li.querySelector('.message'))).to.include(f.message);
    }
    for (const id of ['T1', 'T2', 'T3', 'T4', 'T5'] as const) {
      expect(text(root.querySelector(`.theme[data-theme="${id}"] .score`))).to.equal(`${a.themes[id].score} out of 100`);
    }
  });

  it('follows the document inside <psw-role-document> and placed loose on the page', async () => {
    // A template's written boundaries are a warning each until proposed, its post facts until
    // confirmed, and it leaves the organisation's answers open: settle them all to start ready, on a
    // day a pay table the toolkit holds is in force.
    realClock = fixToday(DAY_WITH_PAY_TABLE);
    const doc = answered(createRoleDocument({ template: 'adult-community', today: DAY_WITH_PAY_TABLE }));
    const wrapper = await fixture<PswRoleDocument>(html`<psw-role-document .value=${doc}><psw-role-insights></psw-role-insights></psw-role-document>`);
    const el = wrapper.querySelector('psw-role-insights')!;
    await el.updateComplete;
    const root = el.shadowRoot!;
    expect(wrapper.snapshot.assessment.readiness).to.equal('ready');
    expect(text(root.querySelector('.readiness .badge'))).to.equal('Ready');
    expect(states(el).has('ready')).to.equal(true);
    wrapper.value = setIn(wrapper.value, ['role', 'title'], '');
    await el.updateComplete;
    expect(text(root.querySelector('.readiness .badge'))).to.equal('Incomplete');
    expect(states(el).has('ready')).to.equal(false);
    const titleFinding = root.querySelector<HTMLElement>('[part="finding"][data-severity="error"]')!;
    expect(wrapper.snapshot.assessment.findings.find((f) => f.path === 'role.title')).to.exist;
    expect(text(titleFinding.querySelector('.message'))).to.include(wrapper.snapshot.assessment.findings.find((f) => f.severity === 'error')!.message);
    // No editor is on the page: no "Go to the field", but where the field is edited.
    expect(titleFinding.querySelector('button.go') === null, 'no "Go to the field"').to.equal(true);
    expect(text(titleFinding.querySelector('[part="elsewhere"]'))).to.equal(
      'Edited in the role builder’s Role basics section, which this page does not include.',
    );
    wrapper.remove();
    const loose = await fixture<PswRoleInsights>(html`<psw-role-insights></psw-role-insights>`);
    expect(loose.shadowRoot!.querySelector('h2')!.textContent).to.equal('Assessment');
    expect(loose.shadowRoot!.querySelector('[part="findings"]')).to.exist;
    loose.remove();
  });

  it('says "Checking the role…" while the assessment is pending (no readiness, counts or findings), then shows the real one', async () => {
    const { el, root, provider } = await mountWith(snapshot(completeDoc, PENDING_ASSESSMENT));
    const checking = root.querySelector('[part="checking"]')!;
    expect(text(checking)).to.equal('Checking the role…');
    expect(checking.getAttribute('role')).to.equal('status');
    expect(root.querySelector('h2')!.textContent).to.equal('Assessment');
    for (const part of ['summary', 'balance', 'themes', 'findings']) expect(root.querySelector(`[part="${part}"]`), part).to.equal(null);
    expect(text(root.querySelector('.wrap'))).not.to.match(/Incomplete|Must fix|Not ready/);
    expect(root.querySelector('.wrap')!.getAttribute('aria-busy')).to.equal('true');
    expect(states(el).has('checking')).to.equal(true);
    expect(states(el).has('ready')).to.equal(false);
    expect(states(el).has('has-errors')).to.equal(false);
    await expect(el).to.be.accessible();

    provider.setValue(snapshot(completeDoc, assessment()));
    await el.updateComplete;
    expect(root.querySelector('[part="checking"]')).to.equal(null);
    expect(text(root.querySelector('.readiness .badge'))).to.equal('Incomplete');
    expect(rules(root.querySelector('[part="findings"]'))).to.have.length(4);
    expect(root.querySelector('.wrap')!.getAttribute('aria-busy')).to.equal('false');
    expect(states(el).has('checking')).to.equal(false);
    expect(states(el).has('has-errors')).to.equal(true);
  });

  it('says so when the assessment engine cannot be loaded, instead of checking for ever', async () => {
    const original = { ...lazyImports };
    lazyImports.assessment = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module: https://intranet.example/chunks/assessment-x.js'));
    resetAssessmentEngine();
    try {
      const { el, root } = await mountWith(snapshot(completeDoc, PENDING_ASSESSMENT));
      const error = root.querySelector('[part="assessment-error"]')!;
      expect(error.getAttribute('role')).to.equal('alert');
      expect(text(error)).to.match(/^The assessment could not be loaded/);
      expect(root.querySelector('[part="checking"]')).to.equal(null);
      expect(root.querySelector('[part="findings"]')).to.equal(null);
      expect(states(el).has('checking')).to.equal(true);
      await expect(el).to.be.accessible();
    } finally {
      Object.assign(lazyImports, original);
      resetAssessmentEngine();
    }
  });
});
