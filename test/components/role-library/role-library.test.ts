import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../util/wait.js';
import '../../../components/role-document/role-document.js';
import '../../../components/role-library/role-library.js';
import type { PswRoleLibrary } from '../../../components/role-library/role-library.component.js';
import type { PswRoleDocument } from '../../../components/role-document/role-document.component.js';
import { IdbRoleStore } from '../../../src/store/idb-role-store.js';
import { createBlankDocument } from '../../../src/model/blank.js';
import type { RoleDocument } from '../../../src/model/schema.js';
import { resetPage } from '../document-runtime/fixtures.js';

let n = 0;
const dbName = () => `wtr-library-${Date.now()}-${++n}`;
const titled = (title: string, id?: string): RoleDocument => {
  const doc = createBlankDocument(id ? { id } : {});
  return { ...doc, role: { ...doc.role, title }, context: { ...doc.context, setting: 'adult-community' }, employment: { ...doc.employment, band: '3' } };
};
const text = (n: Element | null | undefined) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();
const rows = (el: PswRoleLibrary) => [...el.shadowRoot!.querySelectorAll('tbody tr')];
const rowTitles = (el: PswRoleLibrary) => rows(el).map((r) => text(r.querySelector('th')));
const button = (root: ParentNode, label: string | RegExp) =>
  [...root.querySelectorAll<HTMLButtonElement>('button')].find((b) => (typeof label === 'string' ? text(b) === label : label.test(text(b))))!;

async function library(store: IdbRoleStore, extra = '') {
  const wrap = await fixture<HTMLElement>(html`<div><psw-role-library .store=${store} for=${extra || 'nothing'}></psw-role-library></div>`);
  const el = wrap.querySelector<PswRoleLibrary>('psw-role-library')!;
  await el.updateComplete;
  await waitUntil(() => el.items !== undefined, 'the list is read');
  await el.updateComplete;
  return el;
}

describe('<psw-role-library>', () => {
  beforeEach(() => resetPage());
  afterEach(() => resetPage());

  it('lists the roles of its store in a table with words for status, and is axe clean', async () => {
    const store = new IdbRoleStore({ name: dbName() });
    await store.put(titled('Ward Peer Worker'), { baseRevision: null });
    await store.put({ ...titled('Crisis Peer Worker'), meta: { ...titled('x').meta, status: 'approved' } }, { baseRevision: null });
    const el = await library(store);
    expect(rowTitles(el).sort()).to.deep.equal(['Crisis Peer Worker', 'Ward Peer Worker']);
    const table = el.shadowRoot!.querySelector('table')!;
    expect(text(table.querySelector('caption'))).to.match(/Roles in the library/);
    expect([...table.querySelectorAll('thead th')].map((th) => text(th).replace(/[▲▼]/g, '').trim())).to.deep.equal(['Title', 'Setting', 'Band', 'Status', 'Last changed', 'Readiness', 'Actions']);
    expect(text(table)).to.include('Approved');
    expect(text(table)).to.include('Band 3');
    // Sorting by title, then searching.
    button(el.shadowRoot!, 'Title').click();
    await el.updateComplete;
    expect(rowTitles(el)).to.deep.equal(['Crisis Peer Worker', 'Ward Peer Worker']);
    const search = el.shadowRoot!.querySelector<HTMLInputElement>('#search')!;
    search.value = 'ward';
    search.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(rowTitles(el)).to.deep.equal(['Ward Peer Worker']);
    await expect(el).to.be.accessible();
    store.close();
  });

  it('creates a blank role, deletes it with Undo, and restores it', async () => {
    const store = new IdbRoleStore({ name: dbName() });
    const el = await library(store);
    expect(text(el.shadowRoot!.querySelector('.empty'))).to.match(/no roles/);
    button(el.shadowRoot!, 'New from template').click();
    await waitUntil(() => rows(el).length === 1, 'a role is added');
    button(rows(el)[0]!, 'Delete').click();
    await waitUntil(() => (el.items ?? []).length === 0, 'deleted');
    await el.updateComplete;
    expect(text(el.shadowRoot!.querySelector('[part="message"]'))).to.match(/trash for 30 days/);
    expect((await store.trash()).length).to.equal(1);
    button(el.shadowRoot!, 'Undo').click();
    await waitUntil(() => (el.items ?? []).length === 1, 'restored');
    expect(await store.trash()).to.deep.equal([]);
    store.close();
  });

  it('saves a version and changes the status with a reason through the versions panel', async () => {
    const store = new IdbRoleStore({ name: dbName() });
    const role = titled('Ward Peer Worker');
    await store.put(role, { baseRevision: null });
    const el = await library(store);
    button(rows(el)[0]!, 'Versions').click();
    await waitUntil(() => el.shadowRoot!.querySelector('#version-label'), 'the panel opens');
    expect(el.shadowRoot!.activeElement?.id).to.equal('panel-heading');
    const root = el.shadowRoot!;
    root.querySelector<HTMLInputElement>('#version-label')!.value = 'Sent to HR';
    root.querySelector<HTMLInputElement>('#version-by')!.value = 'Sam';
    button(root, 'Save a version').click();
    await waitUntil(async () => (await store.versions(role.id)).length === 1 && !el.busy, 'version saved');
    await el.updateComplete;
    root.querySelector<HTMLSelectElement>('#new-status')!.value = 'review';
    root.querySelector<HTMLTextAreaElement>('#status-reason')!.value = 'Ready for HR';
    button(root, 'Change status').click();
    await waitUntil(async () => (await store.versions(role.id)).length === 2, 'status version saved');
    expect((await store.get(role.id))!.document.meta.status).to.equal('review');
    const versions = await store.versions(role.id);
    expect(versions[1]).to.deep.include({ status: 'review', reason: 'Ready for HR' });
    await waitUntil(() => root.querySelectorAll('li.version').length === 2, 'listed');
    // Compare creates a psw-role-compare with the version before and the role now after.
    button(root, 'Compare version 1 with now').click();
    await waitUntil(() => root.querySelector('psw-role-compare'), 'compare shown');
    const compare = root.querySelector('psw-role-compare') as unknown as { beforeRole: RoleDocument; afterRole: RoleDocument };
    expect(compare.beforeRole.meta.status).to.equal('draft');
    expect(compare.afterRole.meta.status).to.equal('review');
    await expect(el).to.be.accessible();
    // The role's history travels as one file: a library file of this role with both versions.
    const saved: Blob[] = [];
    const realCreate = URL.createObjectURL;
    URL.createObjectURL = (b: Blob | MediaSource) => { saved.push(b as Blob); return realCreate.call(URL, b); };
    try {
      button(root, 'Export this role with its versions').click();
      await waitUntil(() => saved.length === 1 && !el.busy, 'history exported');
    } finally {
      URL.createObjectURL = realCreate;
    }
    const file = JSON.parse(await saved[0]!.text());
    expect(file.roles.map((r: { document: RoleDocument }) => r.document.id)).to.deep.equal([role.id]);
    expect(file.roles[0].versions).to.have.length(2);
    expect(root.querySelector('[part="message"]')!.textContent).to.match(/Saved “Ward Peer Worker” with its versions to ward-peer-worker-history-/);
    store.close();
  });

  it('opens a role into the <psw-role-document> named by for, bound to the entry: edits are saved back', async () => {
    const store = new IdbRoleStore({ name: dbName() });
    const role = titled('Ward Peer Worker');
    await store.put(role, { baseRevision: null });
    const wrap = await fixture<HTMLElement>(html`<div>
      <psw-role-library .store=${store} for="target"></psw-role-library>
      <psw-role-document id="target" storage-key=${dbName()}></psw-role-document></div>`);
    const el = wrap.querySelector<PswRoleLibrary>('psw-role-library')!;
    const doc = wrap.querySelector<PswRoleDocument>('psw-role-document')!;
    await waitUntil(() => rows(el).length === 1, 'listed');
    let opened: unknown;
    el.addEventListener('psw-library-open', (e) => (opened = e.detail.id));
    button(rows(el)[0]!, 'Open').click();
    await waitUntil(() => doc.libraryId === role.id && doc.libraryState === 'saved' && doc.value.id === role.id, 'bound');
    expect(opened).to.equal(role.id);
    doc.snapshot.edit((d) => ({ ...d, role: { ...d.role, title: 'Renamed in the document' } }));
    await waitUntil(async () => (await store.get(role.id))!.document.role.title === 'Renamed in the document', 'saved back');
    store.close();
  });
});

describe('<psw-role-document library-id> conflicts', () => {
  beforeEach(() => resetPage());
  afterEach(() => resetPage());

  it('a second document saving from a stale revision is refused, keeps its edits and offers Keep mine, Take theirs and Compare', async () => {
    const name = dbName();
    const seed = new IdbRoleStore({ name });
    const role = titled('Shared role', 'shared-role');
    await seed.put(role, { baseRevision: null });
    const storeA = new IdbRoleStore({ name });
    const storeB = new IdbRoleStore({ name });
    const wrap = await fixture<HTMLElement>(html`<div>
      <psw-role-document id="a" library-id="shared-role" storage-key=${name + 'a'} .store=${storeA}></psw-role-document>
      <psw-role-document id="b" library-id="shared-role" storage-key=${name + 'b'} .store=${storeB}></psw-role-document></div>`);
    const [a, b] = [...wrap.querySelectorAll<PswRoleDocument>('psw-role-document')] as [PswRoleDocument, PswRoleDocument];
    await waitUntil(() => a.libraryState === 'saved' && b.libraryState === 'saved' && a.value.role.title === 'Shared role' && b.value.role.title === 'Shared role', 'both loaded');
    a.snapshot.edit((d) => ({ ...d, role: { ...d.role, title: 'A typed this' } }));
    await waitUntil(async () => (await seed.get('shared-role'))!.document.role.title === 'A typed this', 'A saved');
    b.snapshot.edit((d) => ({ ...d, role: { ...d.role, title: 'B typed this' } }));
    await waitUntil(() => b.libraryState === 'conflict', 'B refused');
    await b.updateComplete;
    expect(b.value.role.title).to.equal('B typed this');
    const alert = b.shadowRoot!.querySelector('[part="library-conflict"]')!;
    expect(text(alert)).to.match(/Someone else saved this role since you opened it/);
    await expect(b).to.be.accessible();
    button(alert, 'Compare').click();
    await b.updateComplete;
    const compare = b.shadowRoot!.querySelector('psw-role-compare') as unknown as { beforeRole: RoleDocument; afterRole: RoleDocument };
    expect(compare.beforeRole.role.title).to.equal('A typed this');
    expect(compare.afterRole.role.title).to.equal('B typed this');
    button(alert, 'Keep mine').click();
    await waitUntil(() => b.libraryState === 'saved', 'B saved');
    expect((await seed.get('shared-role'))!.document.role.title).to.equal('B typed this');
    // A's text is kept as a version.
    const kept = await seed.getVersion('shared-role', 1);
    expect(kept!.document.role.title).to.equal('A typed this');
    [seed, storeA, storeB].forEach((s) => s.close());
  });

  it('Take theirs replaces mine as one undo step', async () => {
    const name = dbName();
    const seed = new IdbRoleStore({ name });
    await seed.put(titled('Start', 'r2'), { baseRevision: null });
    const wrap = await fixture<HTMLElement>(html`<div>
      <psw-role-document library-id="r2" storage-key=${name + 'x'} .store=${new IdbRoleStore({ name })}></psw-role-document></div>`);
    const doc = wrap.querySelector<PswRoleDocument>('psw-role-document')!;
    await waitUntil(() => doc.libraryState === 'saved' && doc.value.role.title === 'Start', 'loaded');
    const stored = (await seed.get('r2'))!;
    await seed.put(titled('Theirs', 'r2'), { baseRevision: stored.revision });
    doc.snapshot.edit((d) => ({ ...d, role: { ...d.role, title: 'Mine' } }));
    await waitUntil(() => doc.libraryState === 'conflict', 'refused');
    await doc.updateComplete;
    button(doc.shadowRoot!, 'Take theirs').click();
    await waitUntil(() => doc.value.role.title === 'Theirs' && doc.libraryState === 'saved', 'theirs taken');
    doc.undo();
    expect(doc.value.role.title).to.equal('Mine');
    seed.close();
  });
});
