/**
 * The fictional trust's profile that ships in demo/ (demo/data/riverdale-profile.json): it parses,
 * it answers every organisation-level fact, and with it the rules about those facts are satisfied
 * for a role that leaves them all unset.
 */
import { describe, it } from 'node:test';
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { parseOrganisationProfile } from '../../../src/organisation/parse.js';
import { FactsSchema, PeerSupervisionFactsSchema } from '../../../src/organisation/schema.js';
import { createRoleDocument } from '../../../src/model/create.js';
import { assessRole } from '../../../src/assess/index.js';
import type { RoleDocument } from '../../../src/model/schema.js';

const FILE = 'demo/data/riverdale-profile.json';
const text = readFileSync(FILE, 'utf8');

/** The template with every organisation-level answer removed, as an honest template leaves it. */
function withoutOrganisationFacts(doc: RoleDocument): RoleDocument {
  return {
    ...doc,
    team: { ...doc.team, briefingBeforeStart: undefined, briefingCoDeliveredByPeer: undefined, peerNetwork: undefined, otherPeerWorkers: undefined },
    leadership: {},
    wellbeing: {},
    recruitment: { ...doc.recruitment, coProduced: undefined, peerOnPanel: undefined },
    employment: { ...doc.employment, dbs: undefined },
    supervision: {
      ...doc.supervision,
      arrangements: doc.supervision.arrangements.map((a) => ({ ...a, providerHasPeerBackground: undefined, providerTrainedInPeerSupervision: undefined })),
    },
  } as RoleDocument;
}

describe(`the demo organisation profile (${FILE})`, () => {
  it('parses as JSON text and as a value', () => {
    const fromText = parseOrganisationProfile(text);
    expect(fromText.ok, JSON.stringify(!fromText.ok && fromText.issues)).to.equal(true);
    expect(parseOrganisationProfile(JSON.parse(text)).ok).to.equal(true);
  });

  it('answers every organisation-level fact, and how peer supervision is provided', () => {
    const r = parseOrganisationProfile(text);
    if (!r.ok) throw new Error('does not parse');
    const facts = r.profile.facts as Record<string, unknown>;
    for (const key of Object.keys(FactsSchema.shape)) expect(facts[key], `facts.${key}`).to.not.equal(undefined);
    const ps = r.profile.facts.peerSupervision as Record<string, unknown>;
    for (const key of Object.keys(PeerSupervisionFactsSchema.shape)) expect(ps[key], `facts.peerSupervision.${key}`).to.not.equal(undefined);
    expect(r.profile.organisation.name).to.equal('Riverdale and Ashby NHS Foundation Trust');
    expect(r.profile.jobDescription.standardClauses?.map((c) => c.title)).to.have.length(6);
  });

  it('satisfies the rules about those facts for a role that leaves them unset', () => {
    const r = parseOrganisationProfile(text);
    if (!r.ok) throw new Error('does not parse');
    const doc = withoutOrganisationFacts(createRoleDocument({ template: 'adult-community' }));
    const organisational = ['R09', 'R13', 'R14', 'R15', 'R16', 'R24', 'R25', 'R27', 'R46', 'R48'];
    const without = assessRole(doc, { today: '2026-12-05' }).findings.map((f) => f.ruleId);
    expect(without.filter((id) => organisational.includes(id)), 'they fire without the profile').to.not.deep.equal([]);
    const withProfile = assessRole(doc, { today: '2026-12-05', organisation: r.profile }).findings.map((f) => f.ruleId);
    expect(withProfile.filter((id) => organisational.includes(id))).to.deep.equal([]);
  });
});
