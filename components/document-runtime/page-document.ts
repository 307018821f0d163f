/**
 * The page-level document: elements with no `<psw-role-document>` ancestor share one
 * document provided on `document.body`, so an editor who pastes three tags separately gets three
 * views of one role. A `<psw-role-document>` wrapper always wins for its subtree (nearest provider),
 * also when it upgrades after its children (the body provider hands them over on the wrapper's
 * `context-provider` event).
 *
 * Installed once per page, even when two copies of the bundle are loaded: the instance lives in a
 * global registry under `Symbol.for('psw-role-kit/page-document/v1')`.
 *
 * Autosave: on by default, under `psw-role-kit:page:<location.pathname>`, so each intranet page keeps
 * its own role across reloads. A page turns it off with
 *   <meta name="psw-role-kit-autosave" content="off">
 * The page-level document has undo but no form association (wrap the tags in
 * `<psw-role-document name="…">` for that).
 *
 * Template: with nothing autosaved, the page-level document starts from an empty draft, or from
 * the setting's template the page names in
 *   <meta name="psw-role-kit-template" content="adult-community">
 * (read once, when it is installed; an unknown id starts an empty draft with a warning). While the
 * template loads there is no document yet: the elements say "Loading…" (`documentReady`).
 *
 * Organisation profile: the page's `<script type="application/json" id="psw-organisation">` (data,
 * allowed under a strict Content Security Policy; its text is parsed, never run), read when the
 * page-level document is installed; `loadOrganisation(input)` puts a newer one in place. Its
 * `psw-organisation-error` and `psw-organisation-load` events come from `document.body`.
 */
import type { RoleDocument } from '../../src/model/schema.js';
import { emptyDraftAfter, templateDocument } from './first-document.js';
import type { OrganisationProfile } from '../../src/organisation/schema.js';
import { pageStorageKey } from '../../src/store/persistence.js';
import { VERSION } from '../../src/version.js';
import { readRoleDocument, type ParseResult } from './core-deps.js';
import type { DocumentSnapshot } from './document-context.js';
import type { EditorRegistry } from './editor-registry.js';
import { SharedDocument } from './shared-document.js';
import { OrganisationSource, pageOrganisationText } from './organisation-source.js';

export const PAGE_DOCUMENT_KEY = Symbol.for('psw-role-kit/page-document/v1');

/** The page-level document, as seen by page scripts and by elements of any loaded copy. */
export interface PageDocument {
  /** The psw-role-kit version that installed it. */
  readonly version: string;
  /** The element that provides it (`document.body`). */
  readonly host: HTMLElement;
  /**
   * The current snapshot (a new object after every change). Its `assessment` is a pending one
   * (`pending: true`, no findings) until the assessment engine has loaded: see `assessmentReady`.
   */
  readonly snapshot: DocumentSnapshot;
  /** Resolves once snapshots carry the real assessment (or the engine could not be loaded). */
  readonly assessmentReady: Promise<void>;
  /** Resolves once the first document is in place (at once, unless the page's template is loading). */
  readonly documentReady: Promise<void>;
  /**
   * The current document (read-only: change it with `snapshot.edit` or `load`). Like `snapshot`,
   * undefined only while the page's template (`psw-role-kit-template`) is loading.
   */
  readonly value: RoleDocument;
  /**
   * The editors of this document on the page and the parts they edit (./editor-registry.ts). A
   * page with editors of its own claims what they edit here (`editors.claim(myEditor, ['extensions'])`),
   * so the insights offer "Go to the field" for it.
   */
  readonly editors: EditorRegistry;
  /** The autosave key, or undefined when autosave is off. */
  readonly storageKey: string | undefined;
  /**
   * Puts a document in place (JSON text or a value), through the parser: one undo step, or the
   * starting point while nobody has changed the document (`SharedDocument.putFromPage`).
   */
  load(input: unknown): ParseResult;
  undo(): boolean;
  redo(): boolean;
  /** Resolves once the page's `psw-organisation` script (if any) has been read and used or refused. */
  readonly organisationReady: Promise<void>;
  /** The organisation profile in use (from the page's `psw-organisation` script or `loadOrganisation`), if any. */
  readonly organisation: OrganisationProfile | undefined;
  /**
   * Uses an organisation profile (object or JSON text, read with `parseOrganisationProfile`; null
   * for none). Resolves once it is in place, or refused with `psw-organisation-error`.
   */
  loadOrganisation(input: unknown): Promise<void>;
  /**
   * Removes the page-level document (its provider on the body and its listeners). For tests and
   * single-page apps that tear a page down; the next `ensurePageDocument()` installs a fresh one.
   */
  dispose(): void;
}

type Registry = Record<symbol, PageDocument | undefined>;

/** The autosave key the page asks for: the page path, unless `<meta name="psw-role-kit-autosave" content="off">`. */
export function pageAutosaveKey(doc: Document = document): string | undefined {
  const meta = doc.querySelector('meta[name="psw-role-kit-autosave"]');
  const setting = meta?.getAttribute('content')?.trim().toLowerCase();
  if (setting === 'off' || setting === 'false' || setting === 'no') return undefined;
  return pageStorageKey(doc.location?.pathname ?? '/');
}

const PAGE_TEMPLATE = 'meta[name="psw-role-kit-template"]';

/** The setting's template the page's loose tags start from (`<meta name="psw-role-kit-template" content="…">`), if any. */
export function pageTemplate(doc: Document = document): string | undefined {
  return doc.querySelector(PAGE_TEMPLATE)?.getAttribute('content')?.trim() || undefined;
}

/** The page-level document, if one is installed. */
export function getPageDocument(): PageDocument | undefined {
  return (globalThis as unknown as Registry)[PAGE_DOCUMENT_KEY];
}

/**
 * Installs the page-level document on `document.body` (once per page; later calls, from any copy of
 * the bundle, return the same one). Returns undefined where there is no DOM.
 */
export function ensurePageDocument(): PageDocument | undefined {
  const existing = getPageDocument();
  if (existing) return existing;
  if (typeof document === 'undefined') return undefined;
  const host = document.body ?? document.documentElement;
  const template = pageTemplate(document);
  const shared = new SharedDocument(host, {
    initial: () => templateDocument(template, PAGE_TEMPLATE, () => organisationReady.then(() => shared.organisation)),
    fallback: emptyDraftAfter(() => `${PAGE_TEMPLATE}: the template "${template}"`),
    storageKey: pageAutosaveKey(document),
  });
  shared.connect();
  const org = new OrganisationSource(host, () => shared);
  const orgText = pageOrganisationText(document);
  const organisationReady = orgText === undefined ? Promise.resolve() : org.set(orgText);
  const page: PageDocument = {
    version: VERSION,
    host,
    get snapshot() {
      return shared.snapshot;
    },
    get value() {
      return shared.document!; // undefined only while the page's template loads
    },
    assessmentReady: shared.assessmentReady,
    documentReady: shared.documentReady,
    editors: shared.editors,
    get storageKey() {
      return shared.storageKey;
    },
    load(input) {
      const parsed = readRoleDocument(input);
      if (parsed.ok) shared.putFromPage(parsed.document);
      return parsed;
    },
    undo: () => shared.undo(),
    redo: () => shared.redo(),
    organisationReady,
    get organisation() {
      return shared.organisation;
    },
    loadOrganisation: (input) => org.set(input),
    dispose() {
      shared.dispose();
      const registry = globalThis as unknown as Registry;
      if (registry[PAGE_DOCUMENT_KEY] === page) delete registry[PAGE_DOCUMENT_KEY];
    },
  };
  (globalThis as unknown as Registry)[PAGE_DOCUMENT_KEY] = page;
  return page;
}
