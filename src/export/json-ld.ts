/**
 * JSON-LD building blocks for the JobPosting export (./job-posting.ts): the value types, `compact`
 * (which leaves out every absent or empty value), `psw()` for the `psw:`-prefixed extension nodes,
 * and JSON text that is safe inside `<script type="application/ld+json">`.
 */
import { line, present } from './format.js';
import { jsonText } from '../model/json-text.js';

export type JsonLdValue = string | number | boolean | JsonLdNode | readonly JsonLdValue[];
export interface JsonLdNode {
  readonly [key: string]: JsonLdValue;
}

/** A node being built: values may be absent (undefined, false) or blank until `compact` tidies them. */
export type LooseNode = Record<string, unknown>;

/**
 * Drops undefined, null, `false`, blank strings, empty arrays and objects left with nothing but an
 * `@type`, so the output never holds an empty value. A plain `false` means "absent" here (the
 * `cond && value` idiom); a boolean that is data is wrapped with `flag()` and survives.
 */
export function compact(value: unknown): JsonLdValue | undefined {
  if (value === undefined || value === null || value === false) return undefined;
  if (typeof value === 'string') return value.trim() === '' ? undefined : value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'boolean') return value;
  if (Array.isArray(value)) {
    const items = value.map(compact).filter((v): v is JsonLdValue => v !== undefined);
    return items.length ? items : undefined;
  }
  if (value instanceof Flag) return value.value;
  const out: Record<string, JsonLdValue> = {};
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    const c = compact(v);
    if (c !== undefined) out[k] = c;
  }
  const keys = Object.keys(out);
  return keys.length === 0 || (keys.length === 1 && keys[0] === '@type') ? undefined : out;
}

/** A boolean that is data (so `false` survives `compact`). */
class Flag {
  constructor(readonly value: boolean) {}
}
export const flag = (b: boolean | undefined): Flag | undefined => (b === undefined ? undefined : new Flag(b));

/** Cleaned multi-line text, or undefined when blank. */
export const text = present;
/** One clean line, or undefined when blank. */
export { line };

/** Prefixes every key with `psw:` except JSON-LD keywords and schema.org's `name` and `description`. */
export function psw(type: string | undefined, props: Record<string, unknown>): LooseNode {
  const out: LooseNode = type ? { '@type': `psw:${type}` } : {};
  for (const [k, v] of Object.entries(props)) {
    out[k.startsWith('@') || k === 'name' || k === 'description' ? k : `psw:${k}`] = v;
  }
  return out;
}

/**
 * Characters that could end or confuse a `<script>` element, written as JSON escapes. `<`, `>` and
 * `&` rule out `</script`, `<!--` and `-->`; U+2028/U+2029 are line terminators in older JavaScript.
 * Every one of them can only occur inside JSON strings, where the escape means the same character.
 */
const SCRIPT_UNSAFE: Record<string, string> = { '<': '\\u003c', '>': '\\u003e', '&': '\\u0026', '\u2028': '\\u2028', '\u2029': '\\u2029' };

/** JSON text that is safe as the content of `<script type="application/ld+json">`. */
export function toScriptSafeJson(value: unknown, space?: number): string {
  return jsonText(value, space).replace(/[<>&\u2028\u2029]/g, (c) => SCRIPT_UNSAFE[c] ?? c);
}
