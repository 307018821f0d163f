/**
 * What a document provider does, whatever element hosts it (`<psw-role-document>`, or `<body>`
 * for the page-level document): holds the store, provides a new snapshot on every change, autosaves
 * to localStorage and watches other tabs.
 *
 * Two things may arrive after the provider is created (the drop-in bundle loads them lazily):
 * - the first document, when it comes from a template: until then no snapshot is provided (consumers
 *   show "Loading…"), so nobody starts editing a blank draft that the template would then replace.
 *   What autosave restores, or a document put in place meanwhile (`put`), wins and is used at once;
 * - the assessment engine: until it has loaded, snapshots carry `PENDING_ASSESSMENT`
 *   (`pending: true`); when it arrives a new snapshot is provided with the real assessment.
 *
 * The organisation profile (`setOrganisation`) is on every snapshot; the document is assessed
 * with it, and a new profile publishes a new snapshot, so every view shows its answers at once.
 */
import { ContextProvider } from '@lit/context';
import type { RoleDocument } from '../../src/model/schema.js';
import type { Assessment } from '../../src/assess/types.js';
import { createDocumentStore, type DocumentStore, type EditResult } from '../../src/store/store.js';
import { createAutosave, type Autosave } from '../../src/store/autosave.js';
import type { StorageLike } from '../../src/store/persistence.js';
import { browserStorage } from './browser-storage.js';
import { samePlaces } from '../../src/model/paths.js';
import type { OrganisationProfile } from '../../src/organisation/schema.js';
import { resolveLang, translate } from '../base/localize.js';
import { assessIfLoaded, assessmentEngineState, loadAssessmentEngine, newId, readRoleDocument, PENDING_ASSESSMENT } from './core-deps.js';
import { documentContext, type DocumentSnapshot, type DocumentStatus, type OtherTabChoice } from './document-context.js';
import { statusMessage } from './document-status.js';
import { claimKey, releaseKey } from './storage-key-claims.js';
import { createEditorRegistry } from './editor-registry.js';
import { DOCUMENT_AREA, documentStrings } from './strings.js';

export interface SharedDocumentOptions {
  /**
   * The document to start with when nothing is restored from storage. A promise (a template that is
   * still loading) holds the first snapshot back until it settles; a rejected one starts a blank draft.
   */
  initial: () => RoleDocument | Promise<RoleDocument>;
  /** The document to start with when `initial` fails (default: nothing; the error is rethrown). */
  fallback?: () => RoleDocument;
  /** Autosave and restore under this localStorage key. */
  storageKey?: string;
  readonly?: boolean;
  /** After every change of the document itself (not of its status). */
  onDocumentChange?: (doc: RoleDocument) => void;
  /** Where to save; defaults to localStorage. */
  storage?: StorageLike;
  /** Debounce of autosave in ms (default 400). */
  autosaveDelayMs?: number;
  /**
   * Whether to ask before taking another tab's saved version even when this tab has nothing of its
   * own unsaved: a role bound to a library, whose saves there (with their revisions) settle which wins.
   */
  askOtherTabs?: () => boolean;

}

export class SharedDocument {
  readonly provider: ContextProvider<typeof documentContext>;
  /** Tells this page's saves from another tab's. */
  readonly tabId = newId('tab');
  /** Resolves when the first document is in place (at once unless it comes from a template). */
  readonly documentReady: Promise<void>;
  /**
   * Resolves when the assessment engine has loaded and a snapshot with the real assessment has
   * been provided, or when the engine could not be loaded (snapshots then stay pending).
   */
  readonly assessmentReady: Promise<void>;
  /** The editors bound to this document and what they edit (on every snapshot). */
  readonly editors = createEditorRegistry();
  #storeValue?: DocumentStore;
  #initialValue?: RoleDocument;
  /** The first document was brought back from storage (someone's earlier work). */
  #restored = false;
  #resolveDocumentReady!: () => void;
  #disposed = false;
  #publishedPending = false;
  #autosave?: Autosave;
  #storageKeyValue?: string;
  #readonlyValue: boolean;
  #assessed?: { document: RoleDocument; organisation?: OrganisationProfile; assessment: Assessment };
  #organisationValue?: OrganisationProfile;
  #organisationProblem?: DocumentStatus['organisationProblem'];
  #listening = false;
  #quiet = false;
  /** An edit with a `coalesceKey` (typing) is being applied (see `typing` on the snapshot). */
  #typing = false;
  readonly #storage: StorageLike | undefined;

  constructor(
    readonly host: HTMLElement,
    private readonly options: SharedDocumentOptions,
  ) {
    this.provider = new ContextProvider(host, { context: documentContext });
    this.#readonlyValue = Object.hasOwn(options, 'readonly') && !!options.readonly; // not one a page added to Object.prototype
    this.#storage = options.storage ?? browserStorage();
    this.documentReady = new Promise<void>((resolve) => (this.#resolveDocumentReady = resolve));
    // Started now so the findings are usually there by the time anyone looks.
    this.assessmentReady = loadAssessmentEngine().then((engine) => {
      // A new snapshot only if one went out with the pending assessment (and the real one is here).
      if (engine && this.#publishedPending && !this.#disposed) this.publish();
    });
    let restored: RoleDocument | undefined;
    if (options.storageKey) {
      this.#storageKeyValue = options.storageKey;
      this.#autosave = this.#makeAutosave(options.storageKey);
      const result = this.#autosave.restore();
      if (result.kind === 'restored') restored = result.document;
    }
    this.#restored = restored !== undefined;
    const first = restored ?? options.initial();
    if (!(first instanceof Promise)) this.#start(first);
    else {
      first.then(
        (doc) => this.#start(doc),
        (error: unknown) => {
          if (this.#storeValue || this.#disposed) return;
          if (!options.fallback) throw error;
          this.#start(options.fallback());
        },
      );
    }
  }

  /** The current snapshot; undefined only while the first document is still on its way. */
  get snapshot(): DocumentSnapshot {
    return this.provider.value!;
  }

  /** The document store; undefined only while the first document is still on its way. */
  get store(): DocumentStore | undefined {
    return this.#storeValue;
  }

  /** The current document; undefined only while the first document is still on its way. */
  get document(): RoleDocument | undefined {
    return this.#storeValue?.get();
  }

  /** The document this provider started with (restored, given, from a template or new): what a form reset restores. */
  get initialDocument(): RoleDocument | undefined {
    return this.#initialValue;
  }

  /**
   * Puts a document in place (a value set, a file, a form state): one undo step; while the first
   * document is on its way, the first document itself (the template loading is then not used).
   */
  put(doc: RoleDocument, label?: string): EditResult {
    if (this.#storeValue) return this.#storeValue.replace(doc, label === undefined ? undefined : { label });
    this.#start(doc);
    return { ok: true, changed: true, document: doc };
  }

  /**
   * A page's value (`value`, `load()`): as `put`, but over a document as it started (no history,
   * not restored) it becomes the start, what a form reset restores: no Undo to an untouched draft.
   */
  putFromPage(doc: RoleDocument): EditResult {
    const store = this.#storeValue;
    if (!store || this.#restored || store.canUndo || store.canRedo) return this.put(doc);
    const result = store.reset(doc);
    if (result.ok) this.#initialValue = result.document;
    return result;
  }

  get readonly(): boolean {
    return this.#readonlyValue;
  }

  set readonly(value: boolean) {
    if (value === this.#readonlyValue) return;
    this.#readonlyValue = value;
    if (this.#storeValue) this.publish();
  }

  get storageKey(): string | undefined {
    return this.#storageKeyValue;
  }

  /**
   * Moves autosave to another key (or turns it off). What is saved under the new key is brought in
   * as one undo step; if nothing is, the current document is saved there.
   */
  set storageKey(key: string | undefined) {
    if (key === this.#storageKeyValue) return;
    this.#autosave?.flush();
    this.#autosave?.dispose();
    if (this.#listening) {
      releaseKey(this.#storageKeyValue, this);
      claimKey(key, this);
    }
    this.#storageKeyValue = key;
    this.#autosave = key ? this.#makeAutosave(key) : undefined;
    if (this.#autosave) {
      const result = this.#autosave.restore();
      if (result.kind === 'restored') this.put(result.document);
      else if (result.kind === 'empty' && this.#storeValue) {
        this.#autosave.schedule(this.#storeValue.get());
        this.#autosave.flush();
      }
    }
    if (this.#storeValue) this.publish();
  }

  /** The organisation profile the document is assessed with, if any. */
  get organisation(): OrganisationProfile | undefined {
    return this.#organisationValue;
  }

  /**
   * Uses `profile` (already parsed) from now on, or none; `problem` says why a supplied profile is
   * not used (shown in the status). Publishes a new snapshot when anything changed.
   */
  setOrganisation(profile: OrganisationProfile | undefined, problem?: DocumentStatus['organisationProblem']): void {
    if (profile === this.#organisationValue && problem === this.#organisationProblem) return;
    this.#organisationValue = profile;
    this.#organisationProblem = problem;
    if (this.#storeValue) this.publish();
  }

  /**
   * The assessment of `doc` with `organisation` (default: the current profile), memoised for the
   * latest pair; `PENDING_ASSESSMENT` while the assessment engine is still loading (or could not be loaded).
   */
  assessmentOf(doc: RoleDocument, organisation: OrganisationProfile | undefined = this.#organisationValue): Assessment {
    if (this.#assessed?.document === doc && this.#assessed.organisation === organisation) return this.#assessed.assessment;
    const assessment = assessIfLoaded(doc, organisation);
    if (!assessment) return PENDING_ASSESSMENT;
    this.#assessed = { document: doc, organisation, assessment };
    return assessment;
  }

  /** Starts watching other tabs and page hiding (call when the host is connected). */
  connect(): void {
    if (this.#listening || typeof window === 'undefined') return;
    this.#listening = true;
    claimKey(this.#storageKeyValue, this);
    for (const [target, type, fn] of this.#listeners()) target.addEventListener(type, fn);
  }

  /** Saves what is pending and stops listening (call when the host is disconnected). */
  disconnect(): void {
    this.flush();
    if (!this.#listening) return;
    this.#listening = false;
    releaseKey(this.#storageKeyValue, this);
    for (const [target, type, fn] of this.#listeners()) target.removeEventListener(type, fn);
  }

  /** Other tabs, page hiding, and leaving the page (see `#onLeave`). */
  readonly #listeners = (): [EventTarget, string, (e: Event) => void][] => [[window, 'storage', this.#onStorage as (e: Event) => void],
    [window, 'pagehide', this.flush], [document, 'visibilitychange', this.#onVisibility], [window, 'beforeunload', this.#onLeave]];

  /** While another tab's change waits for an answer this tab saves nothing, so the browser asks before the page goes. */
  readonly #onLeave = (e: Event): void => {
    if (this.#autosave?.status.kind === 'other-tab') e.preventDefault();
  };

  /** Saves a pending change now. */
  readonly flush = (): void => {
    this.#autosave?.flush();
  };

  // Snapshots exist only once the store does, so these never run without one.
  readonly edit: DocumentSnapshot['edit'] = (recipe, options) => {
    if (this.#readonlyValue) return this.#refused();
    this.#typing = options?.coalesceKey !== undefined;
    try { return this.#storeValue!.edit(recipe, options); } finally { this.#typing = false; }
  };

  readonly replace: DocumentSnapshot['replace'] = (next, options) =>
    this.#readonlyValue ? this.#refused() : this.#storeValue!.replace(next, options);

  readonly undo = (): boolean => !this.#readonlyValue && !!this.#storeValue?.undo();
  readonly redo = (): boolean => !this.#readonlyValue && !!this.#storeValue?.redo();

  readonly resolveOtherTab = (choice: OtherTabChoice): void => {
    if (!this.#autosave || !this.#storeValue) return;
    const theirs = this.#autosave.resolve(choice, this.#storeValue.get());
    if (theirs) this.#storeValue.replace(theirs);
    this.publish();
  };

  /** The status, in the host's language. */
  status(): DocumentStatus {
    const auto = this.#autosave?.status ?? { kind: 'memory-only' as const };
    const base =
      this.#readonlyValue && auto.kind !== 'other-tab'
        ? { kind: 'readonly' as const }
        : { kind: auto.kind, at: auto.at, backupKey: auto.backupKey, reason: auto.reason };
    const facts = { ...base, organisationProblem: this.#organisationProblem };
    const status: DocumentStatus = { ...facts, message: statusMessage(facts, resolveLang(this.host)) };
    for (const k of Object.keys(status) as (keyof DocumentStatus)[]) if (status[k] === undefined) delete status[k];
    return status;
  }

  /** Provides a new snapshot (also after a status-only change); nothing before the first document. */
  publish(): void {
    const store = this.#storeValue;
    if (!store) return;
    const doc = store.get();
    const organisation = this.#organisationValue;
    const shared = this;
    this.#publishedPending = assessmentEngineState() !== 'loaded';
    const snapshot: DocumentSnapshot = Object.freeze({
      document: doc,
      get assessment() {
        return shared.assessmentOf(doc, organisation);
      },
      organisation,
      typing: this.#typing && samePlaces(this.provider.value?.document, doc),
      editors: this.editors,
      readonly: this.#readonlyValue,
      canUndo: !this.#readonlyValue && store.canUndo,
      canRedo: !this.#readonlyValue && store.canRedo,
      status: this.status(),
      edit: this.edit,
      replace: this.replace,
      undo: this.undo,
      redo: this.redo,
      ...(this.#autosave?.status.kind === 'other-tab' ? { resolveOtherTab: this.resolveOtherTab } : {}),
    });
    this.provider.setValue(snapshot);
  }

  /** Stops everything, the provider included (consumers keep their last snapshot until they ask again). */
  dispose(): void {
    this.#disposed = true;
    this.disconnect();
    this.#autosave?.dispose();
    // ContextProvider has no public way to stop listening; its handlers are own properties.
    const p = this.provider as unknown as { onContextRequest: EventListener; onProviderRequest: EventListener };
    this.host.removeEventListener('context-request', p.onContextRequest);
    this.host.removeEventListener('context-provider', p.onProviderRequest);
    this.provider.clearCallbacks();
  }

  /** The first document is here: the store, its subscription, the first snapshot. */
  #start(doc: RoleDocument): void {
    if (this.#storeValue || this.#disposed) return;
    this.#initialValue = doc;
    const store = createDocumentStore({ initial: doc });
    this.#storeValue = store;
    store.subscribe((next) => {
      this.#quiet = true; // one snapshot per change, not one more for the "saving" status
      try {
        this.#autosave?.schedule(next);
        this.options.onDocumentChange?.(next);
      } finally {
        this.#quiet = false;
      }
      this.publish();
    });
    this.options.onDocumentChange?.(doc);
    this.publish();
    this.#resolveDocumentReady();
  }

  #refused(): EditResult {
    return {
      ok: false,
      issues: [{ path: '', message: translate(DOCUMENT_AREA, resolveLang(this.host), documentStrings, 'refusedReadonly') }],
    };
  }

  #makeAutosave(key: string): Autosave {
    return createAutosave({
      storage: this.#storage,
      key,
      tabId: this.tabId,
      parse: readRoleDocument,
      delayMs: this.options.autosaveDelayMs,
      onStatus: () => {
        if (this.provider.value && !this.#quiet) this.publish();
      },
    });
  }

  readonly #onStorage = (event: StorageEvent): void => {
    // A storage of the caller's own (a library role's, per tab) is no other tab's: a localStorage
    // event under the same key (the library's copy of unsent edits) is not about it.
    if (!this.#autosave || this.options.storage) return;
    try {
      if (event.storageArea && event.storageArea !== window.localStorage) return;
    } catch {
      return;
    }
    // Nothing of this tab's own unsaved: the other tab's version is put in place without a question.
    const take = (theirs: RoleDocument) => {
      this.#storeValue?.replace(theirs);
      this.publish();
    };
    this.#autosave.handleStorageEvent(event, { current: this.#storeValue?.get(), take: this.options.askOtherTabs?.() ? undefined : take });
  };

  readonly #onVisibility = (): void => {
    if (document.visibilityState === 'hidden') this.flush();
  };
}
