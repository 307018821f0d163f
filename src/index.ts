/**
 * psw-role-kit/core: the DOM-free core. No side effects; runs in Node and in browsers.
 * (DESIGN.md §4: the entry exports what exists so far.)
 */
export { VERSION } from './version.js';
export { RoleDocumentSchema, SCHEMA_VERSION, DOCUMENT_KIND, LIMITS } from './model/schema.js';
export type * from './model/schema.js';
export type * from './assess/types.js';
export * from './catalogue/ids.js';
