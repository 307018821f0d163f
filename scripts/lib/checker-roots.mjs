// The zod schemas whose checks src/model/generated/role-document-check.ts exports (as `…Check`):
// the document (its `shape` gives each section's), a duty (src/store/validate.ts checks a changed
// duty alone), an id and a timestamp (src/model/blank.ts checks its arguments).
export const CHECKER_ROOTS = ['RoleDocumentSchema', 'DutySchema', 'IdSchema', 'TimestampSchema'];
