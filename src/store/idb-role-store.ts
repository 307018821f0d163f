/**
 * `IdbRoleStore`: the browser library, a `RoleStore` kept in IndexedDB through `idb` (a small,
 * well-kept promise wrapper over the IndexedDB API). It uses IndexedDB only, no DOM, so it runs in
 * Node over `fake-indexeddb` too.
 *
 * Object stores: `roles` (one record per role: its document, revision, times and version count),
 * `versions` (key `[roleId, version]`) and `trash` (a deleted role with all its versions, kept 30
 * days and purged when the store is opened).
 *
 * Every write is checked and made inside ONE readwrite transaction: the stored revision is read,
 * compared with the revision the write was based on, and the new record written in the same
 * transaction. IndexedDB runs readwrite transactions over the same stores one after another, also
 * across tabs, so of two tabs writing from the same revision exactly one wins and the other gets
 * `{ ok: false, reason: 'conflict', current }`. Saving a version is one transaction as well: once
 * its promise has resolved, the version survives a reload.
 *
 * Nothing stored is trusted: every document read back goes through `parseRoleDocument`. A record
 * that cannot be read is listed with a `problem` and kept as it was (never overwritten by a write
 * that did not see it). A full disk (QuotaExceededError) or storage that does not work is reported
 * as `{ ok: false, reason: 'unavailable', message }` in plain words; the caller keeps its document.
 */
import { openDB, type IDBPDatabase } from 'idb';
import type { RoleDocument } from '../model/schema.js';
import { parseRoleDocument } from '../model/parse.js';
import { newId } from '../model/ids.js';
import type { Readiness } from '../assess/types.js';
import { classifyStorageError } from './persistence.js';
import { storeMessages as m } from './store-messages.js';
import { IDBKeyRangeOf, optional, toSummary, type LibrarySchema, type RoleRecord, type StoreName, type VersionRecord, type WriteTx } from './idb-records.js';
import { StoreChanges, type StoreChangeListener } from './store-changes.js';

export type { StoreChangeListener };
import type {
  ListQuery, RolePage, RoleStatus, RoleStore, RoleSummary, RoleVersion, SaveVersionInput, StoredRole, StoreRefusal,
  StoreResult, VersionSummary, WriteOptions,
} from './role-store.js';

/** How long a deleted role stays in the trash. */
export const TRASH_DAYS = 30;
export const DEFAULT_DATABASE = 'psw-role-kit';
const DB_VERSION = 1;
const DAY_MS = 24 * 60 * 60 * 1000;
const MAX_LABEL = 200;
const MAX_TEXT = 10_000;

/** A role in the trash, as the library lists it. */
export interface TrashEntry {
  trashId: string;
  id: string;
  title: string;
  deletedAt: string;
  /** When it will be removed for good. */
  purgeAfter: string;
  versionCount: number;
}

/** A role with its history, as a library file carries it (./library-file.ts). */
export interface RoleWithHistory {
  document: RoleDocument;
  createdAt?: string;
  updatedAt?: string;
  createdBy?: string;
  versions: (Omit<VersionSummary, 'version'> & { version?: number; document: RoleDocument })[];
}

export interface IdbRoleStoreOptions {
  /** The database name (default "psw-role-kit"). */
  name?: string;
  /** The clock (tests pass a fake one). */
  now?: () => Date;
  /** The readiness of a document for the list, when the caller has the assessment engine at hand. */
  readiness?: (doc: RoleDocument) => Readiness | undefined;
}

const refuse = (reason: 'not-found' | 'unavailable', message: string): StoreRefusal => ({ ok: false, reason, message });

export class IdbRoleStore implements RoleStore {
  readonly name: string;
  private readonly now: () => Date;
  private readonly readinessOf?: (doc: RoleDocument) => Readiness | undefined;
  private dbPromise?: Promise<IDBPDatabase<LibrarySchema>>;
  private readonly changes: StoreChanges;

  constructor(options: IdbRoleStoreOptions = {}) {
    this.name = options.name ?? DEFAULT_DATABASE;
    this.now = options.now ?? (() => new Date());
    this.readinessOf = options.readiness;
    this.changes = new StoreChanges(`psw-role-kit/idb/${this.name}`);
  }

  /** Opens the database (once) and purges the trash of roles deleted more than 30 days ago. */
  open(): Promise<IDBPDatabase<LibrarySchema>> {
    this.dbPromise ??= openDB<LibrarySchema>(this.name, DB_VERSION, {
      upgrade(db) {
        if (!db.objectStoreNames.contains('roles')) db.createObjectStore('roles', { keyPath: 'id' });
        if (!db.objectStoreNames.contains('versions')) db.createObjectStore('versions', { keyPath: ['roleId', 'version'] });
        if (!db.objectStoreNames.contains('trash')) db.createObjectStore('trash', { keyPath: 'trashId' });
      },
      // Another tab opened a newer version of the database: let it, and open again when next needed.
      blocking: () => this.close(),
    }).then(async (db) => {
      await this.purgeTrash(db).catch(() => undefined);
      return db;
    }, (error: unknown) => {
      this.dbPromise = undefined;
      throw new Error(m.openFailed(classifyStorageError(error).message));
    });
    return this.dbPromise;
  }

  close(): void {
    const opening = this.dbPromise;
    this.dbPromise = undefined;
    void opening?.then((db) => db.close(), () => undefined);
    this.changes.close();
  }

  /** Calls `fn` after every write to this database, from this instance or another tab. Returns an unsubscribe. */
  onChange(fn: StoreChangeListener): () => void {
    return this.changes.subscribe(fn);
  }

  async list(query: ListQuery = {}): Promise<RolePage> {
    const db = await this.open();
    const records = await db.getAll('roles');
    const words = (query.search ?? '').toLowerCase().split(/\s+/).filter(Boolean);
    const items = records
      .map((r) => this.summarise(r))
      .filter((s) => !query.status || s.status === query.status)
      .filter((s) => words.every((w) => [s.title, s.setting ?? '', s.band ?? ''].join(' ').toLowerCase().includes(w)))
      .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || a.id.localeCompare(b.id));
    const start = Math.max(0, Number.parseInt(query.cursor ?? '0', 10) || 0);
    const limit = query.limit && query.limit > 0 ? query.limit : items.length;
    const page = items.slice(start, start + limit);
    return start + limit < items.length ? { items: page, nextCursor: String(start + limit) } : { items: page };
  }

  /** The role, or undefined when there is none. Throws (a plain message) when its record cannot be read. */
  async get(id: string): Promise<StoredRole | undefined> {
    const db = await this.open();
    const record = await db.get('roles', id);
    return record ? this.toStored(record) : undefined;
  }

  async put(doc: unknown, options: WriteOptions): Promise<StoreResult<StoredRole>> {
    const parsed = parseRoleDocument(doc);
    if (!parsed.ok) return { ok: false, reason: 'invalid', message: m.invalid(parsed.issues.length), issues: parsed.issues };
    const document = parsed.document;
    return this.write(['roles'], async (tx) => {
      const store = tx.objectStore('roles');
      const current = await store.get(document.id);
      const stale = this.stale(current, options.baseRevision);
      if (stale) return stale;
      const at = this.now().toISOString();
      const record: RoleRecord = {
        id: document.id,
        revision: newId('r'),
        document,
        createdAt: current?.createdAt ?? at,
        updatedAt: at,
        versionCount: current?.versionCount ?? 0,
        ...(current?.createdBy !== undefined ? { createdBy: current.createdBy } : {}),
      };
      await store.put(record);
      return { ok: true, value: { id: record.id, revision: record.revision, document, createdAt: record.createdAt, updatedAt: at, ...(record.createdBy !== undefined ? { createdBy: record.createdBy } : {}) } };
    }, document.id);
  }

  /** Moves the role and its versions to the trash (kept 30 days; `restore` brings it back). */
  async remove(id: string, options: WriteOptions): Promise<StoreResult<{ id: string; trashId: string }>> {
    return this.write(['roles', 'versions', 'trash'], async (tx) => {
      const current = await tx.objectStore('roles').get(id);
      if (!current) return refuse('not-found', m.notFound);
      const stale = this.stale(current, options.baseRevision);
      if (stale) return stale;
      const range = IDBKeyRangeOf(id);
      const versions = await tx.objectStore('versions').getAll(range);
      const deletedAt = this.now().toISOString();
      const trashId = `${id}@${deletedAt}`;
      await tx.objectStore('trash').put({ trashId, deletedAt, role: current, versions });
      await tx.objectStore('versions').delete(range);
      await tx.objectStore('roles').delete(id);
      return { ok: true, value: { id, trashId } };
    }, id);
  }

  /** The roles in the trash, most recently deleted first. */
  async trash(): Promise<TrashEntry[]> {
    const db = await this.open();
    const entries = await db.getAll('trash');
    return entries
      .map((t) => ({
        trashId: t.trashId,
        id: t.role.id,
        title: this.summarise(t.role).title,
        deletedAt: t.deletedAt,
        purgeAfter: new Date(Date.parse(t.deletedAt) + TRASH_DAYS * DAY_MS).toISOString(),
        versionCount: t.versions.length,
      }))
      .sort((a, b) => b.deletedAt.localeCompare(a.deletedAt));
  }

  /** Brings a role back from the trash with its versions; refused when a role with its id exists again. */
  async restore(trashId: string): Promise<StoreResult<StoredRole>> {
    return this.write(['roles', 'versions', 'trash'], async (tx) => {
      const entry = await tx.objectStore('trash').get(trashId);
      if (!entry) return refuse('not-found', m.notInTrash);
      const existing = await tx.objectStore('roles').get(entry.role.id);
      if (existing) return { ok: false, reason: 'conflict', message: m.restoreTaken, current: this.tryStored(existing) };
      const role = { ...entry.role, revision: newId('r') };
      await tx.objectStore('roles').put(role);
      for (const v of entry.versions) await tx.objectStore('versions').put(v);
      await tx.objectStore('trash').delete(trashId);
      return { ok: true, value: this.toStored(role) };
    });
  }

  async versions(id: string): Promise<VersionSummary[]> {
    const db = await this.open();
    const records = await db.getAll('versions', IDBKeyRangeOf(id));
    return records.map(toSummary).sort((a, b) => a.version - b.version);
  }

  /**
   * Saves the role's stored document as its next version, in one transaction. With `baseRevision`,
   * refused as a conflict when the stored role has changed since (the version would not be what the
   * person saw).
   */
  async saveVersion(id: string, input: SaveVersionInput & { baseRevision?: string }): Promise<StoreResult<VersionSummary>> {
    const label = typeof input.label === 'string' ? input.label.trim() : '';
    if (!label) return { ok: false, reason: 'invalid', message: m.labelMissing, issues: [{ path: 'label', message: m.labelMissing }] };
    const long = (['label', 'by', 'note', 'reason'] as const).find((k) => (input[k]?.length ?? 0) > (k === 'label' || k === 'by' ? MAX_LABEL : MAX_TEXT));
    if (long) return { ok: false, reason: 'invalid', message: m.tooLong(long), issues: [{ path: long, message: m.tooLong(long) }] };
    if (input.status !== undefined && !['draft', 'review', 'approved'].includes(input.status)) {
      return { ok: false, reason: 'invalid', message: m.badStatus, issues: [{ path: 'status', message: m.badStatus }] };
    }
    return this.write(['roles', 'versions'], async (tx) => {
      const roles = tx.objectStore('roles');
      const role = await roles.get(id);
      if (!role) return refuse('not-found', m.notFound);
      if (input.baseRevision !== undefined) {
        const stale = this.stale(role, input.baseRevision);
        if (stale) return stale;
      }
      const parsed = parseRoleDocument(role.document);
      if (!parsed.ok) return refuse('unavailable', m.unreadable(id));
      const version = role.versionCount + 1;
      const record: VersionRecord = {
        roleId: id,
        version,
        label,
        status: input.status ?? parsed.document.meta.status,
        at: this.now().toISOString(),
        document: parsed.document,
        ...optional(input),
      };
      await tx.objectStore('versions').put(record);
      await roles.put({ ...role, versionCount: version });
      return { ok: true, value: toSummary(record) };
    }, id);
  }

  async getVersion(id: string, version: number): Promise<RoleVersion | undefined> {
    const db = await this.open();
    const record = await db.get('versions', [id, version]);
    if (!record) return undefined;
    const parsed = parseRoleDocument(record.document);
    if (!parsed.ok) throw new Error(m.versionUnreadable(version));
    return { ...toSummary(record), document: parsed.document };
  }

  /**
   * Adds roles with their histories (a library file being imported) in one transaction: all or
   * nothing. A role whose id is taken comes in as a copy under a new id; nothing is overwritten.
   */
  async importRoles(roles: readonly RoleWithHistory[], copy: (doc: RoleDocument) => RoleDocument): Promise<StoreResult<{ added: string[] }>> {
    return this.write(['roles', 'versions'], async (tx) => {
      const added: string[] = [];
      const at = this.now().toISOString();
      for (const entry of roles) {
        const taken = (await tx.objectStore('roles').getKey(entry.document.id)) !== undefined || added.includes(entry.document.id);
        const document = taken ? copy(entry.document) : entry.document;
        const id = document.id;
        let n = 0;
        for (const v of entry.versions) {
          n += 1;
          await tx.objectStore('versions').put({ ...v, roleId: id, version: n, document: taken ? { ...v.document, id } : v.document });
        }
        await tx.objectStore('roles').put({
          id, revision: newId('r'), document, createdAt: entry.createdAt ?? at, updatedAt: entry.updatedAt ?? at,
          versionCount: entry.versions.length, ...(entry.createdBy !== undefined ? { createdBy: entry.createdBy } : {}),
        });
        added.push(id);
      }
      return { ok: true, value: { added } };
    });
  }

  /** One readwrite transaction; storage failures come back as `unavailable` with a plain message. */
  private async write<T>(
    stores: StoreName[],
    body: (tx: WriteTx) => Promise<StoreResult<T>>,
    id?: string,
  ): Promise<StoreResult<T>> {
    let db: IDBPDatabase<LibrarySchema>;
    try {
      db = await this.open();
    } catch (error) {
      return refuse('unavailable', (error as Error).message);
    }
    try {
      const tx = db.transaction(stores, 'readwrite') as unknown as WriteTx;
      let result: StoreResult<T>;
      try {
        result = await body(tx);
      } catch (error) {
        try { tx.abort(); } catch { /* already finished */ }
        throw error;
      }
      if (!result.ok) {
        tx.abort();
        await tx.done.catch(() => undefined);
        return result;
      }
      await tx.done;
      this.changes.notify(id);
      return result;
    } catch (error) {
      const failure = classifyStorageError(error);
      return refuse('unavailable', failure.reason === 'quota' ? m.quota : m.writeFailed(failure.message));
    }
  }

  /** A refusal when `current` is not the revision the write was based on. */
  private stale(current: RoleRecord | undefined, base: string | null): StoreRefusal | undefined {
    if (base === null ? current === undefined : current?.revision === base) return undefined;
    return { ok: false, reason: 'conflict', message: current ? m.conflict : m.goneSince, current: current && this.tryStored(current) };
  }

  private toStored(record: RoleRecord): StoredRole {
    const parsed = parseRoleDocument(record.document);
    if (!parsed.ok) throw new Error(m.unreadable(record.id));
    return {
      id: record.id, revision: record.revision, document: parsed.document, createdAt: record.createdAt, updatedAt: record.updatedAt,
      ...(record.createdBy !== undefined ? { createdBy: record.createdBy } : {}),
    };
  }

  private tryStored(record: RoleRecord): StoredRole | undefined {
    try {
      return this.toStored(record);
    } catch {
      return undefined;
    }
  }

  private summarise(record: RoleRecord): RoleSummary {
    const parsed = parseRoleDocument(record.document);
    const base = { id: String(record.id), revision: String(record.revision), updatedAt: String(record.updatedAt), versionCount: Number(record.versionCount) || 0 };
    if (!parsed.ok) return { ...base, title: '', status: 'draft', problem: m.unreadable(String(record.id)) };
    const doc = parsed.document;
    let readiness: Readiness | undefined;
    try {
      readiness = this.readinessOf?.(doc);
    } catch {
      readiness = undefined;
    }
    return {
      ...base,
      title: doc.role.title ?? '',
      status: doc.meta.status as RoleStatus,
      ...(doc.context.setting !== undefined ? { setting: doc.context.setting } : {}),
      ...(doc.employment.band !== undefined ? { band: doc.employment.band } : {}),
      ...(readiness !== undefined ? { readiness } : {}),
      ...(record.createdBy !== undefined ? { createdBy: record.createdBy } : {}),
    };
  }

  private async purgeTrash(db: IDBPDatabase<LibrarySchema>): Promise<void> {
    const cutoff = new Date(this.now().getTime() - TRASH_DAYS * DAY_MS).toISOString();
    const tx = db.transaction('trash', 'readwrite');
    for (const entry of await tx.store.getAll()) if (entry.deletedAt < cutoff) await tx.store.delete(entry.trashId);
    await tx.done;
  }

}
