// Rule behaviour beyond "fires and stays quiet" (./rules.test.ts): what drift findings quote, one
// finding per missing boundary topic, numbers in messages, and the date rules' use of policy.today.
import { describe, it } from '../../util/harness.js';
import { expect } from 'chai';
import { assessRole, type Finding, type Policy } from '../../../src/assess/index.js';
import type { RoleDocument } from '../../../src/model/schema.js';
import { duty, goodRole, TODAY } from '../../fixtures/assess-docs.js';

const findingsOf = (d: RoleDocument, rule: string, p?: Partial<Policy>): Finding[] =>
  assessRole(d, { today: TODAY, ...p }).findings.filter((f) => f.ruleId === rule);

describe('rules: specifics', () => {
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
    e.employment = { ...e.employment, contractType: 'fixed-term', funding: { termMonths: 6, exitPlan: 'x' } };
    expect(findingsOf(e, 'R18')[0]!.message).to.include('6 months').and.include('12');
  });

  it('uses policy.today for date rules, not the clock', () => {
    const d = goodRole();
    d.meta.reviewDate = '2026-06-01';
    expect(findingsOf(d, 'R65', { today: '2026-05-31' })).to.have.length(0);
    expect(findingsOf(d, 'R65', { today: '2026-06-02' })).to.have.length(1);
  });

  it('compares the pay table with the newest the catalogue holds, not the calendar', () => {
    const d = goodRole();
    expect(findingsOf(d, 'R59', { today: '2031-01-01' })).to.have.length(0);
  });
});
