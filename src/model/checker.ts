/**
 * The runtime of the document's generated checks (./generated/role-document-check.ts, compiled
 * from the zod schema in ./schema.ts by scripts/generate-checker.mjs). Each builder here does what
 * the zod schema or check of the same kind does (zod 4, node_modules/zod/v4/core/schemas.js and
 * checks.js): the same issues with the same codes, paths, fields and order, the same checks skipped
 * after a problem, and the same output (a copy with keys in schema order). So the parser and the
 * store answer exactly as zod would, without carrying zod into every page
 * (test/src/model/generated-checker.test.ts compares the two on thousands of documents).
 *
 * What zod has and this has not (zod's async, transforms, defaults, unions…): the compiler refuses
 * a schema that uses it, so the generated file cannot silently differ from the schema.
 */
import type * as core from 'zod/v4/core';
import { fieldLabels } from './field-labels.js';
import { schemaErrorMap } from './issues.js';
import type { PathSegment } from './paths.js';
import { isObject } from './plain-data.js';
import type { RefinementIssue } from './refinements.js';

/** An issue as zod raises it, before its message is chosen. */
interface RawIssue {
  code: string;
  path?: PropertyKey[];
  input?: unknown;
  /** The schema's or check's own message; otherwise the error map words the issue. */
  message?: string | undefined;
  continue?: boolean;
  expected?: string;
  values?: readonly unknown[];
  origin?: string;
  maximum?: number;
  minimum?: number;
  inclusive?: boolean;
  format?: string;
  keys?: string[];
}
/** An issue with its message, as zod's `safeParse` reports it (what `fromZodIssues` reads). */
export interface SchemaIssue { code: string; path: PropertyKey[]; message: string; keys?: string[] | undefined }

interface Payload { value: unknown; issues: RawIssue[] }

export interface Check {
  check(p: Payload): void;
  /** Runs, like zod's length checks, after other problems too, on any value with a length. */
  sized?: true;
  /** The most a length check allows (an oversized list fails on it before its items are read). */
  max?: number;
}

export interface Schema {
  run(p: Payload): Payload;
  /** Optional: an absent key is fine and adds nothing to the output. */
  opt?: true;
}
export interface ObjectSchema extends Schema { shape: Readonly<Record<string, Schema>> }

export type CheckResult<T = unknown> = { ok: true; value: T } | { ok: false; issues: SchemaIssue[] };

/** Checks `value`: its copy as zod would make it, or the issues with their messages. */
export function check<T = unknown>(schema: Schema, value: unknown): CheckResult<T> {
  const p = schema.run({ value, issues: [] });
  if (!p.issues.length) return { ok: true, value: p.value as T };
  return {
    ok: false,
    issues: p.issues.map((iss) => ({
      code: iss.code,
      path: iss.path ?? [],
      message: iss.message ?? schemaErrorMap(iss as unknown as core.$ZodRawIssue),
      keys: iss.keys,
    })),
  };
}

// ---------------------------------------------------------------------------------------------
// How zod runs a schema's checks (its `$ZodType` run and `util.aborted`)

const stops = (issues: RawIssue[], from: number, explicit?: boolean) => {
  for (let i = from; i < issues.length; i++) if (explicit ? issues[i]!.continue === false : issues[i]!.continue !== true) return true;
  return false;
};
const hasLength = (v: unknown) => v != null && (v as { length?: unknown }).length !== undefined;

function schema(parse: (p: Payload) => Payload, checks: readonly Check[] = []): Schema {
  if (!checks.length) return { run: parse };
  return {
    run(p) {
      parse(p);
      let aborted = stops(p.issues, 0);
      for (const ch of checks) {
        if (ch.sized) {
          if (stops(p.issues, 0, true) || !hasLength(p.value)) continue;
        } else if (aborted) continue;
        const before = p.issues.length;
        ch.check(p);
        if (p.issues.length !== before && !aborted) aborted = stops(p.issues, before);
      }
      return p;
    },
  };
}

const prefix = (key: PropertyKey, issues: RawIssue[]) => issues.map((iss) => ((iss.path ??= []).unshift(key), iss));
const typeIssue = (p: Payload, expected: string, message?: string) => {
  p.issues.push({ expected, code: 'invalid_type', input: p.value, message });
  return p;
};

// ---------------------------------------------------------------------------------------------
// Schemas

export const str = (checks?: readonly Check[], message?: string) =>
  schema((p) => (typeof p.value === 'string' ? p : typeIssue(p, 'string', message)), checks);

/** A string format (`z.iso.date()`, `z.iso.datetime()`): a string, then its pattern, then its checks. */
export const fmt = (format: string, pattern: RegExp, checks: readonly Check[] = [], message?: string) =>
  str([{
    check(p) {
      pattern.lastIndex = 0;
      if (!pattern.test(p.value as string)) flag(p, { origin: 'string', code: 'invalid_format', format, message });
    },
  }, ...checks], message);

const finite = (p: Payload, message?: string) =>
  typeof p.value === 'number' && Number.isFinite(p.value) ? p : typeIssue(p, 'number', message);

export const num = (checks?: readonly Check[], message?: string) => schema((p) => finite(p, message), checks);

/** `z.int()`: a number, then a safe whole number, then its checks. */
export const int = (checks: readonly Check[] = [], message?: string) =>
  schema((p) => finite(p, message), [{
    check(p) {
      const input = p.value as number;
      if (!Number.isInteger(input)) {
        p.issues.push({ expected: 'int', format: 'safeint', code: 'invalid_type', continue: false, input, message });
      } else if (!Number.isSafeInteger(input)) {
        flag(p, input > 0
          ? { code: 'too_big', maximum: Number.MAX_SAFE_INTEGER, origin: 'int', inclusive: true, message }
          : { code: 'too_small', minimum: Number.MIN_SAFE_INTEGER, origin: 'int', inclusive: true, message });
      }
    },
  }, ...checks]);

export const bool = (message?: string) => schema((p) => (typeof p.value === 'boolean' ? p : typeIssue(p, 'boolean', message)));

export const unknown = (): Schema => ({ run: (p) => p });

/** `z.enum()` and `z.literal()`: one of `values`. */
export const oneOf = (values: readonly unknown[], message?: string) => {
  const set = new Set(values);
  return schema((p) => {
    if (!set.has(p.value)) p.issues.push({ code: 'invalid_value', values, input: p.value, message });
    return p;
  });
};

export const opt = (inner: Schema): Schema => ({ opt: true, run: (p) => (p.value === undefined ? p : inner.run(p)) });

/**
 * The keys of the group of fields at the path pattern `at` ('' the document, `duties[]` a duty,
 * `employment.salary`), in document order: those the field labels (./field-labels.ts) list, which
 * are the schema's (test/src/model/field-labels.test.ts), so the generated checks need not write
 * every key out again.
 */
export const keysAt = (at: string): string[] => {
  const prefix = at && at + '.';
  return Object.keys(fieldLabels).filter((p) => p.startsWith(prefix)).map((p) => p.slice(prefix.length)).filter((k) => !/[.[]/.test(k));
};

/**
 * `z.strictObject()` (`strict`) or `z.object()`: the fields of the group at the path pattern `at`
 * (its keys from `keysAt`), each checked by the schema at its place in `fields`, in that order.
 */
export function obj(at: string, fields: readonly Schema[], strict: boolean, checks?: readonly Check[], message?: string): ObjectSchema {
  const keys = keysAt(at);
  const shape: Record<string, Schema> = {};
  keys.forEach((key, i) => (shape[key] = fields[i]!));
  const known = new Set(keys);
  const s = schema((p) => {
    const input = p.value;
    if (!isObject(input)) return typeIssue(p, 'object', message);
    const out: Record<string, unknown> = {};
    p.value = out;
    // Own keys only: a page's script may have added enumerable properties to Object.prototype.
    for (const key of keys) {
      const el = shape[key]!;
      const present = Object.hasOwn(input, key);
      const r = el.run({ value: present ? input[key] : undefined, issues: [] });
      if (!present && el.opt) continue;
      if (r.issues.length) p.issues.push(...prefix(key, r.issues));
      if (!present) {
        if (!r.issues.length) p.issues.push({ code: 'invalid_type', expected: 'nonoptional', input: undefined, path: [key] });
        continue;
      }
      out[key] = r.value;
    }
    if (strict) {
      const unknownKeys: string[] = [];
      for (const key of Object.keys(input)) if (!known.has(key)) unknownKeys.push(key);
      if (unknownKeys.length) p.issues.push({ code: 'unrecognized_keys', keys: unknownKeys, input, message, continue: true });
    }
    return p;
  }, checks);
  return { ...s, shape };
}

/** `z.array()`; a list longer than its leading length checks allow fails on them alone. */
export function arr(element: Schema, checks: readonly Check[] = [], message?: string): Schema {
  const caps: Check[] = [];
  for (const ch of checks) {
    if (!ch.sized) break;
    if (ch.max !== undefined) caps.push(ch);
  }
  const cap = Math.min(...caps.map((c) => c.max!));
  return schema((p) => {
    const input = p.value;
    if (!Array.isArray(input)) return typeIssue(p, 'array', message);
    if (input.length > cap) {
      for (const ch of caps) {
        if (input.length > ch.max!) {
          const at = p.issues.length;
          ch.check(p);
          p.issues[at]!.continue = false;
          return p;
        }
      }
    }
    const out: unknown[] = Array(input.length);
    p.value = out;
    for (let i = 0; i < input.length; i++) {
      const r = element.run({ value: input[i], issues: [] });
      if (r.issues.length) p.issues.push(...prefix(i, r.issues));
      out[i] = r.value;
    }
    return p;
  }, checks);
}

const isPlainObject = (o: unknown): boolean => {
  if (!isObject(o)) return false;
  const ctor = o.constructor;
  if (ctor === undefined || typeof ctor !== 'function') return true;
  const proto: unknown = ctor.prototype;
  return isObject(proto) && Object.hasOwn(proto, 'isPrototypeOf');
};

/**
 * `z.record()` with a string key schema (a key that fails it is an `invalid_key`; zod's second try
 * of a numeric key as a number cannot pass a string schema, so it is left out).
 */
export const rec = (key: Schema, value: Schema, checks?: readonly Check[], message?: string) =>
  schema((p) => {
    const input = p.value;
    if (!isPlainObject(input)) return typeIssue(p, 'record', message);
    const record = input as Record<PropertyKey, unknown>;
    const out: Record<PropertyKey, unknown> = {};
    p.value = out;
    for (const k of Reflect.ownKeys(record)) {
      if (k === '__proto__' || !Object.prototype.propertyIsEnumerable.call(record, k)) continue;
      const kr = key.run({ value: k, issues: [] });
      if (kr.issues.length) {
        p.issues.push({ code: 'invalid_key', origin: 'record', input: k, path: [k], message });
        continue;
      }
      const r = value.run({ value: record[k], issues: [] });
      if (r.issues.length) p.issues.push(...prefix(k, r.issues));
      out[k] = r.value;
    }
    return p;
  }, checks);

// ---------------------------------------------------------------------------------------------
// Checks (the compiler gives `gt` and `lt` to number schemas only, so what they check is a number)

/** Adds a check's issue about the value: zod's checks let the checks after them run. */
const flag = (p: Payload, issue: RawIssue) => p.issues.push({ ...issue, input: p.value, continue: true });

/** Code points, as zod counts a string's length: a surrogate pair is one. */
function codePoints(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length - 1; i++) {
    if ((s.charCodeAt(i) & 0xfc00) === 0xd800 && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) { n--; i++; }
  }
  return n;
}

/**
 * `z.maxLength()` (`big`) and `z.minLength()`: of a list or a string (in code points; zod counts
 * them only when the units alone do not decide), or of anything else with a `length`.
 */
const length = (limit: number, big: boolean, message?: string): Check => ({
  sized: true,
  ...(big ? { max: limit } : {}),
  check(p) {
    const input = p.value as { length: number };
    const units = input.length;
    const counted = typeof input === 'string' && (big ? units > limit : units >= limit && units < limit * 2) ? codePoints(input) : units;
    if (big ? counted <= limit : counted >= limit) return;
    const origin = Array.isArray(input) ? 'array' : typeof input === 'string' ? 'string' : 'unknown';
    flag(p, big ? { origin, code: 'too_big', maximum: limit, inclusive: true, message } : { origin, code: 'too_small', minimum: limit, inclusive: true, message });
  },
});
export const maxLen = (maximum: number, message?: string) => length(maximum, true, message);
export const minLen = (minimum: number, message?: string) => length(minimum, false, message);

export const regex = (pattern: RegExp, message?: string): Check => ({
  check(p) {
    pattern.lastIndex = 0;
    if (!pattern.test(p.value as string)) flag(p, { origin: 'string', code: 'invalid_format', format: 'regex', message });
  },
});

/** `z.gte()` (inclusive), `z.gt()` and, `big`, `z.lte()` (inclusive), `z.lt()`. */
const bound = (limit: number, inclusive: boolean, big: boolean, message?: string): Check => ({
  check(p) {
    const v = p.value as number;
    if (big ? (inclusive ? v <= limit : v < limit) : inclusive ? v >= limit : v > limit) return;
    flag(p, big ? { origin: 'number', code: 'too_big', maximum: limit, inclusive, message } : { origin: 'number', code: 'too_small', minimum: limit, inclusive, message });
  },
});
export const gt = (minimum: number, inclusive: boolean, message?: string) => bound(minimum, inclusive, false, message);
export const lt = (maximum: number, inclusive: boolean, message?: string) => bound(maximum, inclusive, true, message);

/** A named check of ../refinements.ts; its issues are zod's `custom` issues. */
export const refine = <T>(fn: (value: T, arg?: string) => RefinementIssue[], arg?: string): Check => ({
  check(p) {
    for (const { path, input, message } of fn(p.value as T, arg)) p.issues.push({ code: 'custom', path: [...path] as PathSegment[], input, message, continue: true });
  },
});
