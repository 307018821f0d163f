// "Go to the field" with two documents on one page: each <psw-role-document> wrapper holds a
// builder, a checklist, a planner and insights, and loose tags (the page-level document) sit beside
// them. A request from one document's insights moves focus only in that document's editors; the
// other document's editors neither take focus nor react (DocumentController.onNavigate).
import { expect, fixture, html } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../../../components/role-document/role-document.js';
import '../../../components/role-builder/role-builder.js';
import '../../../components/boundary-checklist/boundary-checklist.js';
import '../../../components/supervision-planner/supervision-planner.js';
import '../../../components/role-insights/role-insights.js';
import type { PswRoleDocument } from '../../../components/role-document/role-document.component.js';
import { PswNavigateEvent } from '../../../components/base/events.js';
import { sameDocument } from '../../../components/document-runtime/document-controller.js';
import { createRoleDocument } from '../../../src/model/create.js';
import type { RoleDocument } from '../../../src/model/schema.js';
import { resetPage } from './fixtures.js';

const EDITORS = ['psw-role-builder', 'psw-boundary-checklist', 'psw-supervision-planner'] as const;
type Editor = (typeof EDITORS)[number];

/** A role with no title and no supervision: the insights list findings about all three editors' parts. */
function role(title: string): RoleDocument {
  const doc = createRoleDocument({ template: 'adult-community' });
  return { ...doc, role: { ...doc.role, title: undefined, purpose: `${title} purpose` }, supervision: { ...doc.supervision, arrangements: [] } };
}

const group = (where: ParentNode) => ({
  insights: where.querySelector<LitElement>(':scope > psw-role-insights')!,
  editors: Object.fromEntries(EDITORS.map((t) => [t, where.querySelector<LitElement>(`:scope > ${t}`)!])) as Record<Editor, LitElement>,
});
type Group = ReturnType<typeof group>;

async function settled(groups: Group[]): Promise<void> {
  for (let i = 0; i < 3; i++) {
    for (const g of groups) for (const el of [g.insights, ...Object.values(g.editors)]) await el.updateComplete;
  }
}

/** Counts focus moving into each editor (focusin crosses shadow roots to the host). */
function focusCounts(groups: Group[]): Map<LitElement, number> {
  const counts = new Map<LitElement, number>();
  for (const g of groups) {
    for (const el of Object.values(g.editors)) {
      counts.set(el, 0);
      el.addEventListener('focusin', () => counts.set(el, counts.get(el)! + 1));
    }
  }
  return counts;
}

/** Clicks "Go to the field" on the first finding in `g`'s insights whose path starts with `prefix`. */
function goTo(g: Group, findings: readonly { ruleId: string; path?: string }[], prefix: string): void {
  const finding = findings.find((f) => f.path?.startsWith(prefix));
  expect(finding, `a finding under ${prefix}`).to.exist;
  const li = g.insights.shadowRoot!.querySelector(`[part="finding"][data-rule="${finding!.ruleId}"]`);
  expect(li, `finding ${finding!.ruleId} shown`).to.exist;
  li!.querySelector<HTMLButtonElement>('button.go')!.click();
}

describe('psw-navigate with two documents and loose tags on one page', () => {
  beforeEach(resetPage);
  afterEach(resetPage);

  it('"Go to the field" in one wrapper\'s insights focuses only that wrapper\'s editor', async function () {
    this.timeout(120000);
    const page = await fixture<HTMLElement>(html`<div>
      <psw-role-document id="a" .value=${role('A')}>
        <psw-role-builder></psw-role-builder><psw-boundary-checklist></psw-boundary-checklist>
        <psw-supervision-planner></psw-supervision-planner><psw-role-insights></psw-role-insights>
      </psw-role-document>
      <psw-role-document id="b" .value=${role('B')}>
        <psw-role-builder></psw-role-builder><psw-boundary-checklist></psw-boundary-checklist>
        <psw-supervision-planner></psw-supervision-planner><psw-role-insights></psw-role-insights>
      </psw-role-document>
      <div id="loose">
        <psw-role-builder></psw-role-builder><psw-boundary-checklist></psw-boundary-checklist>
        <psw-supervision-planner></psw-supervision-planner><psw-role-insights></psw-role-insights>
      </div>
    </div>`);
    const wrapperA = page.querySelector<PswRoleDocument>('#a')!;
    const wrapperB = page.querySelector<PswRoleDocument>('#b')!;
    const [a, b, loose] = [group(wrapperA), group(wrapperB), group(page.querySelector('#loose')!)] as [Group, Group, Group];
    const all = [a, b, loose];
    await settled(all);
    const counts = focusCounts(all);
    const only = (target: LitElement) => {
      for (const [el, n] of counts) {
        const name = `${el.localName} in ${el.closest('psw-role-document')?.id ?? 'the page'}`;
        if (el === target) expect(n, name).to.be.greaterThan(0);
        else expect(n, name).to.equal(0);
      }
      for (const el of counts.keys()) counts.set(el, 0);
    };

    const cases: [Group, () => readonly { ruleId: string; path?: string }[], Editor, string][] = [
      [a, () => wrapperA.snapshot.assessment.findings, 'psw-role-builder', 'role.title'],
      [b, () => wrapperB.snapshot.assessment.findings, 'psw-supervision-planner', 'supervision'],
      [a, () => wrapperA.snapshot.assessment.findings, 'psw-boundary-checklist', 'boundaries'],
      [b, () => wrapperB.snapshot.assessment.findings, 'psw-role-builder', 'role.title'],
    ];
    for (const [g, findings, editor, prefix] of cases) {
      goTo(g, findings(), prefix);
      await settled(all);
      only(g.editors[editor]);
      expect(g.editors[editor].shadowRoot!.activeElement, `${editor} focused`).to.exist;
    }
    // The loose tags' insights reach only the loose editors (the page-level document).
    const pageFindings = loose.insights.shadowRoot!.querySelector('[part="finding"] button.go');
    expect(pageFindings, 'the page-level role has findings').to.exist;
    const looseEditors = new Set(Object.values(loose.editors));
    for (const btn of loose.insights.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="finding"] button.go')) {
      btn.click();
      await settled(all);
      for (const [el, n] of counts) if (!looseEditors.has(el)) expect(n, `${el.localName} in ${el.closest('psw-role-document')?.id}`).to.equal(0);
    }
    expect([...looseEditors].some((el) => counts.get(el)! > 0), 'a loose editor took focus').to.equal(true);
  });

  it('passes on requests dispatched on the page\'s document to every document; filters by wrapper otherwise', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <psw-role-document id="a"><span id="in-a"></span></psw-role-document>
      <psw-role-document id="b"><span id="in-b"></span></psw-role-document>
      <span id="outside"></span>
    </div>`);
    const inA = page.querySelector('#in-a')!;
    const inB = page.querySelector('#in-b')!;
    const outside = page.querySelector('#outside')!;
    expect(sameDocument(inA, inA)).to.equal(true);
    expect(sameDocument(inA, inB)).to.equal(false);
    expect(sameDocument(inA, outside)).to.equal(false);
    expect(sameDocument(outside, page)).to.equal(true);
    expect(sameDocument(inB, document)).to.equal(true);
    expect(sameDocument(inB, undefined)).to.equal(true);
    // Across a shadow root: the host's wrapper counts.
    const host = document.createElement('div');
    inA.append(host);
    const inner = host.attachShadow({ mode: 'open' }).appendChild(document.createElement('span'));
    expect(sameDocument(inner, inA)).to.equal(true);
    expect(sameDocument(inner, inB)).to.equal(false);
    expect(new PswNavigateEvent({ path: 'role.title' }).composed).to.equal(true);
  });
});
