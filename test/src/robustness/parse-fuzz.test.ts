/**
 * Robustness: parseRoleDocument against malformed documents made by mutating a valid one
 * (test/fixtures/mutations.ts: wrong types, deleted keys, huge and non-finite numbers, deep nesting,
 * prototype keys, unknown keys, over-long text, repeated ids, not a document at all), as values and as
 * JSON text. It never throws; a refusal names fields in sentences; an acceptance is a valid,
 * canonical document that shares nothing with the input; no prototype is ever polluted.
 * (test/src/model/property.test.ts covers random valid documents and `fc.anything` replacements.)
 */
import { describe, it } from 'node:test';
import { expect } from 'chai';
import fc from 'fast-check';
import { formatPath, parsePath, parseRoleDocument, type ParseResult } from '../../../src/model/index.js';
import { validateDocument } from '../../../src/store/validate.js';
import { goodRole } from '../../fixtures/roles.js';
import { applyMutation, describeMutation, mutationArb, type Mutation } from '../../fixtures/mutations.js';

/** Kinds that can never give a valid document from goodRole(). */
const ALWAYS_REFUSED = new Set<Mutation['kind']>(['prototype-key', 'duplicate-id', 'not-a-document']);

const clean = () => {
  for (const k of ['polluted', 'extra']) expect((Object.prototype as Record<string, unknown>)[k], `Object.prototype.${k}`).to.equal(undefined);
};

describe('robustness: parseRoleDocument on mutated documents', () => {
  it('never throws; refusals name fields, acceptances are valid and independent of the input', () => {
    const counts = { refused: 0, accepted: 0 };
    fc.assert(fc.property(mutationArb(goodRole()), (m) => {
      const input = applyMutation(goodRole(), m);
      let r: ParseResult | undefined;
      expect(() => { r = parseRoleDocument(input); }, describeMutation(m)).to.not.throw();
      clean();
      if (!r!.ok) {
        counts.refused++;
        expect(r!.issues.length, describeMutation(m)).to.be.within(1, 51);
        for (const i of r!.issues) {
          const segments = parsePath(i.path);
          expect(segments && formatPath(segments), `a well-formed path: ${i.path}`).to.equal(i.path);
          expect(i.message).to.be.a('string').and.match(/[.…]$/);
        }
        return;
      }
      counts.accepted++;
      expect(ALWAYS_REFUSED.has(m.kind), `${describeMutation(m)} was accepted`).to.equal(false);
      const doc = r!.document;
      expect(validateDocument(doc).ok, describeMutation(m)).to.equal(true);
      expect(JSON.parse(JSON.stringify(doc))).to.deep.equal(doc);
      if (typeof input === 'object' && input !== null) {
        // The document is a copy: changing the input afterwards changes nothing.
        const before = JSON.stringify(doc);
        const inp = input as { role?: { title?: unknown }; duties?: unknown[] };
        if (inp.role && typeof inp.role === 'object') inp.role.title = 'changed afterwards';
        if (Array.isArray(inp.duties)) inp.duties.length = 0;
        expect(JSON.stringify(doc), 'the document shares nothing with the input').to.equal(before);
      }
    }), { numRuns: 600 });
    expect(counts.refused, 'most mutations are refused').to.be.greaterThan(counts.accepted);
  });
});
