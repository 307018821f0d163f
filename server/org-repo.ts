/** The organisation profile, the audit log and the write counters of the rate limit, in SQL. */
import type { OrganisationProfile } from '../src/index.js';
import type { Actor } from './auth.js';
import type { Db, Sql } from './db.js';
import { audit, type Outcome } from './roles-repo.js';
import { readStoredProfile } from './stored.js';

export interface StoredProfile { revision: string; profile: OrganisationProfile; updatedAt: string; updatedBy: string }
interface ProfileRow { revision: number; profile: string; updated_at: Date | string; updated_by: string }
const storedProfile = (r: ProfileRow): StoredProfile => ({
  revision: String(r.revision), profile: readStoredProfile(r.profile), updatedAt: new Date(r.updated_at).toISOString(), updatedBy: r.updated_by,
});

export async function getProfile(db: Sql): Promise<StoredProfile | undefined> {
  const [row] = await db.query<ProfileRow>('SELECT revision, profile, updated_at, updated_by FROM organisation WHERE id = 1');
  return row ? storedProfile(row) : undefined;
}

/** `base` is the revision read, or null to create the first profile. */
export async function putProfile(db: Db, profile: OrganisationProfile, base: string | null, actor: Actor): Promise<Outcome<StoredProfile, StoredProfile>> {
  if (actor.role !== 'hr') return { ok: false, status: 403, message: 'Only HR may change the organisation profile.' };
  // A revision this server never gives out ("abc", "1.0") matches none: refused below as stale.
  if (base !== null && !/^[1-9]\d{0,8}$/.test(base)) base = '0';
  const now = new Date().toISOString();
  return db.transaction(async (tx) => {
    const [row] = base === null
      ? await tx.query<ProfileRow>(`INSERT INTO organisation (id, revision, profile, updated_at, updated_by) VALUES (1, 1, $1, $2, $3)
          ON CONFLICT (id) DO NOTHING RETURNING revision, profile, updated_at, updated_by`, [JSON.stringify(profile), now, actor.user])
      : await tx.query<ProfileRow>(`UPDATE organisation SET revision = revision + 1, profile = $1, updated_at = $2, updated_by = $3
          WHERE id = 1 AND revision = $4 RETURNING revision, profile, updated_at, updated_by`, [JSON.stringify(profile), now, actor.user, Number(base)]);
    if (!row) {
      const current = await getProfile(tx);
      if (!current && base !== null) return { ok: false, status: 404, message: 'There is no organisation profile yet: create it with If-None-Match: *.' } as const;
      return { ok: false, status: 412, message: 'Someone else saved the organisation profile since you opened it: reload it, then save again.', current } as const;
    }
    await audit(tx, actor, base === null ? 'create organisation profile' : 'update organisation profile', null, row.revision, { name: profile.organisation.name });
    return { ok: true, value: storedProfile(row) } as const;
  });
}

export interface AuditEntry { id: string; at: string; user: string; role: string; action: string; roleId?: string; revision?: number; summary?: unknown }
interface AuditRow { id: string | number; at: Date | string; actor: string; actor_role: string; action: string; role_id: string | null; revision: number | null; summary: string | null }

/** Newest first; the cursor is the id of the last entry of the previous page. */
export async function listAudit(db: Sql, q: { cursor?: string; limit: number; roleId?: string }): Promise<{ items: AuditEntry[]; nextCursor?: string }> {
  const params: unknown[] = [];
  const where: string[] = [];
  if (q.cursor) {
    if (!/^\d{1,18}$/.test(q.cursor)) throw new RangeError('The cursor is not one this server gave out: start again from the first page.');
    params.push(q.cursor); where.push(`id < $${params.length}::bigint`);
  }
  if (q.roleId) { params.push(q.roleId); where.push(`role_id = $${params.length}`); }
  params.push(q.limit + 1);
  const rows = await db.query<AuditRow>(`SELECT * FROM audit_log ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY id DESC LIMIT $${params.length}`, params);
  const items = rows.slice(0, q.limit).map((r): AuditEntry => ({
    id: String(r.id), at: new Date(r.at).toISOString(), user: r.actor, role: r.actor_role, action: r.action,
    ...(r.role_id ? { roleId: r.role_id } : {}), ...(r.revision !== null ? { revision: Number(r.revision) } : {}),
    ...(r.summary ? { summary: JSON.parse(r.summary) as unknown } : {}),
  }));
  return rows.length > q.limit ? { items, nextCursor: items[items.length - 1].id } : { items };
}

/**
 * Counts a write of `user` in the current minute and says whether it is within `perMinute`. Kept
 * in the database, not in the process, so the limit holds across every instance on one PostgreSQL.
 */
export async function countWrite(db: Sql, user: string, perMinute: number): Promise<{ ok: boolean; retryAfter: number }> {
  const now = Date.now();
  const windowStart = new Date(now - (now % 60_000));
  const [row] = await db.query<{ count: number }>(
    `INSERT INTO write_counts (actor, window_start, count) VALUES ($1, $2, 1)
     ON CONFLICT (actor, window_start) DO UPDATE SET count = write_counts.count + 1 RETURNING count`, [user, windowStart.toISOString()]);
  if (Number(row.count) === 1) await db.query('DELETE FROM write_counts WHERE window_start < $1', [new Date(windowStart.getTime() - 120_000).toISOString()]);
  return { ok: Number(row.count) <= perMinute, retryAfter: Math.ceil((windowStart.getTime() + 60_000 - now) / 1000) };
}
