/**
 * The assessment reuses, from the previous one, what an item-by-item rule reported about the items
 * an edit did not change, and the drift scans of unchanged duties (src/assess/assess.ts, facts.ts).
 * That may never show: after any chain of edits that share structure as the store's do, each
 * snapshot's assessment equals that of a fresh copy of it assessed with nothing to reuse.
 */
import { describe, it } from 'node:test';
import { expect } from 'chai';
import fc from 'fast-check';
import { assessRole } from '../../../src/assess/index.js';
import { parseRoleDocument } from '../../../src/model/parse.js';
import type { RoleDocument } from '../../../src/model/schema.js';
import { getIn, setIn } from '../../../src/store/ops.js';
import { emptyDocument, goodRole, thirtyDutyRole, TODAY } from '../../fixtures/assess-docs.js';
import { pathsOf, type Segment } from '../../fixtures/mutations.js';

/** Texts an edit may type: empty, plain, and words the drift and lived-experience checks look for. */
const TEXTS = ['', 'Peer support', 'Doing obs on the ward', 'Covering rota gaps', 'Lived experience of mental health', 'Supervises the team'];

/** An edit as the editors make them: one value set with structural sharing, or a list item removed or moved. */
type Edit = { kind: 'set'; path: Segment[]; pick: number } | { kind: 'remove' | 'move'; list: string; pick: number };
const LISTS = ['duties', 'boundaries', 'supervision.arrangements', 'recruitment.personSpec.essential', 'progression.steps'];

function apply(doc: RoleDocument, e: Edit): RoleDocument {
  if (e.kind === 'set') {
    const now = getIn(doc, e.path);
    const same = pathsOf(doc).filter((p) => p[p.length - 1] === e.path[e.path.length - 1]).map((p) => getIn(doc, p));
    const options = typeof now === 'string' ? [...same.filter((v) => typeof v === 'string'), ...TEXTS]
      : typeof now === 'number' ? [0, 1, 5, 30, 60, 100, 37.5] : typeof now === 'boolean' ? [!now] : [];
    return options.length ? setIn(doc, e.path, options[e.pick % options.length]) : doc;
  }
  const path = e.list.split('.');
  const list = getIn(doc, path) as unknown[];
  if (!list.length) return doc;
  const i = e.pick % list.length;
  const next = e.kind === 'remove' ? list.filter((_, k) => k !== i) : [...list.slice(0, i), ...list.slice(i + 1), list[i]];
  return setIn(doc, path, next);
}

/** What a reader sees of an assessment. */
const seen = (doc: RoleDocument, today = TODAY) => {
  const a = assessRole(doc, { today });
  return JSON.stringify({ findings: a.findings, readiness: a.readiness, balance: a.balance });
};

/** The assessment of a fresh copy, right after one of an empty role: nothing of an earlier run is left to reuse. */
const fresh = (doc: RoleDocument) => {
  assessRole(emptyDocument(), { today: TODAY });
  return seen(structuredClone(doc));
};

describe('incremental assessment', () => {
  for (const [name, base] of [['a good role', goodRole()], ['a 30-duty role', thirtyDutyRole()]] as const) {
    it(`after every edit of a chain, equals a fresh assessment (${name})`, () => {
      const leaves = pathsOf(base).filter((p) => typeof getIn(base, p) !== 'object' && p[0] !== 'meta' && p[p.length - 1] !== 'id');
      const edit: fc.Arbitrary<Edit> = fc.oneof(
        { weight: 4, arbitrary: fc.record({ kind: fc.constant('set' as const), path: fc.constantFrom(...leaves), pick: fc.nat() }) },
        fc.record({ kind: fc.constantFrom('remove' as const, 'move' as const), list: fc.constantFrom(...LISTS), pick: fc.nat() }),
      );
      let steps = 0;
      fc.assert(fc.property(fc.array(edit, { minLength: 1, maxLength: 12 }), (edits) => {
        // The chain as the store makes it; edits that would make the document invalid are left out.
        const chain: RoleDocument[] = [base];
        for (const e of edits) {
          const next = apply(chain[chain.length - 1]!, e);
          if (next !== chain[chain.length - 1] && parseRoleDocument(next).ok) chain.push(next);
        }
        const incremental = chain.map((doc) => seen(doc));
        chain.forEach((doc, k) => expect(incremental[k], `after ${k} edits: ${JSON.stringify(edits.slice(0, k))}`).to.equal(fresh(doc)));
        steps += chain.length - 1;
      }), { numRuns: 40 });
      expect(steps, 'edits applied').to.be.greaterThan(40);
    });
  }
});
