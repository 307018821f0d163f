// Numbers and names in rule messages: singular and plural, custom boundaries without a name.
import { describe, it } from 'node:test';
import { expect } from 'chai';
import { assessRole, type Finding, type Policy } from '../../../src/assess/index.js';
import type { RoleDocument } from '../../../src/model/schema.js';
import { goodRole, TODAY } from '../../fixtures/assess-docs.js';

const findingsOf = (d: RoleDocument, rule: string, p?: Partial<Policy>): Finding[] =>
  assessRole(d, { today: TODAY, ...p }).findings.filter((f) => f.ruleId === rule);

describe('rules: wording of numbers and names', () => {
  it('a fixed-term post of one month says “1 month”', () => {
    const d = goodRole();
    d.employment.contractType = 'fixed-term';
    d.employment.fixedTermMonths = 1;
    const [f, ...rest] = findingsOf(d, 'R18');
    expect(rest).to.deep.equal([]);
    expect(f!.message).to.match(/^The post is fixed-term for 1 month, shorter than the 12 months your policy expects\./);
    expect(f!.path).to.equal('employment.fixedTermMonths');
  });
  it('supervision of one session a month under a policy of two says “1 session”', () => {
    const d = goodRole();
    d.supervision.arrangements = [
      { id: 'lm', type: 'line-management', frequency: { count: 1, per: 'month' } },
      { id: 'ps', type: 'peer-supervision', providerHasPeerBackground: true, frequency: { count: 1, per: 'month' } },
    ];
    const found = findingsOf(d, 'R42', { minSupervisionSessionsPerMonth: 2 });
    expect(found).to.have.length(1);
    expect(found[0]!.message).to.match(/^Supervision other than line management adds up to about 1 session a month; your policy expects at least 2\./);
    expect(findingsOf(d, 'R42', { minSupervisionSessionsPerMonth: 1 })).to.deep.equal([]);
  });
  it('a custom boundary without a name is “a custom topic”', () => {
    const d = goodRole();
    d.boundaries.push({ id: 'bx', topic: 'custom' });
    const f = findingsOf(d, 'R33').find((x) => x.itemId === 'bx');
    expect(f?.message).to.match(/^The boundary on a custom topic has no position yet\. Tool heuristic/);
  });
});
