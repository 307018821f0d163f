// The command line with organisation profiles: --org for assess and export, and validate telling a
// profile from a role document by its kind. Needs `npm run build` first.
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import JSZip from 'jszip';
import { TODAY, at, core, noStack, run, template, useFixtureFolder } from './fixtures.mjs';

useFixtureFolder();

const NAME = 'Riverdale </script><img src=x onerror=alert(1)> **Trust**';
const profile = {
  kind: 'psw-organisation-profile',
  schemaVersion: 1,
  id: 'riverdale',
  asOf: '2026-11-30',
  organisation: { name: NAME, website: 'https://riverdale.example/', jobReferencePrefix: 'RDT-PSW-', recruitmentContact: 'peer.lead@riverdale.example' },
  facts: { peerNetwork: true, peerLeadInOrganisation: true },
  pay: {},
  policy: { minCoreDuties: 9 },
  templates: {},
  jobDescription: { aboutUs: 'We run community services.', standardClauses: [{ id: 'safeguarding', title: 'Safeguarding', text: 'Everyone safeguards.' }] },
};
/** The crisis template with the facts the profile answers left unset, so the profile fills them. */
let role;

before(() => {
  role = structuredClone(template);
  delete role.team.peerNetwork;
  delete role.leadership.peerLeadInOrganisation;
  delete role.meta.organisation;
  writeFileSync(at('org-role.json'), JSON.stringify(role));
  writeFileSync(at('org.json'), JSON.stringify(profile, null, 2));
  writeFileSync(at('org-bad.json'), JSON.stringify({ ...profile, asOf: '30/11/2026', organisation: { ...profile.organisation, website: 'javascript:alert(1)' } }));
  writeFileSync(at('org-not-json.json'), '{ "kind": "psw-organisation-profile", ');
});

describe('validate with organisation profiles', () => {
  it('recognises a profile by its kind and says it is valid, beside role documents', async () => {
    const r = await run(['validate', 'org.json', 'role.json']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^✓ org\.json: valid organisation profile \(profile schema version 1\)$/m);
    assert.match(r.stdout, /^✓ role\.json: valid \(schema version 2\)$/m);
    const json = JSON.parse((await run(['validate', 'org.json', '--json'])).stdout);
    assert.deepEqual(json, [{ file: 'org.json', valid: true, profile: true, schemaVersion: 1 }]);
  });

  it('lists an invalid profile’s issues by field (exit 1)', async () => {
    const r = await run(['validate', 'org-bad.json']);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /^✗ org-bad\.json: invalid organisation profile, 2 issues$/m);
    assert.match(r.stdout, /^ {2}asOf — .*YYYY-MM-DD/m);
    assert.match(r.stdout, /^ {2}organisation\.website — .*https:\/\//m);
    const json = JSON.parse((await run(['validate', 'org-bad.json', '--json'])).stdout);
    assert.deepEqual(json[0].issues.map((i) => i.path), ['asOf', 'organisation.website']);
  });
});

describe('assess --org', () => {
  it('assesses the effective document with the profile’s facts and thresholds, and says so', async () => {
    const r = await run(['assess', 'org-role.json', '--org', 'org.json', '--json', '--today', TODAY]);
    assert.equal(r.code, 0, r.stderr);
    const parsed = core.parseOrganisationProfile(profile);
    assert.ok(parsed.ok);
    assert.deepEqual(JSON.parse(r.stdout), JSON.parse(JSON.stringify(core.assessRole(role, { today: TODAY, organisation: parsed.profile }))));
    const without = JSON.parse((await run(['assess', 'org-role.json', '--json', '--today', TODAY])).stdout);
    assert.notDeepEqual(JSON.parse(r.stdout).findings.map((f) => f.ruleId), without.findings.map((f) => f.ruleId));
    const text = (await run(['assess', 'org-role.json', '--org', 'org.json', '--today', TODAY])).stdout;
    assert.ok(text.includes(`With the organisation profile of ${NAME} (“riverdale”, facts as of 2026-11-30)`));
  });

  it('refuses an invalid profile with its issues by field, and exit 1', async () => {
    const r = await run(['assess', 'role.json', '--org', 'org-bad.json']);
    assert.equal(r.code, 1);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /^psw-role-kit: org-bad\.json is not a valid organisation profile \(2 issues\):$/m);
    assert.match(r.stderr, /^ {2}asOf — /m);
    noStack(r.stderr);
    const broken = await run(['assess', 'role.json', '--org', 'org-not-json.json']);
    assert.equal(broken.code, 1);
    assert.match(broken.stderr, /not valid JSON/);
  });

  it('a missing profile file is an I/O error (exit 2); a profile given as the role says to use --org', async () => {
    const missing = await run(['assess', 'role.json', '--org', 'nowhere.json']);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /cannot read nowhere\.json: no such file/);
    const swapped = await run(['assess', 'org.json']);
    assert.equal(swapped.code, 1);
    assert.match(swapped.stderr, /This is an organisation profile, not a role document: give it with --org/);
    const stdin = await run(['assess', '-', '--org', '-'], { input: '{}' });
    assert.equal(stdin.code, 2);
    assert.match(stdin.stderr, /standard input \(-\) cannot be both the FILE and the --org profile/);
  });
});

describe('export --org', () => {
  it('json: the effective document and provenance.organisationProfile', async () => {
    const r = await run(['export', 'org-role.json', '--org', 'org.json', '-f', 'json']);
    assert.equal(r.code, 0, r.stderr);
    const env = JSON.parse(r.stdout);
    assert.deepEqual({ ...env.provenance.organisationProfile, filled: undefined }, { id: 'riverdale', name: NAME, asOf: '2026-11-30', filled: undefined });
    assert.deepEqual(env.provenance.organisationProfile.filled.sort(), ['leadership.peerLeadInOrganisation', 'meta.organisation', 'team.peerNetwork']);
    assert.equal(env.document.team.peerNetwork, true);
    assert.equal(env.document.meta.organisation, NAME);
    assert.ok(core.ExportEnvelopeSchema.safeParse(env).success);
    const plain = JSON.parse((await run(['export', 'org-role.json', '-f', 'json'])).stdout);
    assert.equal(plain.provenance.organisationProfile, undefined);
  });

  it('jsonld: hiringOrganization with name and sameAs', async () => {
    const r = await run(['export', 'org-role.json', '--org', 'org.json', '-f', 'jsonld']);
    assert.equal(r.code, 0, r.stderr);
    const posting = JSON.parse(r.stdout);
    assert.deepEqual(posting.hiringOrganization, { '@type': 'Organization', name: NAME, sameAs: 'https://riverdale.example/', description: 'We run community services.' });
  });

  it('md: the organisation’s header lines, escaped, and its sections', async () => {
    const r = await run(['export', 'org-role.json', '--org', 'org.json', '-f', 'md']);
    assert.equal(r.code, 0, r.stderr);
    const ref = core.jobReference(role, core.parseOrganisationProfile(profile).profile);
    assert.ok(r.stdout.startsWith(`**Riverdale &lt;/script&gt;&lt;img src=x onerror=alert(1)&gt; \\*\\*Trust\\*\\***\\\nJob reference: ${ref}\\\n`), r.stdout.slice(0, 200));
    assert.match(r.stdout, /^## About the organisation$/m);
    assert.match(r.stdout, /^## Safeguarding$/m);
    assert.doesNotMatch(r.stdout, /<(script|img)/);
  });

  it('docx: a page header with the name (escaped) and a footer with page numbers', async () => {
    const r = await run(['export', 'org-role.json', '--org', 'org.json', '-f', 'docx'], { binary: true });
    assert.equal(r.code, 0, r.stderr);
    const zip = await JSZip.loadAsync(r.stdout);
    const header = await zip.file('word/header1.xml')?.async('string');
    const footer = await zip.file('word/footer1.xml')?.async('string');
    assert.ok(header?.includes('Riverdale &lt;/script&gt;&lt;img src=x onerror=alert(1)&gt; **Trust**'));
    assert.match(footer ?? '', /NUMPAGES/);
  });

  it('an invalid profile stops the export before anything is written (exit 1)', async () => {
    const r = await run(['export', 'role.json', '--org', 'org-bad.json', '-f', 'md']);
    assert.equal(r.code, 1);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /org-bad\.json is not a valid organisation profile/);
  });
});
