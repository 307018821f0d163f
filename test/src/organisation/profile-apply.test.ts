/**
 * How a profile's answers reach a role: its facts fill what the role leaves unset; a role's own
 * value wins (an override for the post); the assessment reads the effective document and the
 * profile's policy, under the host's own policy keys.
 */
import { describe, it } from 'node:test';
import { expect } from 'chai';
import { applyOrganisation, profileDefaults, PEER_SUPERVISION_FIELDS, PROFILE_DEFAULTS } from '../../../src/organisation/index.js';
import { assessRole } from '../../../src/assess/index.js';
import { resolvePolicy } from '../../../src/assess/policy.js';
import { createRoleDocument, parseRoleDocument, INPUT_LIMITS } from '../../../src/model/index.js';
import { exportJobDescription, toMarkdown } from '../../../src/export/index.js';
import { setIn, getIn } from '../../../src/store/ops.js';
import type { RoleDocument } from '../../../src/model/schema.js';
import { goodProfile } from '../../fixtures/profiles.js';

const blank = (): RoleDocument => {
  const d = createRoleDocument({ now: '2026-12-01T09:00:00Z', id: 'blank' });
  return { ...d, supervision: { arrangements: [{ id: 'ps', type: 'peer-supervision', format: 'one-to-one' }, { id: 'lm', type: 'line-management' }] } };
};
/** A blank role whose post has a DBS check of this level. */
const withDbs = (level: NonNullable<RoleDocument['employment']['dbs']>['level']): RoleDocument => setIn(blank(), ['employment', 'dbs'], { level });

describe('applyOrganisation', () => {
  it('fills every mapped field a role leaves unset, and names where each came from', () => {
    const doc = withDbs('enhanced');
    const eff = applyOrganisation(doc, goodProfile());
    expect(eff.meta.organisation).to.equal('Fixture Valley NHS Trust');
    expect(eff.team).to.include({ briefingBeforeStart: true, briefingCoDeliveredByPeer: true, peerNetwork: true });
    expect(eff.leadership).to.include({ peerLeadInOrganisation: true, peerVoiceForum: true });
    expect(eff.recruitment).to.include({ coProduced: true, peerOnPanel: true });
    expect(eff.wellbeing).to.deep.equal({ wellnessPlanOffered: true, adjustmentsProcess: true, accessToWorkSignposted: true });
    expect(eff.employment.dbs?.feePaidBy).to.equal('employer');
    expect(eff.employment.payScheme).to.equal('agenda-for-change');
    expect(eff.supervision.arrangements[0]).to.include({ providerRole: 'Peer supervisor', providerHasPeerBackground: true, providerTrainedInPeerSupervision: true });
    expect(eff.supervision.arrangements[1]!.providerRole, 'line management is the post’s own').to.equal(undefined);
    const from = profileDefaults(doc, goodProfile());
    expect(from.get('recruitment.peerOnPanel')).to.equal('facts.peerOnPanel');
    expect(from.get('supervision.arrangements[0].frequency')).to.equal('facts.peerSupervision.frequency');
    expect(from.size).to.equal(PROFILE_DEFAULTS.length + 4);
  });
  it('leaves the role’s own values (overrides), including false, and never changes the document it was given', () => {
    const doc = setIn(setIn(blank(), ['recruitment', 'peerOnPanel'], false), ['supervision', 'arrangements', 0, 'providerRole'], 'Senior PSW');
    const before = JSON.stringify(doc);
    const eff = applyOrganisation(doc, goodProfile());
    expect(eff.recruitment.peerOnPanel).to.equal(false);
    expect(eff.supervision.arrangements[0]!.providerRole).to.equal('Senior PSW');
    expect(profileDefaults(doc, goodProfile()).has('recruitment.peerOnPanel')).to.equal(false);
    expect(JSON.stringify(doc)).to.equal(before);
  });
  it('maps “post-holder” pays the DBS fee to the document’s “employee”', () => {
    const p = goodProfile(); p.facts.dbsFeePaidBy = 'post-holder';
    expect(getIn(applyOrganisation(withDbs('basic'), p), ['employment', 'dbs', 'feePaidBy'])).to.equal('employee');
  });
  it('says who pays the DBS fee only for a post with a check: not for “no DBS check”, nor while the level is unset', () => {
    for (const doc of [withDbs('none'), blank()]) {
      expect(getIn(applyOrganisation(doc, goodProfile()), ['employment', 'dbs', 'feePaidBy'])).to.equal(undefined);
      expect(profileDefaults(doc, goodProfile()).has('employment.dbs.feePaidBy')).to.equal(false);
    }
    const md = toMarkdown(withDbs('none'), { organisation: goodProfile(), audience: 'internal' });
    expect(md).to.contain('No DBS check').and.not.to.contain('fee paid by');
  });
  it('is the document itself without a profile, and the same object for the same (document, profile)', () => {
    const doc = blank(); const p = goodProfile();
    expect(applyOrganisation(doc, undefined)).to.equal(doc);
    expect(applyOrganisation(doc, p)).to.equal(applyOrganisation(doc, p));
    expect(profileDefaults(doc, undefined).size).to.equal(0);
  });
});

describe('assessRole with an organisation profile', () => {
  const ids = (doc: RoleDocument, organisation?: ReturnType<typeof goodProfile>) =>
    new Set(assessRole(doc, { today: '2026-12-05', ...(organisation ? { organisation } : {}) }).findings.map((f) => f.ruleId));

  it('answers the organisation-level questions a bare role leaves open', () => {
    const doc = blank();
    const without = ids(doc), withProfile = ids(doc, goodProfile());
    const answered = [...without].filter((r) => !withProfile.has(r));
    expect(answered.length, 'rules satisfied by the profile').to.be.greaterThan(3);
    // The profile's pay scheme (Agenda for Change) brings the pay-table question with it.
    for (const r of withProfile) if (r !== 'R59') expect(without.has(r), `${r} appears only with a profile`).to.equal(true);
  });
  it('an override for the post counts over the profile', () => {
    const doc = setIn(setIn(blank(), ['recruitment', 'peerOnPanel'], false), ['recruitment', 'coProduced'], false);
    const a = assessRole(doc, { today: '2026-12-05', organisation: goodProfile() });
    expect(a.findings.some((f) => f.path === 'recruitment.coProduced'), JSON.stringify(a.findings.map((f) => f.path))).to.equal(true);
  });
  it('uses the profile’s policy under the host’s own keys, and the defaults for the rest', () => {
    const org = goodProfile();
    const p = resolvePolicy({ organisation: org, minCoreDuties: 5 });
    expect(p.minCoreDuties, 'host key wins').to.equal(5);
    expect(p.balance.tooRigidFlexibleBelow, 'profile key').to.equal(5);
    expect(p.balance.tooLooseFlexibleAbove, 'default').to.equal(50);
    expect(resolvePolicy({ organisation: org }).minCoreDuties).to.equal(2);
    expect(resolvePolicy({ organisation: { kind: 'not-a-profile' } as never }).organisation).to.equal(undefined);
  });
  it('memoises per profile: another profile object gives its own result', () => {
    const doc = blank();
    const a = assessRole(doc, { today: '2026-12-05', organisation: goodProfile() });
    const b = assessRole(doc, { today: '2026-12-05', organisation: goodProfile() });
    const c = assessRole(doc, { today: '2026-12-05' });
    expect(a).to.not.equal(b);
    expect(c).to.not.equal(a);
    expect(c.findings.length).to.be.greaterThan(a.findings.length);
  });
});

describe('an export made with a profile, opened again', () => {
  it('gives back the role’s own document: the fields the profile filled are left for the profile to fill', () => {
    const doc = setIn(blank(), ['recruitment', 'peerOnPanel'], false);
    const env = exportJobDescription(doc, { organisation: goodProfile(), now: '2026-12-05T10:00:00Z' });
    expect(env.document.team.peerNetwork, 'the export holds the effective value').to.equal(true);
    const back = parseRoleDocument(JSON.stringify(env, null, 2));
    expect(back.ok).to.equal(true);
    if (!back.ok) return;
    expect(back.document).to.deep.equal(doc);
    expect(back.document.recruitment.peerOnPanel, 'the post’s own answer stays').to.equal(false);
  });
  it('keeps the role’s own DBS group as it was, empty or with a level, when the profile adds the fee', () => {
    for (const dbs of [{}, { level: 'enhanced' as const }, { level: 'none' as const }]) {
      const doc = setIn(blank(), ['employment', 'dbs'], dbs);
      const env = exportJobDescription(doc, { organisation: goodProfile(), now: '2026-12-05T10:00:00Z' });
      const back = parseRoleDocument(JSON.stringify(env));
      expect(back.ok && back.document, JSON.stringify(dbs)).to.deep.equal(doc);
    }
  });
  it('reads back a role near the size limit whose profile-filled fields take its export over it', () => {
    const arrangements = Array.from({ length: 200 }, (_, i) => ({ id: `ps${i}`, type: 'peer-supervision' as const }));
    let doc: RoleDocument = { ...blank(), supervision: { arrangements } };
    doc = { ...doc, extensions: { notes: 'n'.repeat(INPUT_LIMITS.maxChars - JSON.stringify(doc).length - 20_000) } };
    const profile = goodProfile();
    profile.facts.peerSupervision = { ...profile.facts.peerSupervision, providerRole: 'P'.repeat(200) };
    const env = exportJobDescription(doc, { organisation: profile, now: '2026-12-05T10:00:00Z' });
    expect(JSON.stringify(env.document).length, 'the effective document is over the limit').to.be.above(INPUT_LIMITS.maxChars);
    expect(env.provenance.organisationProfile?.filled).to.have.length(PROFILE_DEFAULTS.length + 200 * PEER_SUPERVISION_FIELDS.length - 1, 'all but the DBS fee: the post has no check');
    const back = parseRoleDocument(JSON.stringify(env, null, 2));
    expect(back.ok, 'read back').to.equal(true);
    expect(back.ok && JSON.stringify(back.document) === JSON.stringify(doc), 'the role’s own document').to.equal(true);
  });
  it('ignores a filled list that is not a list of paths, or names fields that do not exist', () => {
    const env = JSON.parse(JSON.stringify(exportJobDescription(blank(), { organisation: goodProfile() })));
    env.provenance.organisationProfile.filled = ['__proto__.x', 'nope[3].x', 42, 'duties[0]', 'constructor'];
    expect(parseRoleDocument(env).ok).to.equal(true);
    env.provenance.organisationProfile.filled = 'team.peerNetwork';
    const r = parseRoleDocument(env);
    expect(r.ok && r.document.team.peerNetwork).to.equal(true);
  });
});
