#!/usr/bin/env node
// The reference server under write load: 20 concurrent clients, each replacing its own role again
// and again with the ETag it last got (PUT /api/roles/{id} with If-Match), for a fixed time.
// Reports writes per second and the p50/p95 latency of a write, on the embedded database (PGlite),
// and on PostgreSQL with one and with two server instances when PSW_BENCH_DATABASE_URL (or
// PSW_TEST_DATABASE_URL) is set. Writes bench/server-results.md and .json. Part of `npm run bench`;
// alone: node bench/server.mjs [--seconds 5] [--clients 20]
// Each server instance runs in a process of its own (test/server/run-server.mjs), apart from the clients.
import { rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { client, core, freshDataDir, freshPostgresUrl, serverModule, spawnServer } from '../test/server/util.mjs';

const argv = process.argv.slice(2);
const arg = (k, d) => { const i = argv.indexOf(`--${k}`); return i >= 0 ? Number(argv[i + 1]) : d; };
const SECONDS = arg('seconds', 5);
const CLIENTS = arg('clients', 20);
const PG = process.env.PSW_BENCH_DATABASE_URL ?? process.env.PSW_TEST_DATABASE_URL;
const log = (s) => process.stderr.write(`${s}\n`);
const { createRoleDocument } = await core();

async function run(name, servers) {
  const apis = servers.map((s) => client(s.url));
  const roles = await Promise.all(Array.from({ length: CLIENTS }, async (_, c) => {
    const doc = { ...createRoleDocument(), role: { title: `bench client ${c}` } };
    const r = await apis[c % apis.length]('POST', '/api/roles', { as: 'hr', body: doc });
    if (r.status !== 201) throw new Error(`create answered ${r.status}`);
    return { doc, etag: r.headers.get('etag'), api: apis[c % apis.length] };
  }));
  const latencies = [];
  let failures = 0;
  const end = performance.now() + SECONDS * 1000;
  const t0 = performance.now();
  await Promise.all(roles.map(async (role, c) => {
    for (let i = 0; performance.now() < end; i++) {
      const start = performance.now();
      const r = await role.api('PUT', `/api/roles/${role.doc.id}`, { as: 'hr', body: { ...role.doc, role: { title: `client ${c} write ${i}` } }, headers: { 'If-Match': role.etag } });
      latencies.push(performance.now() - start);
      if (r.status !== 200) { failures++; continue; }
      role.etag = r.headers.get('etag');
    }
  }));
  const elapsed = (performance.now() - t0) / 1000;
  latencies.sort((a, b) => a - b);
  const q = (p) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))];
  const row = { name, instances: servers.length, clients: CLIENTS, writes: latencies.length - failures, failures, seconds: +elapsed.toFixed(1), writesPerSecond: +((latencies.length - failures) / elapsed).toFixed(1), p50ms: +q(0.5).toFixed(1), p95ms: +q(0.95).toFixed(1) };
  log(`${name}: ${row.writesPerSecond} writes/s, p50 ${row.p50ms} ms, p95 ${row.p95ms} ms (${row.writes} writes, ${failures} failed, ${CLIENTS} clients, ${row.seconds} s)`);
  return row;
}

const rows = [];
const started = { at: new Date().toISOString(), cpus: cpus().length, load: loadavg().map((x) => +x.toFixed(2)) };
const { file } = await serverModule();
const stop = async (procs) => {
  for (const { child } of procs) {
    const gone = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await gone;
  }
};
{
  const data = await freshDataDir();
  const procs = [await spawnServer(file, data)];
  try { rows.push(await run('PGlite, 1 instance', procs)); } finally { await stop(procs); rmSync(data, { recursive: true, force: true }); }
}
if (PG) {
  process.env.PSW_TEST_DATABASE_URL = PG;
  for (const instances of [1, 2]) {
    const db = await freshPostgresUrl();
    const procs = [];
    try {
      for (let i = 0; i < instances; i++) procs.push(await spawnServer(file, '', db.url));
      rows.push(await run(`PostgreSQL, ${instances} instance${instances > 1 ? 's' : ''}`, procs));
    } finally {
      await stop(procs);
      await db.drop();
    }
  }
} else {
  log('PostgreSQL: skipped (set PSW_BENCH_DATABASE_URL or PSW_TEST_DATABASE_URL to include it)');
}

const md = [
  '# Reference server: writes under load',
  '',
  `${CLIENTS} concurrent clients, each replacing its own role with If-Match for ${SECONDS} s (bench/server.mjs).`,
  `Measured ${started.at} on ${started.cpus} CPUs, load ${started.load.join(' ')} at the start; the server instances (one process each), the database and the clients share this machine.`,
  '',
  '| set-up | writes/s | p50 ms | p95 ms | writes | failed |',
  '| --- | ---: | ---: | ---: | ---: | ---: |',
  ...rows.map((r) => `| ${r.name} | ${r.writesPerSecond} | ${r.p50ms} | ${r.p95ms} | ${r.writes} | ${r.failures} |`),
  '',
].join('\n');
writeFileSync('bench/server-results.md', md);
writeFileSync('bench/server-results.json', JSON.stringify({ ...started, seconds: SECONDS, rows }, null, 2) + '\n');
process.stdout.write(md);
