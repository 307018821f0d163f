/**
 * `RoleStore`: where many roles and their saved versions are kept. The browser library keeps them
 * in IndexedDB; `HttpRoleStore` keeps them behind the REST API of the reference server. Both are
 * DOM-free implementations of this one interface, so the library, document and compare elements
 * work the same against either.
 *
 * Optimistic concurrency: every stored role carries a `revision`, an opaque string that changes on
 * every write. A write names the revision it was based on (`baseRevision`); when the stored role has
 * moved on since, the write is refused with `{ ok: false, reason: 'conflict', current }` and nothing
 * is written, so one person's change is never applied over another's. A role that does not exist yet
 * is created by a write with `baseRevision: null`.
 */
import type { RoleDocument } from '../model/schema.js';
import type { ParseIssue } from '../model/issues.js';
import type { Readiness } from '../assess/types.js';

/** The review status of a role or of one of its saved versions. */
export type RoleStatus = RoleDocument['meta']['status'];

/** One role as the store holds it. */
export interface StoredRole {
  id: string;
  /** Opaque; changes on every write. Send it back as `baseRevision` (HTTP: the `ETag`). */
  revision: string;
  document: RoleDocument;
  /** ISO 8601 timestamps kept by the store (not taken from the document). */
  createdAt: string;
  updatedAt: string;
  /** Who created the role, as the store knows them (free text in the browser, the user on a server). */
  createdBy?: string;
}

/** One line of the library's list: what a person needs to find a role without opening it. */
export interface RoleSummary {
  id: string;
  revision: string;
  title: string;
  setting?: string;
  band?: string;
  status: RoleStatus;
  /** The assessment's readiness of the stored document. */
  readiness?: Readiness;
  updatedAt: string;
  createdBy?: string;
  versionCount: number;
  /** Set when the stored record could not be read (it is kept as it was); the other fields are then placeholders. */
  problem?: string;
}

export interface ListQuery {
  /** Words matched against the title, setting and band. */
  search?: string;
  status?: RoleStatus;
  /** Pagination: an opaque cursor from a previous page, and a page size. */
  cursor?: string;
  limit?: number;
}

export interface RolePage {
  items: RoleSummary[];
  /** Present when there are more items after this page. */
  nextCursor?: string;
}

/** A saved version's entry in a role's history. */
export interface VersionSummary {
  /** 1, 2, 3… within the role. */
  version: number;
  label: string;
  status: RoleStatus;
  /** Free text: who saved it. */
  by?: string;
  /** ISO 8601 timestamp. */
  at: string;
  note?: string;
  /** Why the status changed, when it did. */
  reason?: string;
}

export interface RoleVersion extends VersionSummary {
  document: RoleDocument;
}

export interface SaveVersionInput {
  label: string;
  status?: RoleStatus;
  by?: string;
  note?: string;
  reason?: string;
  /** When given, the version is refused as a conflict if the stored role has changed since this revision. */
  baseRevision?: string;
}

/** Why a store refused a write. */
export type StoreRefusal =
  | { ok: false; reason: 'conflict'; message: string; current: StoredRole | undefined }
  | { ok: false; reason: 'invalid'; message: string; issues: ParseIssue[] }
  | { ok: false; reason: 'not-found'; message: string }
  | { ok: false; reason: 'forbidden'; message: string }
  | { ok: false; reason: 'unavailable'; message: string };

export type StoreResult<T> = { ok: true; value: T } | StoreRefusal;

export interface WriteOptions {
  /** The revision this write was based on; `null` to create a role that must not exist yet. */
  baseRevision: string | null;
}

export interface RoleStore {
  list(query?: ListQuery): Promise<RolePage>;
  /**
   * The role as stored; undefined only when there is no such role. Rejects when it cannot be read (a
   * store that cannot be reached, a stored role this copy cannot read), so a caller never takes a
   * failure for an absent role.
   */
  get(id: string): Promise<StoredRole | undefined>;
  /** Creates or replaces the role `doc.id`. The document is validated by `parseRoleDocument`. */
  put(doc: unknown, options: WriteOptions): Promise<StoreResult<StoredRole>>;
  remove(id: string, options: WriteOptions): Promise<StoreResult<{ id: string }>>;
  versions(id: string): Promise<VersionSummary[]>;
  /** Saves the role's current document as a new version. */
  saveVersion(id: string, input: SaveVersionInput): Promise<StoreResult<VersionSummary>>;
  getVersion(id: string, version: number): Promise<RoleVersion | undefined>;
}
