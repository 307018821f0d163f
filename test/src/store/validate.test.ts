import { describe, it } from 'node:test';
import { expect } from 'chai';
import fc from 'fast-check';
import { DUTIES_LIST_CHECKS, validateChange, validateDocument } from '../../../src/store/validate.js';
import { LIMITS, RoleDocumentSchema, type RoleDocument } from '../../../src/model/schema.js';
import { roleWithDuties } from '../../fixtures/roles.js';
import { parseRoleDocument } from '../../../src/model/parse.js';
import { isVouchedFor } from '../../../src/model/vouched.js';

type Loose = Record<string, unknown>;
/** A copy of `doc` with duty i replaced by `change(duty)`; everything else shared, as the store's recipes do. */
const withDuty = (doc: RoleDocument, i: number, change: (d: Loose) => Loose): RoleDocument => {
  const duties = doc.duties.slice();
  duties[i] = change({ ...duties[i] }) as unknown as RoleDocument['duties'][number];
  return { ...doc, duties };
};
const loose = (doc: RoleDocument) => doc as unknown as Loose;

/** validateChange must agree with validateDocument: outcome and issues. */
function agrees(previous: RoleDocument, candidate: unknown): boolean {
  const whole = validateDocument(candidate);
  const changed = validateChange(previous, candidate);
  expect(changed).to.deep.equal(whole);
  return whole.ok;
}

describe('store validation: only what changed', () => {
  it('the duties list has only the checks validateChange relies on (length limit, unique ids)', () => {
    const duties = (RoleDocumentSchema.shape.duties as unknown as { _zod: { def: { checks?: unknown[] } } })._zod.def;
    expect(duties.checks?.length, 'a check was added to the duties list: add it to validateChange too').to.equal(DUTIES_LIST_CHECKS);
  });

  it('accepts valid edits of one duty, of a section, a reordering, an added duty', () => {
    const doc = roleWithDuties(20);
    expect(agrees(doc, withDuty(doc, 7, (d) => ({ ...d, title: 'A new title' })))).to.equal(true);
    expect(agrees(doc, withDuty(doc, 7, (d) => ({ ...d, id: 'brand-new-id' })))).to.equal(true);
    expect(agrees(doc, { ...doc, role: { ...doc.role, title: 'Senior peer support worker' } })).to.equal(true);
    expect(agrees(doc, { ...doc, duties: [...doc.duties].reverse() })).to.equal(true);
    expect(agrees(doc, { ...doc, duties: [...doc.duties, { id: 'extra', title: 'Extra', kind: 'core' }] })).to.equal(true);
  });

  it('refuses what validateDocument refuses, with the same issues', () => {
    const doc = roleWithDuties(20);
    const refused = [
      withDuty(doc, 3, (d) => ({ ...d, title: 'x'.repeat(LIMITS.text + 1) })),
      withDuty(doc, 3, (d) => ({ ...d, timeShare: 140 })),
      withDuty(doc, 3, (d) => ({ ...d, kind: 'sometimes' })),
      withDuty(doc, 3, (d) => ({ ...d, colour: 'red' })),
      withDuty(doc, 3, (d) => ({ ...d, id: doc.duties[4]!.id })), // a repeated id
      withDuty(doc, 3, (d) => ({ ...d, id: 'has spaces' })),
      { ...doc, duties: [...doc.duties, { ...doc.duties[0]! }] }, // a repeated id, list longer
      { ...doc, role: { ...doc.role, involvementRequestCap: 140 } },
      { ...doc, meta: { ...doc.meta, updatedAt: 'yesterday' } },
      { ...doc, boundaries: doc.boundaries.map((b, i) => (i === 1 ? { ...b, topic: doc.boundaries[0]!.topic } : b)) }, // a topic twice
      { ...doc, colour: 'red' },
      (() => { const { employment: _gone, ...rest } = doc; return rest; })(),
      null,
      [doc],
    ];
    for (const candidate of refused) expect(agrees(doc, candidate)).to.equal(false);
  });

  it('agrees with validateDocument on random edits of duties and sections', () => {
    const doc = roleWithDuties(12);
    const ids = doc.duties.map((d) => d.id);
    const value = fc.oneof(
      fc.string({ maxLength: 20 }), fc.constant('x'.repeat(LIMITS.text + 1)), fc.double({ min: -50, max: 200, noNaN: true }),
      fc.integer({ min: -5, max: 120 }), fc.constantFrom('core', 'flexible', 'excluded', 'other'), fc.constant(undefined),
      fc.constantFrom(...ids, 'new-id', 'bad id', ''), fc.boolean(),
    );
    const dutyEdit = fc.record({
      i: fc.integer({ min: 0, max: doc.duties.length - 1 }),
      key: fc.constantFrom('id', 'title', 'description', 'kind', 'timeShare', 'exclusionReason', 'unknownKey'),
      v: value,
    }).map(({ i, key, v }) => withDuty(doc, i, (d) => ({ ...d, [key]: v })));
    const flexEdit = fc.record({
      i: fc.integer({ min: 0, max: doc.duties.length - 1 }),
      key: fc.constantFrom('maxShare', 'reviewEveryWeeks', 'bounds', 'agreedWith'),
      v: value,
    }).map(({ i, key, v }) => withDuty(doc, i, (d) => ({ ...d, flexibility: { ...(d.flexibility as Loose | undefined), [key]: v } })));
    const sectionEdit = fc.record({
      section: fc.constantFrom('role', 'context', 'employment', 'team', 'meta'),
      key: fc.constantFrom('title', 'setting', 'hoursPerWeek', 'otherPeerWorkers', 'status', 'updatedAt', 'unknownKey'),
      v: value,
    }).map(({ section, key, v }) => ({ ...doc, [section]: { ...(loose(doc)[section] as Loose), [key]: v } }));
    const twoEdits = fc.tuple(dutyEdit, dutyEdit).map(([a, b]) => ({ ...a, duties: a.duties.map((d, i) => (d === doc.duties[i] ? b.duties[i]! : d)) }));
    fc.assert(fc.property(fc.oneof(dutyEdit, flexEdit, sectionEdit, twoEdits), (candidate) => {
      agrees(doc, candidate);
    }), { numRuns: 300 });
  });

  it('keeps the size limit over a chain of edits, each judged from the last accepted document', () => {
    // Each edit grows one duty to the longest description allowed, the document passing 1 MiB on
    // the way; the sizes validateChange carries forward must refuse exactly where the whole check does.
    let doc = roleWithDuties(130);
    let refusedAt = -1;
    for (let i = 0; i < doc.duties.length; i++) {
      const candidate = withDuty(doc, i, (d) => ({ ...d, description: `${i} `.padEnd(LIMITS.text, 'é"\\x') }));
      if (agrees(doc, candidate)) doc = candidate;
      else if (refusedAt < 0) refusedAt = i;
    }
    expect(refusedAt, 'the chain should reach the size limit').to.be.greaterThan(50);
    // Shrinking one back makes room again, found through the carried sizes.
    expect(agrees(doc, withDuty(doc, 0, (d) => ({ ...d, description: 'short' })))).to.equal(true);
  });

  it('trusts a document the parser has just accepted by identity only: any other object is checked', () => {
    const parsed = parseRoleDocument(JSON.stringify(roleWithDuties(5)));
    if (!parsed.ok) throw new Error('the fixture should parse');
    expect(isVouchedFor(parsed.document)).to.equal(true);
    expect(validateDocument(parsed.document)).to.deep.equal({ ok: true, document: parsed.document });
    // A copy, changed to something invalid, is a new object: checked in full and refused.
    const changed = { ...parsed.document, role: { ...parsed.document.role, involvementRequestCap: 140 } };
    expect(isVouchedFor(changed)).to.equal(false);
    expect(validateDocument(changed).ok).to.equal(false);
  });
});
