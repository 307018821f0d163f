/**
 * Property-based tests (fast-check): random valid documents round-trip through JSON and through
 * parseRoleDocument unchanged; random mutations of a valid document never make the parser throw
 * and always give well-formed issues.
 */
import { describe, it } from 'node:test';
import { expect } from 'chai';
import fc from 'fast-check';
import { anyCodePoint, anyString } from '../../util/any-string.js';
import { BOUNDARY_TOPIC_IDS, EMPLOYER_TYPE_IDS, PAY_SCHEME_IDS, ROLE_LEVEL_IDS, SETTING_IDS, SUPERVISION_TYPE_IDS } from '../../../src/catalogue/ids.js';
import { parseRoleDocument, type RoleDocument } from '../../../src/model/index.js';
import { goodRole } from '../../fixtures/roles.js';

/** Keys the parser refuses anywhere (prototype pollution); valid documents never hold them. */
const RESERVED = ['__proto__', 'constructor', 'prototype'];
/** A JSON value with reserved keys removed at every depth (fc.jsonValue can generate them). */
function withoutReserved(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(withoutReserved);
  if (v && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) if (!RESERVED.includes(k)) Object.defineProperty(out, k, { value: withoutReserved(x), enumerable: true, writable: true, configurable: true });
    return out;
  }
  return v;
}

const opt = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const text = anyString({ maxLength: 40 });
const percent = fc.double({ min: 0, max: 100, noNaN: true }).map((x) => x + 0); // + 0 turns -0 into 0, as JSON does
const ids = (n: number) => fc.uniqueArray(fc.stringMatching(/^[A-Za-z0-9._:-]{1,64}$/), { minLength: n, maxLength: n });
const date = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true });

/** Removes undefined fields, as a document never holds them. */
const clean = <T>(v: T): T => JSON.parse(JSON.stringify(v));

const dutyArb = fc.record({
  title: text, description: opt(text), kind: fc.constantFrom('core', 'flexible', 'excluded'), timeShare: opt(percent),
  flexibility: opt(fc.record({ maxShare: opt(percent), agreedWith: opt(fc.array(text, { maxLength: 3 })), reviewEveryWeeks: opt(fc.integer({ min: 1, max: 104 })), bounds: opt(text) })),
  exclusionReason: opt(text),
});
const arrangementArb = fc.record({
  type: fc.constantFrom(...SUPERVISION_TYPE_IDS), providerRole: opt(text), providerHasPeerBackground: opt(fc.boolean()),
  format: opt(fc.constantFrom('one-to-one', 'group')),
  frequency: opt(fc.record({ count: fc.integer({ min: 1, max: 31 }), per: fc.constantFrom('week', 'month', 'quarter') })),
  durationMinutes: opt(fc.integer({ min: 5, max: 480 })), focus: opt(fc.array(text, { maxLength: 4 })), protectedTime: opt(fc.boolean()),
});

/** Gives each item one of `n` unique ids. */
const withIds = <T extends object>(items: fc.Arbitrary<T[]>) =>
  items.chain((xs) => ids(xs.length).map((is) => xs.map((x, i) => ({ id: is[i]!, ...x }))));

const documentArb: fc.Arbitrary<RoleDocument> = fc.record({
  duties: withIds(fc.array(dutyArb, { maxLength: 12 })),
  topics: fc.subarray([...BOUNDARY_TOPIC_IDS]),
  boundaryText: opt(text),
  arrangements: withIds(fc.array(arrangementArb, { maxLength: 5 })),
  domains: fc.subarray([1, 2, 3, 4, 5, 6, 7, 8, 9]),
  created: date, reviewDate: opt(date),
  setting: opt(fc.constantFrom(...SETTING_IDS)), employer: opt(fc.constantFrom(...EMPLOYER_TYPE_IDS)),
  level: opt(fc.constantFrom(...ROLE_LEVEL_IDS)), scheme: opt(fc.constantFrom(...PAY_SCHEME_IDS)),
  title: opt(text), salary: opt(fc.tuple(fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: 0, max: 100_000 }))),
  hours: opt(fc.double({ min: 0.5, max: 80, noNaN: true })), flag: opt(fc.boolean()),
  essential: withIds(fc.array(fc.record({ text, livedExperience: opt(fc.boolean()) }), { maxLength: 5 })),
  extensions: opt(fc.dictionary(fc.string({ maxLength: 10 }).filter((k) => !RESERVED.includes(k)), fc.jsonValue({ maxDepth: 3 }).map(withoutReserved), { maxKeys: 3 })),
}).map((r) => {
  const doc = goodRole();
  doc.duties = r.duties;
  doc.boundaries = r.topics.map((topic, i) => ({ id: `b${i}`, topic, position: r.boundaryText, status: 'agreed' as const }));
  doc.supervision.arrangements = r.arrangements;
  doc.training.peerSpecific = [{ id: 't', title: 'x', competenceDomains: r.domains }];
  doc.meta.createdAt = r.created.toISOString();
  doc.meta.reviewDate = r.reviewDate?.toISOString().slice(0, 10);
  doc.context = { setting: r.setting, employerType: r.employer };
  doc.role = { title: r.title, level: r.level };
  doc.employment = { payScheme: r.scheme, hoursPerWeek: r.hours,
    salary: r.salary && { min: Math.min(...r.salary), max: Math.max(...r.salary), currency: 'GBP', period: 'year' } };
  doc.team = { peerNetwork: r.flag };
  doc.recruitment.personSpec.essential = r.essential;
  if (r.extensions) doc.extensions = r.extensions;
  return clean(doc);
});

describe('property: random valid documents', () => {
  it('parse, and round-trip through JSON unchanged (as text and as a value)', () => {
    fc.assert(fc.property(documentArb, (doc) => {
      const fromText = parseRoleDocument(JSON.stringify(doc));
      expect(fromText.ok, JSON.stringify(!fromText.ok && fromText.issues)).to.equal(true);
      if (fromText.ok) expect(fromText.document).to.deep.equal(doc);
      const fromValue = parseRoleDocument(doc);
      if (fromValue.ok) expect(JSON.stringify(fromValue.document)).to.equal(JSON.stringify(fromText.ok && fromText.document));
      else expect.fail('value did not parse');
    }), { numRuns: 150 });
  });
});

/** Every path (as segments) to a value inside `v`. */
function paths(v: unknown, at: (string | number)[] = []): (string | number)[][] {
  const out = [at];
  if (v !== null && typeof v === 'object') for (const [k, child] of Object.entries(v)) out.push(...paths(child, [...at, Array.isArray(v) ? Number(k) : k]));
  return out;
}

const anything = fc.anything({
  maxDepth: 3, withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true,
  withNullPrototype: true, withObjectString: true, withBoxedValues: true, stringUnit: anyCodePoint, // withUnicodeString's strings
});

describe('property: random mutations never throw', () => {
  const base = goodRole();
  const allPaths = paths(base).filter((p) => p.length > 0);
  it('replacing, deleting or adding any value gives a result with well-formed issues', () => {
    fc.assert(fc.property(fc.constantFrom(...allPaths), fc.constantFrom('replace', 'delete', 'add'), anything, fc.boolean(), (path, op, value, asText) => {
      const doc = goodRole() as unknown as Record<string | number, any>;
      let parent = doc;
      for (const seg of path.slice(0, -1)) parent = parent[seg];
      const last = path[path.length - 1]!;
      if (op === 'replace') parent[last] = value;
      else if (op === 'delete') delete parent[last];
      else if (typeof parent[last] === 'object' && parent[last] !== null) parent[last][Array.isArray(parent[last]) ? parent[last].length : 'extra'] = value;
      let input: unknown = doc;
      if (asText) { try { input = JSON.stringify(doc); } catch { input = doc; } }
      const r = parseRoleDocument(input);
      if (!r.ok) {
        expect(r.issues.length).to.be.within(1, 51);
        for (const i of r.issues) {
          expect(i.path).to.be.a('string');
          expect(i.message).to.be.a('string').and.match(/[.…]$/);
        }
      }
      expect((Object.prototype as Record<string, unknown>).polluted).to.equal(undefined);
    }), { numRuns: 400 });
  });
  it('random JSON text never makes the parser throw', () => {
    fc.assert(fc.property(fc.oneof(fc.json(), anyString(), fc.jsonValue().map((v) => JSON.stringify(v).slice(1))), (text) => {
      const r = parseRoleDocument(text);
      expect(r.ok).to.equal(false);
      if (!r.ok) expect(r.issues[0]!.message).to.be.a('string');
    }), { numRuns: 300 });
  });
});
