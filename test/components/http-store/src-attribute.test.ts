// `src` on the library and compare elements and `library-src` on the document: an HttpRoleStore for
// that base (one per base and token on the page), the bearer `token` property, `store` winning.
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../util/wait.js';
import '../../../components/role-document/role-document.js';
import '../../../components/role-library/role-library.js';
import '../../../components/role-compare/role-compare.js';
import type { PswRoleLibrary } from '../../../components/role-library/role-library.component.js';
import type { PswRoleDocument } from '../../../components/role-document/role-document.component.js';
import type { PswRoleCompare } from '../../../components/role-compare/role-compare.component.js';
import { httpRoleStore } from '../../../components/base/http-store.js';
import { IdbRoleStore } from '../../../src/store/idb-role-store.js';
import { createBlankDocument } from '../../../src/model/blank.js';
import type { RoleDocument } from '../../../src/model/schema.js';
import { FakeRoleServer, useFakeRoleServer } from './fake-role-server.js';

const titled = (title: string, id: string): RoleDocument => {
  const doc = createBlankDocument({ id });
  return { ...doc, role: { ...doc.role, title } };
};
const text = (n: Element | null | undefined) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('src: the elements against a role library server', () => {
  let server: FakeRoleServer;
  useFakeRoleServer((s) => (server = s));

  it('<psw-role-library src> lists the roles of the server, sending the token as a bearer, never as an attribute', async () => {
    server.seed(titled('From the server', 'srv-1'));
    const el = await fixture<PswRoleLibrary>(html`<psw-role-library src=${server.base} .token=${'secret-1'}></psw-role-library>`);
    await waitUntil(() => el.items?.length === 1, 'listed');
    await el.updateComplete;
    expect(text(el.shadowRoot!.querySelector('tbody th'))).to.equal('From the server');
    expect(server.auth).to.include('Bearer secret-1');
    expect(el.getAttribute('src')).to.equal(server.base);
    expect([...el.attributes].map((a) => a.name)).to.not.include('token');
    expect(el.outerHTML).to.not.include('secret-1');
  });

  it('<psw-role-library src> says, as an alert, that the library could not be read when the server cannot be reached', async () => {
    server.down = true;
    const el = await fixture<PswRoleLibrary>(html`<psw-role-library src=${server.base}></psw-role-library>`);
    await waitUntil(() => el.shadowRoot!.querySelector('p.error[role="alert"]') !== null, 'the alert');
    expect(text(el.shadowRoot!.querySelector('p.error[role="alert"]'))).to.contain('The library could not be read.');
    expect(el.items ?? []).to.deep.equal([]);
  });

  it('<psw-role-library src> asks before deleting from a server, which keeps no trash, and then says it is gone for good', async () => {
    server.seed(titled('On the server', 'srv-del'));
    const el = await fixture<PswRoleLibrary>(html`<psw-role-library src=${server.base}></psw-role-library>`);
    await waitUntil(() => el.items?.length === 1, 'listed');
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[data-action="delete"]')!.click();
    await waitUntil(() => el.shadowRoot!.querySelector('[part="panel"] button[data-action="delete-for-good"]'), 'asked first');
    const panel = el.shadowRoot!.querySelector('[part="panel"]')!;
    expect(text(panel.querySelector('h3'))).to.equal('Delete “On the server” for good?');
    expect(text(panel)).to.contain('cannot be brought back');
    expect(server.roles.has('srv-del'), 'nothing deleted yet').to.equal(true);
    await expect(el).to.be.accessible();
    panel.querySelector<HTMLButtonElement>('button[data-action="delete-for-good"]')!.click();
    await waitUntil(() => !server.roles.has('srv-del') && el.items?.length === 0, 'deleted');
    await el.updateComplete;
    const said = text(el.shadowRoot!.querySelector('[part="message"]'));
    expect(said).to.contain('Deleted “On the server” and its saved versions from the library.');
    expect(said).to.not.contain('trash');
  });

  it('the store property wins over src', async () => {
    const store = new IdbRoleStore({ name: `wtr-src-wins-${Date.now()}` });
    await store.put(titled('In IndexedDB', 'idb-1'), { baseRevision: null });
    server.seed(titled('On the server', 'srv-2'));
    const el = await fixture<PswRoleLibrary>(html`<psw-role-library src=${server.base} .store=${store}></psw-role-library>`);
    await waitUntil(() => el.items?.length === 1, 'listed');
    expect(el.items![0].title).to.equal('In IndexedDB');
    expect(server.requests).to.deep.equal([]);
    store.close();
  });

  it('a library, a bound document and a compare element with the same src share one store; the document saves with If-Match', async () => {
    server.seed(titled('Shared', 'srv-3'));
    const wrap = await fixture<HTMLElement>(html`<div>
      <psw-role-library src=${server.base} .token=${'t'}></psw-role-library>
      <psw-role-document library-src=${server.base} library-id="srv-3" .token=${'t'}></psw-role-document>
      <psw-role-compare src=${server.base} role-id="srv-3" .token=${'t'}></psw-role-compare></div>`);
    const lib = wrap.querySelector<PswRoleLibrary>('psw-role-library')!;
    const doc = wrap.querySelector<PswRoleDocument>('psw-role-document')!;
    await waitUntil(() => lib.items?.length === 1 && doc.libraryState === 'saved' && doc.value.role.title === 'Shared', 'loaded');
    expect(lib.activeStore).to.equal(httpRoleStore(server.base, 't'));
    expect(httpRoleStore(server.base, 't')).to.equal(httpRoleStore(new URL(server.base, document.baseURI).href + '/', 't'));
    expect(httpRoleStore(server.base, 'other')).to.not.equal(httpRoleStore(server.base, 't'));
    doc.snapshot.edit((d) => ({ ...d, role: { ...d.role, title: 'Edited here' } }));
    await waitUntil(() => server.roles.get('srv-3')!.document.role.title === 'Edited here' && doc.libraryState === 'saved', 'saved to the server');
    expect(server.requests).to.include('PUT /roles/srv-3');
    expect(doc.libraryRevision).to.equal('2');
  });

  it('<psw-role-compare src role-id version> compares a saved version of a server role with the role now', async () => {
    server.seed(titled('Version one', 'srv-4'));
    const entry = server.roles.get('srv-4')!;
    entry.versions.push({ version: 1, label: 'First', at: new Date().toISOString(), status: 'draft', document: entry.document });
    server.saveAsSomeoneElse(titled('Version two', 'srv-4'));
    const el = await fixture<PswRoleCompare>(html`<psw-role-compare src=${server.base} role-id="srv-4" version="1" .token=${'t'}></psw-role-compare>`);
    await waitUntil(() => el.comparison, 'compared');
    expect(text(el.shadowRoot!.querySelector('[part~="changes"]') ?? el.shadowRoot!.firstElementChild)).to.match(/Version one|Version two/);
    expect(server.auth.every((a) => a === 'Bearer t')).to.equal(true);
  });
});
