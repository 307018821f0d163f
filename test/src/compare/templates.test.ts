/**
 * Every ordered pair of built-in templates: the labels are plain words (no catalogue id, enum value,
 * path or item id), and the assessment delta is what assessing both sides gives.
 */
import { describe, it } from 'node:test';
import { expect } from 'chai';
import { SETTING_IDS } from '../../../src/catalogue/ids.js';
import { createRoleDocument } from '../../../src/model/create.js';
import { parseRoleDocument } from '../../../src/model/parse.js';
import { assessRole } from '../../../src/assess/index.js';
import { compareRoles } from '../../../src/compare/index.js';
import type { Finding } from '../../../src/assess/types.js';
import type { RoleDocument } from '../../../src/model/schema.js';
import { leaks } from '../../util/plain-words.js';

const TODAY = '2026-12-05';
/** Parsed, as stored roles are: compareRoles then uses them as they are (by identity). */
const parsed = (doc: RoleDocument): RoleDocument => {
  const r = parseRoleDocument(doc);
  if (!r.ok) throw new Error('a template does not parse');
  return r.document;
};
const docs = new Map<string, RoleDocument>(SETTING_IDS.map((t) => [t, parsed(createRoleDocument({ template: t, today: TODAY, now: '2026-12-05T09:00:00.000Z' }))]));

/** Every id of a list item in a document. */
function itemIds(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) for (const x of node) itemIds(x, out);
  else if (node && typeof node === 'object') {
    const id = (node as { id?: unknown }).id;
    if (typeof id === 'string') out.push(id);
    for (const v of Object.values(node)) if (v && typeof v === 'object') itemIds(v, out);
  }
  return out;
}

const same = (xs: readonly Finding[], ys: readonly Finding[]) => xs.length === ys.length && xs.every((x, i) => x === ys[i]);

describe('compareRoles over every ordered pair of built-in templates', () => {
  for (const from of SETTING_IDS) {
    it(`${from} against every other template: plain labels, delta equal to assessing both sides`, () => {
      const problems: string[] = [];
      for (const to of SETTING_IDS) {
        if (to === from) continue;
        const a = docs.get(from)!, b = docs.get(to)!;
        const r = compareRoles(a, b, { today: TODAY });
        const where = `${from} → ${to}`;
        expect(r.changes.length, where).to.be.greaterThan(0);
        const ids = new Set([...itemIds(a.duties), ...itemIds(b.duties), ...itemIds(a.boundaries), ...itemIds(b.boundaries), a.id, b.id]);
        for (const c of r.changes) {
          problems.push(...leaks(where, c.label));
          if (c.field) problems.push(...leaks(`${where} field`, c.field));
          for (const t of [c.beforeText, c.afterText]) if (t) problems.push(...leaks(`${where} value`, t));
          // Every change but prose and whole items has its values in words.
          if (!c.words && c.field && c.change !== 'added' && c.beforeText === undefined) problems.push(`${where}: no words for the value before in “${c.label}”`);
          if (!c.words && c.field && c.change !== 'removed' && c.afterText === undefined) problems.push(`${where}: no words for the value after in “${c.label}”`);
          for (const id of ids) if (c.label.includes(id)) problems.push(`${where}: item id in “${c.label}”`);
          expect(c.label, where).to.match(/^\S.*\S$/);
        }
        for (const s of r.sections) problems.push(...leaks(`${where} section`, s.label));
        // The delta is assessing both sides with the same options.
        const before = assessRole(a, { today: TODAY }), after = assessRole(b, { today: TODAY });
        expect(r.assessment.before).to.equal(before);
        expect(r.assessment.after).to.equal(after);
        expect(r.assessment.readiness).to.deep.equal({ before: before.readiness, after: after.readiness });
        expect(r.assessment.balance).to.deep.equal({ before: before.balance, after: after.balance });
        for (const t of ['T1', 'T2', 'T3', 'T4', 'T5'] as const) expect(r.assessment.themes[t]).to.deep.equal({ before: before.themes[t].score, after: after.themes[t].score });
        // Fixed findings are before's, introduced are after's, and what stays is as many on each side.
        expect(r.assessment.fixed.every((f) => r.assessment.before.findings.includes(f))).to.equal(true);
        expect(r.assessment.introduced.every((f) => r.assessment.after.findings.includes(f))).to.equal(true);
        expect(before.findings.length - r.assessment.fixed.length).to.equal(after.findings.length - r.assessment.introduced.length);
        // The grouped view holds every change once, in order.
        expect(same(r.sections.flatMap((s) => s.changes) as never, r.changes as never)).to.equal(true);
        expect(same(compareRoles(a, b, { today: TODAY }).assessment.fixed, r.assessment.fixed)).to.equal(true);
      }
      expect(problems).to.deep.equal([]);
    });
  }

  it('the delta is the assessment of both sides also for documents it had to parse (copies, with a policy)', () => {
    const a = structuredClone(docs.get('perinatal')!), b = structuredClone(docs.get('forensic-secure')!);
    const options = { today: TODAY, policy: { minCoreDuties: 12 } };
    const r = compareRoles(a, b, options);
    expect(r.assessment.before).to.deep.equal(assessRole(a, { minCoreDuties: 12, today: TODAY }));
    expect(r.assessment.after).to.deep.equal(assessRole(b, { minCoreDuties: 12, today: TODAY }));
    expect(r.assessment.before).to.not.deep.equal(assessRole(a, { today: TODAY }));
  });

  it('a role against itself (or a copy of itself) has no changes and no delta', () => {
    for (const doc of docs.values()) {
      for (const other of [doc, structuredClone(doc)]) {
        const r = compareRoles(doc, other, { today: TODAY });
        expect(r.changes).to.deep.equal([]);
        expect(r.sections).to.deep.equal([]);
        expect(r.assessment.fixed).to.deep.equal([]);
        expect(r.assessment.introduced).to.deep.equal([]);
      }
    }
  });

  it('reversing a comparison swaps added and removed, fixed and introduced', () => {
    const a = docs.get('adult-community')!, b = docs.get('crisis')!;
    const ab = compareRoles(a, b, { today: TODAY }), ba = compareRoles(b, a, { today: TODAY });
    const count = (r: typeof ab, k: string) => r.changes.filter((c) => c.change === k).length;
    expect(count(ab, 'added')).to.equal(count(ba, 'removed'));
    expect(count(ab, 'removed')).to.equal(count(ba, 'added'));
    expect(count(ab, 'changed')).to.equal(count(ba, 'changed'));
    expect(ab.assessment.fixed.length).to.equal(ba.assessment.introduced.length);
    expect(ab.assessment.introduced.length).to.equal(ba.assessment.fixed.length);
  });

  it('pairs what is plainly the same between two roles: boundaries by topic, arrangements by type', () => {
    const r = compareRoles(docs.get('adult-community')!, docs.get('crisis')!, { today: TODAY });
    expect(r.changes.filter((c) => c.section === 'boundaries' && (c.change === 'added' || c.change === 'removed'))).to.deep.equal([]);
    expect(r.changes.map((c) => c.label)).to.include('Position on risk and safeguarding rewritten');
  });
});
