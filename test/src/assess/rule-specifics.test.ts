// Rule behaviour beyond "fires and stays quiet" (./rules.test.ts): what drift findings quote, one
// finding per missing boundary topic, numbers in messages, and the date rules' use of policy.today.
import { describe, it } from 'node:test';
import { expect } from 'chai';
import { assessRole, type Finding, type Policy } from '../../../src/assess/index.js';
import type { RoleDocument } from '../../../src/model/schema.js';
import { parseOrganisationProfile, type OrganisationProfile } from '../../../src/organisation/index.js';
import { duty, goodRole, TODAY } from '../../fixtures/assess-docs.js';

const findingsOf = (d: RoleDocument, rule: string, p?: Partial<Policy>): Finding[] =>
  assessRole(d, { today: TODAY, ...p }).findings.filter((f) => f.ruleId === rule);

describe('rules: specifics', () => {
  it('R22 says a band seen in adverts is usual, and a band no source gave is this tool’s estimate', () => {
    const d = goodRole();
    d.employment.band = '3';
    d.role.level = 'peer-coordinator';
    expect(findingsOf(d, 'R22')[0]!.message).to.match(/^A peer support coordinator is usually paid at Band 5 or above/);
    const senior = goodRole();
    senior.employment.band = '3';
    senior.role.level = 'senior-psw';
    expect(findingsOf(senior, 'R22')[0]!.message).to.match(/^This tool expects a senior peer support worker to be paid at Band 4 or above \(no band for this level was found/);
  });

  it('never flags an excluded duty for drift, whatever its words', () => {
    const d = goodRole();
    d.duties.push(duty('excluded', 'Covering rota gaps, taking bloods and administering medication', { exclusionReason: 'Not peer work.' }));
    const a = assessRole(d, { today: TODAY });
    expect(a.findings.filter((f) => f.ruleId === 'R07' || f.ruleId === 'R08')).to.deep.equal([]);
  });

  it('reports one drift finding of each kind per duty, quoting the duty and the words', () => {
    const d = goodRole();
    d.duties.push(duty('core', 'Ward support', { description: 'Taking observations, supervising mealtimes and covering rota gaps.', timeShare: 0 }));
    const found = assessRole(d, { today: TODAY }).findings.filter((f) => f.ruleId === 'R07' || f.ruleId === 'R08');
    expect(found.map((f) => f.ruleId).sort()).to.deep.equal(['R07', 'R08']);
    const r07 = found.find((f) => f.ruleId === 'R07')!;
    expect(r07.message).to.include('Ward support').and.include('taking observations');
    expect(r07.path).to.equal('duties[8].description');
  });

  it('names each missing core boundary topic in its own finding', () => {
    const d = goodRole();
    d.boundaries = [];
    const msgs = findingsOf(d, 'R05').map((f) => f.message);
    expect(msgs).to.have.length(3);
    expect(msgs.join(' ')).to.include('sharing lived experience').and.include('confidentiality').and.include('risk and safeguarding');
  });

  it('quotes numbers in messages (time shares, caps, months)', () => {
    const d = goodRole();
    d.duties[4]!.timeShare = 25;
    expect(findingsOf(d, 'R32')[0]!.message).to.include('25%').and.include('20%');
    const e = goodRole();
    e.employment = { ...e.employment, contractType: 'fixed-term', fixedTermMonths: 6, funding: { exitPlan: 'x' } };
    expect(findingsOf(e, 'R18')[0]!.message).to.include('6 months').and.include('12');
  });

  it('uses policy.today for date rules, not the clock', () => {
    const d = goodRole();
    d.meta.reviewDate = '2026-06-01';
    expect(findingsOf(d, 'R65', { today: '2026-05-31' })).to.have.length(0);
    expect(findingsOf(d, 'R65', { today: '2026-06-02' })).to.have.length(1);
  });

  it('compares the pay table with the table in force on policy.today, and names it', () => {
    const d = goodRole(); // 2025/26 figures
    expect(findingsOf(d, 'R59', { today: '2026-03-31' })).to.have.length(0);
    const [stale, ...more] = findingsOf(d, 'R59', { today: '2026-12-05' });
    expect(more).to.have.length(0);
    expect(stale!.message).to.include('2025/26').and.include('Agenda for Change England 2026/27').and.include('5 December 2026');
    expect(stale!.fix).to.include('Update the salary to the 2026/27 table');
    const current = { ...d, employment: { ...d.employment, payTableYear: '2026/27' } };
    expect(findingsOf(current, 'R59', { today: '2026-12-05' })).to.have.length(0);
  });

  it('past the newest table it holds, says so plainly instead of presenting the old table as current', () => {
    for (const year of ['2026/27', '2025/26']) {
      const d = goodRole();
      d.employment.payTableYear = year;
      const [f, ...more] = findingsOf(d, 'R59', { today: '2027-06-01' });
      expect(more).to.have.length(0);
      expect(f!.message).to.include('knows pay tables up to 2026/27').and.include('31 March 2027').and.include('may be out of date');
      expect(f!.fix).to.match(/check the current award/i).and.include('profile');
    }
  });
});

describe('rules: peer supervision from someone with a peer background (R09)', () => {
  it('asks to record the background when nothing says it, and only to arrange it when the answer is no', () => {
    const unsaid = goodRole();
    for (const a of unsaid.supervision.arrangements) delete a.providerHasPeerBackground;
    const [asked] = findingsOf(unsaid, 'R09');
    expect(asked!.message).to.match(/does not say its provider has a peer background/);
    expect(asked!.fix).to.match(/^Record that the provider has a peer background/);
    const no = goodRole();
    for (const a of no.supervision.arrangements) a.providerHasPeerBackground = false;
    const [answered] = findingsOf(no, 'R09');
    expect(answered!.message).to.match(/provider has no peer background\. Supervisors who have done peer work/);
    expect(answered!.message).to.not.match(/does not say|profile/);
    expect(answered!.fix).to.match(/^Arrange the supervision/);
  });
});

describe('rules: pay tables from the organisation profile (R59)', () => {
  const profile = (pay: object, nation = 'england'): OrganisationProfile => {
    const r = parseOrganisationProfile({
      kind: 'psw-organisation-profile', schemaVersion: 1, id: 'r59', asOf: '2026-11-01', organisation: { name: 'R59 Trust', nation },
      facts: {}, pay, policy: {}, templates: {}, jobDescription: {}, extensions: {},
    });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    return r.profile;
  };
  const table = (over: object) => ({ id: 't', scheme: 'agenda-for-change', label: 'Our table', effectiveFrom: '2027-04-01', bands: [{ band: '3', min: 26500, max: 28400, period: 'year' }], ...over });

  it('counts a profile’s own table: past the built-in tables it is the table in force', () => {
    const organisation = profile({ scheme: 'agenda-for-change', tables: [table({ label: 'Our table 2027/28' })] });
    const d = goodRole();
    d.employment.payTableYear = '2026/27';
    const [f] = findingsOf(d, 'R59', { today: '2027-06-01', organisation });
    expect(f!.message).to.include('Our table 2027/28').and.include('2026/27');
    expect(f!.fix).to.include('2027/28');
    const now = { ...d, employment: { ...d.employment, payTableYear: '2027/28' } };
    expect(findingsOf(now, 'R59', { today: '2027-06-01', organisation })).to.have.length(0);
  });
  it('past a profile’s own newest table, names it; before any table held, says nothing', () => {
    const organisation = profile({ scheme: 'agenda-for-change', tables: [table({ label: 'Our table', effectiveTo: '2028-03-31' })] });
    const d = goodRole();
    d.employment.payTableYear = '2027/28';
    const [f] = findingsOf(d, 'R59', { today: '2028-06-01', organisation });
    expect(f!.message).to.include('The newest pay table held, Our table (2027/28), ended on 31 March 2028');
    expect(findingsOf(goodRole(), 'R59', { today: '2024-06-01' })).to.have.length(0);
  });
  it('in a gap between a profile’s own tables, says no table covers the date, unless the figures are from the next one', () => {
    const tables = [
      table({ id: 'old', scheme: 'vcse-own-grades', label: 'Grades', effectiveFrom: '2019-04-01', effectiveTo: '2020-03-31', bands: [{ band: 'Grade 2', min: 19000, max: 20000, period: 'year' }] }),
      table({ id: 'new', scheme: 'vcse-own-grades', label: 'Grades', effectiveFrom: '2027-04-01', bands: [{ band: 'Grade 2', min: 26000, max: 27000, period: 'year' }] }),
    ];
    const organisation = profile({ scheme: 'vcse-own-grades', tables });
    const d = goodRole();
    d.employment = { ...d.employment, payScheme: 'vcse-own-grades', band: 'Grade 2', payTableYear: '2019/20', salary: { min: 19000, max: 20000, currency: 'GBP', period: 'year' } };
    const [f, ...more] = findingsOf(d, 'R59', { today: '2026-12-07', organisation });
    expect(more).to.have.length(0);
    expect(f!.message).to.equal('No pay table held covers 7 December 2026: Grades (2019/20) ended on 31 March 2020 and Grades (2027/28) starts on 1 April 2027, so the 2019/20 figures may be out of date.');
    expect(assessRole(d, { today: '2026-12-07', organisation }).readiness).to.not.equal('ready');
    const ahead = { ...d, employment: { ...d.employment, payTableYear: '2027/28', salary: { min: 26000, max: 27000, currency: 'GBP' as const, period: 'year' as const } } };
    expect(findingsOf(ahead, 'R59', { today: '2026-12-07', organisation })).to.have.length(0);
  });
  it('says it holds no table for a nation it has none for', () => {
    const [f, ...more] = findingsOf(goodRole(), 'R59', { organisation: profile({ scheme: 'agenda-for-change' }, 'scotland') });
    expect(more).to.have.length(0);
    expect(f!.message).to.include('holds no Agenda for Change pay table for Scotland');
    expect(f!.fix).to.include('profile');
  });
  it('checks a voluntary-sector post against the organisation’s own grades when the profile brings them', () => {
    const organisation = profile({ scheme: 'vcse-own-grades', tables: [table({ scheme: 'vcse-own-grades', effectiveFrom: '2025-10-01', bands: [{ band: 'Grade 2', min: 23000, max: 24000, period: 'year' }] })] });
    const d = goodRole();
    d.employment = { ...d.employment, payScheme: 'vcse-own-grades', band: 'Grade 2' };
    delete d.employment.payTableYear;
    expect(findingsOf(d, 'R59', { organisation })[0]!.message).to.include('does not say which year');
    expect(findingsOf(d, 'R59')).to.have.length(0);
    const dated = { ...d, employment: { ...d.employment, payTableYear: '2025/26' } };
    expect(findingsOf(dated, 'R59', { organisation })).to.have.length(0);
  });
});
