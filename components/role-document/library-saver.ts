/**
 * Saving a document bound to a library entry: loading the entry, saving edits back on the revision
 * they were based on, the store that cannot be reached, and edits kept past a closed tab. What the
 * person chooses in a conflict is ./library-binding.ts (`LibraryBinding`, the subclass the element
 * uses); the module comment there describes the whole.
 */
import type { RoleDocument } from '../../src/model/schema.js';
import type { RoleStore, StoredRole } from '../../src/store/role-store.js';
import { createBlankDocument } from '../document-runtime/core-deps.js';
import { defaultRoleStore } from '../base/default-role-store.js';
import { storeFromSrc } from '../base/http-store.js';
import { Localizer } from '../base/localize.js';
import type { PswRoleDocument } from './role-document.component.js';
import { BINDING_AREA, bindingStrings } from './library-strings.js';
import { UnsentCopy } from './unsent-copy.js';
import { draftIsItsBase, readDraftBase, writeDraftBase } from './draft-base.js';
import { jsonText } from '../../src/model/json-text.js';

export type LibraryState = 'loading' | 'saved' | 'saving' | 'conflict' | 'offline' | 'error' | 'unbound';

const SAVE_DELAY_MS = 500;
/** While the store cannot be reached: the first retry after this, then twice as long each time, up to RETRY_MAX_MS. */
const RETRY_FIRST_MS = 1000;
const RETRY_MAX_MS = 60_000;
/** How many unanswered saves are remembered, to know one's own save when it comes back as a conflict. */
const UNANSWERED_KEPT = 5;

export abstract class LibrarySaver {
  state: LibraryState = 'loading';
  message?: string;
  /**
   * The entry could not be read (a server that cannot answer, a role this copy cannot read): the
   * document is an empty stand-in, read only, until a retry reads the entry. Never saved over it.
   */
  notLoaded = false;
  protected base: string | null | undefined;
  protected lastSavedJson?: string;
  /** The document at revision `base`, as JSON, when known (what a merge of someone else's save starts from). */
  protected baseJson?: string;
  protected timer?: ReturnType<typeof setTimeout>;
  protected pending?: RoleDocument;
  protected saving?: Promise<void>;
  private loadedAsInitial = false;
  private muted = false;
  protected retryTimer?: ReturnType<typeof setTimeout>;
  private retryDelay = RETRY_FIRST_MS;
  private disposed = false;
  /** The documents of saves the store may have taken although no answer came (JSON, the latest few). */
  private unanswered: string[] = [];
  /** @internal */
  readonly l: Localizer<typeof bindingStrings>;
  /** @internal Edits not yet sent, kept past a closed tab. */
  readonly unsent?: UnsentCopy;

  constructor(readonly host: PswRoleDocument, protected id: string) {
    this.l = new Localizer(host, BINDING_AREA, bindingStrings);
    window.addEventListener('pagehide', this.flush);
    window.addEventListener('online', this.retry);
    if (host.libraryDraftKey) {
      this.unsent = new UnsentCopy(host.libraryDraftKey, {
        edits: () => this.base === undefined || !host.value ? undefined
          : { document: host.value, baseRevision: this.base, unsent: this.state !== 'saved' || !!this.pending || !!this.saving },
        current: () => host.value,
        released: () => (this.follow(), host.requestUpdate()),
      });
    }
  }

  get store(): RoleStore {
    return storeFromSrc(this.host, this.host.librarySrc) ?? defaultRoleStore(this.host.database || undefined);
  }

  /**
   * The revision the document is based on and, when known, the document at that revision (JSON: it
   * is then also the last saved). Without it, what the revision held is not known here (`baseJson`).
   */
  protected rememberBase(revision: string | null | undefined, json?: string): void {
    this.base = revision;
    this.baseJson = json;
    if (json !== undefined) this.lastSavedJson = json;
    // Beside the tab's draft only while the draft follows this document: held for another tab's
    // change, or not writable, the draft is an older document, and a reload must not take it as
    // based on this revision (it would save it over changes it does not hold).
    const kind = this.host.status.kind;
    if (kind !== 'other-tab' && kind !== 'storage-error') writeDraftBase(this.host.libraryDraftKey, revision, json, this.host.tabId);
  }

  private savedBase(): string | undefined {
    return readDraftBase(this.host.libraryDraftKey);
  }

  /** Puts `doc` in place with no undo step back (and `then`, if given), without taking it for an edit to save. */
  private resetQuietly(doc: RoleDocument, then?: () => void): void {
    this.muted = true;
    try {
      this.host.resetLibraryDocument(doc);
      then?.();
    } finally {
      this.muted = false;
    }
  }

  /** The first document: the stored entry, or a new draft with this id when there is none yet. */
  async initial(): Promise<RoleDocument> {
    this.loadedAsInitial = true;
    try {
      const start = this.startFrom(await this.store.get(this.id));
      this.set('saved');
      return start;
    } catch (error) {
      // Edits an earlier visit could not send are restored even so: they carry the revision they
      // were based on, so sending them later cannot overwrite anyone's.
      const copy = this.unsent?.adopt(createBlankDocument({ id: this.id }));
      if (copy) {
        this.rememberBase(copy.baseRevision);
        this.offline(copy.document);
        return copy.document;
      }
      this.loadFailed(error);
      return createBlankDocument({ id: this.id });
    }
  }

  /**
   * The entry as read (`stored`), as the document's start: the role stored, or, when there is no
   * such entry yet, a new draft with this id, created by the first edit rather than by opening it.
   */
  private startFrom(stored: StoredRole | undefined): RoleDocument {
    const start = stored?.document ?? createBlankDocument({ id: this.id });
    this.rememberBase(stored ? stored.revision : null, jsonText(start));
    return start;
  }

  /** Calls `fn` after the retry delay, then twice as long each time (up to a minute); false once disposed. */
  private scheduleRetry(fn: () => void): boolean {
    clearTimeout(this.retryTimer);
    if (this.disposed) return false;
    this.retryTimer = setTimeout(fn, this.retryDelay);
    this.retryDelay = Math.min(this.retryDelay * 2, RETRY_MAX_MS);
    return true;
  }

  /** The entry could not be read: read only, said so, and read again after 1 s, 2 s, 4 s… and when the browser is online. */
  private loadFailed(error: unknown): void {
    this.notLoaded = true;
    this.fail(error);
    this.host.applyReadonly();
    this.scheduleRetry(this.reload);
  }

  /** Reads the entry that could not be read, and puts it in place of the stand-in (no undo step back to it). */
  private readonly reload = async (): Promise<void> => {
    clearTimeout(this.retryTimer);
    if (this.disposed || !this.notLoaded) return;
    let stored: StoredRole | undefined;
    try {
      stored = await this.store.get(this.id);
    } catch (error) {
      return this.loadFailed(error);
    }
    this.notLoaded = false;
    this.retryDelay = RETRY_FIRST_MS;
    this.message = undefined;
    const start = this.startFrom(stored);
    this.resetQuietly(start);
    this.host.applyReadonly();
    this.set('saved');
  };

  /**
   * The document is in place. When it did not come from `initial()` (this tab's draft was restored,
   * or the binding moved to another entry), it is compared with the stored entry: the same → bound;
   * a draft based on the stored revision → saved now; a draft that is exactly its base revision's
 * document → the stored entry put in place; anything else → a conflict, nothing overwritten.
   * Moving to another entry (`rebinding`) starts from the stored entry, then `rebinding` puts the tab's
   * draft of that entry in place, if there is one (not saved: it is compared like any restored draft).
   */
  async reconcile(current: RoleDocument, rebinding?: () => void): Promise<void> {
    if (this.loadedAsInitial && !rebinding) return this.follow();
    this.unsent?.claimSame(current);
    let stored: StoredRole | undefined;
    let readError: unknown;
    try {
      stored = await this.store.get(this.id);
    } catch (error) {
      // Unreadable (a server that is down): a draft stays on the revision it was based on (below).
      readError = error ?? new Error(String(error));
    }
    if (rebinding) {
      const start = stored?.document ?? createBlankDocument({ id: this.id });
      this.resetQuietly(start, rebinding);
      current = this.host.value;
      if (jsonText(current) !== jsonText(start)) return this.unsent?.claimSame(current, true), this.reconcile(current);
      // No draft of it here, and the entry could not be read: never taken for a missing one.
      if (readError !== undefined) return this.loadFailed(readError);
      this.lastSavedJson = undefined;
      this.rememberBase(stored ? stored.revision : null, stored ? jsonText(stored.document) : undefined);
      return this.set('saved');
    }
    if (!stored) {
      // No entry, or none could be read (a server that is down): a draft based on a revision stays
      // on it, and its save meets any change made meanwhile as a conflict.
      this.rememberBase(this.savedBase() ?? null);
      return this.changed(current);
    }
    if (jsonText(stored.document) === jsonText(current)) {
      this.rememberBase(stored.revision, jsonText(current));
      return this.set('saved');
    }
    if (this.savedBase() === stored.revision) {
      this.rememberBase(stored.revision, jsonText(stored.document));
      return this.changed(current);
    }
    // The draft is exactly the document of the revision it was based on (left by a tab that had
    // saved everything): nothing of its own to keep, so the entry as stored now is put in place.
    if (draftIsItsBase(this.host.libraryDraftKey, jsonText(current))) {
      this.resetQuietly(stored.document);
      this.rememberBase(stored.revision, jsonText(stored.document));
      return this.set('saved');
    }
    this.conflictWith(stored);
  }

  /** A change of the document: saved after a short pause (not while a conflict waits for a choice). */
  changed(doc: RoleDocument): void {
    if (this.muted) return;
    if (this.state === 'conflict' || this.base === undefined) return void this.host.requestUpdate();
    if (jsonText(doc) === this.lastSavedJson) {
      this.pending = undefined;
      if (this.state === 'saving') this.set('saved');
      return;
    }
    this.pending = doc;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.save(), SAVE_DELAY_MS);
    if (this.state !== 'error' && this.state !== 'offline') this.set('saving');
  }

  /** Saves a pending change now (the page is being hidden, or a version is about to be saved). */
  readonly flush = (): Promise<void> => {
    clearTimeout(this.timer);
    return this.pending ? this.save() : this.saving ?? Promise.resolve();
  };

  /** The revision the document is based on, when known (for "Save a version"). */
  get revision(): string | undefined {
    return typeof this.base === 'string' ? this.base : undefined;
  }

  private async save(): Promise<void> {
    if (this.saving) await this.saving;
    const doc = this.pending;
    if (!doc || this.state === 'conflict' || this.base === undefined) return;
    this.pending = undefined;
    this.saving = this.write(doc, this.base).finally(() => (this.saving = undefined));
    return this.saving;
  }

  protected async write(doc: RoleDocument, base: string | null): Promise<void> {
    const result = await this.store.put(doc, { baseRevision: base });
    if (result.ok) {
      this.unanswered = [];
      clearTimeout(this.retryTimer);
      this.retryDelay = RETRY_FIRST_MS;
      this.rememberBase(result.value.revision, jsonText(result.value.document));
      this.message = undefined;
      if (!this.pending) this.set('saved');
      return;
    }
    if (result.reason === 'conflict') {
      // Our own earlier save reached the store although its answer was lost: not someone else's.
      const current = result.current;
      if (current && this.unanswered.includes(jsonText(current.document))) {
        this.unanswered = [];
        this.rememberBase(current.revision, jsonText(current.document));
        return jsonText(doc) === this.lastSavedJson ? this.set('saved') : this.write(doc, current.revision);
      }
      return this.conflictWith(current);
    }
    if (result.reason === 'unavailable') {
      this.unanswered = [...this.unanswered.slice(-(UNANSWERED_KEPT - 1)), jsonText(doc)];
      return this.offline(doc);
    }
    // Full or failing storage: the document keeps the edits; the next change tries again.
    this.pending ??= doc;
    this.message = result.message;
    this.set('error');
  }

  /** The store cannot be reached: the edits wait (in the document and its draft) and are sent later. */
  private offline(doc: RoleDocument): void {
    this.pending ??= doc;
    this.message = undefined;
    if (this.scheduleRetry(this.retry)) this.set('offline');
  }

  /** A save was refused as a conflict: `theirs` is the role as stored now (undefined: deleted). */
  protected abstract conflictWith(theirs: StoredRole | undefined): void;

  /** Tries the waiting save again (the retry timer, or the browser is online again), or reads an entry not loaded. */
  private readonly retry = (): void => {
    if (this.notLoaded) return void this.reload();
    clearTimeout(this.retryTimer);
    if (this.state === 'offline') void this.save();
  };

  protected fail(error: unknown): void {
    this.base = undefined;
    this.message = (error as Error)?.message ?? String(error);
    this.set('error');
  }

  protected set(state: LibraryState): void {
    this.state = state;
    this.follow();
    this.host.requestUpdate();
  }

  /** Edits that wait are kept in localStorage, dropped once saved; then those of an earlier visit are adopted. */
  private follow(): void {
    const doc = this.host.value, base = this.base;
    if (!this.unsent || base === undefined || !doc) return;
    if (this.state !== 'saved' || this.pending) return void (this.state !== 'saving' && this.unsent.keep(doc, base));
    this.unsent.drop();
    const copy = !this.disposed && !this.host.readonly && this.unsent.adopt(doc);
    if (!copy) return;
    this.rememberBase(copy.baseRevision);
    // Undo brings the stored role back; a blank draft (no entry, or none could be read) is not kept.
    this.host[base === null ? 'resetLibraryDocument' : 'replaceLibraryDocument'](copy.document);
  }

  dispose(): void {
    this.disposed = true;
    void this.flush();
    this.unsent?.dispose();
    clearTimeout(this.retryTimer);
    window.removeEventListener('pagehide', this.flush);
    window.removeEventListener('online', this.retry);
  }
}
