import { describe, it } from 'node:test';
import { expect } from 'chai';
import { HttpRoleStore } from '../../../src/store/http-role-store.js';
import type { StorageLike } from '../../../src/store/persistence.js';
import { emptyDoc } from './fixtures.js';

/** A fake of the REST contract in memory (roles only), with a switch for "server down". */
function fakeServer() {
  const roles = new Map<string, { revision: number; document: unknown; createdBy: string }>();
  const state = { down: false, requests: [] as { method: string; url: string; headers: Record<string, string> }[] };
  const json = (status: number, body: unknown, revision?: number) =>
    new Response(body === null ? null : JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...(revision ? { ETag: `"${revision}"` } : {}) } });
  const stored = (id: string) => { const r = roles.get(id)!; return { id, revision: String(r.revision), document: r.document, createdAt: 'x', updatedAt: 'x', createdBy: r.createdBy }; };
  const fetch = async (input: RequestInfo | URL, init: RequestInit = {}) => {
    if (state.down) throw new TypeError('fetch failed');
    const url = String(input);
    const method = init.method ?? 'GET';
    const headers = init.headers as Record<string, string>;
    state.requests.push({ method, url, headers });
    const id = decodeURIComponent(url.match(/\/roles\/([^/?]+)/)?.[1] ?? '');
    const body = init.body ? JSON.parse(String(init.body)) as { id: string; role?: { title?: string } } : undefined;
    if (method === 'POST' && url.endsWith('/roles')) {
      if (roles.has(body!.id)) return json(409, { error: { message: 'exists' } }, roles.get(body!.id)!.revision);
      roles.set(body!.id, { revision: 1, document: body, createdBy: 'me' });
      return json(201, stored(body!.id), 1);
    }
    const role = roles.get(id);
    if (!role) return json(404, { error: { message: 'no such role' } });
    if (method === 'GET') return json(200, stored(id), role.revision);
    const base = headers['If-Match']?.replace(/"/g, '');
    if (base === undefined) return json(428, { error: { message: 'If-Match' } });
    if (base !== String(role.revision)) return json(412, { error: { message: 'Someone else saved this role since you opened it.' } }, role.revision);
    if (method === 'DELETE') { roles.delete(id); return new Response(null, { status: 204 }); }
    if (body?.role?.title === 'forbidden') return json(403, { error: { message: 'not yours' } });
    roles.set(id, { ...role, revision: role.revision + 1, document: body });
    return json(200, stored(id), role.revision + 1);
  };
  return { roles, state, fetch: fetch as typeof globalThis.fetch };
}

function memoryStorage(): StorageLike & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return { map, getItem: (k) => map.get(k) ?? null, setItem: (k, v) => { map.set(k, v); }, removeItem: (k) => { map.delete(k); } };
}

describe('HttpRoleStore', () => {
  it('creates with POST, replaces with PUT and If-Match, and maps the ETag to the revision', async () => {
    const server = fakeServer();
    const store = new HttpRoleStore({ base: 'https://x.test/api/', token: 't0ken', fetch: server.fetch });
    const created = await store.put(emptyDoc('r1'), { baseRevision: null });
    expect(created.ok && created.value.revision).to.equal('1');
    const doc = { ...emptyDoc('r1'), role: { title: 'Peer Support Worker' } };
    const saved = await store.put(doc, { baseRevision: '1' });
    expect(saved.ok && saved.value.revision).to.equal('2');
    const put = server.state.requests.find((r) => r.method === 'PUT')!;
    expect(put.url).to.equal('https://x.test/api/roles/r1');
    expect(put.headers['If-Match']).to.equal('"1"');
    expect(put.headers.Authorization).to.equal('Bearer t0ken');
    expect((await store.get('r1'))?.document.role.title).to.equal('Peer Support Worker');
  });

  it('maps 412 to a conflict with the current role, 403 to forbidden, invalid input to invalid', async () => {
    const server = fakeServer();
    const store = new HttpRoleStore({ base: '/api', fetch: server.fetch });
    await store.put(emptyDoc('r1'), { baseRevision: null });
    await store.put({ ...emptyDoc('r1'), role: { title: 'Theirs' } }, { baseRevision: '1' });
    const stale = await store.put({ ...emptyDoc('r1'), role: { title: 'Mine' } }, { baseRevision: '1' });
    expect(stale.ok).to.equal(false);
    if (!stale.ok && stale.reason === 'conflict') expect(stale.current?.document.role.title).to.equal('Theirs');
    else expect.fail('expected a conflict');
    const forbidden = await store.put({ ...emptyDoc('r1'), role: { title: 'forbidden' } }, { baseRevision: '2' });
    expect(!forbidden.ok && forbidden.reason).to.equal('forbidden');
    const invalid = await store.put({ kind: 'psw-role-document', schemaVersion: 1, id: 'r1', duties: 'no' }, { baseRevision: '2' });
    expect(!invalid.ok && invalid.reason).to.equal('invalid');
    expect(server.roles.get('r1')!.revision).to.equal(2);
  });

  it('without a server answers unavailable, keeps the write in the outbox and sends it later', async () => {
    const server = fakeServer();
    const outbox = memoryStorage();
    const store = new HttpRoleStore({ base: '/api', fetch: server.fetch, outbox });
    await store.put(emptyDoc('r1'), { baseRevision: null });
    server.state.down = true;
    const offline = await store.put({ ...emptyDoc('r1'), role: { title: 'Written offline' } }, { baseRevision: '1' });
    expect(!offline.ok && offline.reason).to.equal('unavailable');
    expect(store.pending()).to.have.length(1);
    expect((await store.flush()).pending).to.equal(1);
    server.state.down = false;
    const report = await store.flush();
    expect(report).to.include({ sent: 1, pending: 0 });
    expect((server.roles.get('r1')!.document as { role: { title: string } }).role.title).to.equal('Written offline');
    expect(outbox.map.size).to.equal(0);
  });

  it('a pending write whose role changed on the server meanwhile comes back as a conflict, not an overwrite', async () => {
    const server = fakeServer();
    const store = new HttpRoleStore({ base: '/api', fetch: server.fetch, outbox: memoryStorage() });
    await store.put(emptyDoc('r1'), { baseRevision: null });
    server.state.down = true;
    await store.put({ ...emptyDoc('r1'), role: { title: 'Mine, offline' } }, { baseRevision: '1' });
    await store.put({ ...emptyDoc('r1'), role: { title: 'Mine, offline, again' } }, { baseRevision: '1' });
    server.state.down = false;
    await new HttpRoleStore({ base: '/api', fetch: server.fetch }).put({ ...emptyDoc('r1'), role: { title: 'Someone else' } }, { baseRevision: '1' });
    const report = await store.flush();
    expect(report.sent).to.equal(0);
    expect(report.refused).to.have.length(1);
    expect(report.refused[0].result.reason).to.equal('conflict');
    expect((report.refused[0].write as { document: { role: { title: string } } }).document.role.title).to.equal('Mine, offline, again');
    expect((server.roles.get('r1')!.document as { role: { title: string } }).role.title).to.equal('Someone else');
    expect(store.pending()).to.have.length(0);
  });

  it('removes with If-Match and reads versions of a missing role as none', async () => {
    const server = fakeServer();
    const store = new HttpRoleStore({ base: '/api', fetch: server.fetch });
    await store.put(emptyDoc('r1'), { baseRevision: null });
    expect(await store.remove('r1', { baseRevision: '1' })).to.deep.equal({ ok: true, value: { id: 'r1' } });
    expect(await store.get('r1')).to.equal(undefined);
    expect(await store.versions('r1')).to.deep.equal([]);
  });

  it('never takes a server that cannot answer for an empty library: a failed read throws, only 404 is "no such role"', async () => {
    const server = fakeServer();
    const store = new HttpRoleStore({ base: '/api', fetch: server.fetch });
    await store.put(emptyDoc('r1'), { baseRevision: null });
    const failing = (answer: () => Response | Promise<Response>) => new HttpRoleStore({ base: '/api', fetch: (async () => answer()) as typeof fetch });
    for (const [why, answer] of [
      ['503', () => new Response('{"error":{"message":"down for maintenance"}}', { status: 503 })],
      ['401', () => new Response('{"error":{"message":"sign in"}}', { status: 401 })],
      ['a sign-in page with 200', () => new Response('<html>Please sign in</html>', { status: 200, headers: { 'Content-Type': 'text/html' } })],
    ] as const) {
      let error: unknown;
      try { await failing(answer).get('r1'); } catch (e) { error = e; }
      expect(error, why).to.be.instanceOf(Error);
    }
    server.state.down = true;
    let offline: unknown;
    try { await store.get('r1'); } catch (e) { offline = e; }
    expect((offline as Error).message).to.match(/cannot be reached/);
    server.state.down = false;
    expect(await store.get('nope')).to.equal(undefined);
  });

  it('refuses to read a stored role of a newer schema version, saying so, instead of opening it blank', async () => {
    const server = fakeServer();
    const store = new HttpRoleStore({ base: '/api', fetch: server.fetch });
    await store.put(emptyDoc('r1'), { baseRevision: null });
    server.roles.set('r1', { ...server.roles.get('r1')!, document: { ...emptyDoc('r1'), schemaVersion: 99 } });
    let error: unknown;
    try { await store.get('r1'); } catch (e) { error = e; }
    expect((error as Error).message).to.match(/^The role “r1” on the server cannot be read here: .*newer version/);
  });

  it('counts a success whose body is no role (a sign-in page) as unreachable, keeping the write', async () => {
    const outbox = memoryStorage();
    const store = new HttpRoleStore({ base: '/api', outbox, fetch: (async () => new Response('<html>Please sign in</html>', { status: 200 })) as typeof fetch });
    const result = await store.put(emptyDoc('r1'), { baseRevision: '3' });
    expect(result.ok).to.equal(false);
    expect(!result.ok && result.reason).to.equal('unavailable');
    expect(store.pending().map((w) => w.id)).to.deep.equal(['r1']);
  });

  it('gives up on a request that gets no answer in time: unreachable, so saves behind it are not held', async () => {
    const hanging = ((_: unknown, init: RequestInit = {}) => new Promise<Response>((_resolve, reject) => {
      init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
    })) as typeof fetch;
    const store = new HttpRoleStore({ base: '/api', fetch: hanging, timeoutMs: 20 });
    const result = await store.put(emptyDoc('r1'), { baseRevision: '1' });
    expect(!result.ok && [result.reason, result.message]).to.deep.equal(['unavailable', 'The role library server cannot be reached (no answer within 0.02 seconds).']);
  });

  it('gives up in time on a fetch that ignores the abort signal too', async () => {
    const deaf = (() => new Promise<Response>(() => undefined)) as typeof fetch;
    const store = new HttpRoleStore({ base: '/api', fetch: deaf, timeoutMs: 20 });
    const result = await store.put(emptyDoc('r1'), { baseRevision: '1' });
    expect(!result.ok && result.reason).to.equal('unavailable');
  });

  it('a 404 to a create is a wrong address, not a deleted role; a sign-in page is no list of roles or versions', async () => {
    const notFound = new HttpRoleStore({ base: '/wrong', fetch: (async () => new Response('{"error":{"message":"No such route."}}', { status: 404 })) as typeof fetch });
    const created = await notFound.put(emptyDoc('r1'), { baseRevision: null });
    expect(!created.ok && created.reason).to.equal('not-found');
    const signIn = new HttpRoleStore({ base: '/api', fetch: (async () => new Response('<html>Please sign in</html>', { status: 200 })) as typeof fetch });
    for (const read of [() => signIn.list(), () => signIn.versions('r1')]) {
      let error: unknown;
      try { await read(); } catch (e) { error = e; }
      expect((error as Error).message).to.match(/cannot be reached \(its answer is not a list/);
    }
  });

  it('a write to a role deleted meanwhile is a conflict with no current role; a version is saved only on the revision given', async () => {
    const server = fakeServer();
    const store = new HttpRoleStore({ base: '/api', fetch: server.fetch });
    await store.put(emptyDoc('r1'), { baseRevision: null });
    await store.remove('r1', { baseRevision: '1' });
    const result = await store.put({ ...emptyDoc('r1'), role: { title: 'Mine' } }, { baseRevision: '1' });
    expect(!result.ok && result.reason).to.equal('conflict');
    expect(!result.ok && result.reason === 'conflict' && result.current).to.equal(undefined);
    const again = await store.put({ ...emptyDoc('r1'), role: { title: 'Mine' } }, { baseRevision: null });
    expect(again.ok).to.equal(true);
    await store.saveVersion('r1', { label: 'v', baseRevision: '1' }).catch(() => undefined);
    expect(server.state.requests.at(-1)).to.deep.include({ method: 'POST', url: '/api/roles/r1/versions' });
    expect(server.state.requests.at(-1)!.headers['If-Match']).to.equal('"1"');
  });
});
