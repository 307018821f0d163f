// A bound document with no storage-key keeps its draft in sessionStorage, which goes with the tab.
// Edits the library server has not acknowledged are also kept in localStorage, so a closed tab
// (simulated: pagehide, the element removed, the tab's sessionStorage draft gone) loses nothing:
// the next document bound to that entry restores them, says so, and sends them when the server is
// back; when the role changed meanwhile they go through the conflict flow. A live tab's edits are
// not taken over, and storage that refuses the copy is said plainly.
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../util/wait.js';
import '../../../components/role-document/role-document.js';
import type { PswRoleDocument } from '../../../components/role-document/role-document.component.js';
import { FakeRoleServer, useFakeRoleServer } from '../http-store/fake-role-server.js';
import { RESTORED, statuses, text, titled as titledRole } from './unsent-helpers.js';

const ID = 'unsent-role';
const titled = (title: string) => titledRole(ID, title);
let server: FakeRoleServer;
/** The copies of this test's entry (a document of an earlier test may still be retrying its own server). */
const unsentKeys = () => Object.keys(localStorage).filter((k) => k.startsWith(`psw-role-kit:unsent:${server.base}:${ID}:`));
/**
 * The tab is closed: the page is hidden, its document stops (here: bound elsewhere, which ends its
 * binding, so nothing of it retries later) and goes, and so does the tab's sessionStorage.
 */
async function closeTab(doc: PswRoleDocument, { reload = false } = {}): Promise<void> {
  window.dispatchEvent(new PageTransitionEvent('pagehide'));
  const drafts = Object.keys(sessionStorage).filter((key) => key.startsWith('psw-role-kit:library:'));
  const kept = drafts.map((key) => [key, sessionStorage.getItem(key)!] as const);
  doc.libraryId = `${ID}-closed`;
  await doc.updateComplete;
  doc.remove();
  for (const key of Object.keys(sessionStorage)) if (key.startsWith('psw-role-kit:library:')) sessionStorage.removeItem(key);
  // A reload keeps the tab's sessionStorage as it was when the page went.
  if (reload) for (const [key, value] of kept) sessionStorage.setItem(key, value);
}
/**
 * An edit, sent at once instead of after the autosave's pause (`flushLibrary`, what a hidden page and
 * "Save a version" call): what follows is the same, without waiting for the timer.
 */
async function setTitle(doc: PswRoleDocument, title: string): Promise<void> {
  doc.snapshot.edit((d) => ({ ...d, role: { ...d.role, title } }));
  await doc.flushLibrary();
}

describe('<psw-role-document library-id> without storage-key: edits not yet sent survive a closed tab', () => {
  useFakeRoleServer((s) => (server = s));
  const open = async () => {
    const doc = await fixture<PswRoleDocument>(html`<psw-role-document library-src=${server.base} library-id=${ID}></psw-role-document>`);
    await doc.updateComplete;
    return doc;
  };
  async function editedWhileDown(title: string) {
    server.seed(titled('Start'));
    const doc = await open();
    await waitUntil(() => doc.libraryState === 'saved' && doc.value.role.title === 'Start', 'loaded');
    server.down = true;
    await setTitle(doc, title);
    await waitUntil(() => doc.libraryState === 'offline', 'offline');
    return doc;
  }

  it('restores them in a new tab while the server is still down, and sends them when it is back', async () => {
    const first = await editedWhileDown('Typed while down');
    expect(unsentKeys()).to.have.length(1);
    await closeTab(first);
    const doc = await open();
    await waitUntil(() => doc.value?.role.title === 'Typed while down', 'restored from the copy');
    await waitUntil(() => doc.libraryState === 'offline', 'waiting for the server');
    await doc.updateComplete;
    expect(statuses(doc)).to.deep.equal([RESTORED, 'The library server cannot be reached. Your changes are kept in this browser and will be sent when it is back.']);
    await expect(doc).to.be.accessible();
    server.down = false;
    window.dispatchEvent(new Event('online'));
    await waitUntil(() => doc.libraryState === 'saved' && server.roles.get(ID)!.document.role.title === 'Typed while down', 'sent');
    await doc.updateComplete;
    expect(statuses(doc)).to.deep.equal(['Edits not yet sent to the library from an earlier visit were restored here; nothing is waiting to be sent now.']);
    await waitUntil(() => unsentKeys().length === 0, 'the copy is gone once acknowledged');
  });

  it('goes through the conflict flow, section by section, when the role changed meanwhile', async () => {
    const first = await editedWhileDown('Mine, typed while down');
    await closeTab(first);
    server.saveAsSomeoneElse(titled('Theirs'));
    server.down = false;
    const doc = await open();
    await waitUntil(() => doc.libraryState === 'conflict', 'refused as a conflict');
    await doc.updateComplete;
    expect(doc.value.role.title).to.equal('Mine, typed while down');
    expect(server.roles.get(ID)!.document.role.title).to.equal('Theirs');
    expect(statuses(doc)).to.deep.equal([RESTORED]);
    const conflict = doc.shadowRoot!.querySelector('[part="library-conflict"]')!;
    expect(text(conflict)).to.match(/Someone else saved this role since you opened it/);
    const sections = [...conflict.querySelectorAll('button')].find((b) => text(b) === 'Choose section by section')!;
    sections.click();
    await waitUntil(() => conflict.querySelector('form.library-sections'), 'the sections are shown');
    await doc.updateComplete;
    [...conflict.querySelectorAll('button')].find((b) => text(b) === 'Save the combined role')!.click();
    await waitUntil(() => doc.libraryState === 'saved' && server.roles.get(ID)!.document.role.title === 'Mine, typed while down', 'mine saved');
    expect(doc.shadowRoot!.querySelector('[part="library-conflict"]')).to.equal(null);
    await waitUntil(() => unsentKeys().length === 0, 'the copy is gone once acknowledged');
  });

  it('a reload while the server is down keeps the revision the edits were made on: sent, not a conflict', async () => {
    const first = await editedWhileDown('Typed before a reload');
    await closeTab(first, { reload: true });
    const doc = await open(); // the same tab: its sessionStorage draft is restored
    await waitUntil(() => doc.value?.role.title === 'Typed before a reload' && doc.libraryState === 'offline', 'restored, waiting');
    await doc.updateComplete;
    expect(statuses(doc)).to.not.include(RESTORED);
    server.down = false;
    window.dispatchEvent(new Event('online'));
    await waitUntil(() => doc.libraryState !== 'offline' && doc.libraryState !== 'saving', 'answered');
    expect(doc.libraryState).to.equal('saved');
    expect(server.roles.get(ID)!.document.role.title).to.equal('Typed before a reload');
    await waitUntil(() => unsentKeys().length === 0, 'the copy is gone once acknowledged');
  });

  it('a read-only document leaves them for a document that can send them', async () => {
    await closeTab(await editedWhileDown('Typed, then the tab closed'));
    server.down = false;
    const viewer = await fixture<PswRoleDocument>(html`<psw-role-document readonly library-src=${server.base} library-id=${ID}></psw-role-document>`);
    await waitUntil(() => viewer.libraryState === 'saved', 'bound');
    expect(viewer.value.role.title).to.equal('Start');
    expect(unsentKeys()).to.have.length(1);
    const editor = await open();
    await waitUntil(() => editor.libraryState === 'saved' && server.roles.get(ID)!.document.role.title === 'Typed, then the tab closed', 'sent');
  });

  it('does not take over the edits of a tab that is still open', async () => {
    const live = await editedWhileDown('Typed in the first tab');
    for (const key of Object.keys(sessionStorage)) if (key.startsWith('psw-role-kit:library:')) sessionStorage.removeItem(key);
    const second = await open();
    // The server is still down: the entry cannot be read, and is not taken for a missing one.
    await waitUntil(() => second.libraryState === 'error', 'not loaded');
    await second.updateComplete;
    expect(second.value.role.title).to.not.equal('Typed in the first tab');
    expect(statuses(second).join(' ')).to.match(/^The role could not be loaded from the library: .* nothing can be changed here\.$/);
    expect(second.matches(':state(readonly)'), 'read only until loaded').to.equal(true);
    expect(live.value.role.title).to.equal('Typed in the first tab');
    expect(unsentKeys()).to.have.length(1);
    // Back up: the entry is read (on the browser's "online", or the next retry) and can be edited.
    // The first tab sends its edits on the same "online", so the entry is Start or its title.
    server.down = false;
    window.dispatchEvent(new Event('online'));
    await waitUntil(() => second.libraryState === 'saved' && ['Start', 'Typed in the first tab'].includes(second.value.role.title!), 'loaded once the server is back');
    await second.updateComplete;
    expect(second.matches(':state(readonly)')).to.equal(false);
    expect(statuses(second)).to.deep.equal([]);
  });

  it('restores the edits of two closed tabs one after the other: the later meets the earlier as a conflict', async () => {
    server.seed(titled('Start'));
    const [first, second] = [await open(), await open()];
    await waitUntil(() => first.libraryState === 'saved' && second.libraryState === 'saved', 'both loaded');
    server.down = true;
    await setTitle(first, 'First tab, closed first');
    await waitUntil(() => first.libraryState === 'offline', 'first offline');
    await closeTab(first);
    await setTitle(second, 'Second tab, closed later');
    await waitUntil(() => second.libraryState === 'offline', 'second offline');
    await closeTab(second);
    expect(unsentKeys()).to.have.length(2);
    server.down = false;
    const third = await open();
    await waitUntil(() => third.libraryState === 'conflict', 'the later copy meets the earlier one');
    expect(server.roles.get(ID)!.document.role.title).to.equal('First tab, closed first');
    expect(third.value.role.title).to.equal('Second tab, closed later');
    expect(unsentKeys()).to.have.length(1);
  });

  it('says so when the browser refuses to keep the copy, and keeps working in the tab', async () => {
    const original = Storage.prototype.setItem;
    Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
      if (key.startsWith('psw-role-kit:unsent:')) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return original.call(this, key, value);
    };
    try {
      const doc = await editedWhileDown('Kept in this tab only');
      await doc.updateComplete;
      expect(statuses(doc)[0]).to.match(/did not take a copy of your changes \(The quota has been exceeded\.\), so they are kept in this tab only/);
      expect(unsentKeys()).to.deep.equal([]);
      server.down = false;
      window.dispatchEvent(new Event('online'));
      await waitUntil(() => doc.libraryState === 'saved' && server.roles.get(ID)!.document.role.title === 'Kept in this tab only', 'sent');
    } finally {
      Storage.prototype.setItem = original;
    }
  });
});
