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
 * - A save refused as a conflict, when each part of the role (`SECTION_KEYS`) was changed on one side
 *   only since the revision mine was based on, is merged without asking: the parts theirs changed are
 *   taken from theirs, as one undo step, and saved on their revision; the status line names them.
 * - Any other conflict keeps the person's edits in the document (and in the tab's draft)
 *   and offers: Keep mine (theirs is first saved as a version of the role, then mine over it), Take
 *   theirs (one undo step, so Undo brings mine back), Compare (a `<psw-role-compare>` with
 *   before = theirs, after = mine), and Choose section by section (./section-choice.ts: per
 *   section Keep mine or Take theirs, each section starting as the side that changed it since the
 *   revision mine was based on; theirs is kept as a version, then the combined role replaces mine
 *   as one undo step and is saved on their revision, so a save refused again is the conflict again,
 *   with nothing lost).
 * - A store that cannot be reached (a server that is down, no network: the store answers
 *   'unavailable') is the state `offline`: the edits stay in the document and the tab's draft, the
 *   status line says they will be sent when the server is back, and the save is tried again after
 *   1 s, 2 s, 4 s… (at most a minute apart) and at once when the browser says it is online.
 * - Storage that is full or fails is a plain message; the document stays as it is, and the next
 *   edit tries again.
 * - An entry that cannot be read when the document opens (the store cannot answer, or holds a role
 *   this copy cannot read) is never taken for a missing one: the document stays read only, says so,
 *   and reads it again with the same backoff (`notLoaded`).
 * - Without `storage-key`, edits not yet acknowledged are also kept in localStorage
 *   (./unsent-copy.ts), so closing the tab loses nothing: the next visit restores and sends them.
 *
 * The loading and saving are ./library-saver.ts (`LibrarySaver`); this class adds the person's
 * choices in a conflict; what the document shows of it all is ./library-binding-view.ts.
 */
import type { TemplateResult } from 'lit';
import type { StoredRole } from '../../src/store/role-store.js';
import { jsonText } from '../../src/model/json-text.js';
import { fieldLabels } from '../../src/model/field-labels.js';
import type { RoleDocument } from '../../src/model/schema.js';
import { mergeSections } from '../../src/compare/combine.js';
import { LibrarySaver } from './library-saver.js';
import { SectionChooser } from './section-choice.js';
import { renderBinding } from './library-binding-view.js';

export type { LibraryState } from './library-saver.js';

export class LibraryBinding extends LibrarySaver {
  /** While in conflict: the stored role (undefined when it was deleted). */
  theirs?: StoredRole;
  showCompare = false;
  /** While in conflict and "Choose section by section" is open: the sections and the choices made. */
  chooser?: SectionChooser;
  /** After someone else's save was merged with mine: the names of the parts that came from theirs. */
  merged?: readonly string[];

  protected conflictWith(theirs: StoredRole | undefined): void {
    clearTimeout(this.timer);
    clearTimeout(this.retryTimer);
    this.message = undefined;
    this.pending = undefined;
    // Theirs is this very document (sent before, e.g. by a visit that restored these edits): saved.
    if (theirs && jsonText(theirs.document) === jsonText(this.host.value)) {
      this.rememberBase(theirs.revision, jsonText(theirs.document));
      return this.set('saved');
    }
    // Each part changed on one side only since the revision mine was based on: both are kept, unasked.
    const merged = theirs && this.baseJson !== undefined && !this.host.readonly
      ? mergeSections(JSON.parse(this.baseJson) as RoleDocument, this.host.value, theirs.document) : undefined;
    if (theirs && merged) return void this.saveMerged(theirs, merged.combined, merged.taken);
    this.theirs = theirs;
    this.showCompare = false;
    this.chooser = undefined;
    this.set('conflict');
  }

  /**
   * Someone else's save merged with mine (`taken`: the sections that came from theirs): put in place
   * as one undo step and saved on their revision; the status line says which parts came from theirs.
   */
  private async saveMerged(theirs: StoredRole, combined: RoleDocument, taken: readonly string[]): Promise<void> {
    this.merged = undefined;
    const parts = taken.map((section) => fieldLabels[section] ?? section);
    // In the tab's draft before the base moves to their revision (rememberBase).
    if (taken.length) this.host.replaceLibraryDocument(combined, this.l.t('mergedStep', parts.join(', ')));
    this.rememberBase(theirs.revision, jsonText(theirs.document));
    this.pending = jsonText(combined) === this.lastSavedJson ? undefined : combined;
    this.set('saving');
    await this.flush();
    if (!this.pending && this.state === 'saving' && !this.saving) this.set('saved');
    if (taken.length && this.state !== 'conflict') this.merged = parts;
    this.host.requestUpdate();
  }

  /** A change of the document: the note of a merge goes with the next edit. */
  override changed(doc: RoleDocument): void {
    if (this.merged && this.state === 'saved') this.merged = undefined;
    super.changed(doc);
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
    this.host.replaceLibraryDocument(theirs.document);
    this.rememberBase(theirs.revision, jsonText(theirs.document));
    this.set('saved');
  }

  /** Opens (or closes) the choice per section: theirs compared with mine, each section at first the side that changed it. */
  async toggleSections(): Promise<void> {
    if (this.chooser || !this.theirs) return void ((this.chooser = undefined), this.host.requestUpdate());
    const chooser = (this.chooser = new SectionChooser());
    this.host.requestUpdate();
    await chooser.open(this.theirs.document, this.host.value, this.baseJson);
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
    this.chooser = undefined;
    this.showCompare = false;
    this.message = undefined;
    // Still in conflict, so this is not saved yet: Undo brings mine back.
    this.host.replaceLibraryDocument(combined);
    // Theirs is kept as a version first, as Keep mine keeps it: the sections not taken stay findable.
    if (jsonText(combined) !== jsonText(theirs.document)) {
      const kept = await this.store.saveVersion(this.id, { label: this.l.t('keptTheirsLabel'), baseRevision: theirs.revision });
      if (!kept.ok && kept.reason === 'conflict') return this.refreshConflict();
      if (!kept.ok) return void ((this.message = kept.message), this.host.requestUpdate());
    }
    this.theirs = undefined;
    this.rememberBase(theirs.revision, jsonText(theirs.document));
    this.set('saving');
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

  /** The binding's lines (status, conflict and its choices): ./library-binding-view.ts. */
  render(): TemplateResult {
    return renderBinding(this);
  }
}
