/**
 * The one place the store validates a document. Every edit is checked here.
 *
 * An edit usually changes one field, and the store keeps what it did not change (structural
 * sharing), so `validateChange` checks only what differs from the last valid document: each
 * top-level section that is a new object is checked with its own schema, and a duties list of the
 * same length whose items keep their ids is checked item by item, new items only. At 1,000 duties
 * that is one duty per keystroke instead of the whole document (~1–4 ms). Whenever that shortcut
 * does not apply, or finds a problem, the whole document is validated, so the outcome and the
 * issues are exactly those of `validateDocument`.
 */
import { DutySchema, RoleDocumentSchema, type RoleDocument } from '../model/schema.js';
import { fromZodIssues, schemaErrorMap, toIssues, type ParseIssue } from '../model/issues.js';
import { INPUT_LIMITS, mib, toPlainData } from '../model/plain-data.js';

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
  const result = RoleDocumentSchema.safeParse(candidate, { error: schemaErrorMap });
  if (!result.success) return { ok: false, issues: toIssues(fromZodIssues(result.error.issues), candidate) };
  if (tooLarge(candidate)) {
    return {
      ok: false,
      issues: [{ path: '', message: `The role would be larger than ${mib(INPUT_LIMITS.maxChars)}, the most psw-role-kit can read back; shorten some text.` }],
    };
  }
  return { ok: true, document: candidate as RoleDocument };
}

/**
 * Whether `doc` is more than the parser reads, as a value (its size estimate, which stops walking
 * as soon as it is over) or as JSON text (whose length the parser checks before anything else; the
 * estimate does not count every comma and escape, so it can be under while the text is over).
 */
function tooLarge(doc: unknown): boolean {
  if (toPlainData(doc, false).issues.some((i) => i.fatal && i.path.length === 0 && i.predicate.startsWith('is larger than'))) return true;
  return JSON.stringify(doc).length > INPUT_LIMITS.maxChars;
}

/**
 * Checks `candidate`, made from `previous` (a document that passed validation and has not been
 * changed in place since), with the same outcome as `validateDocument(candidate)`.
 */
export function validateChange(previous: RoleDocument, candidate: unknown): Validation {
  return changedPartsValid(previous, candidate) ? { ok: true, document: candidate as RoleDocument } : validateDocument(candidate);
}

type Section = { safeParse(value: unknown): { success: boolean } };
const SECTIONS = RoleDocumentSchema.shape as unknown as Record<string, Section>;
const SECTION_KEYS = new Set(Object.keys(SECTIONS));
/**
 * The duties list's own checks are its length limit and unique ids (`list()` in the schema): an
 * edit that keeps the length and every item's id cannot break them, so only changed items need
 * `DutySchema`. A test fails if the list gains another check, which would have to be added here.
 */
export const DUTIES_LIST_CHECKS = 2;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** True only when every part of `candidate` that is not `previous`'s own is valid by itself. */
function changedPartsValid(previous: RoleDocument, candidate: unknown): boolean {
  if (!isRecord(candidate) || Object.getPrototypeOf(candidate) !== Object.prototype) return false;
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
      if (!changedDutiesValid(prev, next)) return false;
      continue;
    }
    if (!SECTIONS[key]!.safeParse(next).success) return false;
  }
  return true;
}

function changedDutiesValid(prev: readonly unknown[], next: readonly unknown[]): boolean {
  for (let i = 0; i < next.length; i++) {
    const item = next[i];
    if (item === prev[i]) continue;
    const before = prev[i];
    if (!isRecord(item) || !isRecord(before) || item.id !== before.id) return false;
    if (!DutySchema.safeParse(item).success) return false;
  }
  return true;
}
