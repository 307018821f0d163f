import { describe, it } from 'node:test';
import { expect } from 'chai';
import fc from 'fast-check';
import { assessRole, type Policy } from '../../../src/assess/index.js';
import type { Duty } from '../../../src/model/schema.js';
import { duty, emptyDocument, goodRole, TODAY } from '../../fixtures/assess-docs.js';

function balanceOf(duties: Duty[], policy: Partial<Policy> = {}) {
  const d = emptyDocument();
  d.duties = duties;
  return assessRole(d, { today: TODAY, ...policy }).balance;
}
const core = (share?: number) => duty('core', 'Peer support', share === undefined ? {} : { timeShare: share });
const flex = (share?: number, extra: Partial<Duty> = {}) => duty('flexible', 'Community connection', { ...(share === undefined ? {} : { timeShare: share }), ...extra });
const excl = (share?: number) => duty('excluded', 'Observations', { exclusionReason: 'Clinical.', ...(share === undefined ? {} : { timeShare: share }) });

describe('balance', () => {
  it('is unknown, with everything unallocated, when no time is declared', () => {
    expect(balanceOf([])).to.deep.equal({ core: 0, flexible: 0, excluded: 0, unallocated: 100, total: 0, overAllocated: false, flexibleWithoutBounds: 0, flexibleWithoutReview: 0, verdict: 'unknown' });
    expect(balanceOf([core(), flex()]).verdict).to.equal('unknown');
  });

  it('sums the time declared on each kind of duty, in percent', () => {
    const b = assessRole(goodRole(), { today: TODAY }).balance;
    expect(b).to.deep.include({ core: 70, flexible: 25, excluded: 0, unallocated: 5, overAllocated: false, verdict: 'balanced' });
  });

  it('keeps an excluded duty’s declared share under "excluded" and out of "unallocated"', () => {
    const b = balanceOf([core(60), flex(20), excl(10)]);
    expect(b).to.deep.include({ core: 60, flexible: 20, excluded: 10, unallocated: 10 });
  });

  it('stays unknown when time is declared only on excluded duties', () => {
    expect(balanceOf([core(), excl(10)]).verdict).to.equal('unknown');
  });

  it('flags over-allocation and never lets unallocated go below 0', () => {
    const b = balanceOf([core(80), flex(30)]);
    expect(b.overAllocated).to.equal(true);
    expect(b.unallocated).to.equal(0);
    expect(b.total, 'by how much').to.equal(110);
  });

  it('rounds away floating-point noise', () => {
    const b = balanceOf([core(33.3), core(33.3), flex(33.4)]);
    expect(b.core).to.equal(66.6);
    expect(b.unallocated).to.equal(0);
    expect(b.overAllocated).to.equal(false);
  });

  it('judges over-allocation by the declared shares, not by the rounded ones', () => {
    const exact = balanceOf([core(99.875), flex(0.125)]);
    expect(exact).to.deep.include({ core: 99.88, flexible: 0.13, unallocated: 0, overAllocated: false });
    const over = balanceOf([core(50.004), flex(50.004)]);
    // The parts round to 100 together; the total says what is over.
    expect(over).to.deep.include({ core: 50, flexible: 50, unallocated: 0, total: 100.01, overAllocated: true });
    expect(balanceOf([core(99.99)])).to.deep.include({ unallocated: 0.01, overAllocated: false });
  });

  it('counts flexible duties without bounds and without a review interval', () => {
    const b = balanceOf([
      flex(10),
      flex(10, { flexibility: { maxShare: 10 } }),
      flex(10, { flexibility: { bounds: 'One morning a week.', reviewEveryWeeks: 6 } }),
      flex(10, { flexibility: { reviewEveryWeeks: 12 } }),
    ]);
    expect(b.flexibleWithoutBounds).to.equal(2);
    expect(b.flexibleWithoutReview).to.equal(2);
  });

  describe('verdict (policy thresholds, defaults 10 / 50 / 40)', () => {
    const cases: [string, Duty[], string][] = [
      ['no flexible time is too rigid', [core(90)], 'too-rigid'],
      ['5% flexible is too rigid', [core(85), flex(5)], 'too-rigid'],
      ['exactly 10% flexible is balanced', [core(80), flex(10)], 'balanced'],
      ['60% flexible is too loose', [core(40), flex(60)], 'too-loose'],
      ['exactly 50% flexible is balanced', [core(50), flex(50)], 'balanced'],
      ['30% core with half the time undeclared is too loose', [core(30), flex(20)], 'too-loose'],
      ['exactly 40% core is balanced', [core(40), flex(20)], 'balanced'],
      ['70% core and 25% flexible is balanced', [core(70), flex(25)], 'balanced'],
    ];
    for (const [name, duties, verdict] of cases) it(name, () => { expect(balanceOf(duties).verdict).to.equal(verdict); });

    it('reads the thresholds from the policy', () => {
      const duties = [core(70), flex(25)];
      expect(balanceOf(duties, { balance: { tooRigidFlexibleBelow: 30, tooLooseFlexibleAbove: 50, tooLooseCoreBelow: 40 } }).verdict).to.equal('too-rigid');
      expect(balanceOf(duties, { balance: { tooRigidFlexibleBelow: 10, tooLooseFlexibleAbove: 20, tooLooseCoreBelow: 40 } }).verdict).to.equal('too-loose');
      expect(balanceOf(duties, { balance: { tooRigidFlexibleBelow: 10, tooLooseFlexibleAbove: 50, tooLooseCoreBelow: 75 } }).verdict).to.equal('too-loose');
    });
  });

  it('accounts for every declared percent (property)', () => {
    const kinds = fc.constantFrom<Duty['kind']>('core', 'flexible', 'excluded');
    fc.assert(
      fc.property(fc.array(fc.record({ kind: kinds, share: fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }) }), { maxLength: 12 }), (spec) => {
        const duties = spec.map((s) => duty(s.kind, 'Duty', s.share === undefined ? {} : { timeShare: s.share }));
        const b = balanceOf(duties);
        const sum = (k: Duty['kind']) => spec.filter((s) => s.kind === k).reduce((a, s) => a + (s.share ?? 0), 0);
        expect(b.core).to.equal(sum('core'));
        expect(b.flexible).to.equal(sum('flexible'));
        expect(b.excluded).to.equal(sum('excluded'));
        const total = b.core + b.flexible + b.excluded;
        expect(b.unallocated).to.equal(Math.max(0, 100 - total));
        expect(b.overAllocated).to.equal(total > 100);
        expect(b.verdict === 'unknown').to.equal(b.core + b.flexible === 0);
      }),
      { numRuns: 200 },
    );
  });
});
