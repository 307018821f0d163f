import { describe, it } from 'node:test';
import { expect } from 'chai';
import {
  DRIFT_CATEGORIES,
  findAllDrift,
  findAllDriftByCategory,
  findDrift,
  SUPERVISES_OTHERS,
  type DriftCategoryId,
} from '../../../src/assess/drift-vocabulary.js';

/** Phrases that describe non-peer work, and the kind of drift each is. */
const DRIFT: [string, DriftCategoryId][] = [
  ['Taking physical health observations', 'observations'],
  ['Doing obs on the ward', 'observations'],
  ['Carrying out 15-minute observations', 'observations'],
  ['Supporting enhanced observation of patients at risk', 'observations'],
  ['Recording vital signs', 'observations'],
  ['Carry out close observations', 'observations'],
  ['Do obs when the ward is busy', 'observations'],
  ['Close observations', 'observations'],
  ['Obs and ward checks', 'observations'],
  ['Allocated to 1:1 obs on nights', 'observations'],
  ['Helping the nursing team with close observations', 'observations'],
  ['Completing observation charts', 'observations'],
  ['Recording physical health checks on the ward', 'physical-health'],
  ['Physical health checks', 'physical-health'],
  ['Taking bloods and ECGs in clinic', 'physical-health'],
  ['Checking blood pressure before clinic', 'physical-health'],
  ['Supervising mealtimes', 'mealtimes'],
  ['Mealtime supervision on the ward', 'mealtimes'],
  ['Administering medication', 'medication'],
  ["Giving out patients' meds", 'medication'],
  ['Helping with medication rounds', 'medication'],
  ['Assisting with physical restraint', 'restraint'],
  ['Taking part in restraint when needed', 'restraint'],
  ["Managing the consultants' diaries", 'clinician-admin'],
  ['Diary management for the team', 'clinician-admin'],
  ['Booking appointments for the clinicians', 'clinician-admin'],
  ['Typing clinic letters', 'clinician-admin'],
  ['General ward duties as required', 'ward-tasks'],
  ['Helping with personal care', 'ward-tasks'],
  ['Acting as care coordinator for a small caseload', 'care-coordination'],
  ['Covering rota gaps', 'staffing-cover'],
  ['Being counted in the staffing numbers', 'staffing-cover'],
  ['Helping to make up the numbers when the ward is short-staffed', 'staffing-cover'],
];

/** Peer work that touches the same topics and must not be flagged. */
const NOT_DRIFT: string[] = [
  'Supporting people to attend physical health appointments',
  'Sharing observations of group dynamics with the co-facilitator',
  'Offering peer debriefs to people after restraint',
  'Contributing to work on reducing restrictive practice',
  'Talking with people about their experience of medication',
  'Helping people prepare questions about their medication for appointments',
  'Supporting people to book their own appointments',
  'Managing own diary and workload',
  'Own diary management and planning',
  "Working alongside the person's care coordinator",
  'Holding a caseload of up to 12 people for peer support',
  'Supporting people to make the most of their section 17 leave',
  'Helping people fill gaps in their week with meaningful activity',
  'Running a peer-led lunch club',
  'Supporting people to take part in physical health checks',
  'Encouraging people to attend their annual health check',
  'Keeping accurate records of peer support sessions',
  'Helping people write letters to their housing provider',
  'Observing how people respond to the group',
  'Supporting people with meal planning and budgeting',
  'Accompanying people to the recovery college',
  'Attending team meetings and handovers',
  'Leading peer support groups',
  'This role does not include taking observations or administering medication.',
  'Peer support workers will never cover staffing gaps.',
  'Close working with the community team',
  'Spend time with people on close observations',
  'Offer company and conversation to people on 1:1 observations',
  'Talk with people about what being on obs is like for them',
  'Support people on enhanced observations to take part in groups',
  'Sharing observations of people’s progress with the team',
];

describe('drift vocabulary', () => {
  for (const [phrase, category] of DRIFT) {
    it(`flags “${phrase}” as ${category}`, () => {
      const m = findDrift(phrase);
      expect(m, phrase).to.not.equal(undefined);
      expect(m!.category).to.equal(category);
      expect(m!.phrase.length).to.be.greaterThan(0);
      expect(phrase.toLowerCase()).to.include(m!.phrase);
    });
  }

  for (const phrase of NOT_DRIFT) {
    it(`does not flag “${phrase}”`, () => {
      expect(findDrift(phrase), phrase).to.equal(undefined);
      expect(findAllDrift(phrase)).to.deep.equal([]);
    });
  }

  it('has at least 15 positive and 15 negative examples', () => {
    expect(DRIFT.length).to.be.at.least(15);
    expect(NOT_DRIFT.length).to.be.at.least(15);
  });

  it('covers every category with at least one example', () => {
    const seen = new Set(DRIFT.map(([, c]) => c));
    for (const c of DRIFT_CATEGORIES) expect(seen.has(c.id), c.id).to.equal(true);
  });

  it('ignores case', () => {
    expect(findDrift('ADMINISTERING MEDICATION')?.category).to.equal('medication');
  });

  it('finds each kind of drift in a text once, in text order', () => {
    const found = findAllDrift('Cover rota gaps, take observations and cover staff breaks; take more observations.');
    expect(found.map((m) => m.category)).to.deep.equal(['staffing-cover', 'observations']);
  });

  it('ignores a match negated earlier in its sentence, not one in the next sentence', () => {
    expect(findDrift('Does not take part in restraint.')).to.equal(undefined);
    expect(findDrift('No clinical work. Taking observations at night.')?.category).to.equal('observations');
  });

  it('matches whole words only', () => {
    expect(findDrift('Absorbing obstacles together')).to.equal(undefined); // "obs" inside words
    expect(findDrift('Mobs and jobs')).to.equal(undefined);
  });

  it('flags the same texts in one combined scan as category by category', () => {
    for (const text of [...DRIFT.map(([p]) => p), ...NOT_DRIFT]) {
      const combined = findAllDrift(text).map((m) => m.category);
      const separate = findAllDriftByCategory(text).map((m) => m.category);
      expect(combined.length > 0, text).to.equal(separate.length > 0);
      for (const c of combined) expect(separate, text).to.include(c);
    }
  });

  it('uses no lookbehind, which Safari before 16.4 cannot load', () => {
    for (const c of DRIFT_CATEGORIES) for (const p of c.patterns) expect(p, p).to.not.include('(?<');
    expect(SUPERVISES_OTHERS.source).to.not.include('(?<');
  });

  it('writes every pattern to start at a word boundary or a line start, so the combined scan can hoist it', () => {
    for (const c of DRIFT_CATEGORIES) for (const p of c.patterns) expect(p.startsWith('\\b') || p.startsWith('^'), p).to.equal(true);
  });
});

describe('supervising others', () => {
  const yes = ['Supervising other peer support workers', 'Line-managing volunteers', 'Providing peer supervision to junior PSWs', 'Leading a team of volunteers'];
  const no = ['Attending supervision', 'Take part in peer supervision and reflective practice', 'Managing own workload', 'Leading peer support groups'];
  for (const t of yes) it(`recognises “${t}”`, () => { expect(SUPERVISES_OTHERS.test(t.toLowerCase())).to.equal(true); });
  for (const t of no) it(`does not read “${t}” as supervising others`, () => { expect(SUPERVISES_OTHERS.test(t.toLowerCase())).to.equal(false); });
});
