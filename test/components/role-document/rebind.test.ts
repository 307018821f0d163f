// A document bound by setting `library-id` after it is connected (as <psw-role-library>'s Open does)
// finds the tab's draft of that entry from an earlier visit. The draft is compared with the entry
// like one restored on first bind: a draft with edits on an older revision is a conflict, never
// saved over someone else's newer save, and nothing is lost (Keep mine keeps theirs as a version); a
// draft that is exactly its revision's document gives way to the newer save.
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../util/wait.js';
import '../../../components/role-document/role-document.js';
import type { PswRoleDocument } from '../../../components/role-document/role-document.component.js';
import { createBlankDocument } from '../../../src/model/blank.js';
import type { RoleDocument } from '../../../src/model/schema.js';
import type { RoleStore } from '../../../src/store/role-store.js';
import { IdbRoleStore } from '../../../src/store/idb-role-store.js';
import { resetPage } from '../document-runtime/fixtures.js';
import { FakeRoleServer } from '../http-store/fake-role-server.js';
import { HttpRoleStore } from '../../../src/store/http-role-store.js';

const ID = 'rebind-role';
const titled = (title: string): RoleDocument => {
  const doc = createBlankDocument({ id: ID });
  return { ...doc, role: { ...doc.role, title } };
};
const setTitle = (doc: PswRoleDocument, title: string) => doc.snapshot.edit((d) => ({ ...d, role: { ...d.role, title } }));
let n = 0;

interface Kind {
  name: string;
  /** The element, not yet bound, and a store of the same library for "someone else". */
  setup(): { attrs: (el: PswRoleDocument) => void; other: RoleStore; done(): void };
}

const kinds: Kind[] = [
  {
    name: 'the IndexedDB library',
    setup() {
      const name = `wtr-rebind-${Date.now()}-${++n}`;
      const other = new IdbRoleStore({ name });
      return { attrs: (el) => (el.database = name), other, done: () => other.close() };
    },
  },
  {
    name: 'a library server',
    setup() {
      const server = new FakeRoleServer(`/fake-api-rebind-${++n}`).install();
      return { attrs: (el) => (el.librarySrc = server.base), other: new HttpRoleStore({ base: new URL(server.base, document.baseURI).href }), done: () => server.uninstall() };
    },
  },
];

for (const kind of kinds) {
  describe(`<psw-role-document> bound after connecting, with ${kind.name}`, () => {
    let env: ReturnType<Kind['setup']>;
    beforeEach(() => {
      resetPage();
      env = kind.setup();
    });
    afterEach(() => {
      env.done();
      resetPage();
    });
    /** A first visit that changes the stored role's title to "Mine", sees it saved, and leaves; its draft key. */
    async function savedAndLeft(): Promise<string> {
      await env.other.put(titled('Start'), { baseRevision: null });
      const one = await visit();
      await waitUntil(() => one.libraryState === 'saved' && one.value.role.title === 'Start', 'visit 1 loaded');
      setTitle(one, 'Mine');
      await waitUntil(async () => one.libraryState === 'saved' && (await env.other.get(ID))?.document.role.title === 'Mine', 'visit 1 saved');
      const key = one.libraryDraftKey!;
      one.remove();
      return key;
    }

    /** A visit: a document connected unbound, then bound to the entry (as the library's Open does). */
    async function visit(): Promise<PswRoleDocument> {
      const el = await fixture<PswRoleDocument>(html`<psw-role-document></psw-role-document>`);
      env.attrs(el);
      await el.updateComplete;
      el.libraryId = ID;
      await el.updateComplete;
      return el;
    }

    it("a draft of an older revision meets someone else's newer save as a conflict, and nothing is lost", async () => {
      const key = await savedAndLeft();
      // An edit the library never got (the tab closed first) is in the draft.
      const draft = JSON.parse(localStorage.getItem(key)!);
      localStorage.setItem(key, JSON.stringify({ ...draft, document: { ...draft.document, role: { ...draft.document.role, title: 'Mine, not sent' } } }));
      const mine = (await env.other.get(ID))!;
      const theirs = await env.other.put(titled('Theirs'), { baseRevision: mine.revision });
      expect(theirs.ok).to.equal(true);

      const two = await visit();
      await waitUntil(async () => two.libraryState === 'conflict' || (await env.other.get(ID))?.document.role.title !== 'Theirs', 'visit 2 settled');
      expect((await env.other.get(ID))!.document.role.title, 'their save is not overwritten').to.equal('Theirs');
      expect(two.libraryState).to.equal('conflict');
      expect(two.value.role.title).to.equal('Mine, not sent');

      await two.updateComplete;
      two.shadowRoot!.querySelector<HTMLButtonElement>('[data-choice="keep-mine"]')!.click();
      await waitUntil(async () => two.libraryState === 'saved' && (await env.other.get(ID))?.document.role.title === 'Mine, not sent', 'mine saved');
      const versions = await env.other.versions(ID);
      expect(versions.length, 'theirs kept as a version').to.be.greaterThan(0);
    });

    it('a draft that holds nothing beyond the revision it was based on gives way to a newer save', async () => {
      await savedAndLeft();
      const mine = (await env.other.get(ID))!;
      expect((await env.other.put(titled('Theirs, built on mine'), { baseRevision: mine.revision })).ok).to.equal(true);
      const two = await visit();
      await waitUntil(() => two.libraryState === 'saved' && two.value.role.title === 'Theirs, built on mine', 'visit 2 takes the newer save');
      expect((await env.other.get(ID))!.document.role.title).to.equal('Theirs, built on mine');
      expect(two.canUndo, 'no undo step back to the old draft').to.equal(false);
    });

    it('a draft that is the stored role is simply bound', async () => {
      await savedAndLeft();
      const revision = (await env.other.get(ID))!.revision;
      const two = await visit();
      await waitUntil(() => two.libraryState === 'saved' && two.value.role.title === 'Mine', 'visit 2 bound');
      expect((await env.other.get(ID))!.revision).to.equal(revision);
    });
  });
}
