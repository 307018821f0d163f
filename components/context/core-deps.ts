/**
 * The one place the context layer binds to the model and the assessment (DESIGN.md §3):
 * `parseRoleDocument`, `createRoleDocument`, `newId` and `assessRole`.
 */
export { parseRoleDocument, createRoleDocument, newId, type ParseResult } from '../../src/model/index.js';
export { assessRole } from '../../src/assess/index.js';
