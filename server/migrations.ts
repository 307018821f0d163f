/**
 * The database schema as numbered migrations, the same SQL for PGlite and PostgreSQL. Each runs
 * once, in order, recorded in `schema_migrations`. Several server instances may start at the same
 * moment on one PostgreSQL: the runner takes a transaction-level advisory lock first, so one applies
 * the migrations and the others then find them done. Never edit a migration that has shipped; add
 * the next number.
 */
import type { Db } from './db.js';

export const MIGRATIONS: readonly { version: number; name: string; sql: string }[] = [
  {
    version: 1,
    name: 'roles, versions, organisation profile, audit log, write counters',
    sql: `
CREATE TABLE roles (
  id text PRIMARY KEY,
  revision integer NOT NULL,
  document text NOT NULL,
  title text NOT NULL,
  setting text,
  band text,
  status text NOT NULL,
  readiness text,
  search text NOT NULL,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  created_by text NOT NULL,
  version_count integer NOT NULL DEFAULT 0
);
CREATE INDEX roles_updated ON roles (updated_at DESC, id DESC);
CREATE TABLE role_versions (
  role_id text NOT NULL REFERENCES roles (id) ON DELETE CASCADE,
  version integer NOT NULL,
  label text NOT NULL,
  status text NOT NULL,
  saved_by text,
  saved_at timestamptz NOT NULL,
  note text,
  reason text,
  document text NOT NULL,
  PRIMARY KEY (role_id, version)
);
CREATE TABLE organisation (
  id integer PRIMARY KEY CHECK (id = 1),
  revision integer NOT NULL,
  profile text NOT NULL,
  updated_at timestamptz NOT NULL,
  updated_by text NOT NULL
);
CREATE TABLE audit_log (
  id bigserial PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT now(),
  actor text NOT NULL,
  actor_role text NOT NULL,
  action text NOT NULL,
  role_id text,
  revision integer,
  summary text
);
CREATE TABLE write_counts (
  actor text NOT NULL,
  window_start timestamptz NOT NULL,
  count integer NOT NULL,
  PRIMARY KEY (actor, window_start)
);`,
  },
  {
    version: 2,
    name: 'audit log by role (a role made again under a deleted one’s id reads its last revision)',
    sql: 'CREATE INDEX audit_log_role_id ON audit_log (role_id)',
  },
];

/** Applies the migrations the database has not seen yet. */
export async function migrate(db: Db): Promise<number[]> {
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock(7218260412)');
    await tx.query('CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())');
    const done = new Set((await tx.query<{ version: number }>('SELECT version FROM schema_migrations')).map((r) => Number(r.version)));
    const applied: number[] = [];
    for (const m of MIGRATIONS) {
      if (done.has(m.version)) continue;
      for (const statement of m.sql.split(/;\s*\n/).map((s) => s.trim()).filter(Boolean)) await tx.query(statement);
      await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
      applied.push(m.version);
    }
    return applied;
  });
}
