/**
 * The controller every editor and view uses to reach the shared document:
 *
 * ```ts
 * class PswRoleBuilder extends PswElement {
 *   private readonly doc = new DocumentController(this);
 *   render() {
 *     const d = this.doc.document;
 *     if (!d) return nothing;
 *     return html`${this.doc.renderStatus()}
 *       <input .value=${live(d.role.title ?? '')}
 *         @input=${(e) => this.doc.edit((doc) => setIn(doc, ['role', 'title'], e.target.value), { coalesceKey: 'role.title', label: 'Job title' })}>`;
 *   }
 * }
 * ```
 *
 * - It subscribes to the nearest provider (a `<psw-role-document>` ancestor, else the page-level
 *   document, which it installs if nobody answered) and re-renders the host on every snapshot.
 * - `edit`/`replace`/`undo`/`redo` act on the snapshot and, when the document changed, dispatch
 *   `psw-change` from the host, the element where the user acted (for `undo`/`redo`, marked as
 *   such: ./history-step.ts).
 * - Ctrl/Cmd+Z, Shift+Ctrl/Cmd+Z and Ctrl+Y inside the host are the store's undo/redo, not the
 *   input's.
 * - The document may arrive a little after the host connects (a `<psw-role-document template>`
 *   whose template is loading: render "Loading…" while `document` is undefined), and the assessment
 *   engine loads lazily: until it has, `assessment.pending` is true and there are no findings; a
 *   new snapshot follows when it arrives. `ready` resolves when both are here, and a PswElement
 *   host's `updateComplete` waits for it.
 */
import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import { nothing } from 'lit';
import { ContextEvent } from '@lit/context';
import type { RoleDocument } from '../../src/model/schema.js';
import type { Assessment, Finding } from '../../src/assess/types.js';
import type { EditOptions, EditResult, Recipe, ReplaceOptions } from '../../src/store/store.js';
import { PswChangeEvent, PswNavigateEvent, type PswChangeDetail, type PswNavigateDetail } from '../base/events.js';
import { closestAcross, Localizer } from '../base/localize.js';
import type { PswElement } from '../base/psw-element.js';
import { documentContext, type DocumentSnapshot, type DocumentStatus, type OtherTabChoice } from './document-context.js';
import { renderDocumentStatus } from './document-status.js';
import { assessmentEngineState, loadAssessmentEngine } from './core-deps.js';
import { ShownAssessment } from './shown-assessment.js';
import { pathUnder, type EditorRegistry, type HeldInput, type RegistryChange } from './editor-registry.js';
import { markHistoryStep, type HistoryStep } from './history-step.js';
import { ensurePageDocument } from './page-document.js';
import { DOCUMENT_AREA, documentStrings } from './strings.js';

export interface DocumentControllerOptions {
  /** Called with every new snapshot (before the host re-renders). */
  onSnapshot?: (snapshot: DocumentSnapshot | undefined) => void;
  /** Handle Ctrl/Cmd+Z and friends inside the host (default true). */
  keyboard?: boolean;
}

/** Keyboard events already handled by an inner element's controller (nested editors). */
const handledKeys = new WeakSet<Event>();

export { pathUnder };

/** The nearest `<psw-role-document>` around a node, across shadow roots (null: the page-level document). */
export const wrapperOf = (node: Node | null): Element | null => closestAcross(node, (el) => el.localName === 'psw-role-document');

/**
 * Whether an event sent from `origin` is about the document `host` is bound to: both inside the same
 * `<psw-role-document>`, or both outside any (the page-level document). An event dispatched on the
 * page's document itself (or on no node) is for every element.
 */
export function sameDocument(host: Node, origin: EventTarget | undefined): boolean {
  if (!(origin instanceof Node) || origin.nodeType === Node.DOCUMENT_NODE) return true;
  return wrapperOf(origin) === wrapperOf(host);
}

/**
 * A psw-change detail whose assessment is computed only if someone reads it. It is the snapshot's
 * assessment at the moment it is read: pending (`pending: true`, no findings) only when the
 * assessment engine had not loaded yet.
 */
export function changeDetail(snapshot: DocumentSnapshot): PswChangeDetail {
  return {
    document: snapshot.document,
    get assessment() {
      return snapshot.assessment;
    },
  };
}

export class DocumentController implements ReactiveController {
  #current?: DocumentSnapshot;
  #unsubscribe?: () => void;
  #answered = false;
  #connected = false;
  /** `psw-navigate` listeners on the host's document, with whether each listens in the capture phase. */
  readonly #navigateHandlers = new Map<(event: PswNavigateEvent) => void, boolean>();
  private readonly l: Localizer<typeof documentStrings>;
  #snapshotWaiters: (() => void)[] = [];
  readonly #shown = new ShownAssessment(() => this.#current, () => this.host.requestUpdate());
  /** What the host edits (`claim`), the registry it is claimed in, and whether the host follows the registry. */
  #claimed?: () => readonly string[];
  /** The refused input the host's fields hold (`hold`). */
  #held: readonly HeldInput[] = [];
  #registry?: EditorRegistry;
  /** What of the registry the host reads (`hasEditorFor`: the claims; `heldInput`: what is held), so re-renders on its changes. */
  readonly #following = new Set<RegistryChange>();
  #stopFollowing?: () => void;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: DocumentControllerOptions = {},
  ) {
    this.l = new Localizer(host, DOCUMENT_AREA, documentStrings);
    host.addController(this);
    const holder = host as Partial<Pick<PswElement, 'holdUpdateComplete'>>;
    holder.holdUpdateComplete?.(this.#pendingWork);
  }

  /**
   * Resolves when the controller holds a document and its real assessment (not a pending one), or
   * when the assessment engine could not be loaded, and the host has been asked to show the current
   * assessment (after typing, just after the next paint). Never rejects; does not wait while the
   * host is disconnected.
   */
  get ready(): Promise<void> {
    return (async () => {
      for (let round = 0; round < 8; round++) {
        const wait = this.#pendingWork() ?? (this.#connected ? this.#shown.behind : undefined);
        if (!wait) return;
        await wait;
      }
    })();
  }

  /** The current snapshot, or undefined while no provider has answered. */
  get snapshot(): DocumentSnapshot | undefined {
    return this.#current;
  }

  get document(): RoleDocument | undefined {
    return this.#current?.document;
  }

  /**
   * The assessment to show with the current document (computed on first read, memoised). Right
   * after typing, the one shown before, until just after the next paint (./shown-assessment.ts);
   * `snapshot.assessment` is always the current document's.
   */
  get assessment(): Assessment | undefined {
    return this.#current && this.#shown.of(this.#current);
  }

  get readonly(): boolean {
    return this.#current?.readonly ?? false;
  }

  get status(): DocumentStatus | undefined {
    return this.#current?.status;
  }

  get canUndo(): boolean {
    return this.#current?.canUndo ?? false;
  }

  get canRedo(): boolean {
    return this.#current?.canRedo ?? false;
  }

  /** Applies a user's change; dispatches `psw-change` from the host when the document changed. */
  edit(recipe: Recipe, options?: EditOptions): EditResult {
    const s = this.#current;
    if (!s) return this.#noDocument();
    const result = s.edit(recipe, options);
    if (result.ok && result.changed) this.#changed();
    return result;
  }

  /** Puts a whole document in place (a template picked, a file imported): one undo step, `psw-change`. */
  replace(next: RoleDocument, options?: ReplaceOptions): EditResult {
    const s = this.#current;
    if (!s) return this.#noDocument();
    const result = s.replace(next, options);
    if (result.ok && result.changed) this.#changed();
    return result;
  }

  undo(): boolean {
    const done = this.#current?.undo() ?? false;
    if (done) this.#changed('undo');
    return done;
  }

  redo(): boolean {
    const done = this.#current?.redo() ?? false;
    if (done) this.#changed('redo');
    return done;
  }

  /** The user's answer to "changed in another tab" (dispatches `psw-change` if their version is loaded). */
  resolveOtherTab(choice: OtherTabChoice): void {
    const s = this.#current;
    if (!s?.resolveOtherTab) return;
    const before = s.document;
    s.resolveOtherTab(choice);
    if (this.#current && this.#current.document !== before) this.#changed();
  }

  /**
   * Findings whose path is `pathPrefix` or under it, and those about the list item `itemId` at
   * `pathPrefix` (`duties[3]`, where the item is drawn): an item's findings are found by its id
   * whatever index their paths give, but in its own list only, as ids are unique only within a list
   * (a boundary may have a duty's id).
   */
  findingsFor(pathPrefix: string, itemId?: string): Finding[] {
    const list = pathPrefix.replace(/\[\d+\]$/, '');
    return (this.assessment?.findings ?? []).filter((f) => (f.path === undefined
      ? itemId !== undefined && f.itemId === itemId
      : pathUnder(f.path, itemId !== undefined && f.itemId === itemId ? list : pathPrefix)));
  }

  /**
   * Calls `handler` for every `psw-navigate` about this host's document: a request sent from an
   * element bound to the same document (inside the same `<psw-role-document>`, or, both outside
   * any, the page-level document), or dispatched on the page's document itself by a page script.
   * Requests from another wrapper's elements are not passed on, so two documents on one page never
   * move each other's focus. Listened for on the host's document while the host is connected;
   * `capture` listens in the capture phase (before the editors, e.g. to show the step that holds
   * the field). Returns a function that stops it.
   */
  onNavigate(handler: (detail: PswNavigateDetail, event: PswNavigateEvent) => void, options: { capture?: boolean } = {}): () => void {
    const listener = (event: PswNavigateEvent) => {
      // Where the request came from must be read now: the event's path is gone after dispatch.
      if (sameDocument(this.host, event.composedPath()[0])) handler(event.detail, event);
    };
    const capture = options.capture ?? false;
    this.#navigateHandlers.set(listener, capture);
    if (this.#connected) this.host.ownerDocument.addEventListener(PswNavigateEvent.type, listener, capture);
    return () => {
      this.#navigateHandlers.delete(listener);
      this.host.ownerDocument.removeEventListener(PswNavigateEvent.type, listener, capture);
    };
  }

  /**
   * Declares the parts of the document the host edits (path prefixes, e.g. `['boundaries']`; a
   * function is read again after each update of the host). While the host is connected and bound
   * to a document they are claimed in that document's editor registry (./editor-registry.ts).
   */
  claim(paths: readonly string[] | (() => readonly string[])): void {
    this.#claimed = typeof paths === 'function' ? paths : () => paths;
    this.#syncEditors();
  }

  /**
   * Whether an editor bound to this document (on this page) edits `path`, i.e. answers
   * `psw-navigate` for it; undefined when the provider does not say (an older copy of the bundle).
   * Reading it re-renders the host whenever editors come, go or change what they edit.
   */
  hasEditorFor(path: string): boolean | undefined {
    return this.#followedEditors('claims')?.edits(path);
  }

  /**
   * Says which of the host's fields hold input the document refused (the editor kit does), replacing
   * what it said before. Kept in the document's editor registry while the host is connected, so the
   * page's readiness counts it (`heldInput`).
   */
  hold(held: readonly HeldInput[]): void {
    this.#held = held;
    this.#registry?.hold?.(this.host, held);
  }

  /** What the host itself said its fields hold (`hold`). */
  get ownHeld(): readonly HeldInput[] {
    return this.#held;
  }

  /**
   * The refused input that the fields of every editor of this document on the page hold (empty
   * when the provider does not say). Reading it re-renders the host whenever that changes.
   */
  get heldInput(): readonly HeldInput[] {
    return this.#followedEditors('held')?.held?.() ?? [];
  }

  /** The registry of the current document's editors; from now on the host re-renders when `what` changes in it. */
  #followedEditors(what: RegistryChange): EditorRegistry | undefined {
    if (!this.#following.has(what)) {
      this.#following.add(what);
      this.#syncEditors();
    }
    return this.#current?.editors;
  }

  hostUpdated(): void {
    if (this.#claimed && this.#registry) this.#registry.claim(this.host, this.#claimed());
  }

  /** Claims in and follows the current snapshot's registry (only while connected), leaving any other. */
  #syncEditors(): void {
    const next = this.#connected ? this.#current?.editors : undefined;
    if (next !== this.#registry) {
      this.#registry?.release(this.host);
      this.#stopFollowing?.();
      this.#stopFollowing = undefined;
      this.#registry = next;
    }
    if (!next) return;
    if (this.#claimed) next.claim(this.host, this.#claimed());
    if (this.#held.length) next.hold?.(this.host, this.#held);
    // A microtask later: a change can come from an editor that the host's own update is connecting
    // or disconnecting (a designer's step), and the host renders again after that update, not in it.
    if (this.#following.size && !this.#stopFollowing) this.#stopFollowing = next.subscribe((what) => this.#following.has(what) && queueMicrotask(() => this.host.requestUpdate()));
  }

  /** The one-line document status (include `documentStatusStyles` in the host's styles). */
  renderStatus(): TemplateResult | typeof nothing {
    return renderDocumentStatus({
      status: this.#current?.status,
      lang: this.l.lang,
      choose: (choice) => this.resolveOtherTab(choice),
    });
  }

  hostConnected(): void {
    this.#connected = true;
    this.#answered = false;
    this.#request();
    if (!this.#answered) {
      // No wrapper and no page-level document yet (elements defined by hand): install it and ask again.
      ensurePageDocument();
      this.#request();
    }
    this.#syncEditors();
    if (this.options.keyboard !== false) this.host.addEventListener('keydown', this.#onKeydown);
    for (const [listener, capture] of this.#navigateHandlers) this.host.ownerDocument.addEventListener(PswNavigateEvent.type, listener, capture);
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#releaseWaiters();
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#syncEditors();
    this.host.removeEventListener('keydown', this.#onKeydown);
    for (const [listener, capture] of this.#navigateHandlers) this.host.ownerDocument.removeEventListener(PswNavigateEvent.type, listener, capture);
  }

  /** What the host still waits for (see `ready`): a promise, or undefined when nothing. */
  readonly #pendingWork = (): Promise<unknown> | undefined => {
    if (!this.#connected) return undefined;
    const s = this.#current;
    if (!s) return new Promise<void>((resolve) => this.#snapshotWaiters.push(resolve));
    const engine = assessmentEngineState();
    // Loaded: providers have published real assessments. Failed: they stay pending, do not wait.
    if (engine === 'loaded' || engine === 'failed' || !s.assessment.pending) return undefined;
    return loadAssessmentEngine();
  };

  #releaseWaiters(): void {
    const waiters = this.#snapshotWaiters;
    this.#snapshotWaiters = [];
    for (const resolve of waiters) resolve();
  }

  #request(): void {
    this.host.dispatchEvent(new ContextEvent(documentContext, this.host, this.#receive, true));
  }

  /** Stable identity: providers use it to de-duplicate and to re-parent subscriptions. */
  readonly #receive = (value: DocumentSnapshot | undefined, unsubscribe?: () => void): void => {
    this.#answered = true;
    if (this.#unsubscribe && this.#unsubscribe !== unsubscribe) this.#unsubscribe(); // moved to another provider
    this.#unsubscribe = unsubscribe;
    if (value === this.#current) return;
    this.#current = value;
    this.#syncEditors();
    this.options.onSnapshot?.(value);
    this.host.requestUpdate();
    if (value) this.#releaseWaiters();
  };

  #changed(step?: HistoryStep): void {
    if (!this.#current) return;
    const event = new PswChangeEvent(changeDetail(this.#current));
    this.host.dispatchEvent(step ? markHistoryStep(event, step) : event);
  }

  #noDocument(): EditResult {
    return { ok: false, issues: [{ path: '', message: this.l.t('refusedNoDocument') }] };
  }

  readonly #onKeydown = (event: KeyboardEvent): void => {
    if (handledKeys.has(event) || event.altKey || !(event.ctrlKey || event.metaKey) || !this.#current) return;
    const key = event.key.toLowerCase();
    const action = key === 'z' ? (event.shiftKey ? 'redo' : 'undo') : key === 'y' && !event.shiftKey ? 'redo' : undefined;
    if (!action) return;
    handledKeys.add(event);
    event.preventDefault();
    if (action === 'undo') this.undo();
    else this.redo();
  };
}
