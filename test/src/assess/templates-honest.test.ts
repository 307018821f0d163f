// Templates hold what the evidence says about a post and nothing about the organisation: on a fresh
// template the rules that need the organisation's answers fire and say where the answer belongs; with a
// profile that answers them, they are satisfied.
import { describe, it } from 'node:test';
import { expect } from 'chai';
import { assessRole, type Finding } from '../../../src/assess/index.js';
import { SETTING_IDS } from '../../../src/catalogue/index.js';
import { createRoleDocument } from '../../../src/model/index.js';
import { parseOrganisationProfile, profileFieldLabels, type OrganisationProfile } from '../../../src/organisation/index.js';

const TODAY = '2026-12-05';
const make = (template: (typeof SETTING_IDS)[number], organisation?: OrganisationProfile) =>
  createRoleDocument({ template, today: TODAY, now: '2026-12-05T09:00:00.000Z', ...(organisation ? { organisation } : {}) });

/** Rules about what only the organisation (or the manager, for the post) can say. */
const ASKING = ['R09', 'R13', 'R14', 'R15', 'R16', 'R24', 'R25', 'R44', 'R46', 'R48'] as const;
/** Those a profile answers for every role (R44, who covers the supervisor, is the post's to say). */
const PROFILE_ANSWERS = ['R09', 'R13', 'R14', 'R15', 'R16', 'R24', 'R25', 'R46', 'R48'] as const;

const WHERE = /Answer it once for the organisation in its profile \((Facts › [^,)]+(?:, Facts › [^,)]+)*)\), or here for this post if it differs\.|here for this (post|arrangement)/;

function answeringProfile(): OrganisationProfile {
  const r = parseOrganisationProfile({
    kind: 'psw-organisation-profile', schemaVersion: 1, id: 'answers', asOf: '2026-11-01',
    organisation: { name: 'Answering Trust', nation: 'england', employerType: 'nhs-trust' },
    facts: {
      peerLeadInOrganisation: true, peerNetwork: true, peerVoiceForum: true, teamBriefingOffered: true, briefingCoDeliveredByPeer: true,
      coProducedRecruitment: true, peerOnPanel: true, wellnessPlanOffered: true, adjustmentsProcess: true, accessToWorkSignposted: true,
      dbsFeePaidBy: 'employer',
      peerSupervision: { providerRole: 'Peer support lead', providerHasPeerBackground: true, providerTrainedInPeerSupervision: true },
    },
    pay: { scheme: 'agenda-for-change' }, policy: {}, templates: {}, jobDescription: {}, extensions: {},
  });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.profile;
}

/** "Facts › Peer on the panel", "Facts › Peer supervision › Provided by"…: the profile's fact fields by name. */
const PROFILE_NAMES = new Set(
  Object.keys(profileFieldLabels).filter((k) => k.startsWith('facts.')).map((k) =>
    ['Facts', ...k.split('.').slice(1).map((_, i, parts) => profileFieldLabels[`facts.${parts.slice(0, i + 1).join('.')}`])].join(' › ')),
);

const ruleIds = (findings: readonly Finding[]) => [...new Set(findings.map((f) => f.ruleId))];

describe('templates are honest: nothing about the organisation', () => {
  for (const setting of SETTING_IDS) {
    it(`${setting}: sets no team, leadership, recruitment-process, wellbeing or DBS-fee fact, and nothing about supervisors`, () => {
      const doc = make(setting);
      expect(doc.team).to.deep.equal({});
      expect(doc.leadership).to.deep.equal({});
      expect(doc.wellbeing).to.deep.equal({});
      expect(doc.recruitment).to.not.have.any.keys('coProduced', 'peerOnPanel');
      expect(doc.employment.dbs ?? {}).to.not.have.property('feePaidBy');
      expect(doc.supervision).to.not.have.property('cover');
      for (const a of doc.supervision.arrangements) {
        expect(a, a.type).to.not.have.any.keys('providerHasPeerBackground', 'providerTrainedInPeerSupervision');
        if (a.type === 'peer-supervision' || a.type === 'group-peer-supervision') expect(a).to.not.have.property('providerRole');
      }
      const text = JSON.stringify([doc.boundaries, doc.supervision, doc.training]);
      expect(text).to.not.match(/peer (support )?lead\b|wellness (action )?plan is offered|Access to Work is signposted|trust peer support team/i);
    });
  }
});

describe('templates are honest: the rules ask, and say where the answer belongs', () => {
  for (const setting of SETTING_IDS) {
    it(`${setting}: ${ASKING.join(', ')} fire on a fresh template`, () => {
      const findings = assessRole(make(setting), { today: TODAY }).findings;
      expect(ruleIds(findings)).to.include.members([...ASKING]);
      for (const f of findings.filter((x) => (ASKING as readonly string[]).includes(x.ruleId))) {
        const m = WHERE.exec(f.message);
        expect(m, `${f.ruleId}: ${f.message}`).to.not.equal(null);
        // Every profile field named is one the organisation editor shows under that name.
        for (const named of m![1]?.split(', ') ?? []) expect(PROFILE_NAMES.has(named), `${f.ruleId}: ${named}`).to.equal(true);
      }
    });
  }
  it('says which answers belong to the post: other peer workers, a named sponsor, cover', () => {
    const findings = assessRole(make('adult-community'), { today: TODAY }).findings;
    const of = (id: string) => findings.find((f) => f.ruleId === id)!.message;
    expect(of('R15')).to.include('answer it here for this post').and.include('Facts › Peer network');
    expect(of('R16')).to.include('here for this post').and.include('Facts › Peer lead in the organisation');
    expect(of('R44')).to.include('Answer it here for this post.');
    expect(of('R25')).to.include('Facts › Co-produced recruitment, Facts › Peer on the panel');
  });
});

describe('templates are honest: a profile that answers satisfies the rules', () => {
  const organisation = answeringProfile();
  for (const setting of SETTING_IDS) {
    it(`${setting}: ${PROFILE_ANSWERS.join(', ')} are satisfied by the profile (R13 stays only for non-peer supervision)`, () => {
      for (const doc of [make(setting, organisation), make(setting)]) {
        const findings = assessRole(doc, { today: TODAY, organisation }).findings;
        const left = findings.filter((f) => (PROFILE_ANSWERS as readonly string[]).includes(f.ruleId));
        for (const f of left) {
          expect(f.ruleId, f.message).to.equal('R13');
          expect(f.message).to.match(/clinical supervision|reflective practice/).and.include('here for this arrangement');
        }
      }
    });
  }
  it('with the profile, a template leaves the profile’s answers to the profile', () => {
    const doc = make('vcse-community', organisation);
    expect(doc.context).to.not.have.property('employerType');
    expect(doc.employment).to.not.have.property('payScheme');
    for (const a of doc.supervision.arrangements.filter((x) => x.type === 'peer-supervision')) expect(a).to.not.have.property('providerRole');
  });
});
