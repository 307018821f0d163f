/**
 * The one place the store validates a whole document. Every edit is checked here, so this is where
 * to optimise if a full parse per keystroke ever costs too much (at 1,000 duties it is ~1–2 ms).
 */
import { RoleDocumentSchema, type RoleDocument } from '../model/schema.js';
import { fromZodIssues, schemaErrorMap, toIssues, type ParseIssue } from '../model/issues.js';

/** A problem with a document, naming the field: `{ path: "duties[2].flexibility.maxShare", message }`. */
export type DocumentIssue = ParseIssue;

export type Validation = { ok: true; document: RoleDocument } | { ok: false; issues: DocumentIssue[] };

/**
 * Checks a whole document against the schema, with the model's wording of issues (the same sentences
 * `parseRoleDocument` gives). On success the value passed in is returned (not zod's copy), so
 * structural sharing between versions survives validation.
 */
export function validateDocument(candidate: unknown): Validation {
  const result = RoleDocumentSchema.safeParse(candidate, { error: schemaErrorMap });
  if (result.success) return { ok: true, document: candidate as RoleDocument };
  return { ok: false, issues: toIssues(fromZodIssues(result.error.issues), candidate) };
}
