// Crash: a server process on PGlite is killed with SIGKILL in the middle of a burst of writes and
// started again on the same data folder: every write it acknowledged (2xx) is there. A second
// server on a folder in use is refused; a lock whose process is gone, not yet reaped or since another
// process is taken over.
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { client, core, freshDataDir, serverModule, spawnServer } from './util.mjs';

const { createRoleDocument } = await core();
const WORKERS = 12;

describe('a killed server loses no acknowledged write', () => {
  let data;
  const children = [];
  after(() => {
    for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
    if (data) rmSync(data, { recursive: true, force: true });
  });

  it('SIGKILL mid-burst, restart on the same data folder: every 2xx is stored', async () => {
    const { file } = await serverModule();
    data = await freshDataDir();
    const first = await spawnServer(file, data);
    children.push(first.child);
    const api = client(first.url);
    /** id → the last acknowledged { revision, title } */
    const acked = new Map();
    let total = 0;
    let killed = false;
    const exited = new Promise((r) => first.child.once('exit', r));
    const worker = async (w) => {
      const doc = createRoleDocument();
      let revision = 0;
      for (let i = 0; !killed; i++) {
        const body = { ...doc, role: { title: `worker ${w} write ${i}` } };
        let r;
        try {
          r = revision === 0
            ? await api('POST', '/api/roles', { body })
            : await api('PUT', `/api/roles/${doc.id}`, { body, headers: { 'If-Match': `"${revision}"` } });
        } catch { return; } // the server is gone
        assert.ok(r.status === 200 || r.status === 201, `write answered ${r.status}`);
        revision = Number(r.json.revision);
        acked.set(doc.id, { revision, title: body.role.title });
        if (++total === 150) { killed = true; first.child.kill('SIGKILL'); }
      }
    };
    await Promise.all(Array.from({ length: WORKERS }, (_, w) => worker(w)));
    await exited;
    assert.ok(total >= 150, `only ${total} writes acknowledged`);

    const second = await spawnServer(file, data);
    children.push(second.child);
    const again = client(second.url);
    for (const [id, { revision, title }] of acked) {
      const r = await again('GET', `/api/roles/${id}`);
      assert.equal(r.status, 200, `role ${id} is missing after the restart`);
      const stored = Number(r.json.revision);
      // A write that was committed but not yet answered when the process died may be there too.
      assert.ok(stored === revision || stored === revision + 1, `role ${id}: acknowledged revision ${revision}, stored ${stored}`);
      if (stored === revision) assert.equal(r.json.document.role.title, title);
    }
    // The killed server's lock on the folder was taken over; the running one keeps a third out.
    const { startServer } = await serverModule();
    await assert.rejects(startServer({ port: 0, data, log: () => {} }), /another server \(process \d+\) is using the data folder/);
    second.child.kill('SIGTERM');
  });
});

describe('the data folder\'s lock', { skip: process.platform !== 'linux' && 'reads /proc' }, () => {
  let data, holder;
  after(() => {
    holder?.kill('SIGKILL');
    if (data) rmSync(data, { recursive: true, force: true });
  });

  it('is taken over from a killed server not yet reaped (a zombie) and from a process id since reused', async () => {
    const { startServer } = await serverModule();
    data = await freshDataDir();
    // `sleep 30` never waits for its child, so the child, once it ends, stays a zombie.
    holder = spawn('sh', ['-c', 'sleep 0 & echo $!; exec sleep 30'], { stdio: ['ignore', 'pipe', 'ignore'] });
    const zombie = Number(await new Promise((r) => holder.stdout.once('data', (d) => r(String(d).trim()))));
    const state = (pid) => readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /s, '').split(' ');
    while (state(zombie)[0] !== 'Z') await new Promise((r) => setTimeout(r, 10));
    const lock = join(data, 'psw-server.lock');
    const opens = async (text) => {
      writeFileSync(lock, text);
      const server = await startServer({ port: 0, data, log: () => {} });
      await server.close();
    };
    await opens(String(zombie));
    // A running process, but not the one that wrote the lock: its start time differs.
    await opens(`${holder.pid} 1`);
    // The process that wrote the lock, still running: refused.
    writeFileSync(lock, `${holder.pid} ${state(holder.pid)[19]}`);
    await assert.rejects(startServer({ port: 0, data, log: () => {} }), new RegExp(`another server \\(process ${holder.pid}\\)`));
  });
});

