/**
 * Turns an untrusted value into plain data (objects, lists, text, finite numbers, booleans, null)
 * before the schema sees it, so nothing a host page hands us can run code, pollute prototypes or
 * hang the parser. It never throws: proxies, throwing getters, cycles, exotic objects and oversized
 * or over-deep input all come back as issues.
 *
 * Rules: keys `__proto__`, `constructor` and `prototype` are refused anywhere (they are the usual
 * prototype-pollution vectors, and no document needs them); object properties that are `undefined`
 * are dropped as JSON would drop them; everything that is not JSON data is refused by name.
 */
import type { PathSegment } from './paths.js';

export const INPUT_LIMITS = {
  /** The most characters of JSON text, or the estimated size of a value, we read (1 MiB). */
  maxChars: 1024 * 1024,
  /**
   * The most characters of an export's JSON text (8 MiB). An export carries the assessment and is
   * indented, so a role within `maxChars` can export to more than that; its document must still be
   * within `maxChars`.
   */
  maxExportChars: 8 * 1024 * 1024,
  /** The deepest nesting accepted. A real document needs about 6 levels; extensions get the rest. */
  maxDepth: 32,
} as const;

export const RESERVED_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** A problem found before the schema runs: where, and a predicate ("is a function …"). */
export interface RawIssue { path: PathSegment[]; predicate: string; fatal?: boolean }

/**
 * The plain value (partial when there are issues; undefined after a fatal one), the issues, and the
 * size walked (the whole value's when there was no fatal issue): never more than the length of its
 * JSON (escapes in text, commas between fields and one bracket of each group are not counted, and
 * `false` counts as 4), so a value refused for its size is larger than the limit as JSON too.
 */
export interface PlainResult { value: unknown; issues: RawIssue[]; size: number }

const MAX_ISSUES = 200;
/** Thrown to end the walk; compared by identity, as `instanceof` could run a hostile proxy's trap. */
const STOP = { stop: true };

/**
 * Checks (and, with `clone`, copies) `input`. Without `clone` the input must already be fresh JSON
 * data (from `JSON.parse`), which only needs the key, depth and size checks. With `own` (and without
 * `clone`) the input is the caller's own fresh data and is put right in place (-0 becomes 0).
 */
export function toPlainData(input: unknown, clone: boolean, own = false): PlainResult {
  const issues: RawIssue[] = [];
  let size = 0;
  const onPath = new Set<object>();
  // One shared path stack: segments are pushed and popped as the walk goes, and copied only when
  // an issue is reported, so a clean document costs no path allocations.
  const path: PathSegment[] = [];
  const report = (at: PathSegment[], predicate: string, fatal = false) => {
    issues.push({ path: at, predicate, fatal });
    if (fatal || issues.length >= MAX_ISSUES) throw STOP;
  };
  const here = (extra?: PathSegment) => (extra === undefined ? [...path] : [...path, extra]);
  const grow = (n: number) => {
    size += n;
    if (size > INPUT_LIMITS.maxChars) {
      report([], `is larger than ${mib(INPUT_LIMITS.maxChars)}, the most psw-role-kit reads`, true);
    }
  };

  function walk(v: unknown, depth: number): unknown {
    switch (typeof v) {
      case 'string': grow(v.length + 2); return v;
      case 'boolean': grow(4); return v;
      case 'number':
        grow(String(v).length); // as JSON writes it (a finite number's JSON is its String)
        if (!Number.isFinite(v)) report(here(), `must be a finite number (found ${v})`);
        return v === 0 ? 0 : v; // -0 is 0 (JSON writes it as 0, so a saved document would read back differently)
      case 'bigint': report(here(), 'is a BigInt; write numbers as ordinary numbers'); return undefined;
      case 'function': report(here(), 'is a function; a document holds only data'); return undefined;
      case 'symbol': report(here(), 'is a Symbol; a document holds only data'); return undefined;
      case 'undefined': report(here(), 'has no value (undefined)'); return undefined;
    }
    if (v === null) { grow(4); return v; }
    const obj = v as object;
    if (depth >= INPUT_LIMITS.maxDepth) {
      report(here(), `is nested more than ${INPUT_LIMITS.maxDepth} levels deep, deeper than any role document needs`, true);
    }
    // Fresh JSON (clone = false) cannot be circular; anything else might be.
    if (clone) {
      if (onPath.has(obj)) { report(here(), 'refers back to itself (a circular reference)'); return undefined; }
      onPath.add(obj);
    }
    const base = path.length;
    try {
      grow(1); // of the two brackets: with a comma for every item of a list, a list is never counted over its length
      if (Array.isArray(obj)) {
        const len = obj.length;
        const out: unknown[] | undefined = clone ? [] : undefined;
        for (let i = 0; i < len; i++) {
          grow(1);
          const item = read(obj, i);
          if (item === SKIP) continue;
          path.push(i);
          const w = walk(item, depth + 1);
          path.pop();
          if (out) out.push(w);
          else if (own && !Object.is(w, item)) (obj as unknown[])[i] = w; // our own fresh JSON data: -0 made 0
        }
        return out ?? obj;
      }
      const kind = clone ? plainKind(obj) : undefined; // JSON.parse makes only plain objects
      if (kind) { report(here(), kind); return undefined; }
      const out: Record<string, unknown> | undefined = clone ? {} : undefined;
      for (const key of Object.keys(obj)) {
        if (RESERVED_KEYS.has(key)) {
          report(here(key), `uses the reserved name “${key}”, which is not allowed anywhere in a document`);
          continue;
        }
        const item = read(obj, key);
        if (item === SKIP || (item === undefined && clone)) continue;
        grow(key.length + 3);
        path.push(key);
        const w = walk(item, depth + 1);
        path.pop();
        if (out) out[key] = w;
        else if (own && !Object.is(w, item)) (obj as Record<string, unknown>)[key] = w; // as above
      }
      return out ?? obj;
    } catch (e) {
      if (e === STOP) throw e;
      path.length = base;
      report(here(), `could not be read (${errorText(e)})`); // a proxy trap or exotic object threw
      return undefined;
    } finally {
      if (clone) onPath.delete(obj);
    }
  }

  const SKIP = Symbol('skip');
  function read(obj: object, key: PathSegment): unknown {
    if (!clone) return (obj as Record<PathSegment, unknown>)[key]; // plain JSON data: no getters
    try {
      return (obj as Record<PathSegment, unknown>)[key];
    } catch (e) {
      report(here(key), `could not be read (${errorText(e)})`);
      return SKIP;
    }
  }

  try {
    const value = walk(input, 0);
    return { value, issues, size };
  } catch (e) {
    if (e !== STOP) issues.push({ path: [], predicate: `could not be read (${errorText(e)})`, fatal: true });
    return { value: undefined, issues, size };
  }
}

/** Why an object is not plain data, or undefined when it is a plain object. */
function plainKind(obj: object): string | undefined {
  const proto = Object.getPrototypeOf(obj) as object | null;
  // A plain object's prototype is Object.prototype (of this or another realm, e.g. an iframe) or null.
  if (proto === null || Object.getPrototypeOf(proto) === null) {
    if (proto === null || Object.prototype.toString.call(obj) === '[object Object]') return undefined;
  }
  const tag = Object.prototype.toString.call(obj).slice(8, -1);
  if (tag === 'Date') return 'is a Date object; write dates as text, e.g. 2026-11-25';
  const name = (proto && typeof (proto as { constructor?: unknown }).constructor === 'function'
    ? ((proto as { constructor: { name?: unknown } }).constructor.name) : undefined);
  const what = typeof name === 'string' && /^[\w$]{1,40}$/.test(name) && name !== 'Object' ? name : tag;
  return `is a ${what} object, not plain data (text, numbers, true/false, lists and fields)`;
}

/** A JSON object (not null, not an array). */
export const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

export function errorText(e: unknown): string {
  try {
    const m = e instanceof Error ? e.message : String(e);
    return m.length > 200 ? m.slice(0, 199) + '…' : m;
  } catch {
    return 'an unreadable error';
  }
}

/** A size for messages, exact enough that two different sizes never read the same (1 MiB = 1,048,576). */
export const mib = (n: number) =>
  n >= 1024 * 1024 ? `${+(n / 1024 / 1024).toFixed(2)} MiB` : `${+(n / 1024).toFixed(1)} KiB`;
