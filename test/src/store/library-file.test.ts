import 'fake-indexeddb/auto';
import { describe, it } from 'node:test';
import { expect } from 'chai';
import { IdbRoleStore } from '../../../src/store/idb-role-store.js';
import { exportLibrary, importLibrary, parseLibraryFile, LIBRARY_KIND } from '../../../src/store/library-file.js';
import { emptyDoc } from './fixtures.js';

let n = 0;
const dbName = () => `test-library-file-${++n}-${Date.now()}`;

async function seeded() {
  const store = new IdbRoleStore({ name: dbName() });
  const a = await store.put({ ...emptyDoc('a'), role: { title: 'Ward PSW' } }, { baseRevision: null });
  await store.saveVersion('a', { label: 'First', by: 'Sam' });
  if (a.ok) await store.put({ ...emptyDoc('a'), role: { title: 'Ward PSW, revised' } }, { baseRevision: a.value.revision });
  await store.put(emptyDoc('b'), { baseRevision: null });
  return store;
}

describe('library file', () => {
  it('exports every role with its versions and imports them into another store (round trip)', async () => {
    const store = await seeded();
    const file = await exportLibrary(store);
    expect(file.kind).to.equal(LIBRARY_KIND);
    const text = JSON.stringify(file);
    const parsed = parseLibraryFile(text);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    expect(parsed.library.roles).to.have.length(2);
    const other = new IdbRoleStore({ name: dbName() });
    const result = await importLibrary(other, parsed.library);
    expect(result.ok && result.value.added.sort()).to.deep.equal(['a', 'b']);
    expect((await other.get('a'))?.document.role.title).to.equal('Ward PSW, revised');
    expect((await other.versions('a')).map((v) => [v.label, v.by])).to.deep.equal([['First', 'Sam']]);
    expect((await other.getVersion('a', 1))?.document.role.title).to.equal('Ward PSW');
    // Imported again: nothing overwritten, copies under new ids.
    const again = await importLibrary(other, parsed.library);
    expect(again.ok && again.value.added.every((id) => id !== 'a' && id !== 'b')).to.equal(true);
    expect((await other.list()).items).to.have.length(4);
    store.close();
    other.close();
  });

  it("exports one role's history (ids) as a library file of that role alone, which imports with its versions", async () => {
    const store = await seeded();
    const file = await exportLibrary(store, { ids: ['a'] });
    expect(file.roles.map((r) => r.document.id)).to.deep.equal(['a']);
    expect(file.roles[0]!.versions.map((v) => v.label)).to.deep.equal(['First']);
    const parsed = parseLibraryFile(JSON.stringify(file));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    const other = new IdbRoleStore({ name: dbName() });
    const result = await importLibrary(other, parsed.library);
    expect(result.ok && result.value.added).to.deep.equal(['a']);
    expect((await other.getVersion('a', 1))?.document.role.title).to.equal('Ward PSW');
    expect((await exportLibrary(store, { ids: [] })).roles).to.deep.equal([]);
    store.close();
    other.close();
  });

  it('names the field of a bad entry', () => {
    const file = { kind: LIBRARY_KIND, schemaVersion: 1, roles: [{ document: emptyDoc('a'), versions: [{ label: '', status: 'done', at: 'yesterday', document: emptyDoc('a') }] }] };
    const parsed = parseLibraryFile(JSON.stringify(file));
    expect(parsed.ok).to.equal(false);
    if (parsed.ok) return;
    const messages = parsed.issues.map((i) => i.message).join('\n');
    expect(messages).to.match(/Role 1, version 1: Label/);
    expect(messages).to.match(/Role 1, version 1: Status/);
    expect(messages).to.match(/Saved at/);
  });

  it('says a role without its versions is missing them', () => {
    const parsed = parseLibraryFile(JSON.stringify({ kind: LIBRARY_KIND, schemaVersion: 1, roles: [{ document: emptyDoc('a') }] }));
    expect(parsed.ok).to.equal(false);
    if (!parsed.ok) expect(parsed.issues.map((i) => i.message)).to.deep.equal(['Role 1: Versions is missing.']);
  });

  it('names a bad document inside a role', () => {
    const doc = { ...emptyDoc('a'), duties: [{ id: 'd1', title: 'x', kind: 'sometimes' }] };
    const parsed = parseLibraryFile(JSON.stringify({ kind: LIBRARY_KIND, schemaVersion: 1, roles: [{ document: doc, versions: [] }] }));
    expect(!parsed.ok && parsed.issues[0]!.path).to.equal('roles[0].document.duties[0].kind');
    expect(!parsed.ok && parsed.issues[0]!.message).to.match(/^Role 1: /);
  });

  it('refuses hostile input: prototype keys, depth, wrong kind, newer version, not JSON, unknown keys', () => {
    const proto = parseLibraryFile(`{"kind":"${LIBRARY_KIND}","schemaVersion":1,"roles":[{"document":{"__proto__":{"x":1}},"versions":[]}]}`);
    expect(!proto.ok && proto.issues.some((i) => /__proto__|not allowed|refused|reserved/i.test(i.message + i.path))).to.equal(true);
    let deep: unknown = 1;
    for (let i = 0; i < 100; i++) deep = { d: deep };
    const tooDeep = parseLibraryFile(JSON.stringify({ kind: LIBRARY_KIND, schemaVersion: 1, roles: [], generator: deep }));
    expect(tooDeep.ok).to.equal(false);
    expect(!parseLibraryFile('{"kind":"other"}').ok).to.equal(true);
    const newer = parseLibraryFile(JSON.stringify({ kind: LIBRARY_KIND, schemaVersion: 9, roles: [] }));
    expect(!newer.ok && newer.issues[0]!.message).to.match(/newer version/);
    const notJson = parseLibraryFile('{"kind":');
    expect(!notJson.ok && notJson.issues[0]!.message).to.match(/not valid JSON/);
    const extra = parseLibraryFile(JSON.stringify({ kind: LIBRARY_KIND, schemaVersion: 1, roles: [], surprise: 1 }));
    expect(!extra.ok && extra.issues[0]!.message).to.match(/“surprise”/);
  });
});
