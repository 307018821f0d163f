import 'fake-indexeddb/auto';
import { describe, it } from 'node:test';
import { expect } from 'chai';
import { IdbRoleStore, TRASH_DAYS } from '../../../src/store/idb-role-store.js';
import { emptyDoc, fakeClock } from './fixtures.js';
import type { RoleDocument } from '../../../src/model/schema.js';

let n = 0;
const dbName = () => `test-library-${++n}-${Date.now()}`;
const titled = (doc: RoleDocument, title: string): RoleDocument => ({ ...doc, role: { ...doc.role, title } });

describe('IdbRoleStore', () => {
  it('creates, reads, lists and updates a role with optimistic revisions', async () => {
    const store = new IdbRoleStore({ name: dbName() });
    const created = await store.put(titled(emptyDoc('r1'), 'Peer Support Worker'), { baseRevision: null });
    expect(created.ok).to.equal(true);
    if (!created.ok) return;
    const got = await store.get('r1');
    expect(got?.document.role.title).to.equal('Peer Support Worker');
    expect(got?.revision).to.equal(created.value.revision);
    const again = await store.put(emptyDoc('r1'), { baseRevision: null });
    expect(again.ok === false && again.reason).to.equal('conflict');
    const updated = await store.put(titled(emptyDoc('r1'), 'Senior PSW'), { baseRevision: created.value.revision });
    expect(updated.ok).to.equal(true);
    const page = await store.list();
    expect(page.items.map((i) => [i.id, i.title, i.status, i.versionCount])).to.deep.equal([['r1', 'Senior PSW', 'draft', 0]]);
    expect((await store.list({ search: 'senior' })).items).to.have.length(1);
    expect((await store.list({ search: 'nurse' })).items).to.have.length(0);
    expect((await store.list({ status: 'approved' })).items).to.have.length(0);
    store.close();
  });

  it('refuses a stale write with the current role, and nothing is written', async () => {
    const store = new IdbRoleStore({ name: dbName() });
    const first = await store.put(emptyDoc('r1'), { baseRevision: null });
    if (!first.ok) throw new Error('not created');
    const second = await store.put(titled(emptyDoc('r1'), 'Theirs'), { baseRevision: first.value.revision });
    const stale = await store.put(titled(emptyDoc('r1'), 'Mine'), { baseRevision: first.value.revision });
    expect(stale.ok).to.equal(false);
    if (stale.ok || stale.reason !== 'conflict') throw new Error('expected a conflict');
    expect(stale.current?.document.role.title).to.equal('Theirs');
    expect(stale.current?.revision).to.equal(second.ok && second.value.revision);
    expect(stale.message).to.match(/Someone else saved this role/);
    expect((await store.get('r1'))?.document.role.title).to.equal('Theirs');
    store.close();
  });

  it('two tabs (two stores on one database) racing from the same revision: exactly one wins', async () => {
    const name = dbName();
    const tabA = new IdbRoleStore({ name });
    const tabB = new IdbRoleStore({ name });
    const created = await tabA.put(emptyDoc('shared'), { baseRevision: null });
    if (!created.ok) throw new Error('not created');
    const base = (await tabB.get('shared'))!.revision;
    for (let round = 0; round < 5; round++) {
      const rev = round === 0 ? base : (await tabA.get('shared'))!.revision;
      const [a, b] = await Promise.all([
        tabA.put(titled(emptyDoc('shared'), `A${round}`), { baseRevision: rev }),
        tabB.put(titled(emptyDoc('shared'), `B${round}`), { baseRevision: rev }),
      ]);
      const wins = [a, b].filter((r) => r.ok);
      const conflicts = [a, b].filter((r) => !r.ok && r.reason === 'conflict');
      expect(wins).to.have.length(1);
      expect(conflicts).to.have.length(1);
      const winner = wins[0]!.ok ? wins[0]!.value.document.role.title : '';
      const loser = conflicts[0]!;
      expect(!loser.ok && loser.reason === 'conflict' && loser.current?.document.role.title).to.equal(winner);
      expect((await tabB.get('shared'))!.document.role.title).to.equal(winner);
    }
    tabA.close();
    tabB.close();
  });

  it('refuses an invalid document with issues naming the field', async () => {
    const store = new IdbRoleStore({ name: dbName() });
    const bad = { ...emptyDoc('r1'), duties: [{ id: 'd1', title: 'x', kind: 'sometimes' }] };
    const result = await store.put(bad, { baseRevision: null });
    expect(result.ok === false && result.reason).to.equal('invalid');
    if (!result.ok && result.reason === 'invalid') expect(result.issues[0]!.path).to.equal('duties[0].kind');
    expect(await store.get('r1')).to.equal(undefined);
    store.close();
  });

  it('saves versions in order with label, status, by, note and reason, and reads them back', async () => {
    const clock = fakeClock();
    const store = new IdbRoleStore({ name: dbName(), now: clock.now });
    const created = await store.put(titled(emptyDoc('r1'), 'First'), { baseRevision: null });
    if (!created.ok) throw new Error('not created');
    const v1 = await store.saveVersion('r1', { label: 'Draft for HR', by: 'Sam', note: 'first go' });
    expect(v1.ok && v1.value).to.deep.include({ version: 1, label: 'Draft for HR', status: 'draft', by: 'Sam', note: 'first go' });
    clock.tick(1000);
    await store.put(titled(emptyDoc('r1'), 'Second'), { baseRevision: created.value.revision });
    const v2 = await store.saveVersion('r1', { label: 'Reviewed', status: 'review', reason: 'HR checked the pay' });
    expect(v2.ok && v2.value.version).to.equal(2);
    const list = await store.versions('r1');
    expect(list.map((v) => [v.version, v.label, v.status, v.reason])).to.deep.equal([[1, 'Draft for HR', 'draft', undefined], [2, 'Reviewed', 'review', 'HR checked the pay']]);
    expect((await store.getVersion('r1', 1))?.document.role.title).to.equal('First');
    expect((await store.getVersion('r1', 2))?.document.role.title).to.equal('Second');
    expect((await store.list()).items[0]!.versionCount).to.equal(2);
    const noLabel = await store.saveVersion('r1', { label: '  ' });
    expect(!noLabel.ok && noLabel.message).to.match(/needs a label/);
    const missing = await store.saveVersion('nope', { label: 'x' });
    expect(!missing.ok && missing.reason).to.equal('not-found');
    const stale = await store.saveVersion('r1', { label: 'x', baseRevision: created.value.revision });
    expect(!stale.ok && stale.reason).to.equal('conflict');
    store.close();
  });

  it('a version acknowledged by one instance is there for a new instance (a reload)', async () => {
    const name = dbName();
    const before = new IdbRoleStore({ name });
    await before.put(emptyDoc('r1'), { baseRevision: null });
    const saved = await before.saveVersion('r1', { label: 'Kept' });
    expect(saved.ok).to.equal(true);
    before.close();
    const after = new IdbRoleStore({ name });
    expect((await after.versions('r1')).map((v) => v.label)).to.deep.equal(['Kept']);
    after.close();
  });

  it('delete moves a role with its versions to the trash; restore brings both back; the trash is purged after 30 days', async () => {
    const clock = fakeClock();
    const name = dbName();
    const store = new IdbRoleStore({ name, now: clock.now });
    const created = await store.put(titled(emptyDoc('r1'), 'Gone'), { baseRevision: null });
    if (!created.ok) throw new Error('not created');
    await store.saveVersion('r1', { label: 'v1' });
    const stale = await store.remove('r1', { baseRevision: 'r-old' });
    expect(!stale.ok && stale.reason).to.equal('conflict');
    const removed = await store.remove('r1', { baseRevision: created.value.revision });
    if (!removed.ok) throw new Error('not removed');
    expect(await store.get('r1')).to.equal(undefined);
    expect(await store.versions('r1')).to.deep.equal([]);
    const trash = await store.trash();
    expect(trash.map((t) => [t.id, t.title, t.versionCount])).to.deep.equal([['r1', 'Gone', 1]]);
    const back = await store.restore(removed.value.trashId);
    expect(back.ok).to.equal(true);
    expect((await store.get('r1'))?.document.role.title).to.equal('Gone');
    expect((await store.versions('r1')).map((v) => v.label)).to.deep.equal(['v1']);
    expect(await store.trash()).to.deep.equal([]);
    // Deleted again, and opened 31 days later: purged.
    const again = await store.remove('r1', { baseRevision: (await store.get('r1'))!.revision });
    expect(again.ok).to.equal(true);
    store.close();
    clock.tick((TRASH_DAYS + 1) * 24 * 60 * 60 * 1000);
    const later = new IdbRoleStore({ name, now: clock.now });
    expect(await later.trash()).to.deep.equal([]);
    later.close();
  });

  it('lists an unreadable record with a plain problem and leaves it as it was', async () => {
    const name = dbName();
    const store = new IdbRoleStore({ name });
    await store.put(emptyDoc('ok1'), { baseRevision: null });
    const db = await store.open();
    await db.put('roles', { id: 'bad', revision: 'r-x', document: { kind: 'nonsense' }, createdAt: 'x', updatedAt: '2026-01-01T00:00:00.000Z', versionCount: 0 });
    const items = (await store.list()).items;
    const bad = items.find((i) => i.id === 'bad');
    expect(bad?.problem).to.match(/could not be read/);
    let thrown: unknown;
    try { await store.get('bad'); } catch (e) { thrown = e; }
    expect(String(thrown)).to.match(/could not be read/);
    const over = await store.put(emptyDoc('bad'), { baseRevision: null });
    expect(!over.ok && over.reason).to.equal('conflict');
    expect((await db.get('roles', 'bad'))?.document).to.deep.equal({ kind: 'nonsense' });
    store.close();
  });

  it('reports a full disk in plain words and writes nothing', async () => {
    const store = new IdbRoleStore({ name: dbName() });
    const created = await store.put(titled(emptyDoc('r1'), 'Before'), { baseRevision: null });
    if (!created.ok) throw new Error('not created');
    const db = await store.open();
    const original = db.transaction.bind(db);
    (db as { transaction: unknown }).transaction = () => { throw Object.assign(new Error('quota'), { name: 'QuotaExceededError' }); };
    const full = await store.put(titled(emptyDoc('r1'), 'After'), { baseRevision: created.value.revision });
    expect(!full.ok && full.reason).to.equal('unavailable');
    expect(!full.ok && full.message).to.match(/storage for this site is full/);
    (db as { transaction: unknown }).transaction = original;
    expect((await store.get('r1'))?.document.role.title).to.equal('Before');
    store.close();
  });

  it('tells listeners of this instance about writes', async () => {
    const store = new IdbRoleStore({ name: dbName() });
    const seen: (string | undefined)[] = [];
    const off = store.onChange((c) => seen.push(c.id));
    await store.put(emptyDoc('r1'), { baseRevision: null });
    off();
    await store.put(emptyDoc('r2'), { baseRevision: null });
    expect(seen).to.deep.equal(['r1']);
    store.close();
  });
});
