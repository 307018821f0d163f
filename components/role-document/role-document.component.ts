import { html } from 'lit';
import type { RoleDocument } from '../../src/model/schema.js';
import type { OrganisationProfile } from '../../src/organisation/schema.js';
import { PswElement } from '../base/psw-element.js';
import { PswChangeEvent, PswInvalidEvent } from '../base/events.js';
import { Localizer } from '../base/localize.js';
import { readRoleDocument, type ParseResult } from '../document-runtime/core-deps.js';
import type { DocumentSnapshot, DocumentStatus } from '../document-runtime/document-context.js';
import { changeDetail } from '../document-runtime/document-controller.js';
import { SharedDocument } from '../document-runtime/shared-document.js';
import { OrganisationSource } from '../document-runtime/organisation-source.js';
import { DOCUMENT_AREA, documentStrings } from '../document-runtime/strings.js';
import { documentStatusStyles } from '../document-runtime/document-status.js';
import type { RoleStore } from '../../src/store/role-store.js';
import type { LibraryState } from './library-binding.js';
import { LibraryLink, sessionStore } from './library-link.js';
import { emptyDraftAfter, templateDocument } from '../document-runtime/first-document.js';
import styles from './role-document.styles.js';
import { jsonText } from '../../src/model/json-text.js';
import { roleValidity } from './form-validity.js';

/**
 * Provides one role document to everything inside it: the editors and views placed in it share the
 * document, its undo history and its autosave. Two wrappers on a page stay independent; elements
 * outside any wrapper share the page-level document.
 *
 * Where the first document comes from, in order: what was autosaved under `storage-key`; else a
 * `value` set before the element was connected; else a new draft from `template`; else an empty
 * draft. Setting `value` (or calling `load`) after that replaces the document as one undo step,
 * except while the document stands as it started (nothing done or undone, nothing restored, no
 * `library-id`): then the value becomes the starting point, so Undo never blanks a role the page
 * has just put in.
 *
 * Templates load on first use (a small chunk beside the drop-in bundle). While a `template` is
 * loading there is no document yet: the elements inside show "Loading…", `value` and `snapshot`
 * are undefined, and a `value` set (or `load()`) meanwhile becomes the first document instead of
 * the template. `await el.updateComplete` resolves once the document is there and assessed.
 *
 * The organisation profile (`organisation` property, or `organisation-src`) fills what the role
 * leaves unset, for the assessment and in the editors (marked as the organisation's answer). It is
 * read lazily and never required: a profile that is not valid or cannot be fetched is not used, the
 * status line says so and `psw-organisation-error` is dispatched; the role works as before.
 *
 * With `library-id`, the document is an entry of a role library (the `store` property, else the
 * server at `library-src` with the bearer `token` property, else the IndexedDB library named by
 * `database`): it is loaded from there and edits are saved back with the revision they were based
 * on. When someone else saved the entry meanwhile, nothing is overwritten: the element says so and
 * offers Keep mine, Take theirs, Compare and Choose section by section (./library-binding.ts, a lazy
 * chunk). A server that cannot be reached keeps the edits and they are sent when it is back. The tab
 * keeps a draft of the entry in sessionStorage, and edits not yet sent in localStorage, unless `storage-key` names another place.
 *
 * @summary Provides one role document (with undo, autosave and form association) to its contents.
 * @tag psw-role-document
 *
 * @slot - The editors and views that work on this document.
 *
 * @fires psw-change - After a user-caused change that happened on this element itself (a form reset,
 *   choosing a version after a change in another tab). Changes made in the editors inside bubble up
 *   through it from the element where they happened. Never for `value`, `load()`, `undo()`, `redo()`.
 * @fires psw-invalid - When a `value` set or a `load()` is refused; `detail.issues` say why. The
 *   document stays as it was.
 * @fires psw-organisation-error - The organisation profile supplied is not valid (`detail.issues`) or
 *   could not be fetched (`detail.url`, `detail.status`); the role is shown without it.
 * @fires psw-organisation-load - An organisation profile was read and is now used (`detail`: id, name, asOf).
 *
 * @csspart library-conflict - The message and choices shown when someone else saved the library entry meanwhile.
 * @csspart library-status - A problem saving to the library (full or failing storage), or that its server cannot be reached and the edits wait, or that edits not yet sent from an earlier visit were restored, or that the library's code could not be fetched (the document is then an empty draft, not the entry).
 *
 * @cssstate invalid - `required` is set and the role has error findings, or a field of an editor inside holds input the role refused.
 * @cssstate readonly - The document cannot be changed here.
 */
export class PswRoleDocument extends PswElement {
  /** The reactive properties (declared here, not with decorators: no decorator code in the drop-in entry). */
  static override properties = {
    template: { reflect: true }, readonly: { type: Boolean, reflect: true }, storageKey: { attribute: 'storage-key', reflect: true },
    name: { reflect: true }, required: { type: Boolean, reflect: true }, organisationSrc: { attribute: 'organisation-src', reflect: true },
    libraryId: { attribute: 'library-id', reflect: true }, database: { reflect: true }, librarySrc: { attribute: 'library-src', reflect: true },
    token: { attribute: false }, store: { attribute: false },
  };

  static override styles = [PswElement.styles, documentStatusStyles, styles];
  /** Form-associated: with a `name`, a form submits the document as JSON. */
  static formAssociated = true;

  /** A settings id from the catalogue: the template a new document starts from (read when the element first connects). */
  template?: string;

  /**
   * When set, user edits, undo and redo are refused and consumers show the document as read only.
   * The page itself can still set `value` or call `load()`.
   */
  readonly = false;

  /**
   * The localStorage key to autosave under and restore from. Changing it moves autosave: a document
   * saved under the new key is brought in (one undo step), else the current one is saved there.
   */
  storageKey?: string;

  /** The form field name: the form submits the document's JSON under it. */
  name?: string;
  /**
   * When set, the element is invalid in its form while the role has error (“Must fix”) findings or a
   * field inside holds input the role refused; without it a draft submits as it is.
   */
  required = false;

  /**
   * The URL of the organisation profile (JSON) to use, fetched with the page's credentials for its
   * own origin only. Nothing a profile names is ever fetched.
   */
  organisationSrc?: string;
  /** The id of the library entry this document is bound to (loaded from and saved back to the store). */
  libraryId?: string;
  /** The IndexedDB database of the default library store (ignored when `store` or `library-src` is set). */
  database?: string;
  /**
   * The base URL of the role library server's API that `library-id` is read from and saved to (e.g.
   * '/api'); ignored when `store` is set. Named `library-src`, not `src` as on the library and
   * compare elements, because the document's other `*-src` attributes (`organisation-src`) each
   * fetch one thing for the document, while this one names where its library lives.
   */
  librarySrc?: string;

  /** The bearer token sent to `library-src` (a property only: tokens do not belong in the markup). */
  token?: string;
  /** The RoleStore of `library-id`; by default the IndexedDB library of this browser. */
  store?: RoleStore;

  private readonly link = new LibraryLink(this);
  private shared?: SharedDocument;
  private readonly org = new OrganisationSource(this, () => this.ensureShared());
  private pendingValue?: RoleDocument;
  private assessmentSettled = false;
  private formDisabled = false;
  private readonly l = new Localizer(this, DOCUMENT_AREA, documentStrings);

  /**
   * The current document. Treat what you get as read-only. Setting it parses the value as untrusted
   * input (`parseRoleDocument`): a valid value replaces the document as one undo step (the starting
   * point while nobody has changed it, see above), with no `psw-change`; an invalid one dispatches
   * `psw-invalid` and changes nothing. Undefined only while a `template` is still loading (until
   * `updateComplete` resolves).
   */
  get value(): RoleDocument {
    return this.ensureShared().document!;
  }

  set value(input: RoleDocument) {
    this.load(input);
  }

  /**
   * The organisation profile the role is assessed and shown with (what the editors mark as the
   * organisation's answers), or undefined. Set a profile object or its JSON text (read with
   * `parseOrganisationProfile`; `null` removes it): a valid one is used by every element inside at
   * once; an invalid one is not used, and `psw-organisation-error` says why. The getter returns the
   * parsed profile in use (after `await updateComplete`).
   */
  get organisation(): OrganisationProfile | undefined {
    return this.shared?.organisation;
  }

  set organisation(input: OrganisationProfile | string | null | undefined) {
    void this.waitUntil(this.org.set(input));
  }

  /**
   * The current snapshot (what the elements inside receive). Its `assessment` is a pending one
   * (`pending: true`, no findings) until the assessment engine has loaded (`await updateComplete`).
   * Undefined only while a `template` is still loading.
   */
  get snapshot(): DocumentSnapshot {
    return this.ensureShared().snapshot;
  }

  /** The document status (saved, restored, storage problem, changed in another tab, read only). */
  get status(): DocumentStatus {
    const shared = this.ensureShared();
    return shared.snapshot?.status ?? shared.status();
  }

  /** Where the library entry stands (`saved`, `saving`, `conflict`, `error`…), when `library-id` is set. */
  get libraryState(): LibraryState | undefined {
    return this.libraryId ? this.link.binding?.state ?? (this.link.unreachable ? 'error' : 'loading') : undefined;
  }

  /** The revision of the library entry the document is based on, when known. */
  get libraryRevision(): string | undefined {
    return this.link.binding?.revision;
  }

  /** Saves pending edits to the library entry now (e.g. before saving a version). */
  async flushLibrary(): Promise<void> {
    await this.link.binding?.flush();
  }

  /** Whether `undo()` would do something. */
  get canUndo(): boolean {
    return this.snapshot?.canUndo ?? false;
  }

  /** Whether `redo()` would do something. */
  get canRedo(): boolean {
    return this.snapshot?.canRedo ?? false;
  }

  /** The form this element belongs to, if any. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  /** The validity of the element in its form. */
  get validity(): ValidityState {
    return this.internals.validity;
  }

  /** The message shown when the element is invalid. */
  get validationMessage(): string {
    return this.internals.validationMessage;
  }

  /** Whether the element takes part in form validation. */
  get willValidate(): boolean {
    return this.internals.willValidate;
  }

  /** Whether the element is valid in its form (no error findings, or `required` not set); fires `invalid` when not. */
  checkValidity(): boolean {
    return this.internals.checkValidity();
  }

  /** Like `checkValidity()`, and the browser shows the validation message to the user when invalid. */
  reportValidity(): boolean {
    return this.internals.reportValidity();
  }

  /**
   * Puts a document in place from JSON text or a value (an exported job description is accepted
   * too). Synchronous; returns the parse result. Valid: as setting `value`, no `psw-change`. Invalid:
   * `psw-invalid` from this element and the document stays as it was. The issues are
   * `parseRoleDocument`'s, except for text that is not JSON at all, which is described in the
   * browser's words (the drop-in file leaves out the scanner that names the line and column;
   * `<psw-role-export>`'s import names them).
   */
  load(input: unknown): ParseResult {
    const current = this.shared?.document ?? this.pendingValue;
    // Frameworks often set the same value again on every render: that is not a change (no undo step).
    if (current !== undefined && input === current) return { ok: true, document: current };
    const parsed = readRoleDocument(input);
    if (!parsed.ok) {
      const invalid = new PswInvalidEvent({ issues: parsed.issues });
      this.dispatchEvent(invalid);
      return parsed;
    }
    if (current !== undefined && jsonText(parsed.document) === jsonText(current)) {
      return { ok: true, document: current };
    }
    // Over a library entry, one undo step: what the page sets is saved to the library.
    if (!this.shared) this.pendingValue = parsed.document;
    else if (this.libraryId) this.shared.put(parsed.document);
    else this.shared.putFromPage(parsed.document);
    return parsed;
  }

  /** Takes back the last change. Programmatic: no `psw-change`. Returns whether anything changed. */
  undo(): boolean {
    return this.ensureShared().undo();
  }

  /** Repeats the last change taken back. Programmatic: no `psw-change`. */
  redo(): boolean {
    return this.ensureShared().redo();
  }

  override connectedCallback(): void {
    // The store must exist before the provider announces itself (super.connectedCallback), so that
    // children that asked the page-level document first are handed over with a value.
    this.ensureShared().connect();
    super.connectedCallback();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.shared?.disconnect();
    void this.link.binding?.flush();
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    const shared = this.ensureShared();
    if (changed.has('readonly')) this.applyReadonly();
    if (changed.has('storageKey') && (this.storageKey || changed.get('storageKey'))) shared.storageKey = this.storageKey || this.libraryDraftKey;
    if (['libraryId', 'store', 'database', 'librarySrc', 'token'].some((k) => changed.has(k)) && this.libraryId && this.hasUpdated) void this.waitUntil(this.link.rebind(shared));
    if (changed.has('organisationSrc') && (this.organisationSrc || changed.get('organisationSrc'))) {
      void this.waitUntil(this.organisationSrc ? this.org.fetch(this.organisationSrc) : this.org.set(undefined));
    }
    if ((changed.has('required') || changed.has('name')) && shared.document) this.updateFormValue(shared.document);
  }

  protected override render() {
    return html`${this.link.render(() => this.l.t('libraryUnreachable'))}<slot></slot>`;
  }

  /** Form reset: back to the document this element started with (one undo step, a user change). */
  formResetCallback(): void {
    const shared = this.ensureShared();
    if (!shared.store || !shared.initialDocument) return;
    const result = shared.store.replace(shared.initialDocument);
    if (result.ok && result.changed) this.dispatchEvent(new PswChangeEvent(changeDetail(this.snapshot)));
  }

  /** The browser restores the form (back/forward, autofill): the state is the JSON we gave it. */
  formStateRestoreCallback(state: string | File | FormData | null): void {
    if (typeof state !== 'string') return;
    const parsed = readRoleDocument(state);
    if (parsed.ok) this.ensureShared().put(parsed.document);
  }

  /** Joined or left a form: give it the current value and validity. */
  formAssociatedCallback(): void {
    const doc = this.shared?.document;
    if (doc) this.updateFormValue(doc);
  }

  /** A disabled fieldset makes the document read only. */
  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
    this.applyReadonly();
  }

  private ensureShared(): SharedDocument {
    if (this.shared) return this.shared;
    const pending = this.pendingValue;
    this.pendingValue = undefined;
    const shared = new SharedDocument(this, {
      initial: () => pending ?? (this.libraryId ? this.link.load().then((b) => b.initial())
        // With the profile the page supplied, once read or refused (`organisation-src` fetched now if not yet).
        : templateDocument(this.template, '<psw-role-document>', () => (this.organisationSrc ? this.org.fetch(this.organisationSrc) : this.org.settled).then(() => this.shared?.organisation))),
      fallback: emptyDraftAfter(() => `<psw-role-document>: ${this.libraryId ? `the library entry "${this.libraryId}"` : `the template "${this.template}"`}`),
      storageKey: this.storageKey || this.libraryDraftKey,
      ...(!this.storageKey && this.libraryId ? { storage: sessionStore() } : {}),
      readonly: this.readonly || this.formDisabled,
      askOtherTabs: () => !!this.libraryId,
      onDocumentChange: (doc) => {
        this.updateFormValue(doc);
        this.link.binding?.changed(doc);
      },
    });
    this.shared = shared;
    if (this.libraryId) {
      void this.waitUntil(this.link.start(shared));
    }
    // Validity (with `required`) follows the real assessment once the engine has loaded.
    void shared.assessmentReady.then(() => shared.document && this.updateFormValue(shared.document));
    shared.editors.subscribe((what) => what === 'held' && shared.document && this.updateFormValue(shared.document));
    this.holdUpdateComplete(() => (shared.store ? undefined : shared.documentReady));
    this.holdUpdateComplete(() => (this.assessmentSettled ? undefined : shared.assessmentReady.then(() => (this.assessmentSettled = true))));
    if (shared.document) this.updateFormValue(shared.document);
    this.setState('readonly', shared.readonly);
    return shared;
  }

  /** @internal The tab's draft key of the library entry (when no `storage-key` is set). */
  get libraryDraftKey(): string | undefined {
    return this.libraryId && !this.storageKey ? `psw-role-kit:library:${this.librarySrc || this.database || 'psw-role-kit'}:${this.libraryId}` : undefined;
  }

  /** @internal This page's id in the drafts it writes: the library binding pairs a draft with its base by it. */
  get tabId(): string {
    return this.ensureShared().tabId;
  }

  /** @internal Starts afresh with `doc` (another library entry): no undo step back into the previous role. */
  resetLibraryDocument(doc: RoleDocument): void {
    this.ensureShared().store?.reset(doc);
  }

  /** @internal Puts the library's version in place as one undo step, and in the tab's draft at once. */
  replaceLibraryDocument(doc: RoleDocument, label?: string): void {
    this.ensureShared().put(doc, label);
    this.shared?.flush();
  }

  /** @internal Read only: set so, in a disabled fieldset, or bound to a library entry not loaded yet. */
  applyReadonly(): void {
    if (!this.shared) return;
    this.shared.readonly = this.readonly || this.formDisabled || !!this.link.binding?.notLoaded;
    this.setState('readonly', this.shared.readonly);
  }

  /** Form value and validity (./form-validity.ts); skipped outside a form (it costs a JSON text per change). */
  private updateFormValue(doc: RoleDocument): void {
    if (!this.internals.form) return;
    const json = jsonText(doc);
    this.internals.setFormValue(json, json);
    const { message, invalid } = this.required && this.shared ? roleValidity(this.shared, doc, this.l) : { invalid: false };
    this.internals.setValidity(message ? { customError: true } : {}, message);
    this.setState('invalid', invalid);
  }
}
