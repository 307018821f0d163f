/**
 * The one place the store validates a whole document. Every edit is checked here, so this is where
 * to optimise if a full parse per keystroke ever costs too much (at 1,000 duties it is ~1–2 ms).
 */
import { RoleDocumentSchema, type RoleDocument } from '../model/schema.js';
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
