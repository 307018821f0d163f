/**
 * Property-based tests (fast-check): random reorderings, removals and additions of duties, boundaries
 * and criteria. The comparison finds exactly what was removed and added, moves the fewest items
 * (the rest keep their order), swaps sides when reversed, and stays in plain words.
 */
import { describe, it } from 'node:test';
import { expect } from 'chai';
import fc from 'fast-check';
import { compareRoles } from '../../../src/compare/index.js';
import type { RoleDocument } from '../../../src/model/schema.js';
import { goodRole } from '../../fixtures/roles.js';
import { leaks } from '../../util/plain-words.js';

const TODAY = '2026-12-05';

/** The length of a longest increasing run of `xs`, by the plain O(n²) method. */
function longestRun(xs: readonly number[]): number {
  const best = xs.map(() => 1);
  for (let i = 0; i < xs.length; i++) for (let j = 0; j < i; j++) if (xs[j]! < xs[i]!) best[i] = Math.max(best[i]!, best[j]! + 1);
  return Math.max(0, ...best);
}

type List = 'duties' | 'boundaries' | 'essential';
const get = (d: RoleDocument, l: List) => (l === 'essential' ? d.recruitment.personSpec.essential : d[l]) as { id: string }[];
const set = (d: RoleDocument, l: List, items: { id: string }[]) => {
  if (l === 'essential') d.recruitment.personSpec.essential = items as never;
  else (d as unknown as Record<string, unknown>)[l] = items;
};

const edit = fc.record({
  list: fc.constantFrom<List>('duties', 'boundaries', 'essential'),
  order: fc.array(fc.nat(), { minLength: 14, maxLength: 14 }),
  keep: fc.array(fc.boolean(), { minLength: 14, maxLength: 14 }),
  added: fc.nat({ max: 3 }),
});

describe('compareRoles: properties', () => {
  it('finds what was removed, added and moved, and no more', () => {
    fc.assert(
      fc.property(edit, ({ list, order, keep, added }) => {
        const a = goodRole(), b = goodRole();
        const items = get(a, list);
        // Shuffle by the random keys, drop some, add new ones (new ids, new names) at the end.
        const kept = items.map((it, i) => ({ it, k: order[i]!, i })).filter((_, i) => keep[i]).sort((x, y) => x.k - y.k || x.i - y.i);
        const extra = Array.from({ length: list === 'boundaries' ? 0 : added }, (_, n) => ((list === 'duties' ? { ...items[0]!, id: `new-${n}`, title: `A new duty ${n}` } : { ...items[0]!, id: `new-${n}`, text: `A new criterion ${n}` })));
        set(b, list, [...kept.map((x) => x.it), ...extra]);
        const r = compareRoles(a, b, { today: TODAY });
        const inList = r.changes.filter((c) => c.section === (list === 'essential' ? 'recruitment' : list));
        const count = (k: string) => inList.filter((c) => c.change === k).length;
        expect(count('removed')).to.equal(items.length - kept.length);
        expect(count('added')).to.equal(extra.length);
        expect(count('moved')).to.equal(kept.length - longestRun(kept.map((x) => x.i)));
        expect(count('changed')).to.equal(0);
        // Reversed, the sides swap.
        const back = compareRoles(b, a, { today: TODAY });
        expect(back.changes.filter((c) => c.change === 'added').length).to.equal(r.changes.filter((c) => c.change === 'removed').length);
        expect(back.assessment.fixed.length).to.equal(r.assessment.introduced.length);
        expect(r.changes.flatMap((c) => leaks('label', c.label))).to.deep.equal([]);
        // A move never reads as a move to where it was.
        expect(inList.filter((c) => /from position (\d+) to position \1$/.test(c.label)).map((c) => c.label)).to.deep.equal([]);
      }),
      { numRuns: 60, seed: 17 },
    );
  });
});
