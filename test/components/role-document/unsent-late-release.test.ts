// A closed tab's last writes can reach another tab of the same browser a moment after that tab
// opened the role. On a page that binds its document after connecting (library-id set later, as the
// library demo does), the tab's draft of the entry is in localStorage, so the new tab already holds
// the closed tab's edits and meets the role as a conflict; the closed tab's copy of its unsent edits
// is still marked as a live tab's. When that copy is then released, the new tab claims it: it says
// the edits of an earlier visit were restored, and the copy is its own (no other tab adopts it again).
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../util/wait.js';
import '../../../components/role-document/role-document.js';
import type { PswRoleDocument } from '../../../components/role-document/role-document.component.js';
import { createBlankDocument } from '../../../src/model/blank.js';
import type { RoleDocument } from '../../../src/model/schema.js';
import { FakeRoleServer, useFakeRoleServer } from '../http-store/fake-role-server.js';

const ID = 'late-release-role';
const RESTORED = 'Edits not yet sent to the library from an earlier visit were restored here.';
const text = (n: Element | null | undefined) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();
const statuses = (doc: PswRoleDocument) => [...doc.shadowRoot!.querySelectorAll('[part="library-status"]')].map(text);
const titled = (title: string): RoleDocument => {
  const doc = createBlankDocument({ id: ID });
  return { ...doc, role: { ...doc.role, title } };
};
const setTitle = (doc: PswRoleDocument, title: string) => doc.snapshot.edit((d) => ({ ...d, role: { ...d.role, title } }));

describe('<psw-role-document>: a closed tab’s copy released after another tab opened the role', () => {
  let server: FakeRoleServer;
  useFakeRoleServer((s) => (server = s));
  const unsentKeys = () => Object.keys(localStorage).filter((k) => k.startsWith(`psw-role-kit:unsent:${server.base}:${ID}:`));
  /** A document bound to the entry after it connected, as a page does once a person has signed in. */
  async function bindLater(): Promise<PswRoleDocument> {
    const doc = await fixture<PswRoleDocument>(html`<psw-role-document library-src=${server.base}></psw-role-document>`);
    await doc.updateComplete;
    doc.libraryId = ID;
    await doc.updateComplete;
    return doc;
  }

  it('claims the copy once it is released, and says the edits were restored', async () => {
    server.seed(titled('Start'));
    const first = await bindLater();
    await waitUntil(() => first.libraryState === 'saved' && first.value.role.title === 'Start', 'loaded');
    server.down = true;
    setTitle(first, 'Mine, typed while down');
    await waitUntil(() => first.libraryState === 'offline', 'offline');
    await waitUntil(() => Object.entries(localStorage).some(([k, v]) => k.startsWith('psw-role-kit:library:') && v.includes('Mine, typed while down')), 'the draft is in localStorage');

    // The tab goes: its copy is released, but the other tab first sees it as it was before.
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    const [key] = unsentKeys();
    const released = localStorage.getItem(key)!;
    expect(JSON.parse(released).released).to.equal(true);
    first.libraryId = `${ID}-closed`;
    await first.updateComplete;
    first.remove();
    localStorage.setItem(key, JSON.stringify({ ...JSON.parse(released), released: false }));

    server.saveAsSomeoneElse(titled('Theirs'));
    server.down = false;
    const second = await bindLater();
    await waitUntil(() => second.libraryState === 'conflict', 'the draft meets theirs as a conflict');
    expect(second.value.role.title).to.equal('Mine, typed while down');
    await second.updateComplete;
    expect(statuses(second)).to.deep.equal([]);

    // A copy of some other document released meanwhile is not this tab's to claim.
    const other = `${key}-other`;
    const otherValue = JSON.stringify({ ...JSON.parse(released), owner: 'other', document: titled('Something else') });
    localStorage.setItem(other, otherValue);
    window.dispatchEvent(new StorageEvent('storage', { key: other, newValue: otherValue, storageArea: localStorage }));
    await second.updateComplete;
    expect(statuses(second)).to.deep.equal([]);
    localStorage.removeItem(other);

    // The release arrives.
    localStorage.setItem(key, released);
    window.dispatchEvent(new StorageEvent('storage', { key, newValue: released, storageArea: localStorage }));
    await waitUntil(() => statuses(second).includes(RESTORED), 'the restored note');
    expect(localStorage.getItem(key)).to.equal(null);
    const keys = unsentKeys();
    expect(keys).to.have.length(1);
    expect(JSON.parse(localStorage.getItem(keys[0])!)).to.include({ released: false });
    expect(second.libraryState).to.equal('conflict');
    expect(server.roles.get(ID)!.document.role.title).to.equal('Theirs');
  });
});
