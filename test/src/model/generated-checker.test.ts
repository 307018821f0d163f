/**
 * The generated document checks (src/model/generated/role-document-check.ts) against zod, the
 * schema they are compiled from: the committed file is what the compiler makes of the schema now,
 * and on every template, fixture and hostile document and thousands of seeded mutations of valid
 * documents, both find the same issues (code, path, message, in order), word them the same, and on
 * success give the same copy (keys in the same order) — for the whole document, each section and a
 * duty.
 */
import { describe, it } from 'node:test';
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from '../../../src/model/zod.js';
import * as schemaModule from '../../../src/model/schema.js';
import * as recruitmentModule from '../../../src/model/schema-recruitment.js';
import { DutySchema, RoleDocumentSchema, LIMITS } from '../../../src/model/schema.js';
import { refinementOf } from '../../../src/model/zod-refinement.js';
import { check, keysAt, type Schema } from '../../../src/model/checker.js';
import { DutyCheck, RoleDocumentCheck } from '../../../src/model/generated/role-document-check.js';
import { fromZodIssues, schemaErrorMap, toIssues } from '../../../src/model/issues.js';
import { createRoleDocument } from '../../../src/model/create.js';
import { fieldLabels } from '../../../src/model/field-labels.js';
import { SETTING_IDS } from '../../../src/catalogue/ids.js';
import * as catalogueIds from '../../../src/catalogue/ids.js';
import * as suggestable from '../../../src/model/suggestable.js';
import * as modelConstants from '../../../src/model/constants.js';
import { goodRole, roleWithDuties } from '../../fixtures/roles.js';
import { completeDoc, emptyDoc, hostileDoc, makeHostileDoc } from '../../fixtures/export-docs.js';
import { goodRole as assessedRole, thirtyDutyRole } from '../../fixtures/assess-docs.js';
import { answered } from '../../fixtures/answered.js';
import { HOSTILE_STRINGS } from '../../fixtures/hostile-strings.js';
import { applyMutation, mutationArb } from '../../fixtures/mutations.js';
import { rng } from '../../fixtures/edit-storm.js';
import fc from 'fast-check';
import { identical } from '../../util/identical.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Any = any;
const fromRoot = (p: string) => pathToFileURL(resolve(p)).href;
const { compileChecker, COMMAND, OUTPUT } = await import(fromRoot('scripts/lib/checker-compiler.mjs'));
const { CHECKER_ROOTS, constantsOf } = await import(fromRoot('scripts/lib/checker-roots.mjs'));
const generate = () => compileChecker({ z, schemas: { ...recruitmentModule, ...schemaModule }, roots: CHECKER_ROOTS, refinementOf, errorMap: schemaErrorMap, keysAt, constants: constantsOf([catalogueIds, suggestable, modelConstants]) });

describe('generated document checks: the committed file', () => {
  it(`is what the compiler makes of the schema now (if not: run ${COMMAND})`, () => {
    expect(readFileSync(OUTPUT, 'utf8') === generate(), `${OUTPUT} is stale: run ${COMMAND}`).to.equal(true);
  });

  it('refuses what it cannot reproduce, naming where', () => {
    const compile = (schema: unknown) => () => compileChecker({ z, schemas: { X: schema }, roots: ['X'], refinementOf });
    expect(compile(z.strictObject({ a: z.union([z.string(), z.number()]) }))).to.throw(/union.* at a/);
    expect(compile(z.array(z.string()).check(z.refine((v: string[]) => v.length > 0)))).to.throw(/refinement without a name/);
    expect(compile(z.strictObject({ a: z.string().check(z.maxLength(3, { error: (i) => `at most ${String(i.input)}` })) }))).to.throw(/message that depends on the issue at a/);
    expect(compile(z.object({ a: z._default(z.string(), 'x') }))).to.throw(/default/);
    expect(compile(z.looseObject({ a: z.string() }))).to.throw(/catch-all of unknown/);
  });
});

// ---------------------------------------------------------------------------------------------
// Both ways of checking, to the end: issues as zod reports them, the sentences, the copy

interface Outcome { ok: boolean; issues?: unknown[]; sentences?: unknown[]; json?: string; value?: unknown }
const viaZod = (schema: { safeParse(v: unknown, o: object): Any }, x: unknown): Outcome => {
  const r = schema.safeParse(x, { error: schemaErrorMap });
  if (r.success) return { ok: true, json: JSON.stringify(r.data), value: r.data };
  const issues = (r.error.issues as Any[]).map((i) => ({ code: i.code, path: i.path, message: i.message, keys: i.keys }));
  return { ok: false, issues, sentences: toIssues(fromZodIssues(issues), x) };
};
const viaChecks = (schema: Schema, x: unknown): Outcome => {
  const r = check(schema, x);
  if (r.ok) return { ok: true, json: JSON.stringify(r.value), value: r.value };
  return { ok: false, issues: r.issues, sentences: toIssues(fromZodIssues(r.issues), x) };
};

const SECTIONS = Object.keys(RoleDocumentSchema.shape) as (keyof typeof RoleDocumentSchema.shape)[];
let compared = 0;
let repeats = 0;
let failures = 0;
/** Whole documents that passed and failed, and the issue codes seen: the corpus covers both ways. */
const seen = { passed: 0, failed: 0, codes: new Set<string>() };
/** chai's deep equality, asked only when the values are not identical (chai is slow on whole documents). */
const expectSame = (actual: unknown, expected: unknown, message: string) => {
  if (!identical(actual, expected)) expect(actual, message).to.deep.equal(expected);
};
/**
 * Compares the document, each section and each of the first five duties. With `base` (a document
 * compared before, of which `x` is a mutated copy), a section or duty identical to the base's is not
 * compared again: the same value gives the same outcome (counted in `repeats`).
 */
function compare(x: unknown, label: string, base?: unknown): void {
  // [what, zod schema, generated checks, value, the base's value when the base compared it too]
  const pairs: [string, Any, Schema, unknown, [unknown]?][] = [['document', RoleDocumentSchema, RoleDocumentCheck, x]];
  if (x && typeof x === 'object' && !Array.isArray(x)) {
    const from = base && typeof base === 'object' && !Array.isArray(base) ? base as Any : undefined;
    for (const k of SECTIONS) pairs.push([`section ${k}`, RoleDocumentSchema.shape[k], RoleDocumentCheck.shape[k]!, (x as Any)[k], from && [from[k]]]);
    const duties = (x as Any).duties;
    const before: unknown[] = Array.isArray(from?.duties) ? from.duties.slice(0, 5) : [];
    if (Array.isArray(duties)) duties.slice(0, 5).forEach((d, i) => pairs.push([`duty ${i}`, DutySchema, DutyCheck, d, i < before.length ? [before[i]] : undefined]));
  }
  for (const [what, zodSchema, generated, value, was] of pairs) {
    if (was && identical(value, was[0])) { repeats++; continue; }
    compared++;
    const a = viaZod(zodSchema, value);
    const b = viaChecks(generated, value);
    const same = a.ok === b.ok && (a.ok ? a.json === b.json : JSON.stringify(a.issues) === JSON.stringify(b.issues));
    if (!same) failures++;
    if (what === 'document') a.ok ? seen.passed++ : seen.failed++;
    for (const i of (a.issues ?? []) as { code: string }[]) seen.codes.add(i.code);
    if (b.ok !== a.ok) expect(b.ok, `${label}, ${what}: ok`).to.equal(a.ok);
    if (a.ok) {
      if (b.json !== a.json) expect(b.json, `${label}, ${what}: the copy (JSON, keys in order)`).to.equal(a.json);
      expectSame(b.value, a.value, `${label}, ${what}: the copy`);
    } else {
      expectSame(b.issues, a.issues, `${label}, ${what}: issues`);
      expectSame(b.sentences, a.sentences, `${label}, ${what}: sentences`);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// The corpus

const templates = () => SETTING_IDS.map((template) => createRoleDocument({ template, now: '2026-11-25T10:00:00.000Z', id: `t-${template}`, today: '2026-11-25' }));
const fixtures = (): [string, unknown][] => [
  ['goodRole', goodRole()], ['roleWithDuties(40)', roleWithDuties(40)], ['completeDoc', completeDoc], ['emptyDoc', emptyDoc()],
  ['hostileDoc', hostileDoc], ['assess goodRole', assessedRole()], ['thirtyDutyRole', thirtyDutyRole()], ['answered', answered(goodRole())],
  ['blank', createRoleDocument({ now: '2026-11-25T10:00:00.000Z', id: 'blank' })],
];

const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;
const SURROGATE = '\u{1F600}';
/** Values that are wrong somewhere, or right somewhere, or both. */
const ODD: unknown[] = [
  null, undefined, [], {}, '', 'x', ' ', 0, -0, 1, -1, 0.5, 1.5, 2, 3, 4, 5, 9, 10, 31, 32, 72, 73, 80, 81, 100, 100.5, 101, 104, 105, 120, 121, 479, 480, 481, 2000, 2001,
  10_000, 10_001, 1_000_000, 1_000_001, 1e21, -1e21, 2 ** 53 + 2, -(2 ** 53) - 2, NaN, Infinity, -Infinity, true, false,
  [1, 2], [1, 1], ['a', 'a'], ['x'], [null], [{}], { a: 1 }, { length: 0 }, { length: 99_999 }, { id: 'x' },
  'custom', 'core', 'flexible', 'draft', 'GBP', 'year', 'week', 'psw-role-document', 'agreed', 'self-disclosure', 'peer-supervision', 'employment.hoursPerWeek',
  '2026-02-29', '2028-02-29', '2026-13-01', '2026-11-25', '2026-11-25T10:00:00Z', '2026-11-25T10:00:00', '2026-11-25T10:00:00+01:00', '2026-11-25T24:00:00Z',
  '2025/26', '2025-26', 'has space', 'ok-id', 'a'.repeat(64), 'a'.repeat(65), 'x'.repeat(40), 'x'.repeat(41), 'x'.repeat(100), 'x'.repeat(101), 'x'.repeat(200), 'x'.repeat(201),
  'x'.repeat(10_000), 'x'.repeat(10_001), SURROGATE.repeat(10_000), SURROGATE.repeat(10_001), SURROGATE.repeat(200) , 'x' + SURROGATE.repeat(100),
  Array(201).fill('x'), Array(10).fill(1), Array(4).fill('informal-conversation'), new Date(0), Object.create(null),
];
const FIELD_PATTERNS = Object.keys(fieldLabels);
/** Host data in `extensions`: any keys of at most 200 characters, any values; only a group of fields. */
const EXTENSIONS = (): unknown[] => {
  const noProto = Object.create(null) as Record<string, unknown>;
  noProto.a = 1;
  class Own { x = 1; }
  return [
    { a: 1, b: { c: [1, 'x', null] } }, { ['k'.repeat(200)]: 1 }, { ['k'.repeat(201)]: 1, ok: 2, [SURROGATE.repeat(150)]: 3 },
    { [Symbol('s')]: 1, a: 2 }, noProto, new Own(), { constructor: 5 }, { constructor: () => 1 }, new Date(0), [], null, 'x',
    Object.defineProperty({ a: 1 }, 'hidden', { value: 'k'.repeat(300), enumerable: false }),
  ];
};
const UNKNOWN_KEYS = ['extra', 'Title', 'title ', 'toString', 'constructor', 'hasOwnProperty', '__proto__', 'a'.repeat(201)];
const LONG_LISTS = [2, 4, 10, 21, 31, 51, 201, 1001];

type Rand = () => number;
const show = (v: unknown) => { try { return JSON.stringify(v) ?? String(v); } catch { return typeof v; } };
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;

/** Walks a field pattern (`duties[].flexibility.maxShare`) into `doc`, making missing groups; the parent and key. */
function locate(r: Rand, doc: Any, pattern: string): [Any, string | number] | undefined {
  const segs = pattern.replace(/\[\]/g, '.[]').split('.');
  let node = doc;
  for (let i = 0; i < segs.length - 1; i++) {
    const s = segs[i]!;
    if (s === '[]') {
      if (!Array.isArray(node) || !node.length) return undefined;
      const next = node[Math.floor(r() * node.length)];
      if (next === null || typeof next !== 'object') return undefined;
      node = next;
      continue;
    }
    if (node === null || typeof node !== 'object') return undefined;
    if (segs[i + 1] === '[]') { node[s] ??= []; node = node[s]; continue; }
    if (node[s] === undefined || node[s] === null || typeof node[s] !== 'object') node[s] = {};
    node = node[s];
  }
  const last = segs[segs.length - 1]!;
  return node !== null && typeof node === 'object' && !Array.isArray(node) ? [node, last] : undefined;
}

/** Every object inside `v` (lists' items included), for unknown keys. */
const objectsIn = (v: unknown, out: Any[] = []): Any[] => {
  if (v && typeof v === 'object') {
    if (!Array.isArray(v)) out.push(v);
    for (const x of Object.values(v)) objectsIn(x, out);
  }
  return out;
};
const listsIn = (v: unknown, out: Any[][] = []): Any[][] => {
  if (v && typeof v === 'object') {
    if (Array.isArray(v)) out.push(v);
    for (const x of Object.values(v)) listsIn(x, out);
  }
  return out;
};

/** One to three mutations of a copy of `base`. */
function mutate(r: Rand, base: unknown): { doc: Any; what: string[] } {
  const doc = clone(base) as Any;
  const what: string[] = [];
  const n = 1 + Math.floor(r() * r() * 3);
  for (let i = 0; i < n; i++) {
    const kind = Math.floor(r() * 8);
    if (kind <= 2) {
      const pattern = pick(r, FIELD_PATTERNS);
      const at = locate(r, doc, pattern);
      if (!at) continue;
      const v = pick(r, ODD);
      at[0][at[1]] = Array.isArray(v) ? [...v] : v && typeof v === 'object' && !(v instanceof Date) && Object.getPrototypeOf(v) ? { ...v } : v;
      what.push(`${pattern} = ${typeof v === 'string' && v.length > 20 ? `${v.length} characters` : show(v)}`);
    } else if (kind === 3) {
      const pattern = pick(r, FIELD_PATTERNS);
      const at = locate(r, doc, pattern);
      if (!at) continue;
      delete at[0][at[1]];
      what.push(`delete ${pattern}`);
    } else if (kind === 4) {
      const host = pick(r, objectsIn(doc));
      const k = pick(r, UNKNOWN_KEYS);
      Object.defineProperty(host, k, { value: pick(r, ODD), enumerable: true, configurable: true, writable: true });
      what.push(`unknown key ${k.slice(0, 20)}`);
    } else if (kind === 5) {
      const lists = listsIn(doc).filter((l) => l.length);
      if (!lists.length) continue;
      const list = pick(r, lists);
      const len = pick(r, LONG_LISTS.filter((l) => l < 1001 || r() < 0.1));
      const items = list.slice();
      for (let j = list.length; j < len; j++) list.push(clone(items[j % items.length]));
      what.push(`a list of ${len}`);
    } else if (kind === 6) {
      const lists = listsIn(doc).filter((l) => l.length >= 2 && l.every((x) => x && typeof x === 'object'));
      if (!lists.length) continue;
      const list = pick(r, lists);
      const key = pick(r, ['id', 'id', 'topic', 'title']);
      list[1 + Math.floor(r() * (list.length - 1))][key] = list[0][key];
      what.push(`repeat ${key}`);
    } else {
      // A whole section or list replaced, or the document's own fields.
      const k = pick(r, [...SECTIONS, 'kind', 'schemaVersion', 'extensions', 'extensions']);
      doc[k] = pick(r, k === 'extensions' ? EXTENSIONS() : ODD);
      what.push(`${k} replaced`);
    }
  }
  return { doc, what };
}

describe('generated document checks: the same issues as zod', () => {
  it('on every template', () => {
    for (const t of templates()) compare(t, `template ${t.context.setting}`);
  });

  it('on every fixture, with hostile strings in every text field', () => {
    for (const [label, doc] of fixtures()) compare(doc, label);
    compare(makeHostileDoc(clone(goodRole())), 'goodRole with hostile text');
    const everyString = (v: unknown, text: string): unknown =>
      typeof v === 'string' ? text : Array.isArray(v) ? v.map((x) => everyString(x, text))
        : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, everyString(x, text)])) : v;
    for (const h of HOSTILE_STRINGS) compare(everyString(completeDoc, h.text), `every string is the hostile string ${h.name}`);
  });

  it('on the mutations of the robustness suites (fast-check, seeded)', () => {
    for (const base of [goodRole(), completeDoc]) {
      compare(base, 'the base document');
      for (const m of fc.sample(mutationArb(base), { seed: 20261206, numRuns: 200 })) {
        const x = applyMutation(base, m);
        if (typeof x === 'string') { try { compare(JSON.parse(x), `mutation ${m.kind} (text)`, base); } catch { /* not JSON: no schema involved */ } }
        else compare(x, `mutation ${m.kind}`, base);
      }
    }
  });

  it('on 3,000 seeded mutations of valid documents', () => {
    const r = rng(13);
    const bases = [goodRole(), completeDoc, emptyDoc(), assessedRole(), answered(goodRole()), ...templates()];
    bases.forEach((base, i) => compare(base, `base ${i}`));
    const before = compared + repeats;
    for (let i = 0; i < 3000; i++) {
      const base = pick(r, bases);
      const { doc, what } = mutate(r, base);
      compare(doc, `mutation ${i}: ${what.join('; ') || 'none'}`, base);
    }
    // Documents, sections and duties checked both ways, or identical to their base's (checked already).
    expect(compared + repeats - before).to.be.greaterThan(30_000);
    expect(failures).to.equal(0);
    console.log(`  ${seen.passed} documents passed and ${seen.failed} failed (both ways alike); ${compared} values compared, ${repeats} repeats; issue codes: ${[...seen.codes].sort().join(', ')}`);
    expect(seen.passed).to.be.greaterThan(300);
    expect(seen.failed).to.be.greaterThan(2000);
    expect([...seen.codes].sort()).to.deep.equal(['custom', 'invalid_format', 'invalid_key', 'invalid_type', 'invalid_value', 'too_big', 'too_small', 'unrecognized_keys']);
  });

  it('on limits: the longest lists and texts that pass, and one more', () => {
    const doc = clone(goodRole()) as Any;
    doc.duties = Array.from({ length: LIMITS.duties }, (_, i) => ({ id: `d${i}`, title: i % 100 ? 'x' : SURROGATE.repeat(LIMITS.text), kind: 'core' }));
    compare(doc, `${LIMITS.duties} duties, some with the longest titles`);
    doc.duties.push({ id: 'd0', title: 'x', kind: 'core' });
    compare(doc, `${LIMITS.duties + 1} duties`);
  });
});
