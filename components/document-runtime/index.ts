export { documentContext, DOCUMENT_CONTEXT_KEY } from './document-context.js';
export type {
  DocumentSnapshot,
  DocumentStatus,
  DocumentStatusKind,
  OtherTabChoice,
  EditOptions,
  EditResult,
  Recipe,
  ReplaceOptions,
  DocumentIssue,
} from './document-context.js';
export { DocumentController, pathUnder, type DocumentControllerOptions } from './document-controller.js';
export type { EditorRegistry, HeldInput } from './editor-registry.js';
export { renderDocumentStatus, documentStatusStyles, statusMessage, formatStatusTime } from './document-status.js';
export { ensurePageDocument, getPageDocument, pageAutosaveKey, PAGE_DOCUMENT_KEY, type PageDocument } from './page-document.js';
export { documentStrings } from './strings.js';
export { loadTemplateDocument } from './core-deps.js';
