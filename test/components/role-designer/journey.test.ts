// The whole journey with the mouse, loose on a page (page-level document): start screen → Role →
// Duties → Boundaries → Support → Terms → Review and export, asserting the document at each step.
import { expect } from '@open-wc/testing';
import { assessRole } from '../../../src/assess/index.js';
import { createRoleDocument } from '../../../src/model/create.js';
import { settings } from '../../../src/catalogue/settings.js';
import { lazyImports } from '../../../components/document-runtime/core-deps.js';
import type { PswRoleDesigner } from '../../../components/role-designer/role-designer.component.js';
import {
  button, collect, currentPanel, deepActive, expectFocused, field, inStep, mountLoose, pageValue, resetPage, root, settle, stepButton, text, typeInto,
} from './helpers.js';
import { interceptDownloads } from '../util/downloads.js';

async function next(designer: PswRoleDesigner, name: string): Promise<void> {
  button(currentPanel(designer), `Next: ${name}`).click();
  await settle(designer);
  expect(designer.step).to.equal(
    { Duties: 'duties', Boundaries: 'boundaries', Support: 'support', Terms: 'terms', 'Review and export': 'review' }[name],
  );
}

/** The number of findings of each severity the insights show. */
function insightCounts(designer: PswRoleDesigner): Record<string, number> {
  const insights = inStep(designer, 'psw-role-insights');
  const counts: Record<string, number> = {};
  for (const li of root(insights).querySelectorAll('.count-list li')) {
    counts[li.getAttribute('data-severity')!] = Number(/(\d+)/.exec(text(li))![1]);
  }
  return counts;
}

describe('psw-role-designer: the journey with the mouse', () => {
  beforeEach(() => resetPage());
  afterEach(() => resetPage());

  it('goes from the start screen through every step to an exported file', async () => {
    const designer = await mountLoose();
    const changes = collect(document, 'psw-change');
    const r = root(designer);

    // Start screen: every setting, the chosen one's description; start blank.
    expect(designer.matches(':state(start)')).to.equal(true);
    const radios = [...r.querySelectorAll<HTMLInputElement>('input[name="start-setting"]')];
    expect(radios.map((x) => x.value)).to.deep.equal(settings.map((s) => s.id));
    field(r, 'Crisis services').click();
    await settle(designer);
    expect(text(r.querySelector('#start-description'))).to.include('Crisis resolution');
    button(r, 'Start from a blank role').click();
    await settle(designer);
    expect(designer.matches(':state(start)')).to.equal(false);
    expect(designer.step).to.equal('role');
    expect(pageValue().duties).to.deep.equal([], 'a blank role stays blank');
    const before = assessRole(pageValue()).findings;

    // Role: the job title has focus.
    const builder = inStep(designer, 'psw-role-builder');
    const title = field<HTMLInputElement>(root(builder), 'Job title');
    expectFocused(title);
    typeInto(title, 'Peer Support Worker – Community');
    await settle(designer);
    expect(pageValue().role.title).to.equal('Peer Support Worker – Community');

    // Duties: add a duty.
    await next(designer, 'Duties');
    const duties = inStep(designer, 'psw-role-builder');
    button(root(duties), 'Add duty').click();
    await settle(designer);
    typeInto(deepActive() as HTMLInputElement, 'Run a weekly peer support group');
    await settle(designer);
    expect(pageValue().duties.map((d) => d.title)).to.deep.equal(['Run a weekly peer support group']);

    // Boundaries: agree the first topic.
    await next(designer, 'Boundaries');
    const checklist = inStep(designer, 'psw-boundary-checklist');
    const card = root(checklist).querySelector<HTMLElement>('[part~="topic"]')!;
    // Each topic is one line until opened: its name, status and what is left, no fields.
    expect(card.querySelector('textarea, input')).to.equal(null);
    const open = card.querySelector<HTMLButtonElement>('button[aria-expanded]')!;
    expect(open.getAttribute('aria-expanded')).to.equal('false');
    open.click();
    await settle(designer);
    expect(open.getAttribute('aria-expanded')).to.equal('true');
    typeInto(field<HTMLTextAreaElement>(card, 'Position'), 'Agreed with each person at the start.');
    field(card, 'Agreed').click();
    await settle(designer);
    expect(pageValue().boundaries.some((b) => b.status === 'agreed' && b.position === 'Agreed with each person at the start.')).to.equal(true);

    // Support: add a supervision arrangement.
    await next(designer, 'Support');
    const planner = inStep(designer, 'psw-supervision-planner');
    button(root(planner), 'Add supervision arrangement').click();
    await settle(designer);
    expect(pageValue().supervision.arrangements).to.have.length(1);

    // Terms: hours per week.
    await next(designer, 'Terms');
    const terms = inStep(designer, 'psw-role-builder');
    typeInto(field<HTMLInputElement>(root(terms), 'Hours per week'), '30');
    await settle(designer);
    expect(pageValue().employment.hoursPerWeek).to.equal(30);

    // Review: fewer findings than at the start, the title in the job description, a JSON file.
    await next(designer, 'Review and export');
    const counts = insightCounts(designer);
    const findings = assessRole(pageValue()).findings;
    expect(counts.error! + counts.warning! + counts.info!).to.equal(findings.length, 'the insights show this role’s findings');
    // Title, duties, a boundary and supervision were "must fix" on the blank role; hours were "check".
    const errors = (list: typeof before) => list.filter((f) => f.severity === 'error').map((f) => f.path);
    expect(counts.error).to.be.below(errors(before).length);
    expect(errors(findings)).to.not.include.members(['role.title', 'duties', 'supervision.arrangements']);
    expect(findings.map((f) => f.path)).to.not.include('employment.hoursPerWeek');
    expect(text(root(inStep(designer, 'psw-job-description')).querySelector('h2'))).to.equal('Peer Support Worker – Community');

    const exporter = inStep(designer, 'psw-role-export');
    const downloads = interceptDownloads();
    try {
      const exported = collect(document, 'psw-export');
      button(root(exporter), 'Download JSON').click();
      await settle(designer);
      await downloads.saving();
      expect(downloads.saved).to.have.length(1);
      expect(downloads.saved[0]!.filename).to.match(/\.json$/);
      const file = JSON.parse(await downloads.saved[0]!.blob.text());
      expect(file.document.role.title).to.equal('Peer Support Worker – Community');
      expect((exported[0] as CustomEvent).detail.format).to.equal('json');
    } finally {
      downloads.restore();
    }
    expect(changes.length).to.be.greaterThan(4);
    expect(stepButton(designer, 'review').getAttribute('aria-current')).to.equal('step');
  });

  it('starts from the chosen setting’s template: one undo step, focus on the job title', async () => {
    const designer = await mountLoose();
    const r = root(designer);
    const id = pageValue().id;
    const changes = collect(designer, 'psw-change');
    field(r, 'Perinatal mental health').click();
    await settle(designer);
    button(r, 'Start from this template').click();
    await settle(designer);
    const doc = pageValue();
    const template = createRoleDocument({ template: 'perinatal' });
    expect(doc.context.setting).to.equal('perinatal');
    expect(doc.duties.map((d) => d.title)).to.deep.equal(template.duties.map((d) => d.title));
    expect(doc.id).to.equal(id, 'the same role, started from a template');
    expect(changes).to.have.length(1);
    expect(text(r.querySelector('.announce'))).to.include('Perinatal mental health');
    const title = field<HTMLInputElement>(root(inStep(designer, 'psw-role-builder')), 'Job title');
    expectFocused(title);
    // Undo takes the template back; the designer stays on the steps.
    button(r, 'Undo').click();
    await settle(designer);
    expect(pageValue().duties).to.deep.equal([]);
    expect(designer.matches(':state(start)')).to.equal(false);
  });

  it('does not offer the start screen for a role with content, nor again once the steps were shown', async () => {
    const designer = await mountLoose();
    button(root(designer), 'Start from a blank role').click();
    await settle(designer);
    const title = field<HTMLInputElement>(root(inStep(designer, 'psw-role-builder')), 'Job title');
    typeInto(title, 'x');
    await settle(designer);
    typeInto(title, '');
    await settle(designer);
    expect(pageValue().role.title).to.equal(undefined);
    expect(designer.matches(':state(start)')).to.equal(false, 'emptied while working: no start screen');
  });

  it('stays on the start screen and says why when the template cannot be fetched; a blank role still starts', async () => {
    const designer = await mountLoose();
    const r = root(designer);
    const before = pageValue();
    const changes = collect(designer, 'psw-change');
    const original = lazyImports.templates;
    lazyImports.templates = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    try {
      button(r, 'Start from this template').click();
      await settle(designer);
    } finally {
      lazyImports.templates = original;
    }
    expect(pageValue()).to.equal(before);
    expect(changes).to.have.length(0);
    expect(designer.matches(':state(start)')).to.equal(true);
    const error = r.querySelector('#start-error')!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(text(error)).to.equal('The template could not be loaded. Check your connection, then try again, or start from a blank role.');
    expect(button(r, 'Start from this template').getAttribute('aria-describedby')).to.equal('start-error');

    button(r, 'Start from a blank role').click();
    await settle(designer);
    expect(designer.matches(':state(start)')).to.equal(false);
    expect(r.querySelector('#start-error')).to.equal(null);
    expectFocused(field<HTMLInputElement>(root(inStep(designer, 'psw-role-builder')), 'Job title'));
  });
});
