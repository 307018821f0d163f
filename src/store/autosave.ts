/**
 * The autosave state machine, DOM-free: debounced saves, the status to show, and the other-tab
 * protocol. The element layer wires it to `localStorage`, `storage` events and `pagehide`.
 *
 * Statuses (the element turns them into words):
 * - `new`        nothing was saved under the key; new work will be
 * - `restored`   work saved earlier was restored
 * - `saving`     a change is waiting to be saved
 * - `saved`      the latest change is saved (`at`)
 * - `memory-only` no storage: work lives as long as the page
 * - `storage-error` the last save failed (full or unusable storage); work continues in memory and
 *                saving is retried on the next change
 * - `kept-aside` saved data could not be read and was copied to `backupKey`; stays shown for the
 *                session (saving goes on) so the user cannot miss it
 * - `other-tab`  another tab saved the same key while this one had work of its own not saved, or
 *                shows something else; nothing is written until `resolve()` is called. A tab whose
 *                document is what it last saved (nothing of its own would be lost) takes the other
 *                tab's version without asking, when the caller says how (`take`).
 */
import type { RoleDocument } from '../model/schema.js';
import {
  otherTabSave,
  restoreDocument,
  saveDocument,
  type ParseFn,
  type RestoreResult,
  type StorageEventLike,
  type StorageFailure,
  type StorageLike,
} from './persistence.js';
import { jsonText } from '../model/json-text.js';

export type AutosaveKind = 'new' | 'restored' | 'saving' | 'saved' | 'memory-only' | 'storage-error' | 'kept-aside' | 'other-tab';

export interface AutosaveStatus {
  kind: AutosaveKind;
  /** When it was saved (or restored, or the other tab saved), ISO 8601. */
  at?: string;
  /** For `kept-aside`: where the unreadable data was copied. */
  backupKey?: string;
  /** For `storage-error`: full or unusable. */
  reason?: StorageFailure;
}

export interface AutosaveOptions<D = RoleDocument> {
  /** Where to save; `undefined` when the browser gives no usable storage (status `memory-only`). */
  storage: StorageLike | undefined;
  key: string;
  /** This page instance, so its own writes are told from another tab's. */
  tabId: string;
  parse: ParseFn<D>;
  /** Debounce delay in ms (default 400). */
  delayMs?: number;
  now?: () => Date;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
  /** Called whenever the status changes. */
  onStatus?: (status: AutosaveStatus) => void;
}

export type OtherTabChoice = 'load-theirs' | 'keep-mine';

/** Autosave of a role document by default, of any JSON document `D` with its own parser. */
export interface Autosave<D = RoleDocument> {
  readonly status: AutosaveStatus;
  readonly key: string;
  /** Reads what was saved (call once, before the first schedule). */
  restore(): RestoreResult<D>;
  /** A change happened: save it after the delay (unless paused for another tab or blocked). */
  schedule(doc: D): void;
  /** Saves a pending change now (page hidden or closing). */
  flush(): void;
  /**
   * A storage event: returns true when it was another tab saving our key with a document that
   * differs from `current` (this tab's), which puts autosave on hold until `resolve()`. With `take`,
   * a tab with nothing of its own unsaved (`current` is what it last saved or restored) is given the
   * other tab's document to put in place instead, and the result is false.
   */
  handleStorageEvent(event: StorageEventLike, context?: { storageArea?: unknown; current?: D; take?: (theirs: D) => void }): boolean;
  /** The other tab's document, while the status is `other-tab`. */
  readonly theirs: D | undefined;
  /**
   * The user's answer to "changed in another tab": `load-theirs` returns their document for the
   * caller to put in place (it is already saved); `keep-mine` saves `mine` over theirs.
   */
  resolve(choice: OtherTabChoice, mine: D): D | undefined;
  dispose(): void;
}

export const DEFAULT_AUTOSAVE_DELAY_MS = 400;

/** The timers every JavaScript host has (typed here because the core compiles without DOM or Node types). */
const timers = globalThis as unknown as { setTimeout(fn: () => void, ms: number): unknown; clearTimeout(handle: unknown): void };

export function createAutosave<D = RoleDocument>(options: AutosaveOptions<D>): Autosave<D> {
  const { storage, key, tabId, parse } = options;
  const delay = options.delayMs ?? DEFAULT_AUTOSAVE_DELAY_MS;
  const now = options.now ?? (() => new Date());
  const setTimer = options.setTimer ?? ((fn, ms) => timers.setTimeout(fn, ms));
  const clearTimer = options.clearTimer ?? ((h) => timers.clearTimeout(h));

  let status: AutosaveStatus = storage ? { kind: 'new' } : { kind: 'memory-only' };
  let timer: unknown;
  let pending: D | undefined;
  /** JSON of what is known to be under the key, so identical saves (and echoes) are skipped. */
  let lastSavedJson: string | undefined;
  /** The document object known to be under the key (cheap identity check before any JSON work). */
  let lastSavedDoc: D | undefined;
  /**
   * The other tab's version was just loaded: the next document scheduled is compared with it by
   * JSON once (the store may put it in place as another object that shares parts with this tab's).
   */
  let loadedTheirs = false;
  let lastSavedAt: string | undefined;
  let theirs: { document: D; savedAt?: string } | undefined;
  /** Unreadable data that could not be copied aside: never overwrite it. */
  let blocked = false;
  let keptAside: string | undefined;

  const setStatus = (next: AutosaveStatus) => {
    if (next.kind === status.kind && next.at === status.at && next.backupKey === status.backupKey && next.reason === status.reason) return;
    status = next;
    options.onStatus?.(status);
  };

  const cancel = () => {
    if (timer !== undefined) clearTimer(timer);
    timer = undefined;
  };

  const write = (doc: D) => {
    cancel();
    pending = undefined;
    if (!storage || blocked) return;
    const json = jsonText(doc);
    if (json === lastSavedJson) {
      lastSavedDoc = doc;
      if (status.kind === 'saving') setStatus({ kind: 'saved', at: lastSavedAt });
      return;
    }
    const result = saveDocument(storage, key, doc, { tabId, now });
    if (result.ok) {
      lastSavedJson = json;
      lastSavedDoc = doc;
      lastSavedAt = result.savedAt;
      setStatus(keptAside ? { kind: 'kept-aside', backupKey: keptAside, at: result.savedAt } : { kind: 'saved', at: result.savedAt });
    } else {
      setStatus({ kind: 'storage-error', reason: result.reason });
    }
  };

  return {
    get status() {
      return status;
    },
    key,
    get theirs() {
      return theirs?.document;
    },

    restore() {
      if (!storage) return { kind: 'unavailable', reason: 'unavailable', message: 'No storage' };
      const result = restoreDocument(storage, key, { parse, now });
      switch (result.kind) {
        case 'restored':
          lastSavedJson = jsonText(result.document);
          lastSavedDoc = result.document;
          lastSavedAt = result.savedAt;
          setStatus({ kind: 'restored', at: result.savedAt });
          break;
        case 'kept-aside':
          keptAside = result.backupKey;
          setStatus({ kind: 'kept-aside', backupKey: result.backupKey });
          break;
        case 'unreadable':
          blocked = true;
          setStatus({ kind: 'storage-error', reason: result.reason });
          break;
        case 'unavailable':
          setStatus({ kind: 'storage-error', reason: result.reason });
          break;
        case 'empty':
          setStatus({ kind: 'new' });
          break;
      }
      return result;
    },

    schedule(doc) {
      if (!storage || blocked || theirs) return;
      const loaded = loadedTheirs;
      loadedTheirs = false;
      if (doc === lastSavedDoc || (loaded && jsonText(doc) === lastSavedJson)) {
        lastSavedDoc = doc;
        // Back to what is stored (an undo, or the other tab's version just loaded): nothing to write.
        cancel();
        pending = undefined;
        if (status.kind === 'saving') setStatus({ kind: 'saved', at: lastSavedAt });
        return;
      }
      pending = doc;
      cancel();
      timer = setTimer(() => {
        timer = undefined;
        if (pending) write(pending);
      }, delay);
      if (status.kind !== 'kept-aside' && status.kind !== 'storage-error') setStatus({ kind: 'saving', at: status.at });
    },

    flush() {
      if (pending && !theirs) write(pending);
    },

    handleStorageEvent(event, context = {}) {
      const saved = otherTabSave(event, key, tabId, parse, context.storageArea);
      if (!saved) return false;
      const json = jsonText(saved.document);
      const current = !theirs && !pending && context.current ? jsonText(context.current) : undefined;
      const ownSaved = current !== undefined && current === lastSavedJson;
      // What is under the key now is theirs. If it is what this tab shows and this tab has nothing
      // waiting to be saved, there is no conflict (e.g. the other tab loaded our version).
      lastSavedJson = json;
      lastSavedDoc = undefined;
      if (current === json) return false;
      if (ownSaved && context.take) {
        loadedTheirs = true;
        lastSavedAt = saved.savedAt;
        if (status.kind === 'saved' || status.kind === 'restored') setStatus({ kind: 'saved', at: saved.savedAt });
        context.take(saved.document);
        return false;
      }
      cancel();
      theirs = { document: saved.document, savedAt: saved.savedAt };
      setStatus({ kind: 'other-tab', at: saved.savedAt });
      return true;
    },

    resolve(choice, mine) {
      const other = theirs;
      if (!other) return undefined;
      theirs = undefined;
      pending = undefined;
      if (choice === 'load-theirs') {
        lastSavedJson = jsonText(other.document);
        lastSavedDoc = other.document;
        loadedTheirs = true;
        lastSavedAt = other.savedAt;
        setStatus(keptAside ? { kind: 'kept-aside', backupKey: keptAside, at: other.savedAt } : { kind: 'saved', at: other.savedAt });
        return other.document;
      }
      lastSavedJson = undefined;
      lastSavedDoc = undefined;
      write(mine);
      return undefined;
    },

    dispose() {
      cancel();
    },
  };
}
