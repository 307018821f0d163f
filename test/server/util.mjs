// Shared helpers of the server tests: the server built from server/ (esbuild, into .cache), a PGlite
// data folder made from a template (initdb is slow: it runs once per PGlite version), a tokens file,
// and the backends to run the same suite on: PGlite always, PostgreSQL when PSW_TEST_DATABASE_URL is set.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildServer } from '../../scripts/build-server.mjs';
import { NODE_TEST_ARGS } from '../../scripts/lib/node-test-run.mjs';

export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const CACHE = join(ROOT, '.cache', 'server-test');

/**
 * A file of this process under CACHE (`<name>-<pid>.mjs`), removed with its source map when the
 * process exits. Files that processes no longer running left there (a run killed midway) go first.
 */
function processFile(name) {
  mkdirSync(CACHE, { recursive: true });
  for (const f of readdirSync(CACHE)) {
    const pid = Number(/^(?:core|server)-(\d+)\.mjs/.exec(f)?.[1]);
    if (pid && pid !== process.pid && !running(pid)) rmSync(join(CACHE, f), { force: true });
  }
  const file = join(CACHE, `${name}-${process.pid}.mjs`);
  process.once('exit', () => { for (const f of [file, `${file}.map`]) rmSync(f, { force: true }); });
  return file;
}

/** Whether a process with this id is running (signal 0 only checks). */
function running(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

let built;
/** The server module (server/main.ts bundled with the core), built once per test process. */
export function serverModule() {
  built ??= (async () => {
    const file = await buildServer(processFile('server'));
    const mod = await import(pathToFileURL(file).href);
    return { ...mod, file };
  })();
  return built;
}

let coreBuilt;
/**
 * The core, for documents to send, built from today's sources once per test process (a file left
 * by an earlier run under a reused process id would be older code).
 */
export function core() {
  coreBuilt ??= (async () => {
    const { build } = await import('esbuild');
    const file = processFile('core');
    await build({ entryPoints: [join(ROOT, 'src/index.ts')], outfile: file, bundle: true, platform: 'node', format: 'esm', packages: 'external', logLevel: 'warning', define: { __PSW_VERSION__: '"test"' } });
    return import(`${pathToFileURL(file).href}?at=${Date.now()}`);
  })();
  return coreBuilt;
}

/** A fresh PGlite data folder, copied from a template made once (and kept in .cache). */
export async function freshDataDir() {
  const version = JSON.parse(readFileSync(join(ROOT, 'node_modules/@electric-sql/pglite/package.json'), 'utf8')).version;
  const template = join(CACHE, `pglite-template-${version}`);
  if (!existsSync(join(template, 'PG_VERSION'))) {
    mkdirSync(CACHE, { recursive: true });
    const making = mkdtempSync(join(CACHE, 'making-'));
    const { PGlite } = await import('@electric-sql/pglite');
    const pg = await PGlite.create({ dataDir: making });
    await pg.close();
    try { renameSync(making, template); } catch { rmSync(making, { recursive: true, force: true }); } // another file won the race
  }
  const dir = mkdtempSync(join(tmpdir(), 'psw-server-test-'));
  cpSync(template, dir, { recursive: true });
  return dir;
}

export const TOKENS = {
  hr: { token: 'hr-token-0123456789abcdef', user: 'harriet', role: 'hr' },
  manager: { token: 'manager-token-0123456789ab', user: 'mo', role: 'manager' },
  manager2: { token: 'manager2-token-0123456789', user: 'meg', role: 'manager' },
  viewer: { token: 'viewer-token-0123456789abc', user: 'vic', role: 'viewer' },
};

/** Writes the tokens file of TOKENS (and of `extra`: more `{ token, user, role }`) under `dir`; returns its path. */
export function tokensFile(dir, extra = []) {
  const file = join(dir, 'tokens.json');
  writeFileSync(file, JSON.stringify(Object.fromEntries([...Object.values(TOKENS), ...extra].map(({ token, user, role }) => [token, { user, role }]))));
  return file;
}

/** The backends the suites run on; PostgreSQL is skipped, and said so, without PSW_TEST_DATABASE_URL. */
export const BACKENDS = [
  { name: 'PGlite (embedded)', kind: 'pglite', skip: false },
  { name: 'PostgreSQL', kind: 'postgres', skip: process.env.PSW_TEST_DATABASE_URL ? false : 'PSW_TEST_DATABASE_URL is not set' },
];

let schemas = 0;
/** A PostgreSQL URL whose search_path is a new, empty schema, so test files do not see each other's rows. */
export async function freshPostgresUrl() {
  const base = process.env.PSW_TEST_DATABASE_URL;
  const schema = `psw_test_${process.pid}_${Date.now()}_${schemas++}`;
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: base });
  await client.connect();
  await client.query(`CREATE SCHEMA ${schema}`);
  await client.end();
  const url = new URL(base);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return { url: url.href, drop: async () => {
    const c = new pg.Client({ connectionString: base });
    await c.connect();
    await c.query(`DROP SCHEMA ${schema} CASCADE`);
    await c.end();
  } };
}

/** Starts a server on `backend` with the test tokens; `close()` stops it and removes its data. */
export async function startTestServer(backend, options = {}) {
  const { startServer } = await serverModule();
  const dir = mkdtempSync(join(tmpdir(), 'psw-server-tokens-'));
  let data, pgUrl;
  if (backend.kind === 'pglite') data = await freshDataDir();
  else if (backend.kind === 'postgres') pgUrl = await freshPostgresUrl();
  // kind 'shared': options.databaseUrl names a database another test server made (and drops).
  const server = await startServer({ port: 0, data, databaseUrl: pgUrl?.url, tokens: tokensFile(dir), log: () => {}, ...options });
  return {
    ...server, data, databaseUrl: pgUrl?.url,
    close: async () => {
      await server.close();
      if (data) rmSync(data, { recursive: true, force: true });
      rmSync(dir, { recursive: true, force: true });
      await pgUrl?.drop();
    },
  };
}

/** fetch against the server as one of TOKENS (or nobody), with a JSON body when given. */
export function client(base) {
  return async (method, path, { as, body, headers = {}, raw } = {}) => {
    const h = { ...headers };
    if (as) h.Authorization = `Bearer ${TOKENS[as].token}`;
    if (body !== undefined && !h['Content-Type']) h['Content-Type'] = 'application/json';
    const res = await fetch(`${base}${path}`, { method, headers: h, body: raw ?? (body === undefined ? undefined : JSON.stringify(body)) });
    const text = await res.text();
    let json;
    try { json = text ? JSON.parse(text) : undefined; } catch { json = undefined; }
    return { status: res.status, headers: res.headers, json, text };
  };
}

/** A server in a process of its own (test/server/run-server.mjs): `{ child, url }` once it listens. */
export function spawnServer(bundle, data, databaseUrl = '') {
  const child = spawn(process.execPath, [...NODE_TEST_ARGS, join(ROOT, 'test/server/run-server.mjs'), pathToFileURL(bundle).href, data ?? '', databaseUrl], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      const line = out.split('\n').find((l) => l.startsWith('{'));
      if (line) resolve({ child, url: JSON.parse(line).url });
    });
    child.once('exit', (code) => reject(new Error(`server exited early (${code})`)));
  });
}
