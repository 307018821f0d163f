/**
 * Issues a manager can act on. The schema's own messages are predicates ("must be 100 or less");
 * `schemaErrorMap` words the zod issues the schema leaves to defaults the same way, and
 * `toIssues` puts the field's name in front: "Duty 3 “Run a weekly group” › Flexibility ›
 * Maximum share must be 100 or less." The `path` stays in machine form.
 */
import type * as core from 'zod/v4/core';
import { comparePaths, describePath, pluralLabels } from './field-labels.js';
import { formatPath, type PathSegment } from './paths.js';

export interface ParseIssue {
  /** Machine form, e.g. "duties[2].flexibility.maxShare"; "" for the document as a whole. */
  path: string;
  /** A sentence naming the field in words. */
  message: string;
}

/** At most this many issues are listed; a last one says how many more there were. */
export const MAX_LISTED_ISSUES = 50;

const TYPE_WORDS: Record<string, string> = {
  string: 'text', number: 'a number', int: 'a whole number', boolean: 'true or false', array: 'a list',
  object: 'a group of fields', record: 'a group of fields', literal: 'a fixed value',
};

/** What a value is, in words, for "(found …)". */
export function describeValue(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  switch (typeof v) {
    case 'string': return v.length > 30 ? `text “${v.slice(0, 29)}…”` : `“${v}”`;
    case 'number':
    case 'boolean': return String(v);
    case 'object': return 'a group of fields';
    default: return typeof v;
  }
}

const list = (values: readonly unknown[]) => {
  const shown = values.slice(0, 16).map((v) => `“${String(v)}”`);
  if (values.length > 16) shown.push('…');
  return shown.length > 1 ? `${shown.slice(0, -1).join(', ')} or ${shown[shown.length - 1]}` : shown[0] ?? '';
};

const size = (origin: string, n: number | bigint, inclusive: boolean | undefined, big: boolean) => {
  const num = Number(n);
  if (origin === 'string') {
    if (!big && num === 1 && inclusive !== false) return 'must not be empty';
    return `must be ${big ? 'at most' : 'at least'} ${num.toLocaleString('en-GB')} characters`;
  }
  if (origin === 'array' || origin === 'set') return big ? `can hold at most ${num.toLocaleString('en-GB')} items` : `must have at least ${num.toLocaleString('en-GB')} items`;
  if (inclusive === false) return big ? `must be less than ${num}` : `must be more than ${num}`;
  return big ? `must be ${num} or less` : `must be ${num} or more`;
};

/** A per-parse error map: predicates for the issues the schema has no message of its own for. */
export const schemaErrorMap = (iss: core.$ZodRawIssue): string => {
  switch (iss.code) {
    case 'invalid_type': {
      if (iss.input === undefined) return 'is missing';
      const want = TYPE_WORDS[iss.expected] ?? iss.expected;
      return `must be ${want} (found ${describeValue(iss.input)})`;
    }
    case 'invalid_value':
      // A field that is not there, whatever values it should have had.
      if (iss.input === undefined) return 'is missing';
      return iss.values.length === 1
        ? `must be ${list(iss.values)} (found ${describeValue(iss.input)})`
        : `must be one of ${list(iss.values)} (found ${describeValue(iss.input)})`;
    case 'too_big': return size(iss.origin, iss.maximum, iss.inclusive, true);
    case 'too_small': return size(iss.origin, iss.minimum, iss.inclusive, false);
    case 'invalid_format': return iss.format === 'regex' ? 'is not written in the expected form' : `must be a valid ${iss.format}`;
    case 'not_multiple_of': return `must be a multiple of ${String(iss.divisor)}`;
    case 'unrecognized_keys': return 'has fields psw-role-kit does not know';
    case 'invalid_key': return 'has a field name that is not allowed (at most 200 characters)';
    default: return 'is not valid';
  }
};

export interface RawPathIssue { path: readonly PathSegment[]; predicate: string }

/** What `fromZodIssues` reads of an issue: zod's, or the generated checks' (./checker.ts) alike. */
export interface SchemaIssueLike { readonly code: string; readonly path: readonly PropertyKey[]; readonly message: string; readonly keys?: readonly string[] | undefined }

/**
 * Zod issues → path + predicate, one per unknown key (named), so none is dropped silently. A value
 * of the wrong type gets that one issue: the checks of the type it should have had (a list's most
 * items, read off a text's characters) would only contradict it.
 */
export function fromZodIssues(issues: readonly SchemaIssueLike[]): RawPathIssue[] {
  const out: RawPathIssue[] = [];
  const key = (path: readonly PathSegment[]) => path.join('\u0000');
  const wrongType = new Set<string>();
  for (const iss of issues) if (iss.code === 'invalid_type') wrongType.add(key(iss.path.filter((s): s is PathSegment => typeof s !== 'symbol')));
  for (const iss of issues) {
    const path = iss.path.filter((s): s is PathSegment => typeof s !== 'symbol');
    if (iss.code !== 'invalid_type' && wrongType.has(key(path))) continue;
    if (iss.code === 'unrecognized_keys') {
      for (const key of iss.keys ?? []) {
        out.push({ path: [...path, key], predicate: 'is not a field psw-role-kit knows; remove it, or keep your own data inside “extensions”' });
      }
    } else {
      out.push({ path, predicate: iss.message });
    }
  }
  return out;
}

/** Sentences in document order, capped at MAX_LISTED_ISSUES plus one "and N more". */
export function toIssues(raw: readonly RawPathIssue[], data: unknown, describe: Describe = describePath): ParseIssue[] {
  const sorted = [...raw].sort((a, b) => comparePaths(a.path, b.path));
  const issues = sorted.slice(0, MAX_LISTED_ISSUES).map(({ path, predicate }) => ({ path: formatPath(path), message: sentence(path, predicate, data, describe) }));
  const more = sorted.length - issues.length;
  if (more > 0) issues.push({ path: '', message: `…and ${more.toLocaleString('en-GB')} more ${more === 1 ? 'problem' : 'problems'} not listed here.` });
  return issues;
}

/** Names the field at a path in words, given the data being parsed (the role document's by default). */
export type Describe = (path: readonly PathSegment[], data: unknown) => string;

function sentence(path: readonly PathSegment[], predicate: string, data: unknown, describe: Describe): string {
  const label = describe(path, data);
  const cut = label.lastIndexOf(' › ');
  const last = cut < 0 ? label : label.slice(cut + 3);
  const pred = pluralLabels.has(last) && predicate.startsWith('is ') ? 'are' + predicate.slice(2) : predicate;
  const text = `${label} ${pred}`;
  return /[.!?…]$/.test(text) ? text : text + '.';
}
