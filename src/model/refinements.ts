/**
 * The document's checks that a schema cannot say by shape alone (unique ids, a salary's minimum not
 * above its maximum…), as named functions without zod. The zod schema (./schema.ts) attaches them
 * with `refinement()` (./zod-refinement.ts), and the generated checks
 * (./generated/role-document-check.ts) import them by the same names, so both run the same code.
 *
 * Each gets the value its schema has parsed (a list or a group of fields; it runs only when that
 * value has no problem of its own yet) and returns the problems it finds, each with the path below
 * that value, the value at that path and the message.
 */
import type { PathSegment } from './paths.js';

export interface RefinementIssue { path: PathSegment[]; input: unknown; message: string }
export type Refinement = (value: never, arg?: string) => RefinementIssue[];

/** A list's items have unique ids. */
export function uniqueIds(items: readonly { id?: unknown }[]): RefinementIssue[] {
  const out: RefinementIssue[] = [];
  const seen = new Set<string>();
  items.forEach((it, i) => {
    if (it && typeof it.id === 'string') {
      if (seen.has(it.id)) out.push({ path: [i, 'id'], input: it.id, message: `repeats the id "${it.id}" used earlier in the list; ids must be unique` });
      seen.add(it.id);
    }
  });
  return out;
}

/** Each catalogue topic appears once among the boundaries ("custom" may repeat). */
export function uniqueTopics(boundaries: readonly { topic?: unknown }[]): RefinementIssue[] {
  const out: RefinementIssue[] = [];
  const seen = new Set<unknown>();
  boundaries.forEach((b, i) => {
    if (!b || b.topic === 'custom') return;
    if (seen.has(b.topic)) out.push({ path: [i, 'topic'], input: b.topic, message: `covers the topic "${String(b.topic)}" a second time; each catalogue topic appears once` });
    seen.add(b.topic);
  });
  return out;
}

/** A salary's minimum is not above its maximum. */
export function salaryRange(s: { min?: unknown; max?: unknown }): RefinementIssue[] {
  return typeof s.min === 'number' && typeof s.max === 'number' && s.min > s.max
    ? [{ path: ['min'], input: s.min, message: 'must not be above the maximum' }]
    : [];
}

/** A list of plain values names each value once; `message` says what repeats. */
export function distinct(values: readonly unknown[], message = 'lists a value more than once'): RefinementIssue[] {
  return new Set(values).size === values.length ? [] : [{ path: [], input: values, message }];
}
