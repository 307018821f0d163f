// Insights on a page that does not include every editor: "Go to the field" only where an editor of
// the same document on the page edits the field; elsewhere a sentence says where it is edited, and
// the summary says how much there is to fix or check here and what needs an element the page
// does not include. Two documents on one page: one's editors never count for the other.
import { expect, fixture, html } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../../../components/role-document/role-document.js';
import '../../../components/role-builder/role-builder.js';
import '../../../components/boundary-checklist/boundary-checklist.js';
import '../../../components/supervision-planner/supervision-planner.js';
import '../../../components/role-insights/role-insights.js';
import type { PswRoleDocument } from '../../../components/role-document/role-document.component.js';
import type { PswRoleInsights } from '../../../components/role-insights/role-insights.component.js';
import { getPageDocument } from '../../../components/document-runtime/page-document.js';
import { createRoleDocument } from '../../../src/model/create.js';
import type { Finding } from '../../../src/assess/types.js';
import type { RoleDocument } from '../../../src/model/schema.js';
import { resetPage } from '../document-runtime/fixtures.js';

/** A role with findings for each editor: no job title (builder), no boundaries (checklist), no supervision (planner). */
function role(purpose: string): RoleDocument {
  const doc = createRoleDocument({ template: 'adult-community' });
  return { ...doc, role: { ...doc.role, title: undefined, purpose }, boundaries: [], supervision: { ...doc.supervision, arrangements: [] } };
}

const CHECKLIST = 'Edited in the boundary checklist, which this page does not include.';
const PLANNER = 'Edited in the supervision planner, which this page does not include.';
const BASICS = 'Edited in the role builder’s Role basics section, which this page does not include.';
const PLANNER_PATHS = ['supervision', 'training', 'team', 'leadership', 'wellbeing'];

/** Whether `root` holds `selector` (a boolean, so a failing check prints no element). */
const has = (root: ParentNode, selector: string) => root.querySelector(selector) !== null;
const text = (e: Element | null | undefined) => (e?.textContent ?? '').replace(/\s+/g, ' ').trim();
const under = (path: string | undefined, prefixes: readonly string[]) =>
  path !== undefined && prefixes.some((p) => path === p || path.startsWith(`${p}.`) || path.startsWith(`${p}[`));

async function settled(els: Iterable<Element>): Promise<void> {
  for (let i = 0; i < 3; i++) for (const el of els) await (el as LitElement).updateComplete;
}

/** The insights' item for the first finding whose path lies under `prefix`, with the finding. */
function item(insights: PswRoleInsights, findings: readonly Finding[], prefix: string): { li: Element; finding: Finding } {
  const index = findings.findIndex((f) => under(f.path, [prefix]));
  expect(index, `a finding under ${prefix}`).to.be.at.least(0);
  const li = insights.shadowRoot!.querySelector(`[part="finding"][data-index="${index}"]`);
  expect(li, `the finding under ${prefix} is listed`).to.exist;
  return { li: li!, finding: findings[index]! };
}

const toFixOrCheck = (findings: readonly Finding[], prefixes: readonly string[]) =>
  findings.filter((f) => f.severity !== 'info' && under(f.path, prefixes)).length;

describe('<psw-role-insights> on a page that does not include every editor', function () {
  this.timeout(120_000);
  beforeEach(resetPage);
  afterEach(resetPage);

  it('with only the builder and the insights: offers "Go to the field" for the builder\'s fields and says where the rest is edited', async () => {
    const page = await fixture<HTMLElement>(html`<div><psw-role-builder></psw-role-builder><psw-role-insights></psw-role-insights></div>`);
    getPageDocument()!.load(role('Loose purpose'));
    const builder = page.querySelector('psw-role-builder')!;
    const insights = page.querySelector('psw-role-insights')!;
    await settled([builder, insights]);
    const findings = getPageDocument()!.snapshot.assessment.findings;

    const boundary = item(insights, findings, 'boundaries');
    expect(has(boundary.li, 'button.go'), 'no dead "Go to the field"').to.equal(false);
    expect(text(boundary.li.querySelector('[part="elsewhere"]'))).to.equal(CHECKLIST);
    const supervision = item(insights, findings, 'supervision');
    expect(has(supervision.li, 'button.go')).to.equal(false);
    expect(text(supervision.li.querySelector('[part="elsewhere"]'))).to.equal(PLANNER);

    // What the builder edits keeps its button, and the builder answers it.
    const title = item(insights, findings, 'role.title');
    expect(has(title.li, '[part="elsewhere"]')).to.equal(false);
    title.li.querySelector<HTMLButtonElement>('button.go')!.click();
    await settled([builder, insights]);
    expect(builder.shadowRoot!.activeElement?.getAttribute('data-path')).to.equal('role.title');

    // The summary: what can be done here, and what needs the elements the page does not include.
    const where = insights.shadowRoot!.querySelector('[part="where"]')!;
    const builderCount = toFixOrCheck(findings, ['role', 'context', 'meta', 'duties', 'employment', 'progression', 'recruitment']);
    const boundaryCount = toFixOrCheck(findings, ['boundaries']);
    const plannerCount = toFixOrCheck(findings, PLANNER_PATHS);
    expect(boundaryCount).to.be.greaterThan(0);
    expect(text(where.querySelector('[data-place="here"]'))).to.equal(`${builderCount} to fix or check here`);
    expect(text(where.querySelector('[data-place="boundaries"]'))).to.equal(
      `${boundaryCount} ${boundaryCount === 1 ? 'needs' : 'need'} the boundary checklist, which this page does not include`,
    );
    expect(text(where.querySelector('[data-place="support"]'))).to.match(new RegExp(`^${plannerCount} needs? the supervision planner`));
    await expect(insights).to.be.accessible();
  });

  it('with every editor on the page: every finding with a field has "Go to the field", and the summary has no "On this page"', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <psw-role-builder></psw-role-builder><psw-boundary-checklist></psw-boundary-checklist>
      <psw-supervision-planner></psw-supervision-planner><psw-role-insights></psw-role-insights>
    </div>`);
    getPageDocument()!.load(role('All editors'));
    const insights = page.querySelector('psw-role-insights')!;
    await settled(page.children);
    const findings = getPageDocument()!.snapshot.assessment.findings;
    const root = insights.shadowRoot!;
    expect(has(root, '[part="elsewhere"]')).to.equal(false);
    expect(has(root, '[part="where"]')).to.equal(false);
    expect(root.querySelectorAll('[part="finding"] button.go').length).to.equal(findings.filter((f) => f.path !== undefined).length);
  });

  it("with two documents on one page, counts only its own document's editors, and follows an editor that arrives", async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <psw-role-document id="a" .value=${role('A')}>
        <psw-role-builder></psw-role-builder><psw-boundary-checklist></psw-boundary-checklist>
        <psw-supervision-planner></psw-supervision-planner><psw-role-insights></psw-role-insights>
      </psw-role-document>
      <psw-role-document id="b" .value=${role('B')}>
        <psw-role-builder sections="duties"></psw-role-builder><psw-role-insights></psw-role-insights>
      </psw-role-document>
      <psw-role-insights id="loose"></psw-role-insights>
    </div>`);
    const a = page.querySelector<PswRoleDocument>('#a')!;
    const b = page.querySelector<PswRoleDocument>('#b')!;
    const all = () => page.querySelectorAll('psw-role-builder, psw-boundary-checklist, psw-supervision-planner, psw-role-insights');
    await settled(all());
    const insightsA = a.querySelector('psw-role-insights')!;
    const insightsB = b.querySelector('psw-role-insights')!;
    expect(has(insightsA.shadowRoot!, '[part="elsewhere"]'), 'A has every editor').to.equal(false);

    // B's page has only the builder's duties: the title is edited in the basics, which it does not show.
    const findingsB = b.snapshot.assessment.findings;
    expect(text(item(insightsB, findingsB, 'role.title').li.querySelector('[part="elsewhere"]'))).to.equal(BASICS);
    expect(text(item(insightsB, findingsB, 'boundaries').li.querySelector('[part="elsewhere"]'))).to.equal(CHECKLIST);
    const duty = findingsB.findIndex((f) => under(f.path, ['duties']));
    if (duty >= 0) expect(has(insightsB.shadowRoot!, `[part="finding"][data-index="${duty}"] button.go`)).to.equal(true);

    // The loose insights have the page-level document, which no editor here edits.
    const loose = page.querySelector<PswRoleInsights>('#loose')!;
    expect(has(loose.shadowRoot!, 'button.go')).to.equal(false);
    expect(has(loose.shadowRoot!, '[part="elsewhere"]')).to.equal(true);

    // A checklist placed in B later: B's boundary findings get their button at once; A is unchanged.
    b.append(document.createElement('psw-boundary-checklist'));
    await settled(all());
    const boundaryB = item(insightsB, findingsB, 'boundaries');
    expect(has(boundaryB.li, '[part="elsewhere"]')).to.equal(false);
    expect(has(boundaryB.li, 'button.go')).to.equal(true);
    expect(text(item(insightsB, findingsB, 'role.title').li.querySelector('[part="elsewhere"]'))).to.equal(BASICS);
    expect(has(insightsB.shadowRoot!, '[data-place="boundaries"]')).to.equal(false);
    expect(has(insightsB.shadowRoot!, '[data-place="basics"]')).to.equal(true);
    await expect(insightsB).to.be.accessible();
  });
});
