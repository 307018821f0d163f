import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../components/role-compare/role-compare.js';
import type { PswRoleCompare } from '../../../components/role-compare/role-compare.component.js';
import { createRoleDocument } from '../../../src/model/create.js';
import { exportJobDescription } from '../../../src/export/export-job-description.js';
import type { RoleDocument } from '../../../src/model/schema.js';
import type { RoleStore, StoredRole, RoleVersion, VersionSummary } from '../../../src/store/role-store.js';

const TODAY = '2026-12-05';
const $ = <T extends Element = HTMLElement>(el: Element, s: string) => el.shadowRoot!.querySelector<T>(s);
const $$ = <T extends Element = HTMLElement>(el: Element, s: string) => [...el.shadowRoot!.querySelectorAll<T>(s)];
const text = (el: Element) => (el.shadowRoot!.textContent ?? '').replace(/\s+/g, ' ');

/** A role and a revision of it: a duty from core to flexible, the band, the boundary on sharing lived experience reworded, a boundary removed. */
function versions(): [RoleDocument, RoleDocument] {
  const a = createRoleDocument({ template: 'adult-community', today: TODAY });
  const b = structuredClone(a);
  const core = b.duties.findIndex((d) => d.kind === 'core');
  b.duties[core] = { ...b.duties[core]!, kind: 'flexible', flexibility: { maxShare: 20, reviewEveryWeeks: 8 } };
  b.employment.band = '4';
  const sharing = b.boundaries.findIndex((x) => x.topic === 'self-disclosure');
  b.boundaries[sharing] = { ...b.boundaries[sharing]!, position: 'The peer support worker decides what to share, keeps it brief and purposeful, and talks it through in supervision.' };
  b.boundaries = b.boundaries.filter((x) => x.topic !== 'endings');
  return [a, b];
}

async function mount(set?: (el: PswRoleCompare) => void): Promise<PswRoleCompare> {
  const el = await fixture<PswRoleCompare>(html`<psw-role-compare today=${TODAY}></psw-role-compare>`);
  set?.(el);
  await el.updateComplete;
  return el;
}

function events(el: HTMLElement): string[] {
  const seen: string[] = [];
  for (const type of ['psw-change', 'psw-invalid', 'psw-navigate', 'change', 'input']) el.addEventListener(type, () => seen.push(type));
  return seen;
}

class MemoryStore implements RoleStore {
  reads = 0;
  constructor(private role: StoredRole, private saved: RoleVersion[]) {}
  async list() { return { items: [] }; }
  async get(id: string) { this.reads++; return id === this.role.id ? this.role : undefined; }
  async put() { return { ok: false as const, reason: 'forbidden' as const, message: 'read only' }; }
  async remove() { return { ok: false as const, reason: 'forbidden' as const, message: 'read only' }; }
  async versions(id: string): Promise<VersionSummary[]> { return id === this.role.id ? this.saved.map(({ document: _d, ...v }) => v) : []; }
  async saveVersion() { return { ok: false as const, reason: 'forbidden' as const, message: 'read only' }; }
  async getVersion(id: string, v: number) { return id === this.role.id ? this.saved.find((x) => x.version === v) : undefined; }
}

describe('<psw-role-compare>', () => {
  it('says there is nothing to compare until it has two roles', async () => {
    const el = await mount();
    expect($(el, '[part~="message"]')!.textContent).to.contain('Nothing to compare yet');
    el.beforeRole = versions()[0];
    await el.updateComplete;
    expect($(el, '[part~="message"]')).to.exist;
  });

  it('shows the assessment delta, then the changes grouped by section, with no event for the sets', async () => {
    const [a, b] = versions();
    const el = await mount();
    const seen = events(el);
    (el as unknown as { before: unknown }).before = a;
    (el as unknown as { after: unknown }).after = b;
    await el.updateComplete;
    expect(seen).to.deep.equal([]);
    expect((el as unknown as { before: unknown }).before).to.equal(a);
    const delta = $(el, '[part~="delta"]')!;
    expect(delta.textContent).to.contain('Readiness');
    expect(delta.querySelectorAll('table caption')).to.have.length(2);
    expect(delta.querySelectorAll('tbody tr').length).to.equal(5 + 5);
    const labels = $$(el, 'li.change').map((li) => li.textContent!.replace(/\s+/g, ' '));
    expect(labels.some((t) => /moved from Core to Flexible/.test(t))).to.equal(true);
    expect(labels.some((t) => t.includes('Band 3 → Band 4'))).to.equal(true);
    expect(labels.some((t) => t.includes('Boundary on endings removed'))).to.equal(true);
    expect($$(el, '.change-section h4').map((h) => h.textContent)).to.include.members(['Duties', 'Boundaries', 'Employment']);
    expect(el.comparison!.changes.length).to.equal($$(el, 'li.change').length);
    expect(el.matches(':state(has-changes)')).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('word-level differences carry <ins>, <del> and the words “added:” and “removed:”', async () => {
    const [a, b] = versions();
    const el = await mount((e) => { e.beforeRole = a; e.afterRole = b; });
    const li = $$(el, 'li.change').find((x) => x.textContent!.includes('Position on sharing lived experience'))!;
    expect(li, 'the boundary change').to.exist;
    const ins = li.querySelectorAll('ins'), del = li.querySelectorAll('del');
    expect(ins.length).to.be.greaterThan(0);
    expect(del.length).to.be.greaterThan(0);
    expect(ins[0]!.textContent).to.match(/^added: /);
    expect(del[0]!.textContent).to.match(/^removed: /);
  });

  it('side by side: a table per section with before and after columns, chosen with a radio button from the keyboard', async () => {
    const [a, b] = versions();
    const el = await mount((e) => { e.beforeRole = a; e.afterRole = b; });
    const list = $<HTMLInputElement>(el, 'input[name="layout"][value="list"]')!;
    list.focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect($<HTMLInputElement>(el, 'input[name="layout"][value="side"]')!.checked).to.equal(true);
    expect($$(el, 'table.side').length).to.equal(el.comparison!.sections.length);
    const band = $$(el, 'table.side tr.change').find((tr) => tr.textContent!.includes('Band 3 → Band 4'))!;
    expect([...band.querySelectorAll('td')].map((td) => td.textContent!.trim())).to.deep.equal(['Band 3', 'Band 4']);
    const kind = $$(el, 'table.side tr.change').find((tr) => tr.textContent!.includes('moved from Core to Flexible'))!;
    expect([...kind.querySelectorAll('td')].map((td) => td.textContent!.trim())).to.deep.equal(['Core', 'Flexible']);
    const removed = $$(el, 'table.side tr.change').find((tr) => tr.textContent!.includes('Boundary on endings removed'))!;
    expect(removed.querySelectorAll('td')[1]!.textContent!.trim()).to.equal('Not there');
    await expect(el).to.be.accessible();
  });

  it('the filter keeps only the changes that fixed or introduced a finding, and says how many are shown', async () => {
    const [a, b] = versions();
    const el = await mount((e) => { e.beforeRole = a; e.afterRole = b; });
    const all = $$(el, 'li.change').length;
    const moving = el.comparison!.changes.filter((c) => c.fixes?.length || c.introduces?.length).length;
    expect(moving).to.be.greaterThan(0);
    const box = $<HTMLInputElement>(el, 'input[name="only-findings"]')!;
    box.focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(box.checked).to.equal(true);
    expect($$(el, 'li.change').length).to.equal(moving);
    expect($(el, '.count[role="status"]')!.textContent).to.equal(`${moving} of ${all} changes shown`);
    expect($$(el, 'li.change').every((li) => /Fixes|Introduces/.test(li.textContent!))).to.equal(true);
  });

  it('takes an export for one side and JSON text for the other', async () => {
    const [a, b] = versions();
    const el = await mount((e) => { e.beforeRole = JSON.stringify(a); e.afterRole = exportJobDescription(b); });
    expect(el.comparison!.changes.length).to.be.greaterThan(0);
    expect(text(el)).to.contain('Band 3 → Band 4');
  });

  it('names an invalid role and its issues, and compares nothing', async () => {
    const [a, b] = versions();
    (b.duties[0] as { timeShare: unknown }).timeShare = 400;
    const el = await mount((e) => { e.beforeRole = a; e.afterRole = b; });
    const alert = $(el, '[role="alert"]')!;
    expect(alert.textContent).to.contain('The later role cannot be compared');
    expect(alert.textContent).to.contain('Share of time');
    expect(el.comparison).to.equal(undefined);
    expect(el.matches(':state(invalid)')).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('bound to a store: a saved version against the role as it is now; the newest version when none is named', async () => {
    const [a, b] = versions();
    const stored: StoredRole = { id: a.id, revision: 'r2', document: b, createdAt: '2026-11-01T09:00:00Z', updatedAt: '2026-12-01T09:00:00Z' };
    const v = (version: number, label: string, document: RoleDocument): RoleVersion => ({ version, label, status: 'review', at: '2026-11-20T09:00:00Z', document });
    const store = new MemoryStore(stored, [v(1, 'First draft', a), v(2, 'Sent to HR', b)]);
    const el = await fixture<PswRoleCompare>(html`<psw-role-compare today=${TODAY} role-id=${a.id} version="1" .store=${store}></psw-role-compare>`);
    await el.updateComplete;
    expect(text(el)).to.contain('First draft');
    expect(text(el)).to.contain('Band 3 → Band 4');
    el.removeAttribute('version');
    await el.updateComplete;
    expect(el.comparison!.changes).to.deep.equal([]);
    expect(text(el)).to.contain('Sent to HR');
    expect(text(el)).to.contain('The two versions are the same.');
    el.roleId = 'nope';
    await el.updateComplete;
    expect($(el, '[role="alert"]')!.textContent).to.contain('not in the library');
  });
});
