/**
 * Role documents the parser has just accepted, by identity. The store would otherwise check again,
 * a moment later, what `parseRoleDocument` has just checked (schema and size): when a long role is
 * loaded that second check cost as much as the parse (bench/results.md, render profiles).
 *
 * Only identity is remembered, so the trust rests on the rule the store is built on (immutable
 * updates, src/store/ops.ts; docs/shared-document.md asks the same of host pages): a document is never
 * changed in place; a change makes a new object, and a new object is checked.
 */
const accepted = new WeakSet<object>();

/** Marks a document the parser accepted as it is (schema and both size limits checked). */
export function vouchFor(doc: object): void {
  accepted.add(doc);
}

/** Whether `doc` is, by identity, a document the parser accepted. */
export function isVouchedFor(doc: unknown): boolean {
  return typeof doc === 'object' && doc !== null && accepted.has(doc);
}
