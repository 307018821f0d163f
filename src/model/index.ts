/** The role document: schema, creation, parsing of untrusted input, migrations and field labels. */
export * from './schema.js';
export { createRoleDocument, type CreateOptions } from './create.js';
export { parseRoleDocument, EXPORT_KIND, type ParseResult } from './parse.js';
export type { ParseIssue } from './issues.js';
export { MAX_LISTED_ISSUES } from './issues.js';
export { INPUT_LIMITS } from './plain-data.js';
export { migrations, type Migration } from './migrations.js';
export { newId } from './ids.js';
export { fieldLabels, fieldLabel, describePath, comparePaths } from './field-labels.js';
export { formatPath, parsePath, type PathSegment } from './paths.js';
