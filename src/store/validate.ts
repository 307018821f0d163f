/**
 * The one place the store validates a whole document. Every edit is checked here, so this is where
 * to optimise if a full parse per keystroke ever costs too much (at 1,000 duties it is ~1–2 ms).
 */
import { RoleDocumentSchema, type RoleDocument } from '../model/schema.js';
import { formatPath } from './ops.js';

/** A problem with a document, naming the field: `{ path: "duties[2].flexibility.maxShare", message }`. */
export interface DocumentIssue {
  path: string;
  message: string;
}

interface RawIssue {
  path: PropertyKey[];
  message: string;
  code?: string;
  keys?: string[];
}

/** Turns zod issues into `{ path, message }` with a sentence naming the field. */
export function toDocumentIssues(issues: readonly RawIssue[]): DocumentIssue[] {
  return issues.map((issue) => {
    const path = formatPath(issue.path);
    if (issue.code === 'unrecognized_keys' && issue.keys?.length) {
      const names = issue.keys.map((k) => `"${k}"`).join(', ');
      return { path, message: `${path || 'The document'} has fields this version does not know: ${names}` };
    }
    return { path, message: `${path || 'The document'}: ${issue.message}` };
  });
}

export type Validation = { ok: true; document: RoleDocument } | { ok: false; issues: DocumentIssue[] };

/**
 * Checks a whole document against the schema. On success the value passed in is returned (not
 * zod's copy), so structural sharing between versions survives validation.
 */
export function validateDocument(candidate: unknown): Validation {
  const result = RoleDocumentSchema.safeParse(candidate);
  if (result.success) return { ok: true, document: candidate as RoleDocument };
  return { ok: false, issues: toDocumentIssues(result.error.issues as unknown as RawIssue[]) };
}
