import { describe, it } from 'node:test';
import { expect } from 'chai';
import { SETTING_IDS, boundaryTopics, commonExclusions, payTableBand, payTables, settings, supervisionFocusOptions } from '../../../src/catalogue/index.js';
import { EMPLOYER_COMMITMENTS, POST_FACTS, templateSpecs } from '../../../src/catalogue/templates/index.js';
import { POST_CHECKS } from '../../../src/catalogue/templates/vetting.js';
import { createRoleDocument, parseRoleDocument, type RoleDocument } from '../../../src/model/index.js';

const NOW = '2026-11-25T10:00:00.000Z';
const TODAY = '2026-12-05';
const make = (template: (typeof SETTING_IDS)[number]) => createRoleDocument({ template, now: NOW, today: TODAY });
const AFC_2026_27 = payTables.find((t) => t.year === '2026/27')!;
const MINIMUM = boundaryTopics.filter((t) => t.minimum).map((t) => t.id);
const FOCUS = new Set<string>(supervisionFocusOptions.map((f) => f.id));

function allIds(doc: RoleDocument): string[] {
  return [
    ...doc.duties, ...doc.boundaries, ...doc.supervision.arrangements, ...doc.training.peerSpecific, ...doc.progression.steps,
    ...doc.recruitment.personSpec.essential, ...doc.recruitment.personSpec.desirable,
  ].map((x) => x.id);
}

describe('templates', () => {
  it('every setting in the catalogue has a template, and no template lacks a setting', () => {
    expect(Object.keys(templateSpecs).sort()).to.deep.equal(settings.map((s) => s.id).sort());
  });

  for (const setting of SETTING_IDS) {
    describe(setting, () => {
      const doc = make(setting);

      it('parses, and its JSON round-trips to an equal document', () => {
        const text = JSON.stringify(doc);
        const r = parseRoleDocument(text);
        expect(r.ok, JSON.stringify(!r.ok && r.issues)).to.equal(true);
        if (r.ok) {
          expect(r.document).to.deep.equal(doc);
          expect(JSON.stringify(r.document)).to.equal(text);
          expect(r).to.not.have.property('migratedFrom');
        }
      });

      it('applies flexibility with structure: 3–6 core, bounded flexible, excluded with reasons, ≤ 100 % of time', () => {
        const core = doc.duties.filter((d) => d.kind === 'core');
        const flexible = doc.duties.filter((d) => d.kind === 'flexible');
        const excluded = doc.duties.filter((d) => d.kind === 'excluded');
        expect(core.length).to.be.within(3, 6);
        expect(flexible.length).to.be.at.least(1);
        expect(excluded.length).to.be.at.least(3);
        for (const d of flexible) {
          expect(d.flexibility, d.title).to.include.keys('maxShare', 'agreedWith', 'reviewEveryWeeks');
          expect(d.flexibility!.maxShare!).to.be.at.least(d.timeShare!);
          expect(d.flexibility!.agreedWith).to.include('peer support worker');
        }
        for (const d of excluded) {
          expect(d.exclusionReason, d.title).to.be.a('string').with.length.greaterThan(20);
          expect(d).to.not.have.property('timeShare');
        }
        for (const d of [...core, ...flexible]) expect(d.timeShare, d.title).to.be.a('number');
        const total = doc.duties.reduce((n, d) => n + (d.timeShare ?? 0), 0);
        expect(total).to.be.within(60, 100);
        expect(excluded.some((d) => /rota|staffing/i.test(d.title)), 'excludes covering staffing gaps').to.equal(true);
      });

      it('covers the minimum boundaries as proposals (not-started) with position, rationale and mode', () => {
        const topics = doc.boundaries.map((b) => b.topic);
        expect(topics).to.include.members([...MINIMUM, 'clinical-tasks', 'staffing-cover']);
        for (const b of doc.boundaries) {
          expect(b.status).to.equal('not-started');
          expect(b.position, b.topic).to.be.a('string').with.length.greaterThan(20);
          expect(b.rationale, b.topic).to.be.a('string').with.length.greaterThan(20);
          expect(b.mode).to.be.oneOf(['fixed', 'negotiable', 'case-by-case']);
        }
        expect(doc.boundaries.find((b) => b.topic === 'risk-safeguarding')!.escalation).to.be.a('string');
      });

      it('suggests line management by the reporting line and peer supervision, with frequencies, leaving the providers of peer supervision unsaid', () => {
        const types = doc.supervision.arrangements.map((a) => a.type);
        expect(types).to.include.members(['line-management', 'peer-supervision']);
        const line = doc.supervision.arrangements.find((a) => a.type === 'line-management')!;
        expect(line.providerRole).to.equal(doc.role.reportsTo);
        for (const a of doc.supervision.arrangements.filter((x) => x.type === 'peer-supervision' || x.type === 'group-peer-supervision')) {
          expect(a, a.type).to.not.have.any.keys('providerRole', 'providerHasPeerBackground', 'providerTrainedInPeerSupervision');
          expect(a.protectedTime).to.equal(true);
        }
        for (const a of doc.supervision.arrangements.filter((x) => x.type !== 'debrief')) expect(a.frequency, a.type).to.be.an('object');
        for (const a of doc.supervision.arrangements) for (const f of a.focus ?? []) expect(FOCUS.has(f), f).to.equal(true);
        expect(doc.supervision).to.not.have.property('cover');
      });

      it('has training mapped to competence domains and progression steps', () => {
        expect(doc.training.peerSpecific.length).to.be.at.least(4);
        for (const t of doc.training.peerSpecific) expect(t.competenceDomains!.length).to.be.greaterThan(0);
        expect(doc.progression.steps.length).to.be.at.least(2);
        expect(doc.role.involvementRequestCap).to.be.a('number');
      });

      it('puts the lived-experience criterion first among essential criteria', () => {
        const [first, ...rest] = doc.recruitment.personSpec.essential;
        expect(first!.livedExperience).to.equal(true);
        expect(first!.text).to.match(/lived experience/i);
        expect(first!.text).to.equal(doc.context.livedExperienceFocus);
        expect(rest.some((c) => c.livedExperience)).to.equal(false);
        expect(doc.recruitment.personSpec.desirable.length).to.be.at.least(2);
      });

      it('takes pay from the table in force on the day (AfC 2026/27) or uses own grades without a band (VCSE)', () => {
        const e = doc.employment;
        if (doc.context.employerType === 'vcse') {
          expect(e.payScheme).to.equal('vcse-own-grades');
          expect(e).to.not.have.any.keys('band', 'salary', 'payTableYear');
        } else {
          expect(e.payScheme).to.equal('agenda-for-change');
          const band = payTableBand(AFC_2026_27, e.band)!;
          expect(e.payTableYear).to.equal('2026/27');
          expect(e.salary).to.deep.equal({ min: band.min, max: band.max, currency: 'GBP', period: 'year' });
          expect(doc.progression.steps[0]!.band).to.equal(e.band);
        }
        expect(e.dbs).to.deep.equal(POST_CHECKS[setting]?.dbs ?? { level: 'enhanced' });
      });

      it('plans lone-working safety exactly where the setting is a community one, as a boundary to propose, leaving the arrangements to the organisation', () => {
        const community = settings.find((s) => s.id === setting)!.community;
        expect(doc.employment.loneWorking!.expected).to.equal(community);
        const boundary = doc.boundaries.find((b) => b.topic === 'lone-working');
        expect(!!boundary).to.equal(community);
        if (boundary) expect([boundary.position, boundary.status]).to.satisfy(([p, s]: [string, string]) => /check-in/.test(p) && s !== 'proposed' && s !== 'agreed');
        expect(doc.employment.loneWorking!.arrangements, 'the organisation’s policy, which a template cannot know').to.equal(undefined);
      });

      it('says how every criterion of its person specification is assessed (the advert prints no “To be agreed” for it)', () => {
        const { essential, desirable } = doc.recruitment.personSpec;
        expect([...essential, ...desirable].filter((c) => !c.assessedBy?.trim()).map((c) => c.text)).to.deep.equal([]);
      });

      it('gives every list item a unique id, fresh on every call', () => {
        const ids = allIds(doc);
        expect(new Set(ids).size).to.equal(ids.length);
        const again = allIds(make(setting));
        expect(ids.filter((id) => again.includes(id))).to.deep.equal([]);
        expect(doc.context.setting).to.equal(setting);
        const { suggested, ...meta } = doc.meta;
        expect(meta).to.deep.equal({ status: 'draft', createdAt: NOW, updatedAt: NOW });
        // The post facts and the employer's offer the template filled are its suggestions, until a person confirms them.
        expect(suggested).to.include.members(['role.reportsTo', 'employment.hoursPerWeek', 'employment.contractType', 'training.mandatory']);
        for (const p of suggested!) expect([...POST_FACTS, ...EMPLOYER_COMMITMENTS] as readonly string[]).to.include(p);
      });
    });
  }
});

describe('templates: setting-specific points', () => {
  const excludedTitles = (doc: RoleDocument) => doc.duties.filter((d) => d.kind === 'excluded').map((d) => d.title);
  const label = (id: string) => commonExclusions.find((e) => e.id === id)!.label;

  it('acute inpatient has the most exclusions, including the generic ward tasks', () => {
    const counts = SETTING_IDS.map((s) => excludedTitles(make(s)).length);
    const inpatient = excludedTitles(make('acute-inpatient'));
    expect(inpatient.length).to.equal(Math.max(...counts));
    expect(inpatient).to.include.members(['observations', 'physical-health-checks', 'mealtimes', 'restraint', 'rota-gaps'].map(label));
    expect(make('acute-inpatient').boundaries.find((b) => b.topic === 'staffing-cover')!.position).to.match(/supernumerary/);
  });
  it('early intervention asks for lived experience of psychosis', () => {
    expect(make('early-intervention-psychosis').recruitment.personSpec.essential[0]!.text).to.match(/psychosis/);
  });
  it('perinatal balances safeguarding with welcome and excludes clinicians’ admin', () => {
    const doc = make('perinatal');
    expect(doc.boundaries.find((b) => b.topic === 'risk-safeguarding')!.position).to.match(/safeguarding/i).and.match(/warm|welcom/i);
    expect(excludedTitles(doc)).to.include(label('clinicians-admin'));
  });
  it('CAMHS names its age group and covers social media', () => {
    const doc = make('children-young-people');
    expect(doc.context.ageGroup).to.match(/\d/);
    expect(doc.boundaries.map((b) => b.topic)).to.include('social-media');
  });
  it('liaison and diversion asks for criminal-justice lived experience', () => {
    expect(make('liaison-diversion').recruitment.personSpec.essential[0]!.text).to.match(/criminal justice/);
  });
  it('primary care adds clinical supervision (an ARRS requirement) and is band 4', () => {
    const doc = make('primary-care');
    expect(doc.supervision.arrangements.map((a) => a.type)).to.include('clinical-supervision');
    expect(doc.employment.band).to.equal('4');
  });
  it('specialist services exclude supervising meals; secure services exclude security duties', () => {
    expect(excludedTitles(make('specialist'))).to.include(label('mealtimes'));
    expect(excludedTitles(make('forensic-secure'))).to.include(label('security'));
  });
  it('templates with little evidence say so in their purpose', () => {
    for (const s of settings.filter((x) => !x.confirmed)) expect(make(s.id).role.purpose, s.id).to.match(/review locally/);
  });
});

describe('templates: checks and unsocial hours by setting', () => {
  const make = (template: (typeof SETTING_IDS)[number]) => createRoleDocument({ template, today: '2026-12-05', now: '2026-12-05T09:00:00.000Z' });
  it('children and young people: an enhanced check with the children’s barred list, with its reason', () => {
    const dbs = make('children-young-people').employment.dbs!;
    expect(dbs.level).to.equal('enhanced-barred-children');
    expect(dbs.reason).to.match(/under 18/).and.match(/regulated activity/);
  });
  it('liaison and diversion: police vetting for custody suites, besides an enhanced check', () => {
    const e = make('liaison-diversion').employment;
    expect(e.policeVetting).to.deep.include({ required: true });
    expect(e.policeVetting!.reason).to.match(/custody suites/);
    expect(e.dbs!.level).to.equal('enhanced');
  });
  it('inpatient and crisis: the pattern includes unsocial hours, a suggestion to confirm; weekday settings say nothing', () => {
    for (const s of ['acute-inpatient', 'crisis'] as const) {
      const d = make(s);
      expect(d.employment.unsocialHours, s).to.equal(true);
      expect(d.meta.suggested, s).to.include('employment.unsocialHours');
    }
    expect(make('adult-community').employment).to.not.have.property('unsocialHours');
  });
});
