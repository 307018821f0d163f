// A document with `library-id` whose library code could not be fetched starts an empty draft (the
// page says it is not the entry). What a person types into it meanwhile is kept in the tab, and
// after a reload that reaches the library it meets the entry as a conflict: the entry is not
// overwritten with the draft, and the typing is not lost.
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../util/wait.js';
import '../../../components/role-document/role-document.js';
import type { PswRoleDocument } from '../../../components/role-document/role-document.component.js';
import { libraryChunk } from '../../../components/role-document/library-link.js';
import { createBlankDocument } from '../../../src/model/blank.js';
import { IdbRoleStore } from '../../../src/store/idb-role-store.js';
import { resetPage } from '../document-runtime/fixtures.js';

const ID = 'unreachable-role';

describe('<psw-role-document> whose library code could not be fetched, then a reload', () => {
  let store: IdbRoleStore;
  let name: string;
  beforeEach(() => {
    resetPage();
    name = `wtr-unreachable-${Date.now()}`;
    store = new IdbRoleStore({ name });
  });
  afterEach(() => {
    store.close();
    sessionStorage.clear(); // the tab's draft of the entry
    resetPage();
  });

  it('the empty draft typed into meanwhile meets the entry as a conflict: the entry stays, the typing stays', async () => {
    const saved = createBlankDocument({ id: ID });
    expect((await store.put({ ...saved, role: { ...saved.role, title: 'Saved by HR' } }, { baseRevision: null })).ok).to.equal(true);

    const original = libraryChunk.attach;
    libraryChunk.attach = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    const { error } = console;
    console.error = () => {};
    let first: PswRoleDocument;
    try {
      first = await fixture<PswRoleDocument>(html`<psw-role-document library-id=${ID} database=${name}></psw-role-document>`);
      await waitUntil(() => first.libraryState === 'error', 'the library is unreachable');
      first.snapshot.edit((d) => ({ ...d, role: { ...d.role, title: 'Typed while unreachable' } }));
      await waitUntil(() => Object.keys(sessionStorage).some((k) => sessionStorage.getItem(k)?.includes('Typed while unreachable')), 'the draft is kept in the tab');
    } finally {
      console.error = error;
      libraryChunk.attach = original;
    }
    first.remove();

    // The reload: the same tab (its sessionStorage), the library reachable again.
    const second = await fixture<PswRoleDocument>(html`<psw-role-document library-id=${ID} database=${name}></psw-role-document>`);
    await waitUntil(() => !['loading', 'saving'].includes(second.libraryState ?? ''), 'the document is bound');
    expect(second.libraryState).to.equal('conflict');
    expect(second.value.role.title, 'the typing is still there').to.equal('Typed while unreachable');
    expect((await store.get(ID))!.document.role.title, 'the entry is not overwritten').to.equal('Saved by HR');
  });
});
