import { expect } from '@open-wc/testing';
import type { SupervisionArrangement } from '../../../src/model/schema.js';
import { contractedHoursPerMonth, sessionsInMonth, sessionsPerYear, WEEKS_PER_MONTH, yearPlan } from '../../../components/supervision-planner/year-plan.js';

const arr = (id: string, extra: Partial<SupervisionArrangement>): SupervisionArrangement => ({ id, type: 'peer-supervision', ...extra });

describe('year plan arithmetic', () => {
  it('spreads weekly sessions evenly (52/12 a month) and puts quarterly ones in Jan, Apr, Jul and Oct', () => {
    expect(sessionsInMonth({ count: 1, per: 'week' }, 5)).to.be.closeTo(4.333, 0.001);
    expect(sessionsInMonth({ count: 2, per: 'month' }, 11)).to.equal(2);
    const quarterly = Array.from({ length: 12 }, (_, m) => sessionsInMonth({ count: 3, per: 'quarter' }, m));
    expect(quarterly).to.deep.equal([3, 0, 0, 3, 0, 0, 3, 0, 0, 3, 0, 0]);
    expect(sessionsPerYear({ count: 1, per: 'week' })).to.equal(52);
    expect(sessionsPerYear({ count: 2, per: 'month' })).to.equal(24);
    expect(sessionsPerYear({ count: 3, per: 'quarter' })).to.equal(12);
  });

  it('sums months and hours, and keeps apart what it cannot place or count', () => {
    const plan = yearPlan([
      arr('a', { frequency: { count: 2, per: 'month' }, durationMinutes: 60 }),
      arr('b', { frequency: { count: 1, per: 'quarter' }, durationMinutes: 120 }),
      arr('c', { frequency: { count: 1, per: 'week' } }),
      arr('d', { durationMinutes: 30 }),
    ]);
    expect(plan.rows.map((r) => r.arrangement.id)).to.deep.equal(['a', 'b', 'c']);
    expect(plan.unscheduled.map((a) => a.id)).to.deep.equal(['d']);
    expect(plan.uncounted.map((a) => a.id)).to.deep.equal(['c']);
    // 24 × 60 min + 4 × 120 min = 32 hours a year → 2⅔ hours a month.
    expect(plan.hoursPerMonth).to.be.closeTo(32 / 12, 1e-9);
    expect(plan.totals[0]).to.be.closeTo(2 + 1 + WEEKS_PER_MONTH, 1e-9);
    expect(plan.totals[1]).to.be.closeTo(2 + WEEKS_PER_MONTH, 1e-9);
    expect(plan.hasWeekly).to.equal(true);
    expect(plan.hasQuarterly).to.equal(true);
    expect(contractedHoursPerMonth(22.5)).to.equal(97.5);
  });

  it('is empty for no arrangements', () => {
    const plan = yearPlan([]);
    expect(plan.rows).to.deep.equal([]);
    expect(plan.hoursPerMonth).to.equal(0);
    expect(plan.totals).to.deep.equal(Array(12).fill(0));
  });
});
