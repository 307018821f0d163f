/**
 * The library file: every role of a store with its saved versions, in one JSON file
 * `{ kind: "psw-role-library", schemaVersion: 1, exportedAt, roles: [{ document, createdAt?,
 * updatedAt?, createdBy?, versions: [{ label, status, by?, at, note?, reason?, document }] }] }`.
 *
 * `parseLibraryFile(input)` reads one with the guarantees of `parseRoleDocument` (synchronous,
 * never throws, every issue names the field): the text's size and JSON syntax; then each part (the
 * envelope, each role, each version) through the plain-data walk of src/model/plain-data.ts
 * (prototype keys, depth, exotic values, size per part), the envelope's shape through its zod
 * schema, and every document through `parseRoleDocument`.
 */
import { withoutInherited, z } from '../model/zod.js';
import { parseRoleDocument } from '../model/parse.js';
import { describeValue, fromZodIssues, schemaErrorMap, type ParseIssue, type RawPathIssue } from '../model/issues.js';
import { locateJsonError } from '../model/json-error.js';
import { errorText, isObject, mib, toPlainData } from '../model/plain-data.js';
import { formatPath, type PathSegment } from '../model/paths.js';
import { newId } from '../model/ids.js';
import type { RoleDocument } from '../model/schema.js';
import type { RoleStore, StoreResult } from './role-store.js';
import type { IdbRoleStore, RoleWithHistory } from './idb-role-store.js';

export const LIBRARY_KIND = 'psw-role-library' as const;
export const LIBRARY_SCHEMA_VERSION = 1;
/** The most characters of a library file read (64 MiB), and the most roles and versions a role. */
export const LIBRARY_LIMITS = { maxChars: 64 * 1024 * 1024, maxRoles: 2000, maxVersions: 500 } as const;

const iso = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:\d{2})$/, 'must be a date and time such as 2026-12-05T10:30:00Z'));
const text = (max: number) => z.string().check(z.maxLength(max, `must be at most ${max} characters`));

const VersionEntrySchema = z.strictObject({
  version: z.optional(z.number()),
  label: text(200).check(z.minLength(1, 'must not be empty')),
  status: z.enum(['draft', 'review', 'approved']),
  by: z.optional(text(200)),
  at: iso,
  note: z.optional(text(10_000)),
  reason: z.optional(text(10_000)),
  document: z.unknown(),
});

const RoleEntrySchema = z.strictObject({
  document: z.unknown(),
  createdAt: z.optional(iso),
  updatedAt: z.optional(iso),
  createdBy: z.optional(text(200)),
  versions: z.array(z.unknown()).check(z.maxLength(LIBRARY_LIMITS.maxVersions, `must hold at most ${LIBRARY_LIMITS.maxVersions} versions`)),
});

const LibraryFileSchema = z.strictObject({
  kind: z.literal(LIBRARY_KIND),
  schemaVersion: z.literal(LIBRARY_SCHEMA_VERSION),
  exportedAt: z.optional(iso),
  generator: z.optional(text(200)),
  roles: z.array(z.unknown()).check(z.maxLength(LIBRARY_LIMITS.maxRoles, `must hold at most ${LIBRARY_LIMITS.maxRoles} roles`)),
});

export interface LibraryFile {
  kind: typeof LIBRARY_KIND;
  schemaVersion: typeof LIBRARY_SCHEMA_VERSION;
  exportedAt?: string;
  generator?: string;
  roles: RoleWithHistory[];
}

export type LibraryParseResult = { ok: true; library: LibraryFile } | { ok: false; issues: ParseIssue[] };

const MAX_ISSUES = 50;
const whole = (message: string): LibraryParseResult => ({ ok: false, issues: [{ path: '', message }] });

export function parseLibraryFile(input: unknown): LibraryParseResult {
  try {
    return parse(input);
  } catch (e) {
    return whole(`The library file could not be read: ${errorText(e)}.`);
  }
}

function parse(input: unknown): LibraryParseResult {
  let data = input;
  if (typeof input === 'string') {
    if (input.length > LIBRARY_LIMITS.maxChars) return whole(`The file is too large (${mib(input.length)}); a library file may be at most ${mib(LIBRARY_LIMITS.maxChars)}.`);
    const t = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
    if (!t.trim()) return whole('The file is empty; expected a psw-role-kit library in JSON.');
    try {
      data = JSON.parse(t);
    } catch (e) {
      const at = locateJsonError(t);
      return whole(at ? `The file is not valid JSON: ${at.problem} at line ${at.line}, column ${at.column}.` : `The file is not valid JSON (${errorText(e)}).`);
    }
  } else {
    // A value from a page is copied as a whole first (within the size the plain-data walk reads).
    const plain = toPlainData(input, true);
    if (plain.issues.length) return fail(plain.issues.map((i) => ({ path: i.path, predicate: i.predicate })));
    data = plain.value;
  }
  if (!isObject(data)) return whole('A library file must be a group of fields in curly brackets ({ … }).');
  if (data.kind !== LIBRARY_KIND) {
    return whole(data.kind === undefined
      ? `This is not a psw-role-kit library: it has no “kind” field (expected “${LIBRARY_KIND}”).`
      : `This is not a psw-role-kit library: its kind is ${describeValue(data.kind)}, expected “${LIBRARY_KIND}”.`);
  }
  if (typeof data.schemaVersion === 'number' && data.schemaVersion > LIBRARY_SCHEMA_VERSION) {
    return whole(`This library was made by a newer version of psw-role-kit (library schema version ${data.schemaVersion}); this copy reads version ${LIBRARY_SCHEMA_VERSION}. Update psw-role-kit to open it.`);
  }
  const raw: RawPathIssue[] = [];
  // The envelope without its roles, each role without its versions, each version: walked apart, so
  // a large library is read part by part, each within the plain-data walk's limits.
  const check = (value: unknown, at: PathSegment[], schema: z.ZodMiniType): Record<string, unknown> | undefined => {
    const plain = toPlainData(value, false, true);
    if (plain.issues.length) {
      raw.push(...plain.issues.map((i) => ({ path: [...at, ...i.path], predicate: i.predicate })));
      return undefined;
    }
    const result = schema.safeParse(withoutInherited(plain.value), { error: schemaErrorMap });
    if (!result.success) {
      raw.push(...fromZodIssues(result.error.issues).map((i) => ({ path: [...at, ...i.path], predicate: i.predicate })));
      return undefined;
    }
    return plain.value as Record<string, unknown>;
  };
  const envelope = check({ ...data, roles: [] }, [], LibraryFileSchema);
  if (!Array.isArray(data.roles)) return fail([...raw, { path: ['roles'], predicate: 'must be a list of roles' }]);
  if (data.roles.length > LIBRARY_LIMITS.maxRoles) return fail([{ path: ['roles'], predicate: `must hold at most ${LIBRARY_LIMITS.maxRoles} roles` }]);
  const roles: RoleWithHistory[] = [];
  const docIssues: ParseIssue[] = [];
  const readDoc = (value: unknown, at: PathSegment[], where: string) => {
    const parsed = parseRoleDocument(value as object);
    if (parsed.ok) return parsed.document;
    for (const i of parsed.issues) docIssues.push({ path: formatPath([...at, 'document']) + (i.path ? '.' + i.path : ''), message: `${where}: ${i.message}` });
    return undefined;
  };
  data.roles.forEach((entry, r) => {
    if (raw.length + docIssues.length >= MAX_ISSUES) return;
    const at: PathSegment[] = ['roles', r];
    if (!isObject(entry)) return void raw.push({ path: at, predicate: 'must be a group of fields with a “document” and its “versions”' });
    // The versions are read one by one below; a missing list stays missing (the schema says so).
    const role = check(Array.isArray(entry.versions) ? { ...entry, versions: [] } : entry, at, RoleEntrySchema);
    const document = readDoc(entry.document, at, `Role ${r + 1}`);
    const versions: RoleWithHistory['versions'] = [];
    if (Array.isArray(entry.versions)) {
      if (entry.versions.length > LIBRARY_LIMITS.maxVersions) return void raw.push({ path: [...at, 'versions'], predicate: `must hold at most ${LIBRARY_LIMITS.maxVersions} versions` });
      entry.versions.forEach((v, n) => {
        const vAt: PathSegment[] = [...at, 'versions', n];
        const meta = isObject(v) ? check({ ...v, document: null }, vAt, VersionEntrySchema) : void raw.push({ path: vAt, predicate: 'must be a group of fields' });
        const vDoc = isObject(v) ? readDoc(v.document, vAt, `Role ${r + 1}, version ${n + 1}`) : undefined;
        if (meta && vDoc) versions.push({ ...(meta as Omit<RoleWithHistory['versions'][number], 'document'>), document: vDoc.id === document?.id ? vDoc : { ...vDoc, id: document?.id ?? vDoc.id } });
      });
    }
    if (role && document) roles.push({ ...(role as Omit<RoleWithHistory, 'document' | 'versions'>), document, versions });
  });
  if (raw.length || docIssues.length || !envelope) {
    const issues = [...toLibraryIssues(raw), ...docIssues];
    return { ok: false, issues: issues.length > MAX_ISSUES ? [...issues.slice(0, MAX_ISSUES), { path: '', message: `…and ${issues.length - MAX_ISSUES} more problems not listed here.` }] : issues };
  }
  return { ok: true, library: { ...(envelope as Omit<LibraryFile, 'roles'>), roles } };
}

const fail = (raw: RawPathIssue[]): LibraryParseResult => ({ ok: false, issues: toLibraryIssues(raw) });

/** Issues about the library's own fields, naming them in words: "Role 2, version 1: Label must not be empty." */
function toLibraryIssues(raw: readonly RawPathIssue[]): ParseIssue[] {
  const names: Record<string, string> = {
    kind: 'Kind', schemaVersion: 'Schema version', exportedAt: 'Exported at', generator: 'Generator', roles: 'Roles',
    document: 'Document', createdAt: 'Created at', updatedAt: 'Last changed', createdBy: 'Created by', versions: 'Versions',
    version: 'Version number', label: 'Label', status: 'Status', by: 'By', at: 'Saved at', note: 'Note', reason: 'Reason',
  };
  return raw.slice(0, MAX_ISSUES).map(({ path, predicate }) => {
    const where: string[] = [];
    const fields: string[] = [];
    for (let i = 0; i < path.length; i++) {
      const seg = path[i]!;
      const next = path[i + 1];
      if ((seg === 'roles' || seg === 'versions') && typeof next === 'number') {
        where.push(`${seg === 'roles' ? 'Role' : 'version'} ${next + 1}`);
        i++;
      } else fields.push(typeof seg === 'number' ? `item ${seg + 1}` : (names[seg] ?? `“${String(seg)}”`));
    }
    const field = fields.length ? fields.join(' › ') : 'This entry';
    const sentence = `${field} ${predicate}`.replace(/([^.!?…])$/, '$1.');
    return { path: formatPath(path), message: where.length ? `${where.join(', ')}: ${sentence}` : sentence };
  });
}

/**
 * Every role of `store` with its versions, as a library file (read through the RoleStore interface);
 * with `ids`, only those roles: one role's history is a library file of one role.
 */
export async function exportLibrary(
  store: RoleStore,
  options: { now?: () => Date; generator?: string; ids?: readonly string[] } = {},
): Promise<LibraryFile> {
  const roles: RoleWithHistory[] = [];
  const only = options.ids ? new Set(options.ids) : undefined;
  let cursor: string | undefined;
  do {
    const page = await store.list({ cursor, limit: 200 });
    for (const item of page.items) {
      if (item.problem || (only && !only.has(item.id))) continue;
      const stored = await store.get(item.id);
      if (!stored) continue;
      const versions: RoleWithHistory['versions'] = [];
      for (const v of await store.versions(item.id)) {
        const full = await store.getVersion(item.id, v.version);
        if (full) versions.push(full);
      }
      roles.push({
        document: stored.document, createdAt: stored.createdAt, updatedAt: stored.updatedAt,
        ...(stored.createdBy !== undefined ? { createdBy: stored.createdBy } : {}), versions,
      });
    }
    cursor = page.nextCursor;
  } while (cursor);
  return {
    kind: LIBRARY_KIND, schemaVersion: LIBRARY_SCHEMA_VERSION, exportedAt: (options.now?.() ?? new Date()).toISOString(),
    ...(options.generator ? { generator: options.generator } : {}), roles,
  };
}

/** A copy of `doc` under a new id (an imported role whose id is taken, a duplicate). */
export function withNewId(doc: RoleDocument, title?: string): RoleDocument {
  return { ...doc, id: newId(), role: title === undefined ? doc.role : { ...doc.role, title } };
}

/**
 * Adds a library file's roles to `store`, nothing overwritten (a role whose id is taken comes in as a
 * copy). An `IdbRoleStore` adds them all in one transaction; any other store role by role, its
 * versions saved in order (their times become the time of the import).
 */
export async function importLibrary(store: RoleStore, library: LibraryFile): Promise<StoreResult<{ added: string[] }>> {
  const bulk = (store as Partial<IdbRoleStore>).importRoles;
  if (typeof bulk === 'function') return bulk.call(store, library.roles, (d: RoleDocument) => withNewId(d));
  const added: string[] = [];
  for (const entry of library.roles) {
    const document = (await store.get(entry.document.id)) ? withNewId(entry.document) : entry.document;
    let base: string | null = null;
    for (const v of entry.versions) {
      const put = await store.put({ ...v.document, id: document.id }, { baseRevision: base });
      if (!put.ok) return put;
      base = put.value.revision;
      const saved = await store.saveVersion(document.id, { label: v.label, status: v.status, ...(v.by ? { by: v.by } : {}), ...(v.note ? { note: v.note } : {}), ...(v.reason ? { reason: v.reason } : {}) });
      if (!saved.ok) return saved;
    }
    const put = await store.put(document, { baseRevision: base });
    if (!put.ok) return put;
    added.push(document.id);
  }
  return { ok: true, value: { added } };
}
