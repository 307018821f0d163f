// Copies of unsent edits whose tab went after this one looked, or went without saying so.
// - A closed tab's last writes can reach another tab a moment after that tab opened the role. On a
//   page that binds its document after connecting (library-id set later, as the library demo does),
//   the tab's draft of the entry is in localStorage, so the new tab already holds the closed tab's
//   edits and meets the role as a conflict while the closed tab's copy still reads as a live tab's.
//   When that copy is released, the new tab claims it: it says the edits of an earlier visit were
//   restored, and the copy is its own (no other tab adopts it again).
// - A tab whose last writes never arrived (or that crashed) leaves its copy unreleased; the browser
//   lets go of the tab's lock (Web Locks) when it goes, and the next tab adopts the copy then.
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../util/wait.js';
import '../../../components/role-document/role-document.js';
import type { PswRoleDocument } from '../../../components/role-document/role-document.component.js';
import { FakeRoleServer, useFakeRoleServer } from '../http-store/fake-role-server.js';
import { RESTORED, statuses, titled as titledRole } from './unsent-helpers.js';

const ID = 'late-release-role';
const titled = (title: string) => titledRole(ID, title);
const setTitle = (doc: PswRoleDocument, title: string) => doc.snapshot.edit((d) => ({ ...d, role: { ...d.role, title } }));

const OWNER_LOCK = 'psw-role-kit:unsent-owner:';

describe('<psw-role-document library-id>: copies of unsent edits released late, or never', () => {
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
  /** A copy left by another tab (owner `owner`), not marked released, edited from revision 1. */
  function leftByTab(owner: string, title: string): string {
    const entry = `psw-role-kit:library:${server.base}:${ID}`;
    const key = `psw-role-kit:unsent:${server.base}:${ID}:${owner}`;
    const envelope = { format: 'psw-role-kit/unsent', version: 1, entry, owner, released: false, savedAt: new Date().toISOString(), baseRevision: '1', document: titled(title) };
    localStorage.setItem(key, JSON.stringify(envelope));
    return key;
  }
  const open = () => fixture<PswRoleDocument>(html`<psw-role-document library-src=${server.base} library-id=${ID}></psw-role-document>`);

  it('adopts the copy of a tab that went without marking it released', async () => {
    server.seed(titled('Start'));
    const key = leftByTab('unsent-gone-tab', 'Typed in a tab that crashed');
    // Something else under the same prefix that is no copy at all is passed over.
    localStorage.setItem(`psw-role-kit:unsent:${server.base}:${ID}:not-json`, '{"format":');
    const doc = await open();
    await waitUntil(() => doc.libraryState === 'saved' && server.roles.get(ID)!.document.role.title === 'Typed in a tab that crashed', 'adopted and sent');
    expect(doc.value.role.title).to.equal('Typed in a tab that crashed');
    await doc.updateComplete;
    expect(statuses(doc)[0]).to.match(/^Edits not yet sent to the library from an earlier visit were restored here/);
    await waitUntil(() => localStorage.getItem(key) === null && unsentKeys().length === 1, 'the copy is gone once acknowledged');
    localStorage.removeItem(`psw-role-kit:unsent:${server.base}:${ID}:not-json`);
  });

  it('leaves the copy of a tab that is still open, and adopts it once that tab goes', async () => {
    server.seed(titled('Start'));
    let leave!: () => void;
    await new Promise<void>((held) => void navigator.locks.request(`${OWNER_LOCK}unsent-open-tab`, () => {
      held();
      return new Promise<void>((resolve) => (leave = resolve));
    }));
    leftByTab('unsent-open-tab', 'Typed in a tab still open');
    const doc = await open();
    await waitUntil(() => doc.libraryState === 'saved', 'bound');
    await doc.updateComplete;
    expect(doc.value.role.title).to.equal('Start');
    expect(statuses(doc)).to.deep.equal([]);
    expect(unsentKeys()).to.have.length(1);
    leave();
    await waitUntil(() => doc.libraryState === 'saved' && server.roles.get(ID)!.document.role.title === 'Typed in a tab still open', 'adopted and sent once the tab went');
    await doc.updateComplete;
    expect(statuses(doc)[0]).to.match(/^Edits not yet sent to the library from an earlier visit were restored here/);
  });
});
