/**
 * Edits of a bound `<psw-role-document>` that the library has not acknowledged yet, kept in
 * localStorage so that closing the tab does not lose them (the tab's own draft is in sessionStorage,
 * which goes with the tab). Used by ./library-binding.ts when no `storage-key` is set.
 *
 * Each binding (one element, one page visit) writes only its own copy, under
 * `psw-role-kit:unsent:<store>:<entry id>:<owner>`, holding the document and the revision it was
 * edited from:
 * - `keep` writes it while edits wait (the server cannot be reached, a conflict waits for a choice, a
 *   store error) and when the page is hidden with a save still pending or on its way;
 * - `drop` removes it once the store has acknowledged the save;
 * - when the page is hidden (closed, reloaded, navigated away) the copy is marked `released`: the
 *   owner is gone, and the next document bound to that entry in this browser adopts it (`adopt`),
 *   puts it in place and sends it on the revision it was edited from. The store decides: the same
 *   revision → saved; changed meanwhile → the conflict, with the comparison and the choice per
 *   section. Several released copies are adopted one after the other, oldest first, so a later one
 *   meets the earlier one as a conflict: none is dropped unseen.
 * A copy of a live tab is never taken over. Whether its tab is gone is also told by the browser
 * (./owner-lock.ts): a copy whose tab went without marking it released (its last writes lost, a crash)
 * is marked so once the browser lets go of that tab's lock. A copy released after this binding looked
 * (another tab closed meanwhile, or its last writes reached this tab a moment late) is claimed then
 * when the binding holds that very document (as `claimSame`), and otherwise left to the binding
 * (`released`), which adopts it when nothing of its own waits. Storage that is full or disabled never
 * throws: the edits stay in the tab (as before), and `problem` says so.
 */
import type { RoleDocument } from '../../src/model/schema.js';
import { classifyStorageError } from '../../src/store/persistence.js';
import { newId, readRoleDocument } from '../document-runtime/core-deps.js';
import { OwnerLocks } from './owner-lock.js';
import { jsonText } from '../../src/model/json-text.js';

const FORMAT = 'psw-role-kit/unsent';

interface Envelope {
  format: typeof FORMAT;
  version: 1;
  /** The library entry: the tab draft key of `<psw-role-document>` (store and entry id). */
  entry: string;
  owner: string;
  released: boolean;
  savedAt: string;
  baseRevision: string | null;
  document: unknown;
}

export interface UnsentEdits {
  document: RoleDocument;
  baseRevision: string | null;
}

/** What an UnsentCopy needs of its binding. */
export interface UnsentBinding {
  /** What waits, if anything (undefined until the binding knows the revision it is based on). */
  edits(): (UnsentEdits & { unsent: boolean }) | undefined;
  /** The document in place. */
  current(): RoleDocument | undefined;
  /** Another tab's copy was released after this binding looked (and claimed here when it was this document). */
  released(): void;
}

/** `window.localStorage` with the key listing the copies are found by; undefined when storage is off. */
function local(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

export class UnsentCopy {
  /** Why a copy could not be kept (full or disabled storage), until one is kept again. */
  problem?: string;
  /** Set once edits of an earlier visit were adopted here; `'sent'` once the store acknowledged them. */
  restored?: 'waiting' | 'sent';
  private readonly owner = newId('unsent');
  private readonly prefix: string;
  /** The released copy adopted, while its key could not be taken over (removed once acknowledged). */
  private adoptedFrom?: string;
  private written?: string;
  /** Set when `claimSame` found no copy: whether the claim would say so (`restored`), for a copy released later. */
  private unclaimed?: boolean;

  private readonly locks: OwnerLocks;
  private disposed = false;

  /** `entry` is the tab draft key of the binding's entry. */
  constructor(private readonly entry: string, private readonly binding: UnsentBinding) {
    this.prefix = `${entry.replace(/^psw-role-kit:library:/, 'psw-role-kit:unsent:')}:`;
    this.locks = new OwnerLocks(this.owner);
    window.addEventListener('pagehide', this.release);
    window.addEventListener('pageshow', this.reclaim);
    window.addEventListener('storage', this.changedElsewhere);
    this.watchOthers();
  }

  /** The copy under `key`, when it is one of this entry's. */
  private read(key: string | null, text = key && local()?.getItem(key)): Envelope | undefined {
    if (!key?.startsWith(this.prefix) || key === this.key || !text) return undefined;
    try {
      const e = JSON.parse(text) as Envelope | null;
      return e?.format === FORMAT && e.entry === this.entry && typeof e.owner === 'string' ? e : undefined;
    } catch {
      return undefined;
    }
  }

  /** Watches the copies of tabs that have not released theirs: when the browser says a tab is gone, its copy is released. */
  private watchOthers(): void {
    const storage = local();
    for (let i = 0; storage && i < storage.length; i++) this.watch(storage.key(i));
  }

  private watch(key: string | null, e = this.read(key)): void {
    if (!e || e.released) return;
    this.locks.watch(e.owner, () => {
      const now = this.read(key);
      if (now?.owner !== e.owner || now.released) return;
      try {
        local()?.setItem(key!, jsonText({ ...now, released: true }));
      } catch {
        return;
      }
      this.lookAgain();
    });
  }

  /** A copy changed in another tab: a released one is looked at again; an unreleased one is watched. */
  private readonly changedElsewhere = (event: StorageEvent): void => {
    const e = this.read(event.key, event.newValue);
    if (e?.released) this.lookAgain();
    else this.watch(event.key, e);
  };

  /** A copy was released after this binding looked: claimed when it is the document in place, then the binding decides. */
  private lookAgain(): void {
    const current = this.binding.current();
    if (this.disposed) return;
    if (this.unclaimed !== undefined && current) this.claimSame(current, this.unclaimed);
    this.binding.released();
  }

  private get key(): string {
    return this.prefix + this.owner;
  }

  /** Keeps `doc`, edited from `baseRevision`, as this binding's unsent edits. */
  keep(doc: RoleDocument, baseRevision: string | null, released = false): void {
    const envelope: Envelope = { format: FORMAT, version: 1, entry: this.entry, owner: this.owner, released, savedAt: new Date().toISOString(), baseRevision, document: doc };
    const text = jsonText({ ...envelope, savedAt: '' });
    if (text === this.written) return;
    try {
      const storage = local();
      if (!storage) throw new Error('localStorage is not available');
      storage.setItem(this.key, jsonText(envelope));
      this.written = text;
      this.problem = undefined;
    } catch (error) {
      this.written = undefined;
      this.problem = classifyStorageError(error).message;
    }
  }

  /** The store acknowledged the edits: this binding's copy (and a copy it adopted) go. */
  drop(): void {
    if (this.restored === 'waiting') this.restored = 'sent';
    this.written = undefined;
    this.problem = undefined;
    for (const key of [this.key, this.adoptedFrom]) {
      try {
        if (key) local()?.removeItem(key);
      } catch {
        /* nothing to remove where nothing could be written */
      }
    }
    this.adoptedFrom = undefined;
  }

  /** The copies of this entry left by bindings that are gone, oldest first. */
  private released(): { key: string; copy: UnsentEdits; savedAt: string }[] {
    const storage = local();
    const found: { key: string; copy: UnsentEdits; savedAt: string }[] = [];
    try {
      for (let i = 0; storage && i < storage.length; i++) {
        const key = storage.key(i)!;
        const e = this.read(key);
        if (!e?.released) continue;
        const parsed = readRoleDocument(e.document);
        if (!parsed.ok || (e.baseRevision !== null && typeof e.baseRevision !== 'string')) continue;
        found.push({ key, copy: { document: parsed.document, baseRevision: e.baseRevision }, savedAt: String(e.savedAt) });
      }
    } catch {
      return found;
    }
    return found.sort((a, b) => a.savedAt.localeCompare(b.savedAt));
  }

  /**
   * The oldest released copy that differs from `current` (copies the same as it are done with and
   * removed), now owned by this binding; undefined when there is none.
   */
  adopt(current: RoleDocument): UnsentEdits | undefined {
    const same = jsonText(current);
    for (const { key, copy } of this.released()) {
      if (jsonText(copy.document) === same) {
        this.remove(key);
        continue;
      }
      this.restored = 'waiting';
      this.keep(copy.document, copy.baseRevision);
      if (this.problem) this.adoptedFrom = key;
      else this.remove(key);
      return copy;
    }
    return undefined;
  }

  /**
   * A restored tab draft: a released copy that is the same document is now this binding's (a reload;
   * `restored` when the draft was found on moving to the entry, which says so like `adopt`).
   */
  claimSame(current: RoleDocument, restored = false): boolean {
    const same = jsonText(current);
    const mine = this.released().find(({ copy }) => jsonText(copy.document) === same);
    this.unclaimed = mine ? undefined : restored || this.unclaimed === true;
    if (!mine) return false;
    if (restored) this.restored = 'waiting';
    this.keep(mine.copy.document, mine.copy.baseRevision);
    if (!this.problem) this.remove(mine.key);
    return true;
  }

  private remove(key: string): void {
    try {
      local()?.removeItem(key);
    } catch {
      /* left for a later visit */
    }
  }

  /** The page is hidden, or the binding is disposed: what waits is kept, released to the next visit. */
  readonly release = (): void => {
    const edits = this.binding.edits();
    if (edits?.unsent) this.keep(edits.document, edits.baseRevision, true);
    else this.drop();
  };

  /** Back from the back/forward cache: a copy still here is this binding's again. */
  private readonly reclaim = (event: PageTransitionEvent): void => {
    const edits = this.binding.edits();
    if (event.persisted && edits?.unsent) this.keep(edits.document, edits.baseRevision);
  };

  dispose(): void {
    this.release();
    this.disposed = true;
    this.locks.dispose();
    window.removeEventListener('pagehide', this.release);
    window.removeEventListener('pageshow', this.reclaim);
    window.removeEventListener('storage', this.changedElsewhere);
  }
}
