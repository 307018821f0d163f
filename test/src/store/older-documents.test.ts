// A role document of schema version 1 (a fixed-term post whose length sat in the funding term) read
// through every door that embeds one: an export, an organisation profile's template, a library
// file, an autosaved draft and an IndexedDB record. Each migrates it to the current version.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { expect } from 'chai';
import { parseRoleDocument, SCHEMA_VERSION } from '../../../src/model/index.js';
import { createRoleDocument } from '../../../src/model/create.js';
import { exportJobDescription } from '../../../src/export/export-job-description.js';
import { compareRoles } from '../../../src/compare/compare.js';
import { parseOrganisationProfile } from '../../../src/organisation/index.js';
import { parseLibraryFile, LIBRARY_KIND } from '../../../src/store/library-file.js';
import { AUTOSAVE_FORMAT, restoreDocument, type StorageLike } from '../../../src/store/persistence.js';
import { IdbRoleStore } from '../../../src/store/idb-role-store.js';
import { testProfile } from '../../fixtures/profiles.js';
import { emptyDoc } from './fixtures.js';

type Data = Record<string, unknown>;

/** A version 1 document: a 9-month fixed-term post, its length entered as the funding term. */
function v1Doc(id = 'old-role'): Data {
  const doc = JSON.parse(JSON.stringify(emptyDoc(id))) as Data;
  return {
    ...doc, schemaVersion: 1,
    role: { title: 'Peer support worker' },
    employment: { contractType: 'fixed-term', hoursPerWeek: 30, funding: { source: 'Transformation fund', termMonths: 9 } },
  };
}
const MIGRATED = { contractType: 'fixed-term', hoursPerWeek: 30, fixedTermMonths: 9, funding: { source: 'Transformation fund' } };

describe('a version 1 document is migrated wherever it is read', () => {
  it('inside an export made by an earlier release', () => {
    const current = exportJobDescription(emptyDoc('old-role'), { now: '2026-01-05T10:00:00Z' });
    const older = { ...JSON.parse(JSON.stringify(current)) as Data, document: v1Doc() };
    for (const input of [older, JSON.stringify(older)]) {
      const r = parseRoleDocument(input);
      expect(r.ok && r.migratedFrom).to.equal(1);
      expect(r.ok && r.document.schemaVersion).to.equal(SCHEMA_VERSION);
      expect(r.ok && r.document.employment).to.deep.equal(MIGRATED);
    }
    // Comparing two exports reads both the same way.
    const later = parseRoleDocument(older);
    if (!later.ok) throw new Error('not read');
    const cmp = compareRoles(older, { ...later.document, employment: { ...later.document.employment, fixedTermMonths: 12 } });
    expect(cmp.changes.map((c) => [c.path, c.before, c.after])).to.deep.equal([['employment.fixedTermMonths', 9, 12]]);
  });

  it('as an organisation profile’s template, which then creates current documents', () => {
    const template = { id: 'org-fixed-term', label: 'Fixed-term peer worker', document: v1Doc('tpl') };
    const r = parseOrganisationProfile(testProfile({ templates: { add: [template] } }));
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    const doc = r.profile.templates.add![0]!.document;
    expect(doc.schemaVersion).to.equal(SCHEMA_VERSION);
    expect(doc.employment).to.deep.equal(MIGRATED);
    const created = createRoleDocument({ template: 'org-fixed-term', organisation: r.profile, today: '2026-12-01' });
    expect(created.schemaVersion).to.equal(SCHEMA_VERSION);
    expect(created.employment.fixedTermMonths).to.equal(9);
    expect(created.employment.funding?.termMonths).to.equal(undefined);
  });

  it('but a profile’s template from a newer release is refused, naming it', () => {
    const template = { id: 'org-next', label: 'From the future', document: { ...v1Doc('tpl'), schemaVersion: SCHEMA_VERSION + 1 } };
    const r = parseOrganisationProfile(testProfile({ templates: { add: [{ id: 'org-ok', label: 'Fine', document: v1Doc('ok') }, template] } }));
    expect(r.ok).to.equal(false);
    if (r.ok) return;
    expect(r.issues).to.have.length(1);
    expect(r.issues[0]!.path).to.equal('templates.add[1].document.schemaVersion');
    expect(r.issues[0]!.message).to.match(/is 3: this template was made by a newer version of psw-role-kit, and this copy reads role documents of schema version 2 and older\. Update psw-role-kit to use it\.$/);
    // A template document that is no role document at all is still the schema's to judge.
    const odd = parseOrganisationProfile(testProfile({ templates: { add: [{ id: 'org-odd', label: 'Odd', document: { kind: 'psw-role-document', schemaVersion: '1' } }] } }));
    expect(!odd.ok && odd.issues.some((i) => i.path === 'templates.add[0].document.schemaVersion')).to.equal(true);
  });

  it('in a library file, for the role and each of its versions', () => {
    const file = { kind: LIBRARY_KIND, schemaVersion: 1, roles: [{ document: v1Doc(), versions: [{ label: 'Agreed', status: 'approved', at: '2026-01-05T10:00:00Z', document: v1Doc() }] }] };
    const r = parseLibraryFile(JSON.stringify(file));
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    const [role] = r.library.roles;
    expect(role!.document.schemaVersion).to.equal(SCHEMA_VERSION);
    expect(role!.document.employment).to.deep.equal(MIGRATED);
    expect(role!.versions[0]!.document.employment).to.deep.equal(MIGRATED);
  });

  it('in the demo’s library file, kept at version 1 on purpose', () => {
    const text = readFileSync('demo/data/library.json', 'utf8');
    const raw = JSON.parse(text) as { roles: { document: Data; versions: { document: Data }[] }[] };
    const versions = (docs: Data[]) => docs.map((d) => d.schemaVersion);
    expect(versions(raw.roles.flatMap((r) => [r.document, ...r.versions.map((v) => v.document)]))).to.satisfy((vs: unknown[]) => vs.length > 3 && vs.every((v) => v === 1));
    const r = parseLibraryFile(text);
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(versions(r.library.roles.flatMap((role) => [role.document, ...role.versions.map((v) => v.document)]) as unknown as Data[]).every((v) => v === SCHEMA_VERSION)).to.equal(true);
  });

  it('as an autosaved draft', () => {
    const map = new Map<string, string>();
    const storage: StorageLike = { getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v), removeItem: (k) => void map.delete(k) };
    map.set('k', JSON.stringify({ format: AUTOSAVE_FORMAT, version: 1, savedAt: '2026-01-05T10:00:00.000Z', tabId: 't', document: v1Doc() }));
    const r = restoreDocument(storage, 'k', { parse: parseRoleDocument });
    expect(r.kind).to.equal('restored');
    if (r.kind !== 'restored') return;
    expect(r.migratedFrom).to.equal(1);
    expect(r.document.employment).to.deep.equal(MIGRATED);
  });

  it('from an IndexedDB record and version written by an earlier release', async () => {
    const store = new IdbRoleStore({ name: `older-documents-${Date.now()}` });
    const db = await store.open();
    const at = '2026-01-05T10:00:00.000Z';
    await db.put('roles', { id: 'old-role', revision: 'r-1', document: v1Doc(), createdAt: at, updatedAt: at, versionCount: 1 });
    await db.put('versions', { roleId: 'old-role', version: 1, label: 'Agreed', status: 'approved', at, document: v1Doc() });
    const got = await store.get('old-role');
    expect(got?.document.schemaVersion).to.equal(SCHEMA_VERSION);
    expect(got?.document.employment).to.deep.equal(MIGRATED);
    expect((await store.list()).items.map((i) => [i.id, i.problem])).to.deep.equal([['old-role', undefined]]);
    expect((await store.getVersion('old-role', 1))?.document.employment).to.deep.equal(MIGRATED);
    // Saving it writes the current version, on the revision it was read at.
    const saved = await store.put(got!.document, { baseRevision: got!.revision });
    expect(saved.ok).to.equal(true);
    expect(((await db.get('roles', 'old-role'))?.document as Data).schemaVersion).to.equal(SCHEMA_VERSION);
    store.close();
  });
});
