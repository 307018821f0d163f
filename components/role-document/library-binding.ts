/**
 * `<psw-role-document library-id="…">`: the document bound to an entry of a RoleStore (the
 * element's `store`, else the server at `library-src`, else the IndexedDB library of this browser). A lazy chunk, loaded only when
 * `library-id` is set.
 *
 * - The entry is loaded as the first document (or, when this tab kept a draft of it, that draft is
 *   compared with the entry: see `reconcile`).
 * - Edits are saved back, debounced like autosave, naming the revision they were based on; the
 *   revision is kept beside the tab's draft (sessionStorage) so a reload knows what the draft was
 *   based on.
 * - A save refused as a conflict keeps the person's edits in the document (and in the tab's draft)
 *   and offers: Keep mine (theirs is first saved as a version of the role, then mine over it), Take
 *   theirs (one undo step, so Undo brings mine back), Compare (a `<psw-role-compare>` with
 *   before = theirs, after = mine), and Choose section by section (./section-choice.ts: per
 *   section Keep mine or Take theirs; the combined role replaces mine as one undo step and is saved
 *   on their revision, so a save refused again is the conflict again, with nothing lost).
 * - A store that cannot be reached (a server that is down, no network: the store answers
 *   'unavailable') is the state `offline`: the edits stay in the document and the tab's draft, the
 *   status line says they will be sent when the server is back, and the save is tried again after
 *   1 s, 2 s, 4 s… (at most a minute apart) and at once when the browser says it is online.
 * - Storage that is full or fails is a plain message; the document stays as it is, and the next
 *   edit tries again.
 * - Without `storage-key`, edits not yet acknowledged are also kept in localStorage
 *   (./unsent-copy.ts), so closing the tab loses nothing: the next visit restores and sends them.
 */
import { adoptStyles, html, nothing, type TemplateResult } from 'lit';
import type { RoleDocument } from '../../src/model/schema.js';
import type { RoleStore, StoredRole } from '../../src/store/role-store.js';
import { createBlankDocument } from '../document-runtime/core-deps.js';
import { defaultRoleStore } from '../base/default-role-store.js';
import { storeFromSrc } from '../base/http-store.js';
import { Localizer } from '../base/localize.js';
import type { PswRoleDocument } from './role-document.component.js';
import { BINDING_AREA, bindingStrings } from './library-strings.js';
import { SectionChooser } from './section-choice.js';
import { bindingStyles } from './library-binding.styles.js';
import { UnsentCopy } from './unsent-copy.js';
import { readDraftBase, writeDraftBase } from './draft-base.js';
import { jsonText } from '../../src/model/json-text.js';

export type LibraryState = 'loading' | 'saved' | 'saving' | 'conflict' | 'offline' | 'error' | 'unbound';

const SAVE_DELAY_MS = 500;
/** While the store cannot be reached: the first retry after this, then twice as long each time, up to RETRY_MAX_MS. */
const RETRY_FIRST_MS = 1000;
const RETRY_MAX_MS = 60_000;

export class LibraryBinding {
  state: LibraryState = 'loading';
  message?: string;
  /** While in conflict: the stored role (undefined when it was deleted). */
  theirs?: StoredRole;
  showCompare = false;
  /** While in conflict and "Choose section by section" is open: the sections and the choices made. */
  chooser?: SectionChooser;
  private base: string | null | undefined;
  private lastSavedJson?: string;
  private timer?: ReturnType<typeof setTimeout>;
  private pending?: RoleDocument;
  private saving?: Promise<void>;
  private loadedAsInitial = false;
  private muted = false;
  private retryTimer?: ReturnType<typeof setTimeout>;
  private retryDelay = RETRY_FIRST_MS;
  private disposed = false;
  private readonly l: Localizer<typeof bindingStrings>;
  private readonly unsent?: UnsentCopy;

  constructor(private readonly host: PswRoleDocument, private id: string) {
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

  private rememberBase(revision: string | null | undefined): void {
    this.base = revision;
    writeDraftBase(this.host.libraryDraftKey, revision);
  }

  private savedBase(): string | undefined {
    return readDraftBase(this.host.libraryDraftKey);
  }

  /** The first document: the stored entry, or a new draft with this id when there is none yet. */
  async initial(): Promise<RoleDocument> {
    this.loadedAsInitial = true;
    try {
      const stored = await this.store.get(this.id);
      if (stored) {
        this.lastSavedJson = jsonText(stored.document);
        this.rememberBase(stored.revision);
        this.set('saved');
        return stored.document;
      }
      // No such entry yet: it is created by the first edit, not by merely opening it.
      const blank = createBlankDocument({ id: this.id });
      this.lastSavedJson = jsonText(blank);
      this.rememberBase(null);
      this.set('saved');
      return blank;
    } catch (error) {
      this.fail(error);
      return createBlankDocument({ id: this.id });
    }
  }

  /**
   * The document is in place. When it did not come from `initial()` (this tab's draft was restored,
   * or the binding moved to another entry), it is compared with the stored entry: the same → bound;
   * a draft based on the stored revision → saved now; anything else → a conflict, nothing overwritten.
   * Moving to another entry (`rebinding`) starts from the stored entry, then `rebinding` puts the tab's
   * draft of that entry in place, if there is one (not saved: it is compared like any restored draft).
   */
  async reconcile(current: RoleDocument, rebinding?: () => void): Promise<void> {
    if (this.loadedAsInitial && !rebinding) return this.follow();
    this.unsent?.claimSame(current);
    let stored: StoredRole | undefined;
    try {
      stored = await this.store.get(this.id);
    } catch (error) {
      return this.fail(error);
    }
    if (rebinding) {
      const start = stored?.document ?? createBlankDocument({ id: this.id });
      this.muted = true;
      try {
        this.host.resetLibraryDocument(start);
        rebinding();
      } finally {
        this.muted = false;
      }
      current = this.host.value;
      if (jsonText(current) !== jsonText(start)) return this.unsent?.claimSame(current, true), this.reconcile(current);
      this.lastSavedJson = stored ? jsonText(stored.document) : undefined;
      this.rememberBase(stored ? stored.revision : null);
      return this.set('saved');
    }
    if (!stored) {
      // No entry, or none could be read (a server that is down): a draft based on a revision stays on it.
      this.rememberBase(this.savedBase() ?? null);
      return this.changed(current);
    }
    if (jsonText(stored.document) === jsonText(current)) {
      this.lastSavedJson = jsonText(current);
      this.rememberBase(stored.revision);
      return this.set('saved');
    }
    if (this.savedBase() === stored.revision) {
      this.rememberBase(stored.revision);
      return this.changed(current);
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

  private async write(doc: RoleDocument, base: string | null): Promise<void> {
    const result = await this.store.put(doc, { baseRevision: base });
    if (result.ok) {
      clearTimeout(this.retryTimer);
      this.retryDelay = RETRY_FIRST_MS;
      this.lastSavedJson = jsonText(result.value.document);
      this.rememberBase(result.value.revision);
      this.message = undefined;
      if (!this.pending) this.set('saved');
      return;
    }
    if (result.reason === 'conflict') return this.conflictWith(result.current);
    if (result.reason === 'unavailable') return this.offline(doc);
    // Full or failing storage: the document keeps the edits; the next change tries again.
    this.pending ??= doc;
    this.message = result.message;
    this.set('error');
  }

  /** The store cannot be reached: the edits wait (in the document and its draft) and are sent later. */
  private offline(doc: RoleDocument): void {
    this.pending ??= doc;
    this.message = undefined;
    clearTimeout(this.retryTimer);
    if (this.disposed) return;
    this.retryTimer = setTimeout(this.retry, this.retryDelay);
    this.retryDelay = Math.min(this.retryDelay * 2, RETRY_MAX_MS);
    this.set('offline');
  }

  /** Tries the waiting save again (the retry timer, or the browser is online again). */
  private readonly retry = (): void => {
    clearTimeout(this.retryTimer);
    if (this.state === 'offline') void this.save();
  };

  private conflictWith(theirs: StoredRole | undefined): void {
    clearTimeout(this.timer);
    clearTimeout(this.retryTimer);
    this.message = undefined;
    this.pending = undefined;
    // Theirs is this very document (sent before, e.g. by a visit that restored these edits): saved.
    if (theirs && jsonText(theirs.document) === jsonText(this.host.value)) {
      this.lastSavedJson = jsonText(theirs.document);
      this.rememberBase(theirs.revision);
      return this.set('saved');
    }
    this.theirs = theirs;
    this.showCompare = false;
    this.chooser = undefined;
    this.set('conflict');
  }

  /** Keep mine: theirs is kept as a version of the role, then mine is saved over it. */
  async keepMine(): Promise<void> {
    const theirs = this.theirs;
    const mine = this.host.value;
    if (theirs) {
      const kept = await this.store.saveVersion(this.id, { label: this.l.t('keptTheirsLabel'), baseRevision: theirs.revision });
      if (!kept.ok && kept.reason === 'conflict') return this.refreshConflict();
      // Their role could not be kept (a full disk…): nothing is saved over it; the choice stays open.
      if (!kept.ok) return void ((this.message = kept.message), this.host.requestUpdate());
    }
    this.message = undefined;
    this.state = 'saving';
    this.theirs = undefined;
    await this.write(mine, theirs ? theirs.revision : null);
  }

  /** Take theirs: their document replaces mine as one undo step (Undo brings mine back). */
  takeTheirs(): void {
    const theirs = this.theirs;
    if (!theirs) return;
    this.theirs = undefined;
    this.lastSavedJson = jsonText(theirs.document);
    this.rememberBase(theirs.revision);
    this.set('saved');
    this.host.replaceLibraryDocument(theirs.document);
  }

  /** Opens (or closes) the choice per section: theirs compared with mine, every section 'mine' at first. */
  async toggleSections(): Promise<void> {
    if (this.chooser || !this.theirs) return void ((this.chooser = undefined), this.host.requestUpdate());
    const chooser = (this.chooser = new SectionChooser());
    this.host.requestUpdate();
    await chooser.open(this.theirs.document, this.host.value);
    this.host.requestUpdate();
  }

  /**
   * Save the combined role: mine with the sections chosen as theirs taken from theirs, put in place
   * as one undo step (Undo brings mine back) and saved on their revision.
   */
  async saveCombined(): Promise<void> {
    const theirs = this.theirs, chooser = this.chooser;
    if (!theirs || !chooser) return;
    const combined = await chooser.combine(this.host.value, theirs.document);
    this.theirs = undefined;
    this.chooser = undefined;
    this.showCompare = false;
    this.message = undefined;
    this.lastSavedJson = jsonText(theirs.document);
    this.rememberBase(theirs.revision);
    this.set('saving');
    this.host.replaceLibraryDocument(combined);
    this.pending ??= jsonText(combined) === this.lastSavedJson ? undefined : combined;
    await this.flush();
    if (!this.pending && this.state === 'saving' && !this.saving) this.set('saved');
  }

  toggleCompare(): void {
    this.showCompare = !this.showCompare;
    this.host.requestUpdate();
  }

  private async refreshConflict(): Promise<void> {
    try {
      this.conflictWith(await this.store.get(this.id));
    } catch (error) {
      this.fail(error);
    }
  }

  private fail(error: unknown): void {
    this.base = undefined;
    this.message = (error as Error)?.message ?? String(error);
    this.set('error');
  }

  private set(state: LibraryState): void {
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

  private styled = false;

  private adoptStyles(): void {
    const root = this.host.renderRoot;
    if (this.styled || !(root instanceof ShadowRoot)) return;
    this.styled = true;
    adoptStyles(root, [...(this.host.constructor as typeof PswRoleDocument).elementStyles, bindingStyles]);
  }

  render(): TemplateResult {
    const restored = this.unsent?.restored, t = this.l.t.bind(this.l);
    if (restored) this.adoptStyles();
    return html`${restored ? html`<p class="library-note" part="library-status" role="status">${t(restored === 'sent' ? 'unsentSent' : 'unsentRestored')}</p>` : nothing}${this.renderState()}`;
  }

  private renderState(): TemplateResult | typeof nothing {
    if (this.state === 'conflict' || this.state === 'error' || this.state === 'offline') this.adoptStyles();
    const t = this.l.t.bind(this.l);
    const problem = this.unsent?.problem;
    if (this.state === 'offline') return html`<p class="library-problem" part="library-status" role="status">${problem ? t('offlineNotKept', problem) : t('offline')}</p>`;
    if (this.state === 'error' && this.message) {
      return html`<p class="library-problem" part="library-status" role="alert">${t('problem', this.message)}</p>`;
    }
    if (this.state !== 'conflict') return nothing;
    // Only the sentence is the alert: the choices and the section form below are not read out on every change.
    return html`<div class="library-conflict" part="library-conflict">
      <p role="alert">${t(this.theirs ? 'conflict' : 'conflictGone')} ${t('conflictKept')}</p>
      ${this.message ? html`<p>${t('problem', this.message)}</p>` : nothing}
      <div class="library-choices" role="group" aria-label=${t('choicesLabel')}>
        <button type="button" data-choice="keep-mine" @click=${() => void this.keepMine()}>${t('keepMine')}</button>
        ${this.theirs ? html`<button type="button" data-choice="take-theirs" @click=${() => this.takeTheirs()}>${t('takeTheirs')}</button>
          <button type="button" data-choice="compare" aria-expanded=${this.showCompare ? 'true' : 'false'} @click=${() => this.toggleCompare()}>${t('compare')}</button>
          <button type="button" data-choice="sections" aria-expanded=${this.chooser ? 'true' : 'false'} @click=${() => void this.toggleSections()}>${t('chooseSections')}</button>` : nothing}
      </div>
      ${this.chooser && this.theirs ? this.chooser.render(this.l, () => this.host.requestUpdate(), () => void this.saveCombined()) : nothing}
      ${this.showCompare && this.theirs
        ? html`<p class="library-compare-note">${t('compareNote')}</p><psw-role-compare .beforeRole=${this.theirs.document} .afterRole=${this.host.value}></psw-role-compare>`
        : nothing}
    </div>`;
  }
}
