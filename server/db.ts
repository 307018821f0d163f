/**
 * One tiny query interface over two databases that speak the same SQL: PGlite (Postgres compiled to
 * WebAssembly, embedded, in a data folder) by default, and PostgreSQL through node-postgres when a
 * URL is given. Everything above this file writes plain SQL with `$1` parameters and uses
 * `transaction()` for what must happen together; neither adapter keeps any state a second server
 * instance would need.
 */
import { closeSync, fdatasyncSync, mkdirSync, openSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Sql {
  query<R = Record<string, unknown>>(text: string, params?: unknown[]): Promise<R[]>;
}

export interface Db extends Sql {
  /** Runs `fn` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: Sql) => Promise<T>): Promise<T>;
  /** `pglite` or `postgres`, for /api/health and the logs. */
  readonly kind: 'pglite' | 'postgres';
  close(): Promise<void>;
}

/**
 * PGlite in `dir` (created when missing). PGlite runs one query at a time and queues the rest, so
 * its transactions are serialised; `SELECT … FOR UPDATE` is harmless there and needed on PostgreSQL.
 *
 * Durability: PGlite writes its write-ahead log through Node's `fs.writeSync` before COMMIT returns,
 * so a committed write survives the process being killed; but its WebAssembly file system makes
 * `fsync` a no-op, so the data might still sit in the operating system's cache when the machine
 * itself fails. With `durable` (the default) the newest write-ahead log segment is flushed to disk
 * after every write transaction, before the response is sent.
 */
export async function openPglite(dir: string, { durable = true } = {}): Promise<Db> {
  const { PGlite } = await import('@electric-sql/pglite');
  const unlock = lockDataDir(dir);
  let pg: InstanceType<typeof PGlite>;
  try {
    pg = await PGlite.create({ dataDir: dir });
  } catch (e) {
    unlock();
    throw e;
  }
  const walDir = join(dir, 'pg_wal');
  const flushWal = () => {
    if (!durable) return;
    let newest: string | undefined;
    let newestTime = -1;
    for (const name of readdirSync(walDir)) {
      if (!/^[0-9A-F]{24}$/.test(name)) continue;
      const t = statSync(join(walDir, name)).mtimeMs;
      if (t >= newestTime) { newest = name; newestTime = t; }
    }
    if (!newest) return;
    const fd = openSync(join(walDir, newest), 'r+');
    try { fdatasyncSync(fd); } finally { closeSync(fd); }
  };
  const wrap = (q: { query: (t: string, p?: unknown[]) => Promise<{ rows: unknown[] }> }): Sql => ({
    query: async <R>(text: string, params?: unknown[]) => (await q.query(text, params)).rows as R[],
  });
  return {
    kind: 'pglite',
    query: wrap(pg).query,
    async transaction(fn) {
      const result = await pg.transaction((tx) => fn(wrap(tx)));
      flushWal();
      return result;
    },
    close: async () => {
      await pg.close();
      unlock();
    },
  };
}


/**
 * PGlite is one process's database: a second server on the same folder would corrupt it. A lock file
 * with the owner's process id (and, on Linux, its start time) keeps a second one out; a lock left by
 * a process that no longer runs (killed: gone, a zombie not yet reaped, or its id since given to
 * another process) is taken over.
 */
function lockDataDir(dir: string): () => void {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'psw-server.lock');
  const me = processStart(process.pid);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(file, me ? `${process.pid} ${me.start}` : String(process.pid), { flag: 'wx' });
      return () => rmSync(file, { force: true });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const [pid, start] = readFileSync(file, 'utf8').trim().split(' ');
      const owner = Number(pid);
      if (Number.isInteger(owner) && owner > 0 && owner !== process.pid && running(owner, start)) {
        throw new Error(`another server (process ${owner}) is using the data folder ${dir}; stop it first, or use PostgreSQL to run several`);
      }
      rmSync(file, { force: true });
    }
  }
  throw new Error(`the data folder ${dir} could not be locked`);
}

/**
 * Process `pid`'s state and start time (clock ticks after boot) from Linux's /proc, or undefined
 * where there is no /proc. The start time tells a process from a later one given the same id.
 */
function processStart(pid: number): { state: string; start: string } | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces, in parentheses): state is the 3rd, start time the 22nd.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { state: fields[0]!, start: fields[19]! };
  } catch {
    return undefined;
  }
}

/** Is process `pid` running, and the one that started at `start` when that was recorded? */
function running(pid: number, start: string | undefined): boolean {
  try { process.kill(pid, 0); } catch (e) { if ((e as NodeJS.ErrnoException).code !== 'EPERM') return false; }
  const now = processStart(pid);
  if (!now) return true; // no /proc: alive is all that is known
  return now.state !== 'Z' && (start === undefined || now.start === start);
}

/** PostgreSQL at `url`, through a node-postgres pool. */
export async function openPostgres(url: string, { max = 10 } = {}): Promise<Db> {
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({ connectionString: url, max });
  // An idle client that loses its connection must not crash the process; the next query reconnects.
  pool.on('error', () => {});
  return {
    kind: 'postgres',
    query: async <R>(text: string, params?: unknown[]) => (await pool.query(text, params)).rows as R[],
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await fn({ query: async <R>(t: string, p?: unknown[]) => (await client.query(t, p)).rows as R[] });
        await client.query('COMMIT');
        return result;
      } catch (e) {
        await client.query('ROLLBACK').catch(() => {});
        throw e;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
