// The REST contract (docs/server-api.md) against the running server, on PGlite and, when
// PSW_TEST_DATABASE_URL is set, on PostgreSQL: the same suite on both. Every JSON response is also
// checked against the OpenAPI document (dist/openapi.json is made by the same code).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { connect } from 'node:net';
import { BACKENDS, TOKENS, client, core, serverModule, startTestServer } from './util.mjs';

const { createRoleDocument } = await core();
const newDoc = (title = 'Peer Support Worker', extra = {}) => ({ ...createRoleDocument(), role: { title }, ...extra });

for (const backend of BACKENDS) {
  // Without a database to run on, one skipped test says so (a skipped suite would not be counted).
  if (backend.skip) { it(`REST API on ${backend.name}`, { skip: backend.skip }, () => {}); continue; }
  describe(`REST API on ${backend.name}`, () => {
    let server, api;
    const seen = []; // [operation path, method, status, json] for the OpenAPI check
    const call = async (method, path, opts) => {
      const r = await api(method, path, opts);
      seen.push([method.toLowerCase(), path, r.status, r.json, r.headers.get('content-type')]);
      return r;
    };
    const create = async (as = 'manager', doc = newDoc()) => {
      const r = await call('POST', '/api/roles', { as, body: doc });
      assert.equal(r.status, 201, r.text);
      return { doc, etag: r.headers.get('etag') };
    };
    const logged = []; // what the server logged: errors would show here
    before(async () => { server = await startTestServer(backend, { log: (line) => logged.push(line) }); api = client(server.url); });
    after(async () => { await server?.close(); });

    it('answers health, sends the security headers and no CORS headers', async () => {
      const r = await call('GET', '/api/health');
      assert.equal(r.status, 200);
      assert.equal(r.json.database, backend.kind);
      assert.equal(r.headers.get('x-content-type-options'), 'nosniff');
      assert.match(r.headers.get('content-security-policy'), /frame-ancestors 'none'/);
      assert.equal(r.headers.get('referrer-policy'), 'no-referrer');
      assert.equal(r.headers.get('cache-control'), 'no-store');
      const pre = await api('OPTIONS', '/api/roles', { headers: { Origin: 'https://elsewhere.example', 'Access-Control-Request-Method': 'PUT' } });
      assert.equal(pre.headers.get('access-control-allow-origin'), null);
    });

    it('creates (201, Location, ETag), reads, replaces with If-Match and deletes', async () => {
      const doc = newDoc('Peer Support Worker, crisis team');
      const created = await call('POST', '/api/roles', { as: 'manager', body: doc });
      assert.equal(created.status, 201);
      assert.equal(created.headers.get('location'), `/api/roles/${doc.id}`);
      assert.equal(created.headers.get('etag'), '"1"');
      assert.equal(created.json.createdBy, 'mo');
      const read = await call('GET', `/api/roles/${doc.id}`, { as: 'viewer' });
      assert.deepEqual(read.json.document, doc);
      assert.equal((await call('PUT', `/api/roles/${doc.id}`, { as: 'manager', body: doc })).status, 428);
      const changed = { ...doc, role: { title: 'Senior Peer Support Worker' } };
      const put = await call('PUT', `/api/roles/${doc.id}`, { as: 'manager', body: changed, headers: { 'If-Match': '"1"' } });
      assert.equal(put.status, 200);
      assert.equal(put.headers.get('etag'), '"2"');
      const stale = await call('PUT', `/api/roles/${doc.id}`, { as: 'manager', body: doc, headers: { 'If-Match': '"1"' } });
      assert.equal(stale.status, 412);
      assert.equal(stale.headers.get('etag'), '"2"');
      assert.match(stale.json.error.message, /Someone else saved/);
      assert.equal((await call('POST', '/api/roles', { as: 'manager', body: doc })).status, 409);
      assert.equal((await call('DELETE', `/api/roles/${doc.id}`, { as: 'manager' })).status, 428);
      assert.equal((await call('DELETE', `/api/roles/${doc.id}`, { as: 'manager', headers: { 'If-Match': '"1"' } })).status, 412);
      assert.equal((await call('DELETE', `/api/roles/${doc.id}`, { as: 'manager', headers: { 'If-Match': '"2"' } })).status, 204);
      assert.equal((await call('GET', `/api/roles/${doc.id}`, { as: 'manager' })).status, 404);
      // Made again under the same id, the role goes on from the deleted one's revision: a tag read
      // from the old role ("1", "2") never matches the new one.
      const again = await call('POST', '/api/roles', { as: 'manager', body: doc });
      assert.equal(again.headers.get('etag'), '"3"');
      for (const tag of ['"1"', '"2"']) {
        assert.equal((await call('PUT', `/api/roles/${doc.id}`, { as: 'manager', body: changed, headers: { 'If-Match': tag } })).status, 412, tag);
        assert.equal((await call('DELETE', `/api/roles/${doc.id}`, { as: 'manager', headers: { 'If-Match': tag } })).status, 412, tag);
      }
      assert.deepEqual((await call('GET', `/api/roles/${doc.id}`, { as: 'viewer' })).json.document, doc);
    });

    it('lists summaries newest first, by pages, with search', async () => {
      for (const t of ['Alpha community role', 'Beta ward role', 'Gamma community role']) await create('manager', newDoc(t));
      const found = await call('GET', '/api/roles?search=community&limit=1', { as: 'viewer' });
      assert.equal(found.status, 200);
      assert.deepEqual(found.json.items.map((i) => i.title), ['Gamma community role']);
      assert.ok(found.json.nextCursor);
      const next = await call('GET', `/api/roles?search=community&limit=1&cursor=${found.json.nextCursor}`, { as: 'viewer' });
      assert.deepEqual(next.json.items.map((i) => i.title), ['Alpha community role']);
      assert.equal(next.json.nextCursor, undefined);
      assert.equal((await call('GET', '/api/roles?limit=0', { as: 'viewer' })).status, 400);
      assert.equal((await call('GET', '/api/roles?cursor=nonsense', { as: 'viewer' })).status, 400);
      assert.equal((await call('GET', '/api/roles?search=%25', { as: 'viewer' })).json.items.length, 0);
    });

    it('saves versions (only HR approves), reads them, compares and exports', async () => {
      const { doc } = await create('manager', newDoc('Versioned role'));
      const v1 = await call('POST', `/api/roles/${doc.id}/versions`, { as: 'manager', body: { label: 'First draft' } });
      assert.equal(v1.status, 201);
      assert.equal(v1.json.version, 1);
      assert.equal((await call('POST', `/api/roles/${doc.id}/versions`, { as: 'manager', body: { label: 'Approve', status: 'approved' } })).status, 403);
      assert.equal((await call('POST', `/api/roles/${doc.id}/versions`, { as: 'manager', body: { label: '' } })).status, 422);
      // Approval is HR's: a manager cannot mark the role approved, and once HR has, a version the
      // manager saves without a status (it takes the role's) is not an approved one either.
      const approved = { ...doc, meta: { ...doc.meta, status: 'approved' } };
      const claimed = await call('PUT', `/api/roles/${doc.id}`, { as: 'manager', body: approved, headers: { 'If-Match': '"1"' } });
      assert.equal(claimed.status, 403, claimed.text);
      assert.match(claimed.json.error.message, /Only HR may mark a role approved/);
      assert.equal((await call('POST', '/api/roles', { as: 'manager', body: { ...approved, id: 'claimed-approved' } })).status, 403);
      assert.equal((await call('PUT', `/api/roles/${doc.id}`, { as: 'hr', body: approved, headers: { 'If-Match': '"1"' } })).status, 200);
      const bypass = await call('POST', `/api/roles/${doc.id}/versions`, { as: 'manager', body: { label: 'Sneaky' } });
      assert.equal(bypass.status, 403, bypass.text);
      assert.match(bypass.json.error.message, /only HR may save an approved version/);
      assert.equal((await call('POST', `/api/roles/${doc.id}/versions`, { as: 'manager', body: { label: 'For review', status: 'review' } })).json.status, 'review');
      const fields = await call('POST', `/api/roles/${doc.id}/versions`, { as: 'manager', body: { label: 'a\u0000b', status: 'done', colour: 'red' } });
      assert.equal(fields.status, 422);
      assert.deepEqual(fields.json.issues.map((i) => i.path).sort(), ['colour', 'label', 'status']);
      assert.ok(fields.json.issues.every((i) => i.message !== 'Invalid input'), JSON.stringify(fields.json.issues));
      // Half a character is refused by name, not stored as U+FFFD.
      const halves = await call('POST', `/api/roles/${doc.id}/versions`, { as: 'manager', body: { label: 'v\ud800x', note: '\udc00' } });
      assert.equal(halves.status, 422);
      assert.deepEqual(halves.json.issues.map((i) => i.path).sort(), ['label', 'note']);
      assert.match(halves.json.issues[0].message, /half of a character/);
      await call('PUT', `/api/roles/${doc.id}`, { as: 'manager', body: { ...doc, role: { title: 'Versioned role, renamed' } }, headers: { 'If-Match': '"2"' } });
      const v2 = await call('POST', `/api/roles/${doc.id}/versions`, { as: 'hr', body: { label: 'Approved', status: 'approved', reason: 'Panel agreed' } });
      assert.equal(v2.json.version, 3);
      assert.equal(v2.json.status, 'approved');
      const list = await call('GET', `/api/roles/${doc.id}/versions`, { as: 'viewer' });
      assert.deepEqual(list.json.items.map((v) => v.label), ['First draft', 'For review', 'Approved']);
      const one = await call('GET', `/api/roles/${doc.id}/versions/1`, { as: 'viewer' });
      assert.equal(one.json.document.role.title, 'Versioned role');
      assert.equal((await call('GET', `/api/roles/${doc.id}/versions/9`, { as: 'viewer' })).status, 404);
      const cmp = await call('GET', `/api/roles/${doc.id}/compare?from=1&to=current`, { as: 'viewer' });
      const { compareRoles } = await core();
      if (compareRoles) {
        assert.equal(cmp.status, 200);
        assert.ok(cmp.json.changes.some((c) => c.path.startsWith('role.title')));
      } else {
        assert.equal(cmp.status, 501);
      }
      assert.equal((await call('GET', `/api/roles/${doc.id}/compare?from=x`, { as: 'viewer' })).status, 400);
      const json = await call('GET', `/api/roles/${doc.id}/export?format=json`, { as: 'viewer' });
      assert.equal(json.json.kind, 'psw-job-description');
      const ld = await api('GET', `/api/roles/${doc.id}/export?format=jsonld`, { as: 'viewer' });
      assert.equal(JSON.parse(ld.text)['@type'], 'JobPosting');
      const md = await api('GET', `/api/roles/${doc.id}/export?format=md`, { as: 'viewer' });
      assert.match(md.text, /Versioned role, renamed/);
      const docx = await fetch(`${server.url}/api/roles/${doc.id}/export?format=docx`, { headers: { Authorization: 'Bearer viewer-token-0123456789abc' } });
      assert.equal(docx.status, 200);
      assert.equal(Buffer.from(await docx.arrayBuffer()).subarray(0, 2).toString(), 'PK');
      assert.equal((await call('GET', `/api/roles/${doc.id}/export?format=pdf`, { as: 'viewer' })).status, 400);
    });

    it('keeps the organisation profile: HR only, with If-Match, validated', async () => {
      assert.equal((await call('GET', '/api/organisation', { as: 'viewer' })).status, 404);
      const profile = { kind: 'psw-organisation-profile', schemaVersion: 1, id: 'org1', asOf: '2026-11-01', organisation: { name: 'Example NHS Trust' }, facts: {}, pay: {}, policy: {}, templates: {}, jobDescription: {} };
      assert.equal((await call('PUT', '/api/organisation', { as: 'manager', body: profile })).status, 403);
      assert.equal((await call('PUT', '/api/organisation', { as: 'hr', body: profile })).status, 428);
      // Replacing a profile that does not exist yet, and asking to create and replace at once, are refused.
      assert.equal((await call('PUT', '/api/organisation', { as: 'hr', body: profile, headers: { 'If-Match': '"1"' } })).status, 404);
      const both = await call('PUT', '/api/organisation', { as: 'hr', body: profile, headers: { 'If-Match': '"1"', 'If-None-Match': '*' } });
      assert.equal(both.status, 400);
      assert.match(both.json.error.message, /not both/);
      const bad = await call('PUT', '/api/organisation', { as: 'hr', body: { ...profile, asOf: 'soon' }, headers: { 'If-None-Match': '*' } });
      assert.equal(bad.status, 422);
      assert.ok(bad.json.issues.length);
      const made = await call('PUT', '/api/organisation', { as: 'hr', body: profile, headers: { 'If-None-Match': '*' } });
      assert.equal(made.status, 200, made.text);
      const etag = made.headers.get('etag');
      const updated = await call('PUT', '/api/organisation', { as: 'hr', body: { ...profile, organisation: { name: 'Renamed Trust' } }, headers: { 'If-Match': etag } });
      assert.equal(updated.status, 200);
      assert.equal((await call('PUT', '/api/organisation', { as: 'hr', body: profile, headers: { 'If-Match': etag } })).status, 412);
      // Tags this server never gave out match nothing ("1.0" is not "1"); they are not a server error.
      for (const tag of ['"abc"', '"2.0"', '*', '"1", "2"', '"99999999999"']) {
        assert.equal((await call('PUT', '/api/organisation', { as: 'hr', body: profile, headers: { 'If-Match': tag } })).status, 412, tag);
      }
      assert.equal((await call('GET', '/api/organisation', { as: 'viewer' })).json.profile.organisation.name, 'Renamed Trust');
    });

    it('reads a role, its versions and a profile template stored by an earlier release (document schema version 1) as current ones', async () => {
      const { doc } = await create('hr', newDoc('Stored long ago'));
      assert.equal((await call('POST', `/api/roles/${doc.id}/versions`, { as: 'hr', body: { label: 'First' } })).status, 201);
      // As version 1 wrote a 9-month fixed-term post: its length in the funding term.
      const v1 = { ...doc, schemaVersion: 1, employment: { contractType: 'fixed-term', funding: { source: 'Grant', termMonths: 9 } } };
      await server.db.query('UPDATE roles SET document = $2 WHERE id = $1', [doc.id, JSON.stringify(v1)]);
      await server.db.query('UPDATE role_versions SET document = $2 WHERE role_id = $1', [doc.id, JSON.stringify(v1)]);
      const migrated = { contractType: 'fixed-term', fixedTermMonths: 9, funding: { source: 'Grant' } };
      const got = await call('GET', `/api/roles/${doc.id}`, { as: 'viewer' });
      assert.equal(got.json.document.schemaVersion, 2);
      assert.deepEqual(got.json.document.employment, migrated);
      assert.deepEqual((await call('GET', `/api/roles/${doc.id}/versions/1`, { as: 'viewer' })).json.document.employment, migrated);
      const md = await api('GET', `/api/roles/${doc.id}/export?format=md`, { as: 'viewer' });
      assert.match(md.text, /Fixed term, 9 months/);
      const cmp = await call('GET', `/api/roles/${doc.id}/compare?from=1&to=current`, { as: 'viewer' });
      if (cmp.status === 200) assert.deepEqual(cmp.json.changes, []);
      // The next write stores the current version.
      const put = await call('PUT', `/api/roles/${doc.id}`, { as: 'hr', body: got.json.document, headers: { 'If-Match': got.headers.get('etag') } });
      assert.equal(put.status, 200, put.text);
      const [row] = await server.db.query('SELECT document FROM roles WHERE id = $1', [doc.id]);
      assert.equal(JSON.parse(row.document).schemaVersion, 2);
      // A profile whose template is a version 1 document.
      const [org] = await server.db.query('SELECT profile FROM organisation WHERE id = 1');
      const profile = JSON.parse(org.profile);
      profile.templates = { add: [{ id: 'org-fixed-term', label: 'Fixed-term peer worker', document: v1 }] };
      await server.db.query('UPDATE organisation SET profile = $1 WHERE id = 1', [JSON.stringify(profile)]);
      const read = await call('GET', '/api/organisation', { as: 'viewer' });
      assert.equal(read.status, 200);
      assert.deepEqual(read.json.profile.templates.add[0].document.employment, migrated);
      await server.db.query('UPDATE organisation SET profile = $1 WHERE id = 1', [org.profile]);
    });

    it('signs people in and lets each do only their part', async () => {
      const { doc } = await create('manager');
      assert.equal((await call('GET', '/api/roles')).status, 401);
      assert.equal((await api('GET', '/api/roles', { headers: { Authorization: 'Bearer not-a-known-token-at-all' } })).status, 401);
      assert.equal((await call('POST', '/api/roles', { as: 'viewer', body: newDoc() })).status, 403);
      const theirs = await call('PUT', `/api/roles/${doc.id}`, { as: 'manager2', body: { ...doc, role: { title: 'Taken over' } }, headers: { 'If-Match': '"1"' } });
      assert.equal(theirs.status, 403);
      assert.equal((await call('DELETE', `/api/roles/${doc.id}`, { as: 'manager2', headers: { 'If-Match': '"1"' } })).status, 403);
      const hr = await call('PUT', `/api/roles/${doc.id}`, { as: 'hr', body: { ...doc, role: { title: 'Edited by HR' } }, headers: { 'If-Match': '"1"' } });
      assert.equal(hr.status, 200);
      assert.equal((await call('GET', '/api/audit', { as: 'manager' })).status, 403);
      const audit = await call('GET', `/api/audit?role=${doc.id}`, { as: 'hr' });
      assert.deepEqual(audit.json.items.map((e) => [e.action, e.user]), [['update role', 'harriet'], ['create role', 'mo']]);
      if ((await core()).compareRoles) {
        assert.equal(audit.json.items[0].summary.changes, 1);
        assert.match(audit.json.items[0].summary.labels[0], /Edited by HR/);
      }
      const page = await call('GET', '/api/audit?limit=2', { as: 'hr' });
      assert.equal(page.json.items.length, 2);
      assert.ok(page.json.nextCursor);
      assert.equal((await call('GET', `/api/audit?limit=2&cursor=${page.json.nextCursor}`, { as: 'hr' })).status, 200);
    });

    it('refuses hostile input with the right 4xx and leaves the store unchanged', async () => {
      const { doc } = await create('manager', newDoc('Target'));
      const put = (opts) => call('PUT', `/api/roles/${doc.id}`, { as: 'manager', ...opts, headers: { 'If-Match': '"1"', ...(opts.headers ?? {}) } });
      const big = { ...doc, role: { title: 'x', purpose: 'y'.repeat(1_100_000) } };
      assert.equal((await put({ body: big })).status, 413);
      let deep = {}; for (let i = 0; i < 200; i++) deep = { a: deep };
      assert.equal((await put({ body: { ...doc, extensions: deep } })).status, 422);
      const proto = await put({ raw: JSON.stringify(doc).replace('"role":{', '"role":{"__proto__":{"admin":true},'), headers: { 'Content-Type': 'application/json' } });
      assert.equal(proto.status, 422);
      assert.equal((await put({ raw: JSON.stringify(doc), headers: { 'Content-Type': 'text/plain' } })).status, 415);
      assert.equal((await put({ raw: '{"kind":', headers: { 'Content-Type': 'application/json' } })).status, 400);
      assert.equal((await put({ body: { ...doc, id: 'another' } })).status, 422);
      assert.equal((await put({ body: { ...doc, duties: 'none' } })).status, 422);
      // A document sent encoded twice (a JSON string holding it) is refused, as any other string is.
      for (const body of [JSON.stringify(doc), 'str']) {
        const r = await put({ body });
        assert.equal(r.status, 422, body.slice(0, 20));
        assert.match(r.json.error.message, /must be a JSON object, not a JSON string/);
      }
      for (const r of seen.filter(([, , status]) => status >= 400)) assert.ok(typeof r[3]?.error?.message === 'string', `error body for ${r[1]} ${r[2]}`);
      const still = await call('GET', `/api/roles/${doc.id}`, { as: 'viewer' });
      assert.equal(still.headers.get('etag'), '"1"');
      assert.deepEqual(still.json.document, doc);
      const script = '<script>alert(1)</script><img src=x onerror=alert(2)>';
      const stored = await put({ body: { ...doc, role: { title: script } } });
      assert.equal(stored.status, 200);
      const back = await call('GET', `/api/roles/${doc.id}`, { as: 'viewer' });
      assert.equal(back.json.document.role.title, script);
      assert.match(back.headers.get('content-type'), /^application\/json/);
      assert.equal((await call('GET', '/api/nothing-here', { as: 'viewer' })).status, 404);
    });

    it('answers addresses, text and tags the database cannot hold with a 4xx, never a 500', async () => {
      // Ids no role can have (NUL, which PostgreSQL's text refuses; a space): 404 without asking the database.
      for (const [method, path] of [['GET', '/api/roles/%00'], ['GET', '/api/roles/a%00/versions'], ['GET', '/api/roles/a%00/export'],
        ['POST', '/api/roles/a%00/versions'], ['DELETE', '/api/roles/a%20b']]) {
        const r = await call(method, path, { as: 'hr', body: method === 'POST' ? { label: 'x' } : undefined, headers: method === 'DELETE' ? { 'If-Match': '"1"' } : {} });
        assert.equal(r.status, 404, `${method} ${path}: ${r.text}`);
      }
      assert.equal((await call('GET', '/api/roles?search=%00', { as: 'viewer' })).status, 200);
      assert.equal((await call('GET', '/api/audit?role=%00', { as: 'hr' })).status, 400);
      const forged = (value) => Buffer.from(JSON.stringify(value)).toString('base64url');
      for (const cursor of [forged(['1', 'x']), forged(['+275760-09-13T00:00:00.000Z', 'x']), forged(['2026-01-01T00:00:00.000Z', 'a\u0000']),
        forged(['2026-02-30T00:00:00.000Z', 'x']), forged(['0000-01-01T00:00:00.000Z', 'x'])]) {
        assert.equal((await call('GET', `/api/roles?cursor=${cursor}`, { as: 'viewer' })).status, 400, cursor);
      }
      // NUL inside a document's text is kept in the document; the list's own columns leave it out.
      const { doc } = await create('manager', newDoc('Night\u0000 worker'));
      assert.equal((await call('GET', `/api/roles/${doc.id}`, { as: 'viewer' })).json.document.role.title, 'Night\u0000 worker');
      assert.ok((await call('GET', '/api/roles?search=night', { as: 'viewer' })).json.items.some((i) => i.title === 'Night worker'));
      // An id of dots only would be folded into another address by every URL parser.
      const dots = await call('POST', '/api/roles', { as: 'manager', body: { ...newDoc(), id: '..' } });
      assert.equal(dots.status, 422);
      assert.deepEqual(dots.json.issues.map((i) => i.path), ['id']);
      // UTF-8 only, uncompressed.
      const raw = JSON.stringify(newDoc('Café'));
      assert.equal((await call('POST', '/api/roles', { as: 'manager', raw, headers: { 'Content-Type': 'application/json; charset=iso-8859-1' } })).status, 415);
      assert.equal((await call('POST', '/api/roles', { as: 'manager', raw, headers: { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' } })).status, 415);
      const latin1 = Buffer.from(raw, 'latin1');
      assert.equal((await call('POST', '/api/roles', { as: 'manager', raw: latin1, headers: { 'Content-Type': 'application/json' } })).status, 400);
      const utf8 = await call('POST', '/api/roles', { as: 'manager', raw, headers: { 'Content-Type': 'application/json; charset="UTF-8"' } });
      assert.equal(utf8.json.document.role.title, 'Café');
      // A client that hangs up half way through its body is not a server error.
      await new Promise((resolve, reject) => {
        const socket = connect(server.port, '127.0.0.1', () => {
          socket.write(`POST /api/roles HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${TOKENS.manager.token}\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n`);
          const chunk = `${'x'.repeat(1000).length.toString(16)}\r\n${'x'.repeat(1000)}\r\n`;
          for (let i = 0; i < 20; i++) socket.write(chunk);
          setTimeout(() => { socket.destroy(); setTimeout(resolve, 300); }, 100);
        });
        socket.on('error', reject);
      });
      assert.deepEqual(logged.filter((line) => line.startsWith('error')), []);
      // What Node answers before the API (bytes its parser refuses, an Expect it does not meet, a Host
      // that names no host) is answered like every error: JSON, then closed.
      const rawAnswer = (request) => new Promise((resolve, reject) => {
        let text = '';
        const socket = connect(server.port, '127.0.0.1', () => socket.write(request));
        socket.on('data', (d) => { text += d; });
        socket.on('end', () => resolve(text));
        socket.on('error', reject);
      });
      const refusedByNode = [
        ['POST /api/roles HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nxx', '400 Bad Request', /not one HTTP can carry/],
        ['GET /api/health HTTP/1.1\r\nHost: x\r\nExpect: foo\r\n\r\n', '417 Expectation Failed', /no Expect header but/],
        // Taken by Node, refused by the adapter before the app: a Host that names no host.
        ['GET /api/health HTTP/1.1\r\nHost: a b\r\nConnection: close\r\n\r\n', '400 Bad Request', /address is not valid \(invalid url\)/],
      ];
      for (const [request, status, message] of refusedByNode) {
        const answer = await rawAnswer(request);
        assert.match(answer, new RegExp(`^HTTP/1\\.1 ${status}\r\n`));
        assert.match(answer, /\r\nContent-Type: application\/json\r\n/i);
        assert.match(JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4)).error.message, message);
      }
    });

    it('answers a method a path does not take with 405 and the methods it takes, as the OpenAPI document has them', async () => {
      const { openApiDocument } = await serverModule();
      const { paths } = openApiDocument();
      const cases = [['PATCH', '/api/roles', '/api/roles'], ['POST', '/api/roles/r1', '/api/roles/{id}'],
        ['DELETE', '/api/roles/r1/versions', '/api/roles/{id}/versions'], ['PUT', '/api/health', '/api/health']];
      for (const [method, path, template] of cases) {
        const r = await api(method, path, { as: 'manager', body: {} });
        assert.equal(r.status, 405, `${method} ${path}`);
        const documented = Object.keys(paths[template]).filter((k) => ['get', 'put', 'post', 'delete', 'patch'].includes(k)).map((m) => m.toUpperCase());
        assert.deepEqual(r.headers.get('allow').split(', ').sort(), [...documented, 'HEAD'].sort(), `Allow for ${path}`);
        assert.match(r.json.error.message, new RegExp(`does not take ${method}`));
        // The same answer for a viewer, who may change nothing: the method is the problem, not the person.
        assert.equal((await api(method, path, { as: 'viewer', body: {} })).status, 405, `${method} ${path} as a viewer`);
      }
      // A viewer's write the API does take is still refused.
      assert.equal((await api('POST', '/api/roles', { as: 'viewer', body: {} })).status, 403);
    });

    it('every JSON response matches the OpenAPI document', async () => {
      const { openApiDocument } = await serverModule();
      const doc = openApiDocument();
      assert.equal(doc.openapi, '3.1.0');
      const ajv = new Ajv2020({ allErrors: true, strict: false });
      addFormats(ajv);
      ajv.addSchema({ $id: 'openapi', components: doc.components });
      const templates = Object.keys(doc.paths).map((p) => [p, new RegExp(`^${p.replace(/\{[^}]+\}/g, '[^/]+')}$`)]);
      let checked = 0;
      for (const [method, url, status, json, type] of seen) {
        if (!json || !type?.startsWith('application/json')) continue;
        const path = new URL(url, 'http://x').pathname;
        const template = templates.find(([, re]) => re.test(path))?.[0];
        if (!template) { assert.equal(status, 404, `${method} ${path} is not in the OpenAPI document`); continue; }
        const op = doc.paths[template][method];
        assert.ok(op, `${method} ${template} is not in the OpenAPI document`);
        const response = op.responses[String(status)];
        assert.ok(response, `${method} ${template} ${status} is not in the OpenAPI document`);
        const schema = response.content['application/json'].schema;
        const validate = ajv.compile({ $ref: `openapi${schema.$ref}` });
        assert.ok(validate(json), `${method} ${path} ${status}: ${ajv.errorsText(validate.errors)}`);
        checked++;
      }
      assert.ok(checked > 40, `only ${checked} responses checked`);
    });
  });
}
