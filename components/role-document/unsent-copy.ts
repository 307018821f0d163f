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
 * A copy of a live tab is never taken over. A tab's copy can be released after this binding looked
 * (the closed tab's last writes reach this tab a moment later): when the binding already holds that
 * very document, the copy is claimed then, as `claimSame` would have, and the document shows it.
 * Storage that is full or disabled never throws: the edits stay in the tab (as before), and `problem`
 * says so.
 */
import type { RoleDocument } from '../../src/model/schema.js';
import { classifyStorageError } from '../../src/store/persistence.js';
import { newId, parseRoleDocument } from '../document-runtime/core-deps.js';

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

  /**
   * `entry` is the tab draft key of the binding's entry; `edits` says what waits, if anything; `host`
   * is the bound document, updated when a copy released later was claimed.
   */
  constructor(private readonly entry: string, private readonly edits: () => (UnsentEdits & { unsent: boolean }) | undefined,
    private readonly host: { readonly value?: RoleDocument; requestUpdate(): void }) {
    this.prefix = `${entry.replace(/^psw-role-kit:library:/, 'psw-role-kit:unsent:')}:`;
    window.addEventListener('pagehide', this.release);
    window.addEventListener('pageshow', this.reclaim);
    window.addEventListener('storage', this.laterRelease);
  }

  private get key(): string {
    return this.prefix + this.owner;
  }

  /** Keeps `doc`, edited from `baseRevision`, as this binding's unsent edits. */
  keep(doc: RoleDocument, baseRevision: string | null, released = false): void {
    const envelope: Envelope = { format: FORMAT, version: 1, entry: this.entry, owner: this.owner, released, savedAt: new Date().toISOString(), baseRevision, document: doc };
    const text = JSON.stringify({ ...envelope, savedAt: '' });
    if (text === this.written) return;
    try {
      const storage = local();
      if (!storage) throw new Error('localStorage is not available');
      storage.setItem(this.key, JSON.stringify(envelope));
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
        const key = storage.key(i);
        if (!key?.startsWith(this.prefix) || key === this.key) continue;
        const e = JSON.parse(storage.getItem(key) ?? 'null') as Envelope | null;
        if (e?.format !== FORMAT || e.entry !== this.entry || !e.released) continue;
        const parsed = parseRoleDocument(e.document);
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
    const same = JSON.stringify(current);
    for (const { key, copy } of this.released()) {
      if (JSON.stringify(copy.document) === same) {
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
    const same = JSON.stringify(current);
    const mine = this.released().find(({ copy }) => JSON.stringify(copy.document) === same);
    this.unclaimed = mine ? undefined : restored || this.unclaimed === true;
    if (!mine) return false;
    if (restored) this.restored = 'waiting';
    this.keep(mine.copy.document, mine.copy.baseRevision);
    if (!this.problem) this.remove(mine.key);
    return true;
  }

  /** Another tab's copy of this entry was released: claimed when it is the document this binding holds. */
  private readonly laterRelease = (event: StorageEvent): void => {
    const current = this.host.value;
    if (this.unclaimed === undefined || !current || !event.key?.startsWith(this.prefix) || event.key === this.key) return;
    if (this.claimSame(current, this.unclaimed)) this.host.requestUpdate();
  };

  private remove(key: string): void {
    try {
      local()?.removeItem(key);
    } catch {
      /* left for a later visit */
    }
  }

  /** The page is hidden, or the binding is disposed: what waits is kept, released to the next visit. */
  readonly release = (): void => {
    const edits = this.edits();
    if (edits?.unsent) this.keep(edits.document, edits.baseRevision, true);
    else this.drop();
  };

  /** Back from the back/forward cache: a copy still here is this binding's again. */
  private readonly reclaim = (event: PageTransitionEvent): void => {
    const edits = this.edits();
    if (event.persisted && edits?.unsent) this.keep(edits.document, edits.baseRevision);
  };

  dispose(): void {
    this.release();
    window.removeEventListener('pagehide', this.release);
    window.removeEventListener('pageshow', this.reclaim);
    window.removeEventListener('storage', this.laterRelease);
  }
}
