// A bound document whose library server cannot be reached: the edits stay, the status line says so
// plainly, and they are sent when the server is back (on the retry timer, or at once when the
// browser says it is online), clearing the message.
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../util/wait.js';
import '../../../components/role-document/role-document.js';
import type { PswRoleDocument } from '../../../components/role-document/role-document.component.js';
import { createBlankDocument } from '../../../src/model/blank.js';
import { FakeRoleServer, useFakeRoleServer } from './fake-role-server.js';

const text = (n: Element | null | undefined) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('<psw-role-document library-src>: the server cannot be reached', () => {
  let server: FakeRoleServer;
  useFakeRoleServer((s) => (server = s));

  async function bound() {
    server.seed({ ...createBlankDocument({ id: 'offline-role' }), role: { ...createBlankDocument().role, title: 'Start' } });
    const doc = await fixture<PswRoleDocument>(html`<psw-role-document library-src=${server.base} library-id="offline-role" storage-key=${`${server.base}-draft`}></psw-role-document>`);
    await waitUntil(() => doc.libraryState === 'saved' && doc.value.role.title === 'Start', 'loaded');
    return doc;
  }

  it('keeps the edits, says so, and sends them when the browser is online again', async () => {
    const doc = await bound();
    server.down = true;
    doc.snapshot.edit((d) => ({ ...d, role: { ...d.role, title: 'Typed while down' } }));
    await waitUntil(() => doc.libraryState === 'offline', 'offline');
    await doc.updateComplete;
    const status = doc.shadowRoot!.querySelector('[part="library-status"]')!;
    expect(status.getAttribute('role')).to.equal('status');
    expect(text(status)).to.equal('The library server cannot be reached. Your changes are kept in this browser and will be sent when it is back.');
    expect(doc.value.role.title).to.equal('Typed while down');
    await expect(doc).to.be.accessible();
    // More edits while down are kept too.
    doc.snapshot.edit((d) => ({ ...d, role: { ...d.role, title: 'Typed while down, twice' } }));
    server.down = false;
    window.dispatchEvent(new Event('online'));
    await waitUntil(() => doc.libraryState === 'saved', 'sent', { timeout: 5000 });
    await doc.updateComplete;
    expect(server.roles.get('offline-role')!.document.role.title).to.equal('Typed while down, twice');
    expect(doc.shadowRoot!.querySelector('[part="library-status"]')).to.equal(null);
  });

  it('a save whose answer was lost, then met again, is taken for its own, not for someone else’s', async () => {
    const doc = await bound();
    server.dropWriteAnswers = true;
    doc.snapshot.edit((d) => ({ ...d, role: { ...d.role, title: 'Saved, answer lost' } }));
    await waitUntil(() => doc.libraryState === 'offline', 'offline');
    expect(server.roles.get('offline-role')!.document.role.title, 'it did reach the server').to.equal('Saved, answer lost');
    server.dropWriteAnswers = false;
    doc.snapshot.edit((d) => ({ ...d, role: { ...d.role, title: 'Typed after that' } }));
    window.dispatchEvent(new Event('online'));
    await waitUntil(() => doc.libraryState === 'saved' && server.roles.get('offline-role')!.document.role.title === 'Typed after that', 'sent, no conflict', { timeout: 5000 });
    expect(doc.shadowRoot!.querySelector('[part="library-conflict"]')).to.equal(null);
  });

  it('moved to another entry that cannot be read, stays read only and says so, then reads it, instead of starting it blank', async () => {
    const doc = await bound();
    server.seed({ ...createBlankDocument({ id: 'other-role' }), role: { ...createBlankDocument().role, title: 'The other role' } });
    server.failReads.add('other-role');
    doc.libraryId = 'other-role';
    await waitUntil(() => doc.libraryState === 'error', 'not loaded');
    await doc.updateComplete;
    expect(text(doc.shadowRoot!.querySelector('[part="library-status"]'))).to.match(/^The role could not be loaded from the library: /);
    expect(doc.matches(':state(readonly)')).to.equal(true);
    expect(doc.snapshot.edit((d) => ({ ...d, role: { ...d.role, title: 'Typed into nothing' } })).ok, 'read only').to.equal(false);
    server.failReads.clear();
    window.dispatchEvent(new Event('online'));
    await waitUntil(() => doc.libraryState === 'saved' && doc.value.role.title === 'The other role', 'read once it can be');
    expect(doc.matches(':state(readonly)')).to.equal(false);
    expect(server.requests.filter((r) => r.startsWith('POST')), 'nothing created over it').to.deep.equal([]);
  });

  it('retries on a timer with backoff when no online event comes', async () => {
    const doc = await bound();
    server.down = true;
    doc.snapshot.edit((d) => ({ ...d, role: { ...d.role, title: 'Sent by the retry' } }));
    await waitUntil(() => doc.libraryState === 'offline', 'offline');
    const tries = server.requests.length;
    server.down = false;
    await waitUntil(() => doc.libraryState === 'saved', 'sent by the retry', { timeout: 8000 });
    expect(server.roles.get('offline-role')!.document.role.title).to.equal('Sent by the retry');
    // One request more: the retry's PUT (no busy loop of requests).
    expect(server.requests.slice(tries)).to.deep.equal(['PUT /roles/offline-role']);
  });
});
