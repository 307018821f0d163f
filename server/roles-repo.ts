/**
 * Roles and their versions in SQL. Concurrency is the database's: a write locks the role's row
 * (`SELECT … FOR UPDATE`), checks the revision the writer read, and updates with
 * `WHERE id = $1 AND revision = $2`, all in one transaction with its audit entry; a version number
 * is taken from the locked row. So any number of server instances on one PostgreSQL agree.
 */
import { assessRole, type RoleDocument } from '../src/index.js';
import { IdSchema } from '../src/model/schema.js';
import type { RolePage, RoleSummary, RoleVersion, StoredRole, VersionSummary } from '../src/store/role-store.js';
import type { Actor } from './auth.js';
import type { Db, Sql } from './db.js';
import { compareSummary } from './compare.js';
import { readStoredDocument } from './stored.js';

interface RoleRow {
  id: string; revision: number; document: string; title: string; setting: string | null; band: string | null;
  status: string; readiness: string | null; created_at: Date | string; updated_at: Date | string;
  created_by: string; version_count: number;
}

/** Why a write was refused, as an HTTP status and a plain sentence; `current` for 412 and 409. */
export type Refusal<C = StoredRole> = { status: 403 | 404 | 409 | 412; message: string; current?: C };
export type Outcome<T, C = StoredRole> = { ok: true; value: T } | ({ ok: false } & Refusal<C>);

const iso = (v: Date | string) => new Date(v).toISOString();
/** A row as the store's role; `document` when the caller has it already (a write answers with what it stored). */
const stored = (r: RoleRow, document?: RoleDocument): StoredRole => ({
  id: r.id, revision: String(r.revision), document: document ?? readStoredDocument(r.document),
  createdAt: iso(r.created_at), updatedAt: iso(r.updated_at), createdBy: r.created_by,
});
const summary = (r: RoleRow): RoleSummary => ({
  id: r.id, revision: String(r.revision), title: r.title,
  ...(r.setting ? { setting: r.setting } : {}), ...(r.band ? { band: r.band } : {}),
  status: r.status as RoleSummary['status'], ...(r.readiness ? { readiness: r.readiness as RoleSummary['readiness'] } : {}),
  updatedAt: iso(r.updated_at), createdBy: r.created_by, versionCount: Number(r.version_count),
});

/** Whether `id` could be a role's id at all (what a role document's `id` may be). */
export const isRoleId = (id: string | undefined) => id !== undefined && IdSchema.safeParse(id).success;

/** Text for a column of its own: PostgreSQL's text holds no NUL character (the document's JSON escapes it). */
const columnText = (s: string) => s.replaceAll('\0', '');

/** The columns a list and a search read, derived from the document. */
function derived(doc: RoleDocument) {
  const title = columnText(doc.role.title ?? '');
  const setting = doc.context.setting === undefined ? null : columnText(doc.context.setting);
  const band = doc.employment.band === undefined ? null : columnText(doc.employment.band);
  let readiness: string | null = null;
  try { readiness = assessRole(doc).readiness; } catch { readiness = null; }
  return { title, setting, band, status: doc.meta.status, readiness, search: [title, setting, band].filter(Boolean).join(' ').toLowerCase() };
}

/** Approval is HR's: a role whose document says "approved" is written by HR only (else 403). */
const approvalRefused = (doc: RoleDocument, actor: Actor): Refusal | undefined => (doc.meta.status === 'approved' && actor.role !== 'hr'
  ? { status: 403, message: 'Only HR may mark a role approved. Set its status to review (or draft) to save your changes; HR approves it again.' }
  : undefined);

const canWrite = (actor: Actor, createdBy: string) => actor.role === 'hr' || (actor.role === 'manager' && createdBy === actor.user);
const notYours = (): Refusal => ({ status: 403, message: 'You may change only the roles you created; ask HR to change this one.' });
const gone = (id: string): Refusal => ({ status: 404, message: `There is no role with the id “${id}”.` });
const stale = (current: StoredRole): Refusal => ({ status: 412, message: 'Someone else saved this role since you opened it: compare their version with yours, then save again.', current });

export async function audit(tx: Sql, actor: Actor, action: string, roleId: string | null, revision: number | null, summaryData?: unknown) {
  await tx.query('INSERT INTO audit_log (at, actor, actor_role, action, role_id, revision, summary) VALUES ($1, $2, $3, $4, $5, $6, $7)',
    [new Date().toISOString(), actor.user, actor.role, action, roleId, revision, summaryData === undefined ? null : JSON.stringify(summaryData)]);
}

export async function getRole(db: Sql, id: string): Promise<StoredRole | undefined> {
  const [row] = await db.query<RoleRow>('SELECT * FROM roles WHERE id = $1', [id]);
  return row ? stored(row) : undefined;
}

export interface ListOptions { search?: string; status?: string; cursor?: string; limit: number }

/** Newest first; the cursor is the (updated_at, id) of the last item of the previous page. */
export async function listRoles(db: Db, q: ListOptions): Promise<RolePage> {
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, v: unknown) => { params.push(v); where.push(sql.replace('?', `$${params.length}`)); };
  for (const word of columnText(q.search ?? '').toLowerCase().split(/\s+/).filter(Boolean).slice(0, 8)) {
    add(`search LIKE ? ESCAPE '\\'`, `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  }
  if (q.status) add('status = ?', q.status);
  const cursor = decodeCursor(q.cursor);
  if (cursor) {
    params.push(cursor.at, cursor.id);
    where.push(`(updated_at, id) < ($${params.length - 1}::timestamptz, $${params.length})`);
  }
  params.push(q.limit + 1);
  const rows = await db.query<RoleRow>(
    `SELECT id, revision, '' AS document, title, setting, band, status, readiness, created_at, updated_at, created_by, version_count
       FROM roles ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY updated_at DESC, id DESC LIMIT $${params.length}`, params);
  const items = rows.slice(0, q.limit).map(summary);
  const last = rows.length > q.limit ? rows[q.limit - 1] : undefined;
  return last ? { items, nextCursor: encodeCursor(iso(last.updated_at), last.id) } : { items };
}

const encodeCursor = (at: string, id: string) => Buffer.from(JSON.stringify([at, id])).toString('base64url');
/** A time as `iso` writes it, which is all a cursor of ours holds. */
const ISO_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;
export function decodeCursor(cursor: string | undefined): { at: string; id: string } | undefined {
  if (!cursor) return undefined;
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    // The time must be one that exists (not 30 February, not year 0), as `iso` would write it back.
    if (typeof at === 'string' && ISO_TIME.test(at) && !at.startsWith('0000') && !Number.isNaN(Date.parse(at)) && new Date(at).toISOString() === at
      && typeof id === 'string' && isRoleId(id)) return { at, id };
  } catch { /* not a cursor of ours */ }
  throw new RangeError('The cursor is not one this server gave out: start again from the first page.');
}

export async function createRole(db: Db, doc: RoleDocument, actor: Actor): Promise<Outcome<StoredRole>> {
  if (actor.role === 'viewer') return { ok: false, status: 403, message: 'Viewers may read roles but not create them.' };
  const approval = approvalRefused(doc, actor);
  if (approval) return { ok: false, ...approval };
  const d = derived(doc);
  const now = new Date().toISOString();
  return db.transaction(async (tx) => {
    // A role made again under the id of a deleted one goes on from the deleted one's last revision,
    // so an ETag read from the old role never matches the new one (a write based on it gets 412).
    const [last] = await tx.query<{ revision: number | null }>('SELECT max(revision) AS revision FROM audit_log WHERE role_id = $1', [doc.id]);
    const first = Number(last?.revision ?? 0) + 1;
    const [row] = await tx.query<RoleRow>(
      `INSERT INTO roles (id, revision, document, title, setting, band, status, readiness, search, created_at, updated_at, created_by)
       VALUES ($1, $11, $2, $3, $4, $5, $6, $7, $8, $9, $9, $10) ON CONFLICT (id) DO NOTHING RETURNING id, revision, created_at, updated_at, created_by`,
      [doc.id, JSON.stringify(doc), d.title, d.setting, d.band, d.status, d.readiness, d.search, now, actor.user, first]);
    if (!row) {
      const current = await getRole(tx, doc.id);
      return { ok: false, status: 409, message: `A role with the id “${doc.id}” exists already: open it and save over it, or give this one a new id.`, current } as const;
    }
    await audit(tx, actor, 'create role', doc.id, first, { title: d.title });
    return { ok: true, value: stored(row, doc) } as const;
  });
}

/** The columns a locked write needs: not the document, which can be large. */
type LockedRow = Pick<RoleRow, 'revision' | 'created_by' | 'title' | 'status' | 'version_count'>;

/** Locks the role's row and checks who may write it and that it is still at `base`. */
async function lockForWrite(tx: Sql, id: string, base: string | undefined, actor: Actor): Promise<Outcome<LockedRow>> {
  const [row] = await tx.query<LockedRow>('SELECT revision, created_by, title, status, version_count FROM roles WHERE id = $1 FOR UPDATE', [id]);
  if (!row) return { ok: false, ...gone(id) };
  if (!canWrite(actor, row.created_by)) return { ok: false, ...notYours() };
  if (base !== undefined && String(row.revision) !== base) return { ok: false, ...stale((await getRole(tx, id))!) };
  return { ok: true, value: row };
}

/**
 * The role as it is, read without a lock: a write based on another revision is refused from it
 * straight away, and the audit log's change summary is worked out from it before any lock is taken
 * (the locked row is then checked to be this same revision).
 */
async function preRead(db: Db, id: string, base: string, actor: Actor): Promise<Outcome<RoleRow>> {
  const [row] = await db.query<RoleRow>('SELECT * FROM roles WHERE id = $1', [id]);
  if (!row) return { ok: false, ...gone(id) };
  if (!canWrite(actor, row.created_by)) return { ok: false, ...notYours() };
  if (String(row.revision) !== base) return { ok: false, ...stale(stored(row)) };
  return { ok: true, value: row };
}

export async function updateRole(db: Db, id: string, doc: RoleDocument, base: string, actor: Actor): Promise<Outcome<StoredRole>> {
  const seen = await preRead(db, id, base, actor);
  if (!seen.ok) return seen;
  const approval = approvalRefused(doc, actor);
  if (approval) return { ok: false, ...approval };
  const d = derived(doc);
  const changes = compareSummary(readStoredDocument(seen.value.document), doc);
  return db.transaction(async (tx) => {
    const locked = await lockForWrite(tx, id, base, actor);
    if (!locked.ok) return locked;
    const [row] = await tx.query<RoleRow>(
      `UPDATE roles SET revision = revision + 1, document = $3, title = $4, setting = $5, band = $6, status = $7, readiness = $8,
         search = $9, updated_at = GREATEST($10::timestamptz, updated_at + interval '1 millisecond')
       WHERE id = $1 AND revision = $2 RETURNING id, revision, created_at, updated_at, created_by`,
      [id, Number(base), JSON.stringify(doc), d.title, d.setting, d.band, d.status, d.readiness, d.search, new Date().toISOString()]);
    if (!row) return { ok: false, ...stale((await getRole(tx, id))!) } as const;
    await audit(tx, actor, 'update role', id, row.revision, changes);
    return { ok: true, value: stored(row, doc) } as const;
  });
}

export async function deleteRole(db: Db, id: string, base: string, actor: Actor): Promise<Outcome<{ id: string }>> {
  const seen = await preRead(db, id, base, actor);
  if (!seen.ok) return seen;
  return db.transaction(async (tx) => {
    const locked = await lockForWrite(tx, id, base, actor);
    if (!locked.ok) return locked;
    await tx.query('DELETE FROM roles WHERE id = $1 AND revision = $2', [id, Number(base)]);
    await audit(tx, actor, 'delete role', id, locked.value.revision, { title: locked.value.title });
    return { ok: true, value: { id } } as const;
  });
}

interface VersionRow { version: number; label: string; status: string; saved_by: string | null; saved_at: Date | string; note: string | null; reason: string | null; document?: string }
const versionSummary = (r: VersionRow): VersionSummary => ({
  version: Number(r.version), label: r.label, status: r.status as VersionSummary['status'], at: iso(r.saved_at),
  ...(r.saved_by ? { by: r.saved_by } : {}), ...(r.note ? { note: r.note } : {}), ...(r.reason ? { reason: r.reason } : {}),
});

export async function listVersions(db: Sql, id: string): Promise<VersionSummary[]> {
  const rows = await db.query<VersionRow>('SELECT version, label, status, saved_by, saved_at, note, reason FROM role_versions WHERE role_id = $1 ORDER BY version', [id]);
  return rows.map(versionSummary);
}

export async function getVersion(db: Sql, id: string, version: number): Promise<RoleVersion | undefined> {
  const [row] = await db.query<VersionRow>('SELECT * FROM role_versions WHERE role_id = $1 AND version = $2', [id, version]);
  return row ? { ...versionSummary(row), document: readStoredDocument(row.document!) } : undefined;
}

export interface NewVersion { label: string; status?: string; note?: string; reason?: string }

/** Saves the role's current document as version n+1, n read from the locked row. */
export async function saveVersion(db: Db, id: string, input: NewVersion, base: string | undefined, actor: Actor): Promise<Outcome<VersionSummary>> {
  if (input.status === 'approved' && actor.role !== 'hr') return { ok: false, status: 403, message: 'Only HR may approve a version.' };
  return db.transaction(async (tx) => {
    const locked = await lockForWrite(tx, id, base, actor);
    if (!locked.ok) return locked;
    const row = locked.value;
    const version = Number(row.version_count) + 1;
    // Without a status of its own, a version takes the role's, which the role's document sets.
    const status = input.status ?? row.status;
    if (status === 'approved' && actor.role !== 'hr') {
      return { ok: false, status: 403, message: 'The role’s status is “approved”, and only HR may save an approved version: send another status (draft or review), or ask HR.' } as const;
    }
    const [saved] = await tx.query<VersionRow>(
      `INSERT INTO role_versions (role_id, version, label, status, saved_by, saved_at, note, reason, document)
       SELECT $1, $2, $3, $4, $5, $6, $7, $8, document FROM roles WHERE id = $1
       RETURNING version, label, status, saved_by, saved_at, note, reason`,
      [id, version, input.label, status, actor.user, new Date().toISOString(), input.note ?? null, input.reason ?? null]);
    await tx.query('UPDATE roles SET version_count = $2 WHERE id = $1', [id, version]);
    await audit(tx, actor, 'save version', id, row.revision, { version, label: input.label, status });
    return { ok: true, value: versionSummary(saved) } as const;
  });
}
