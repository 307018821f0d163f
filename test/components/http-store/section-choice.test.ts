// A bound document whose save is refused as a conflict: "Choose section by section" (a radio group
// per section of the comparison, the section's changes under it) and "Save the combined role".
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../util/wait.js';
import { AUTOSAVE_FORMAT } from '../../../src/store/persistence.js';
import '../../../components/role-document/role-document.js';
import type { PswRoleDocument } from '../../../components/role-document/role-document.component.js';
import { createBlankDocument } from '../../../src/model/blank.js';
import type { RoleDocument } from '../../../src/model/schema.js';
import { FakeRoleServer, useFakeRoleServer } from './fake-role-server.js';

const text = (n: Element | null | undefined) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();
const button = (root: ParentNode, label: string) =>
  [...root.querySelectorAll<HTMLButtonElement>('button')].find((b) => text(b) === label)!;
const start = (): RoleDocument => {
  const doc = createBlankDocument({ id: 'sections-role' });
  return { ...doc, role: { ...doc.role, title: 'Start' }, employment: { ...doc.employment, band: '3' } };
};

async function conflicted(server: FakeRoleServer) {
  server.seed(start());
  const doc = await fixture<PswRoleDocument>(html`<psw-role-document library-src=${server.base} library-id="sections-role" storage-key=${`${server.base}-draft`}></psw-role-document>`);
  await waitUntil(() => doc.libraryState === 'saved' && doc.value.role.title === 'Start', 'loaded');
  // Someone else changes the title and the band; I change the title and the hours.
  const theirs = start();
  server.saveAsSomeoneElse({ ...theirs, role: { ...theirs.role, title: 'Their title' }, employment: { ...theirs.employment, band: '4' } });
  doc.snapshot.edit((d) => ({ ...d, role: { ...d.role, title: 'My title' }, employment: { ...d.employment, hoursPerWeek: 30 } }));
  await waitUntil(() => doc.libraryState === 'conflict', 'refused');
  await doc.updateComplete;
  return doc;
}

/** Waits for the conflict, opens "Choose section by section", and returns the conflict's alert. */
async function sectionsOpened(doc: PswRoleDocument): Promise<Element> {
  await waitUntil(() => doc.libraryState === 'conflict', 'refused');
  await doc.updateComplete;
  const alert = doc.shadowRoot!.querySelector('[part="library-conflict"]')!;
  button(alert, 'Choose section by section').click();
  await waitUntil(() => alert.querySelector('form.library-sections'), 'the sections are shown', { timeout: 10000 });
  await doc.updateComplete;
  return alert;
}

describe('<psw-role-document library-src>: choosing section by section', () => {
  let server: FakeRoleServer;
  useFakeRoleServer((s) => (server = s));

  it('offers a radio group per section with its changes, mine by default, and is axe clean', async () => {
    const doc = await conflicted(server);
    const alert = doc.shadowRoot!.querySelector('[part="library-conflict"]')!;
    expect(text(alert)).to.match(/Someone else saved this role since you opened it/);
    const toggle = button(alert, 'Choose section by section');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    toggle.click();
    await waitUntil(() => alert.querySelector('form.library-sections'), 'the sections are shown', { timeout: 10000 });
    await doc.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    const fieldsets = [...alert.querySelectorAll('fieldset')];
    expect(fieldsets.map((f) => f.dataset.section)).to.deep.equal(['role', 'employment']);
    for (const f of fieldsets) {
      const radios = [...f.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
      expect(radios.map((r) => text(r.labels![0]))).to.deep.equal(['Keep mine', 'Take theirs']);
      expect(radios[0].checked).to.equal(true);
      expect(f.querySelectorAll('li').length).to.be.greaterThan(0);
    }
    expect(text(fieldsets[0].querySelector('legend'))).to.not.equal('');
    await expect(doc).to.be.accessible();
  });

  it('saves the combined role on their revision, as one undo step', async () => {
    const doc = await conflicted(server);
    const alert = doc.shadowRoot!.querySelector('[part="library-conflict"]')!;
    button(alert, 'Choose section by section').click();
    await waitUntil(() => alert.querySelector('form.library-sections'), 'the sections are shown', { timeout: 10000 });
    await doc.updateComplete;
    // Theirs for the employment section (their band, losing my hours), mine for the role (my title).
    const theirsRadio = alert.querySelector<HTMLInputElement>('fieldset[data-section="employment"] input[value="theirs"]')!;
    theirsRadio.click();
    await doc.updateComplete;
    button(alert, 'Save the combined role').click();
    await waitUntil(() => doc.libraryState === 'saved' && server.roles.get('sections-role')!.revision === 3, 'saved');
    const held = server.roles.get('sections-role')!.document;
    expect(held.role.title).to.equal('My title');
    expect(held.employment.band).to.equal('4');
    expect(held.employment.hoursPerWeek).to.not.equal(30);
    expect(doc.value).to.deep.equal(held);
    expect(doc.shadowRoot!.querySelector('[part="library-conflict"]')).to.equal(null);
    doc.undo();
    expect(doc.value.role.title).to.equal('My title');
    expect(doc.value.employment.hoursPerWeek).to.equal(30);
  });

  it('starts a section only they changed as theirs, so saving at once reverts nothing of theirs, and keeps theirs as a version', async () => {
    server.seed(start());
    const doc = await fixture<PswRoleDocument>(html`<psw-role-document library-src=${server.base} library-id="sections-role" storage-key=${`${server.base}-draft2`}></psw-role-document>`);
    await waitUntil(() => doc.libraryState === 'saved' && doc.value.role.title === 'Start', 'loaded');
    // They rewrite the purpose (role section) and change the band; I change the hours and the band otherwise.
    const theirs = start();
    server.saveAsSomeoneElse({ ...theirs, role: { ...theirs.role, purpose: 'Their purpose' }, employment: { ...theirs.employment, band: '4' } });
    doc.snapshot.edit((d) => ({ ...d, employment: { ...d.employment, hoursPerWeek: 30, band: '5' } }));
    const alert = await sectionsOpened(doc);
    const checked = (section: string) => alert.querySelector<HTMLInputElement>(`fieldset[data-section="${section}"] input:checked`)!.value;
    expect([checked('role'), checked('employment')]).to.deep.equal(['theirs', 'mine']);
    button(alert, 'Save the combined role').click();
    await waitUntil(() => doc.libraryState === 'saved' && server.roles.get('sections-role')!.revision === 3, 'saved');
    const held = server.roles.get('sections-role')!;
    expect([held.document.role.purpose, held.document.employment.hoursPerWeek, held.document.employment.band]).to.deep.equal(['Their purpose', 30, '5']);
    expect(held.versions.map((v) => [v.label, v.document.role.purpose])).to.deep.equal([['Saved by someone else (kept when another copy was saved over it)', 'Their purpose']]);
  });

  it('merges without asking when each part was changed on one side only, says which parts came from theirs, and Undo brings mine back', async () => {
    server.seed(start());
    const doc = await fixture<PswRoleDocument>(html`<psw-role-document library-src=${server.base} library-id="sections-role" storage-key=${`${server.base}-draft4`}></psw-role-document>`);
    await waitUntil(() => doc.libraryState === 'saved' && doc.value.role.title === 'Start', 'loaded');
    // The note will go into a live region that is already there, so it is announced.
    const live = doc.shadowRoot!.querySelector('div[role="status"]');
    expect(live, 'an empty live region before any merge').to.not.equal(null);
    // They rename the role (as the library's Rename does); I change the hours.
    const theirs = start();
    server.saveAsSomeoneElse({ ...theirs, role: { ...theirs.role, title: 'Renamed in the library' } });
    doc.snapshot.edit((d) => ({ ...d, employment: { ...d.employment, hoursPerWeek: 30 } }));
    await waitUntil(() => doc.libraryState === 'saved' && server.roles.get('sections-role')!.revision === 3, 'merged and saved');
    await doc.updateComplete;
    const held = server.roles.get('sections-role')!;
    expect([held.document.role.title, held.document.employment.hoursPerWeek]).to.deep.equal(['Renamed in the library', 30]);
    expect(held.versions, 'nothing of theirs was set aside').to.deep.equal([]);
    expect(doc.value).to.deep.equal(held.document);
    expect(doc.shadowRoot!.querySelector('[part="library-conflict"]')).to.equal(null);
    expect(text(doc.shadowRoot!.querySelector('[part="library-status"]'))).to.equal('This role was saved elsewhere meanwhile (in another tab, by someone else, or by the library), changing other parts than you: those changes to Role are now here with yours, and saved.');
    expect(doc.shadowRoot!.querySelector('[part="library-status"]')!.parentElement, 'inside the live region that was there').to.equal(live);
    doc.undo();
    expect([doc.value.role.title, doc.value.employment.hoursPerWeek]).to.deep.equal(['Start', 30]);
    await doc.updateComplete;
    expect(doc.shadowRoot!.querySelector('[part="library-status"]'), 'the note goes with the next change').to.equal(null);
  });

  it('a merge while the tab\'s draft waits on another tab does not move the draft\'s base ahead of it', async () => {
    server.seed(start());
    // library-id set after connecting: the tab's draft is in localStorage, shared with other tabs.
    const doc = await fixture<PswRoleDocument>(html`<psw-role-document library-src=${server.base}></psw-role-document>`);
    doc.libraryId = 'sections-role';
    await waitUntil(() => doc.libraryState === 'saved' && doc.value.role.title === 'Start', 'loaded');
    const key = doc.libraryDraftKey!;
    const baseBefore = localStorage.getItem(`${key}:base`);
    // Another tab of this page writes the draft (autosave here now waits for a choice) …
    const otherTab = { ...start(), role: { ...start().role, purpose: 'Another tab' } };
    const newValue = JSON.stringify({ format: AUTOSAVE_FORMAT, version: 1, savedAt: '2026-01-05T11:00:00.000Z', tabId: 'tab-other', document: otherTab });
    localStorage.setItem(key, newValue);
    window.dispatchEvent(new StorageEvent('storage', { key, newValue, storageArea: localStorage }));
    await waitUntil(() => doc.status.kind === 'other-tab', 'held');
    // … and someone renames the role in the library while I change the hours: merged and saved.
    server.saveAsSomeoneElse({ ...start(), role: { ...start().role, title: 'Renamed' } });
    doc.snapshot.edit((d) => ({ ...d, employment: { ...d.employment, hoursPerWeek: 30 } }));
    await waitUntil(() => doc.libraryState === 'saved' && server.roles.get('sections-role')!.revision === 3, 'merged and saved');
    // The draft is still the other tab's; its base must still be what it was, so a reload asks instead of saving it over.
    expect(JSON.parse(localStorage.getItem(key)!).document.role.purpose).to.equal('Another tab');
    expect(localStorage.getItem(`${key}:base`)).to.equal(baseBefore);
    localStorage.removeItem(key);
    localStorage.removeItem(`${key}:base`);
  });

  it('offers their Confirm of a suggested field in the field\'s section, so saving at once keeps it', async () => {
    const suggested = (): RoleDocument => ({ ...start(), meta: { ...start().meta, suggested: ['employment.band', 'role.reportsTo'] } });
    server.seed(suggested());
    const doc = await fixture<PswRoleDocument>(html`<psw-role-document library-src=${server.base} library-id="sections-role" storage-key=${`${server.base}-draft3`}></psw-role-document>`);
    await waitUntil(() => doc.libraryState === 'saved' && doc.value.role.title === 'Start', 'loaded');
    // They confirm the band and change the title; I change the title too.
    const theirs = suggested();
    server.saveAsSomeoneElse({ ...theirs, role: { ...theirs.role, title: 'Their title' }, meta: { ...theirs.meta, suggested: ['role.reportsTo'] } });
    doc.snapshot.edit((d) => ({ ...d, role: { ...d.role, title: 'My title' } }));
    const alert = await sectionsOpened(doc);
    const employment = alert.querySelector('fieldset[data-section="employment"]');
    expect(text(employment)).to.contain('Band: confirmed → suggested by a template, to be confirmed');
    expect(employment!.querySelector<HTMLInputElement>('input:checked')!.value).to.equal('theirs');
    button(alert, 'Save the combined role').click();
    await waitUntil(() => doc.libraryState === 'saved' && server.roles.get('sections-role')!.revision === 3, 'saved');
    const held = server.roles.get('sections-role')!.document;
    expect([held.role.title, held.meta.suggested]).to.deep.equal(['My title', ['role.reportsTo']]);
  });

  it('a combined role refused again is the conflict again, with the combined role kept', async () => {
    const doc = await conflicted(server);
    const alert = doc.shadowRoot!.querySelector('[part="library-conflict"]')!;
    button(alert, 'Choose section by section').click();
    await waitUntil(() => alert.querySelector('form.library-sections'), 'the sections are shown', { timeout: 10000 });
    await doc.updateComplete;
    alert.querySelector<HTMLInputElement>('fieldset[data-section="employment"] input[value="theirs"]')!.click();
    // Meanwhile someone saves again.
    const again = server.roles.get('sections-role')!.document;
    server.saveAsSomeoneElse({ ...again, role: { ...again.role, title: 'Their second title' } });
    const writes = () => server.requests.filter((r) => r.startsWith('PUT') || r.startsWith('POST')).length;
    const before = writes();
    button(alert, 'Save the combined role').click();
    // Keeping theirs as a version is refused first (their revision moved on): nothing is written.
    await waitUntil(() => writes() > before && doc.libraryState === 'conflict' && doc.value.employment.band === '4', 'refused again');
    expect(server.roles.get('sections-role')!.versions).to.deep.equal([]);
    expect(doc.value.role.title).to.equal('My title');
    expect(doc.value.employment.band).to.equal('4');
    expect(server.roles.get('sections-role')!.document.role.title).to.equal('Their second title');
  });
});
