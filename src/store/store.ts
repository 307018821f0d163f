/**
 * The document store: one current `RoleDocument`, changed only through recipes that return a new
 * document (see ./ops.ts), each change validated as a whole before it is applied, with undo/redo.
 *
 * - An edit that would make the document invalid is not applied; the caller gets the issues and
 *   shows them where the user typed. Only the parts the recipe changed are
 *   checked again (./validate.ts `validateChange`), with the same outcome as checking it all.
 * - A recipe that returns the same object is a no-op: no history entry, no notification.
 * - Typing is coalesced: consecutive edits with the same `coalesceKey` within `coalesceMs` make one
 *   undo step. Another key, an undo/redo or a replace ends the burst.
 * - `replace` (templates, imports, a `value` set by the host page) is one undo step. Its parts that
 *   equal the current document's keep the current objects (./ops.ts `shareUnchanged`), so only the
 *   rest is checked and views re-render only what changed; a document equal to the current one is
 *   no change.
 * - An edit that changes a field listed in `meta.suggested` (a template's suggestion for the post)
 *   also removes it from that list (./suggested.ts): the value is now a person's.
 */
import type { RoleDocument } from '../model/schema.js';
import { setIn, shareUnchanged } from './ops.js';
import { settleSuggested } from './suggested.js';
import { validateChange, validateDocument, type DocumentIssue } from './validate.js';

export type { DocumentIssue } from './validate.js';

/** A change to the document: receives the current one, returns the next (or the same to do nothing). */
export type Recipe = (doc: RoleDocument) => RoleDocument;

export interface EditOptions {
  /** Edits with the same key in quick succession (a burst of typing in one field) are one undo step. */
  coalesceKey?: string;
  /** What the change was, in words, e.g. "Job title" (kept with the history entry). */
  label?: string;
}

export interface ReplaceOptions {
  label?: string;
}

/**
 * What an edit did: applied (`changed` false when the recipe changed nothing), or refused with the
 * issues that the result would have had.
 */
export type EditResult =
  | { ok: true; document: RoleDocument; changed: boolean }
  | { ok: false; issues: DocumentIssue[] };

export interface StoreOptions {
  initial: RoleDocument;
  /** The clock, for `meta.updatedAt` and for coalescing (tests pass a fake one). */
  now?: () => Date;
  /** Undo steps kept; at least 100, default 200. */
  historyLimit?: number;
  /** How long a burst of typing in one field stays one undo step, in ms (default 1000). */
  coalesceMs?: number;
}

export interface HistoryEntry {
  document: RoleDocument;
  label?: string;
}

export interface DocumentStore {
  get(): RoleDocument;
  edit(recipe: Recipe, options?: EditOptions): EditResult;
  replace(doc: RoleDocument, options?: ReplaceOptions): EditResult;
  /** Starts afresh with `doc`: no validation beyond the schema, history cleared, subscribers told. */
  reset(doc: RoleDocument): EditResult;
  undo(): boolean;
  redo(): boolean;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  /** Labels of the steps undo and redo would take back or repeat (for "Undo: Job title" buttons). */
  readonly undoLabel: string | undefined;
  readonly redoLabel: string | undefined;
  /** Number of steps that can be undone. */
  readonly undoDepth: number;
  /** Called after every change of the current document (edit, replace, reset, undo, redo). */
  subscribe(fn: (doc: RoleDocument) => void): () => void;
}

export const DEFAULT_HISTORY_LIMIT = 200;
export const MIN_HISTORY_LIMIT = 100;
export const DEFAULT_COALESCE_MS = 1000;

export function createDocumentStore(options: StoreOptions): DocumentStore {
  const now = options.now ?? (() => new Date());
  const limit = Math.max(MIN_HISTORY_LIMIT, Math.floor(options.historyLimit ?? DEFAULT_HISTORY_LIMIT));
  const coalesceMs = options.coalesceMs ?? DEFAULT_COALESCE_MS;

  const initial = validateDocument(options.initial);
  if (!initial.ok) {
    throw new TypeError(`createDocumentStore: the initial document is not valid: ${initial.issues.map((i) => i.message).join('; ')}`);
  }
  let present: HistoryEntry = { document: initial.document };
  let past: HistoryEntry[] = [];
  let future: HistoryEntry[] = [];
  /** The burst in progress: further edits with this key before `until` merge into the last step. */
  let burst: { key: string; until: number } | undefined;
  const listeners = new Set<(doc: RoleDocument) => void>();

  const notify = () => {
    for (const fn of [...listeners]) fn(present.document);
  };

  const commit = (document: RoleDocument, label: string | undefined, merge: boolean) => {
    if (!merge) {
      past.push(present);
      if (past.length > limit) past = past.slice(past.length - limit);
    }
    present = { document, label: merge ? present.label ?? label : label };
    future = [];
    notify();
  };

  const stamp = (doc: RoleDocument, at: Date): RoleDocument => setIn(doc, ['meta', 'updatedAt'], at.toISOString());

  return {
    get: () => present.document,

    edit(recipe, opts = {}) {
      const before = present.document;
      // Changing a field that holds a template's suggestion confirms it, whichever editor changed it.
      const next = settleSuggested(before, recipe(before));
      if (next === before) return { ok: true, document: before, changed: false };
      const at = now();
      // Only what the recipe changed is checked again (the rest was valid and is shared).
      const checked = validateChange(before, stamp(next, at));
      if (!checked.ok) return checked;
      const t = at.getTime();
      const merge = !!opts.coalesceKey && burst?.key === opts.coalesceKey && t <= burst.until && past.length > 0;
      burst = opts.coalesceKey ? { key: opts.coalesceKey, until: t + coalesceMs } : undefined;
      commit(checked.document, opts.label, merge);
      return { ok: true, document: checked.document, changed: true };
    },

    replace(doc, opts = {}) {
      // What equals the current document's parts keeps their objects: only the rest is checked.
      const next = shareUnchanged(present.document, doc);
      if (next === present.document) return { ok: true, document: next, changed: false };
      const checked = validateChange(present.document, next);
      if (!checked.ok) return checked;
      burst = undefined;
      commit(checked.document, opts.label, false);
      return { ok: true, document: checked.document, changed: true };
    },

    reset(doc) {
      const checked = validateChange(present.document, shareUnchanged(present.document, doc));
      if (!checked.ok) return checked;
      burst = undefined;
      past = [];
      future = [];
      present = { document: checked.document };
      notify();
      return { ok: true, document: checked.document, changed: true };
    },

    undo() {
      const previous = past.pop();
      if (!previous) return false;
      burst = undefined;
      future.push(present);
      present = previous;
      notify();
      return true;
    },

    redo() {
      const next = future.pop();
      if (!next) return false;
      burst = undefined;
      past.push(present);
      present = next;
      notify();
      return true;
    },

    get canUndo() {
      return past.length > 0;
    },
    get canRedo() {
      return future.length > 0;
    },
    get undoLabel() {
      return past.length ? present.label : undefined;
    },
    get redoLabel() {
      return future[future.length - 1]?.label;
    },
    get undoDepth() {
      return past.length;
    },

    subscribe(fn) {
      listeners.add(fn);
      return () => listeners.delete(fn);
    },
  };
}
