/**
 * The one place the store validates a document. Every edit is checked here.
 *
 * An edit usually changes one field, and the store keeps what it did not change (structural
 * sharing), so `validateChange` checks only what differs from the last valid document: each
 * top-level section that is a new object is checked with its own schema, and a duties list of the
 * same length whose items keep their ids is checked item by item, new items only. At 1,000 duties
 * that is one duty per keystroke instead of the whole document (~1–4 ms). The size limit is kept
 * the same way: the sizes of a valid document are remembered, and a change adds the difference
 * between the new and the old parts. Whenever that shortcut does not apply, finds a problem or
 * comes near the size limit, the whole document is validated, so the outcome and the issues are
 * exactly those of `validateDocument`.
 */
import type { RoleDocument } from '../model/schema.js';
import { check, type Schema } from '../model/checker.js';
import { DutyCheck, RoleDocumentCheck } from '../model/generated/role-document-check.js';
import { fromZodIssues, toIssues, type ParseIssue } from '../model/issues.js';
import { INPUT_LIMITS, isObject, mib, toPlainData } from '../model/plain-data.js';
import { isVouchedFor } from '../model/vouched.js';
import { jsonText } from '../model/json-text.js';

/** A problem with a document, naming the field: `{ path: "duties[2].flexibility.maxShare", message }`. */
export type DocumentIssue = ParseIssue;

export type Validation = { ok: true; document: RoleDocument } | { ok: false; issues: DocumentIssue[] };

/**
 * Checks a whole document against the schema, with the model's wording of issues (the same sentences
 * `parseRoleDocument` gives). On success the value passed in is returned (not zod's copy), so
 * structural sharing between versions survives validation.
 *
 * It also refuses a document larger than `parseRoleDocument` reads (1 MB, measured both of the
 * parser's ways): the schema alone allows far more (1,000 duties, 10,000 characters a field), and a
 * document the parser refuses could not be restored from autosave, set as `value` again or imported.
 */
export function validateDocument(candidate: unknown): Validation {
  // Just accepted by parseRoleDocument, which checks all of this (see ../model/vouched.ts).
  if (isVouchedFor(candidate)) return { ok: true, document: candidate as RoleDocument };
  const result = check(RoleDocumentCheck, candidate);
  if (!result.ok) return { ok: false, issues: toIssues(fromZodIssues(result.issues), candidate) };
  const size = measure(candidate);
  if (!size) {
    // Unmeasurable: too large, or nested deeper than the parser reads; the latter is named where it is.
    const deep = toPlainData(candidate, false).issues.find((i) => i.fatal && i.path.length > 0);
    if (deep) return { ok: false, issues: toIssues([deep], candidate) };
  }
  if (!size || size.json > INPUT_LIMITS.maxChars || size.estimate > INPUT_LIMITS.maxChars) {
    return {
      ok: false,
      issues: [{ path: '', message: `The role would be larger than ${mib(INPUT_LIMITS.maxChars)}, the most psw-role-kit can read back; shorten some text.` }],
    };
  }
  sizes.set(candidate as object, size);
  return { ok: true, document: candidate as RoleDocument };
}

/**
 * A value's size both of the parser's ways: as JSON text (whose length the parser checks before
 * anything else) and as its size walked as a value (the JSON's length without escapes and the commas
 * between fields, so never more). Undefined when the value alone is more than the parser reads.
 */
interface Size { json: number; estimate: number }
function measure(value: unknown): Size | undefined {
  const plain = toPlainData(value, false);
  if (plain.issues.some((i) => i.fatal)) return undefined;
  return { json: jsonText(value)?.length ?? 0, estimate: plain.size };
}
/** The sizes of documents that passed validation, and of their parts measured (kept as long as each is). */
const sizes = new WeakMap<object, Size>();
/**
 * A part's size, remembered: parts are never changed in place, and while someone types the part
 * replaced now (a duty, `meta`) is the one measured as new at the keystroke before.
 */
function measurePart(value: unknown): Size | undefined {
  if (typeof value !== 'object' || value === null) return measure(value);
  let size = sizes.get(value);
  if (!size && (size = measure(value))) sizes.set(value, size);
  return size;
}
/** Within this of the limit the whole document is measured again rather than trusting the sums. */
const SIZE_MARGIN = 4096;

/**
 * Checks `candidate`, made from `previous` (a document that passed validation and has not been
 * changed in place since), with the same outcome as `validateDocument(candidate)`.
 */
export function validateChange(previous: RoleDocument, candidate: unknown): Validation {
  const before = sizes.get(previous) ?? measure(previous);
  const delta: Size = { json: 0, estimate: 0 };
  if (!before || !changedPartsValid(previous, candidate, delta)) return validateDocument(candidate);
  const size = { json: before.json + delta.json, estimate: before.estimate + delta.estimate };
  if (Math.max(size.json, size.estimate) > INPUT_LIMITS.maxChars - SIZE_MARGIN) return validateDocument(candidate);
  sizes.set(candidate as object, size);
  return { ok: true, document: candidate as RoleDocument };
}

/** Adds to `delta` what replacing `prev` by `next` (at the same place) changes in the sizes; false when unmeasurable. */
function addDelta(delta: Size, prev: unknown, next: unknown): boolean {
  // JSON drops a field whose value is undefined with its key, which a difference of values misses.
  if (prev === undefined || next === undefined) return false;
  const a = measurePart(prev);
  const b = measurePart(next);
  if (!a || !b) return false;
  delta.json += b.json - a.json;
  delta.estimate += b.estimate - a.estimate;
  return true;
}

/** Each section's checks, generated from the zod schema like the document's (../model/generated/). */
const SECTIONS: Readonly<Record<string, Schema>> = RoleDocumentCheck.shape;
const SECTION_KEYS = new Set(Object.keys(SECTIONS));
/**
 * The duties list's own checks are its length limit and unique ids (`list()` in the schema): an
 * edit that keeps the length and every item's id cannot break them, so only changed items need
 * `DutyCheck` (`DutySchema`'s generated checks). A test fails if the list gains another check, which would have to be added here.
 */
export const DUTIES_LIST_CHECKS = 2;


/**
 * True only when every part of `candidate` that is not `previous`'s own is valid by itself; adds
 * the change in size of those parts to `delta`.
 */
function changedPartsValid(previous: RoleDocument, candidate: unknown, delta: Size): boolean {
  if (!isObject(candidate) || Object.getPrototypeOf(candidate) !== Object.prototype) return false;
  const before = previous as unknown as Record<string, unknown>;
  const keys = Object.keys(candidate);
  // Same keys as a valid document: no unknown key (the schema is strict), no required key gone.
  if (keys.length !== Object.keys(before).length) return false;
  for (const key of keys) {
    if (!SECTION_KEYS.has(key) || !Object.hasOwn(before, key)) return false;
    const next = candidate[key];
    const prev = before[key];
    if (next === prev) continue;
    if (key === 'duties' && Array.isArray(next) && Array.isArray(prev) && next.length === prev.length) {
      if (!changedDutiesValid(prev, next, delta)) return false;
      continue;
    }
    if (!check(SECTIONS[key]!, next).ok || !addDelta(delta, prev, next)) return false;
  }
  return true;
}

function changedDutiesValid(prev: readonly unknown[], next: readonly unknown[], delta: Size): boolean {
  for (let i = 0; i < next.length; i++) {
    const item = next[i];
    if (item === prev[i]) continue;
    const before = prev[i];
    if (!isObject(item) || !isObject(before) || item.id !== before.id) return false;
    if (!check(DutyCheck, item).ok || !addDelta(delta, before, item)) return false;
  }
  return true;
}
