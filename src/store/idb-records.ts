/**
 * The records `IdbRoleStore` (./idb-role-store.ts) keeps in IndexedDB, and the small conversions
 * between them and what the RoleStore interface returns.
 */
import type { DBSchema, IDBPDatabase, IDBPTransaction } from 'idb';
import type { SaveVersionInput, VersionSummary } from './role-store.js';

export interface RoleRecord {
  id: string;
  revision: string;
  document: unknown;
  createdAt: string;
  updatedAt: string;
  createdBy?: string;
  versionCount: number;
}

export interface VersionRecord extends Omit<VersionSummary, 'version'> {
  roleId: string;
  version: number;
  document: unknown;
}

export interface TrashRecord {
  /** `<role id>@<deletedAt>`: the same role may be deleted more than once. */
  trashId: string;
  deletedAt: string;
  role: RoleRecord;
  versions: VersionRecord[];
}

export interface LibrarySchema extends DBSchema {
  roles: { key: string; value: RoleRecord };
  versions: { key: [string, number]; value: VersionRecord };
  trash: { key: string; value: TrashRecord };
}

export type StoreName = 'roles' | 'versions' | 'trash';
export type WriteTx = IDBPTransaction<LibrarySchema, StoreName[], 'readwrite'>;
/** A key range, kept opaque: the core is compiled without the DOM's IndexedDB types. */
export type KeyRange = Exclude<Parameters<IDBPDatabase<LibrarySchema>['getAll']>[1], string | [string, number] | null | undefined>;

/** All versions of role `id`: keys `[id, n]` for every n. */
export function IDBKeyRangeOf(id: string): KeyRange {
  const Range = (globalThis as unknown as { IDBKeyRange: { bound(a: unknown, b: unknown): KeyRange } }).IDBKeyRange;
  return Range.bound([id, -Infinity], [id, Infinity]);
}

export function toSummary(r: VersionRecord): VersionSummary {
  return {
    version: r.version, label: r.label, status: r.status, at: r.at,
    ...(r.by !== undefined ? { by: r.by } : {}),
    ...(r.note !== undefined ? { note: r.note } : {}),
    ...(r.reason !== undefined ? { reason: r.reason } : {}),
  };
}

/** The free-text fields of a version that were given (and not blank). */
export function optional(input: SaveVersionInput): Partial<Pick<VersionSummary, 'by' | 'note' | 'reason'>> {
  const out: Partial<Pick<VersionSummary, 'by' | 'note' | 'reason'>> = {};
  for (const k of ['by', 'note', 'reason'] as const) {
    const v = input[k]?.trim();
    if (v) out[k] = v;
  }
  return out;
}
