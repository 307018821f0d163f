/**
 * psw-role-kit/core: the DOM-free core. No side effects; runs in Node and browsers.
 * The document model and catalogues, the assessment, the exports and the document store.
 */
export { VERSION } from './version.js';
export * from './model/index.js';
export * from './catalogue/index.js';
export * from './organisation/index.js';
export * from './assess/index.js';
export {
  exportJobDescription,
  makeExportEnvelope,
  EXPORT_SCHEMA_VERSION,
  STUDY,
  ExportEnvelopeSchema,
  AssessmentSchema,
  toJobPosting,
  toJobPostingScript,
  PSW_NAMESPACE,
  toMarkdown,
  escapeMarkdown,
  toDocx,
  DOCX_MIME_TYPE,
  suggestFilename,
  jobDescriptionModel,
  jobReference,
  TO_BE_AGREED,
} from './export/index.js';
export type * from './export/index.js';
export { createDocumentStore, type DocumentStore, type EditResult, type EditOptions, type Recipe, type ReplaceOptions } from './store/store.js';
export { setIn, getIn, type Path } from './store/ops.js';
export { addItem, updateItem, removeItem, moveItem } from './store/list-ops.js';
export type {
  RoleStore, StoredRole, RoleSummary, RolePage, ListQuery, VersionSummary, RoleVersion, SaveVersionInput,
  StoreResult, StoreRefusal, WriteOptions, RoleStatus,
} from './store/role-store.js';
export { HttpRoleStore, type HttpRoleStoreOptions, type PendingWrite, type FlushReport } from './store/http-role-store.js';
export { compareRoles, CompareInputError } from './compare/index.js';
export type { AssessmentDelta, Change, ChangeKind, ChangeSection, CompareOptions, Comparison, WordDiff } from './compare/index.js';
export { IdbRoleStore, TRASH_DAYS, DEFAULT_DATABASE, type IdbRoleStoreOptions, type TrashEntry, type RoleWithHistory } from './store/idb-role-store.js';
export { parseLibraryFile, exportLibrary, importLibrary, LIBRARY_KIND, LIBRARY_SCHEMA_VERSION, type LibraryFile, type LibraryParseResult } from './store/library-file.js';
