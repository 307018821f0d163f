// Concurrency: 50 writers on one role, each with the ETag it read, over several rounds: each round
// exactly one wins (200), the others get 412, never a 5xx, and the stored role is the winner's with
// one revision per round — nothing lost, nothing applied twice. On PostgreSQL the writers are split
// over two server instances sharing the database. Also the write rate limit (429) and CORS.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { BACKENDS, client, core, startTestServer } from './util.mjs';

const { createRoleDocument } = await core();
const WRITERS = 50;
const ROUNDS = 4;

for (const backend of BACKENDS) {
  // Without a database to run on, one skipped test says so (a skipped suite would not be counted).
  if (backend.skip) { it(`concurrent writers on ${backend.name}`, { skip: backend.skip }, () => {}); continue; }
  describe(`concurrent writers on ${backend.name}`, () => {
    const servers = [];
    before(async () => {
      servers.push(await startTestServer(backend, { writesPerMinute: 0 }));
      if (backend.kind === 'postgres') servers.push(await startTestServer({ kind: 'shared' }, { databaseUrl: servers[0].databaseUrl, writesPerMinute: 0 }));
    });
    after(async () => { for (const s of servers.reverse()) await s.close(); });

    it(`${WRITERS} writers with the same ETag: one 200 and ${WRITERS - 1} × 412 per round`, async () => {
      const apis = servers.map((s) => client(s.url));
      const doc = { ...createRoleDocument(), role: { title: 'Contended role' } };
      // Created by the manager, so both the manager and HR may write it: half the writers are each.
      assert.equal((await apis[0]('POST', '/api/roles', { as: 'manager', body: doc })).status, 201);
      for (let round = 1; round <= ROUNDS; round++) {
        const read = await apis[0]('GET', `/api/roles/${doc.id}`, { as: 'hr' });
        const etag = read.headers.get('etag');
        assert.equal(etag, `"${round}"`);
        const results = await Promise.all(Array.from({ length: WRITERS }, (_, w) => apis[w % apis.length]('PUT', `/api/roles/${doc.id}`, {
          as: w % 2 ? 'hr' : 'manager', body: { ...doc, role: { title: `round ${round} writer ${w}` } }, headers: { 'If-Match': etag },
        }).then((r) => ({ w, status: r.status, etag: r.headers.get('etag') }))));
        const winners = results.filter((r) => r.status === 200);
        const statuses = [...new Set(results.map((r) => r.status))].sort();
        assert.equal(winners.length, 1, `round ${round}: ${JSON.stringify(statuses)}`);
        assert.equal(results.filter((r) => r.status === 412).length, WRITERS - 1, `round ${round}: ${JSON.stringify(statuses)}`);
        assert.ok(results.filter((r) => r.status === 412).every((r) => r.etag === `"${round + 1}"`), 'each 412 carries the new ETag');
        const final = await apis[0]('GET', `/api/roles/${doc.id}`, { as: 'hr' });
        assert.equal(final.json.document.role.title, `round ${round} writer ${winners[0].w}`);
        assert.equal(final.headers.get('etag'), `"${round + 1}"`);
      }
      const audit = await apis[0]('GET', `/api/audit?role=${doc.id}&limit=200`, { as: 'hr' });
      assert.deepEqual(audit.json.items.map((e) => e.revision), [...Array.from({ length: ROUNDS }, (_, i) => ROUNDS + 1 - i), 1]);
    });

    it('several writers saving versions at once get distinct, gapless version numbers', async () => {
      const api = client(servers[servers.length - 1].url);
      const doc = { ...createRoleDocument(), role: { title: 'Versions under load' } };
      await api('POST', '/api/roles', { as: 'hr', body: doc });
      const made = await Promise.all(Array.from({ length: 20 }, (_, i) => api('POST', `/api/roles/${doc.id}/versions`, { as: 'hr', body: { label: `v${i}` } })));
      assert.ok(made.every((r) => r.status === 201));
      assert.deepEqual(made.map((r) => r.json.version).sort((a, b) => a - b), Array.from({ length: 20 }, (_, i) => i + 1));
    });
  });
}

describe('write rate limit and CORS', () => {
  let server;
  before(async () => { server = await startTestServer(BACKENDS[0], { writesPerMinute: 3, corsOrigin: ['https://intranet.example'] }); });
  after(async () => { await server?.close(); });
  it('answers 429 with Retry-After past the limit, per user, and reads still work', async () => {
    // The limit counts writes per clock minute (server/org-repo.ts countWrite): start the five
    // writes well inside one minute, or the fifth may be the first of the next.
    const left = 60_000 - (Date.now() % 60_000);
    if (left < 10_000) await new Promise((r) => setTimeout(r, left + 50));
    const api = client(server.url);
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await api('POST', '/api/roles', { as: 'manager', body: createRoleDocument() })).status);
    const limited = await api('POST', '/api/roles', { as: 'manager', body: createRoleDocument() });
    assert.deepEqual(statuses, [201, 201, 201, 429]);
    assert.ok(Number(limited.headers.get('retry-after')) > 0);
    assert.match(limited.json.error.message, /Too many changes/);
    assert.equal((await api('POST', '/api/roles', { as: 'hr', body: createRoleDocument() })).status, 201);
    assert.equal((await api('GET', '/api/roles', { as: 'manager' })).status, 200);
  });
  it('answers CORS only for the configured origin', async () => {
    const api = client(server.url);
    const ask = (origin) => api('OPTIONS', '/api/roles/x', { headers: { Origin: origin, 'Access-Control-Request-Method': 'PUT', 'Access-Control-Request-Headers': 'authorization,if-match,content-type' } });
    const allowed = await ask('https://intranet.example');
    assert.equal(allowed.headers.get('access-control-allow-origin'), 'https://intranet.example');
    assert.match(allowed.headers.get('access-control-allow-headers'), /If-Match/i);
    assert.equal((await ask('https://evil.example')).headers.get('access-control-allow-origin'), null);
    const read = await api('GET', '/api/roles', { as: 'viewer', headers: { Origin: 'https://intranet.example' } });
    assert.match(read.headers.get('access-control-expose-headers'), /ETag/);
  });
});
