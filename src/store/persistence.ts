/**
 * Autosave without a DOM: the logic behind `storage-key`, over any `StorageLike` (localStorage in a
 * browser, a Map in tests or Node).
 *
 * What is stored under `key` is a versioned envelope:
 *   { format: "psw-role-kit/autosave", version: 1, savedAt, tabId, document }
 * `tabId` tells this tab's own writes from another tab's when a `storage` event arrives.
 *
 * The stored value is a role document by default; every function takes its type as `D` and its
 * parser as `parse`, so the organisation profile editor autosaves its profile the same way.
 *
 * Nothing is ever lost:
 * - saved data is untrusted (another version, a browser extension, a person): it is read through
 *   the model's `parseRoleDocument`; what cannot be read is copied, as it was, to
 *   `${key}:backup:${time}` before anything may overwrite it, and the caller is told;
 * - a full quota, or storage that throws (disabled cookies, some private modes), is reported, never
 *   thrown: work carries on in memory;
 * - when another tab saves the same key, the caller is told and autosave holds off (`paused`) until
 *   the user chooses which version to keep.
 */
import type { RoleDocument } from '../model/schema.js';
import { isObject } from '../model/plain-data.js';
import type { DocumentIssue } from './validate.js';
import { jsonText } from '../model/json-text.js';

export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export const AUTOSAVE_FORMAT = 'psw-role-kit/autosave';
export const AUTOSAVE_VERSION = 1;

export interface AutosaveEnvelope<D = RoleDocument> {
  format: typeof AUTOSAVE_FORMAT;
  version: typeof AUTOSAVE_VERSION;
  /** When it was saved, ISO 8601. */
  savedAt: string;
  /** The tab (page instance) that saved it. */
  tabId: string;
  document: D;
}

/** The model's parser (`parseRoleDocument`): never throws. Injected so this module stays pure. */
export type ParseFn<D = RoleDocument> = (
  input: unknown,
) => { ok: true; document: D; migratedFrom?: number } | { ok: false; issues: DocumentIssue[] };

/** Why storage failed: full, or not usable at all (disabled, private mode, security settings). */
export type StorageFailure = 'quota' | 'unavailable';

export type SaveResult = { ok: true; savedAt: string } | { ok: false; reason: StorageFailure; message: string };

export type RestoreResult<D = RoleDocument> =
  /** Nothing saved under the key. */
  | { kind: 'empty' }
  | { kind: 'restored'; document: D; savedAt?: string; tabId?: string; migratedFrom?: number }
  /** Saved data could not be read; it was copied to `backupKey` (the original stays until overwritten). */
  | { kind: 'kept-aside'; backupKey: string; issues: DocumentIssue[] }
  /** Saved data could not be read AND could not be copied aside: the caller must not overwrite the key. */
  | { kind: 'unreadable'; issues: DocumentIssue[]; reason: StorageFailure; message: string }
  /** Storage cannot even be read. */
  | { kind: 'unavailable'; reason: StorageFailure; message: string };

/** The key a copy of unreadable data is kept under. */
export const backupKeyFor = (key: string, at: string) => `${key}:backup:${at}`;

/** The default autosave key of the page-level document: one per page path. */
export const pageStorageKey = (pathname: string) => `psw-role-kit:page:${pathname}`;

/** Tells a full quota from storage that does not work at all. */
export function classifyStorageError(error: unknown): { reason: StorageFailure; message: string } {
  const e = error as { name?: string; code?: number; message?: string } | undefined;
  const name = e?.name ?? '';
  const quota =
    name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || e?.code === 22 || e?.code === 1014;
  return { reason: quota ? 'quota' : 'unavailable', message: String(e?.message ?? error) };
}

export function makeEnvelope<D = RoleDocument>(document: D, tabId: string, savedAt: string): AutosaveEnvelope<D> {
  return { format: AUTOSAVE_FORMAT, version: AUTOSAVE_VERSION, savedAt, tabId, document };
}

/** Writes the envelope; reports (never throws) a full or unusable storage. */
export function saveDocument<D = RoleDocument>(
  storage: StorageLike,
  key: string,
  document: D,
  options: { tabId: string; now?: () => Date },
): SaveResult {
  const savedAt = (options.now?.() ?? new Date()).toISOString();
  try {
    storage.setItem(key, jsonText(makeEnvelope(document, options.tabId, savedAt)));
    return { ok: true, savedAt };
  } catch (error) {
    return { ok: false, ...classifyStorageError(error) };
  }
}

type Unpacked<D> =
  | { ok: true; document: D; savedAt?: string; tabId?: string; migratedFrom?: number }
  | { ok: false; issues: DocumentIssue[] };

/**
 * Reads what was stored: an envelope of this format (version 1), or — tolerated — a bare document
 * (or export) that someone put there. Everything goes through `parse`.
 */
export function readStored<D = RoleDocument>(raw: string, parse: ParseFn<D>): Unpacked<D> {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { ok: false, issues: [{ path: '', message: 'The saved data is not valid JSON (it may have been cut short).' }] };
  }
  if (isObject(value) && value.format === AUTOSAVE_FORMAT) {
    if (value.version !== AUTOSAVE_VERSION) {
      return {
        ok: false,
        issues: [{ path: 'version', message: `The saved data uses autosave version ${String(value.version)}, which this version of psw-role-kit cannot read.` }],
      };
    }
    const parsed = parse(value.document);
    if (!parsed.ok) return { ok: false, issues: parsed.issues.map((i) => ({ path: i.path ? `document.${i.path}` : 'document', message: i.message })) };
    return {
      ok: true,
      document: parsed.document,
      savedAt: typeof value.savedAt === 'string' ? value.savedAt : undefined,
      tabId: typeof value.tabId === 'string' ? value.tabId : undefined,
      migratedFrom: parsed.migratedFrom,
    };
  }
  const parsed = parse(value);
  return parsed.ok ? { ok: true, document: parsed.document, migratedFrom: parsed.migratedFrom } : parsed;
}

/**
 * Restores the document saved under `key`. Unreadable data is copied to a backup key first; the
 * result says what happened so the user can be told in plain words.
 */
export function restoreDocument<D = RoleDocument>(
  storage: StorageLike,
  key: string,
  options: { parse: ParseFn<D>; now?: () => Date },
): RestoreResult<D> {
  let raw: string | null;
  try {
    raw = storage.getItem(key);
  } catch (error) {
    return { kind: 'unavailable', ...classifyStorageError(error) };
  }
  if (raw === null) return { kind: 'empty' };
  const read = readStored(raw, options.parse);
  if (read.ok) {
    return { kind: 'restored', document: read.document, savedAt: read.savedAt, tabId: read.tabId, migratedFrom: read.migratedFrom };
  }
  const backupKey = backupKeyFor(key, (options.now?.() ?? new Date()).toISOString());
  try {
    storage.setItem(backupKey, raw);
  } catch (error) {
    return { kind: 'unreadable', issues: read.issues, ...classifyStorageError(error) };
  }
  return { kind: 'kept-aside', backupKey, issues: read.issues };
}

/** The parts of a `StorageEvent` this module needs (so it can be tested without a DOM). */
export interface StorageEventLike {
  key: string | null;
  newValue: string | null;
  storageArea?: unknown;
}

/**
 * Whether a storage event is another tab saving `key`, and if so what it saved. Our own writes never
 * raise events in our tab, but a second element in this tab sharing the key would: `tabId` tells.
 * Removals (the other tab cleared the key) and unreadable data return `undefined`.
 */
export function otherTabSave<D = RoleDocument>(
  event: StorageEventLike,
  key: string,
  tabId: string,
  parse: ParseFn<D>,
  storage?: unknown,
): { document: D; savedAt?: string; tabId?: string } | undefined {
  if (event.key !== key || event.newValue === null) return undefined;
  if (storage !== undefined && event.storageArea !== undefined && event.storageArea !== storage) return undefined;
  const read = readStored(event.newValue, parse);
  if (!read.ok || read.tabId === tabId) return undefined;
  return { document: read.document, savedAt: read.savedAt, tabId: read.tabId };
}
