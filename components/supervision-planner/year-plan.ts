/**
 * The arithmetic of the year view, kept apart from the templates so it is easy to test. Pure: no
 * DOM, no lit.
 *
 * - Weekly sessions are spread evenly: 52 weeks ÷ 12 months ≈ 4.33 a month (a calendar month has
 *   four or five of a given weekday; the average is what a plan can promise).
 * - Quarterly sessions fall in the first month of each quarter: January, April, July, October.
 * - Monthly hours are the year's hours ÷ 12; contracted hours a month are hours a week × 52 ÷ 12.
 *
 * None of these numbers is evidence about how much supervision is enough: they only count what the arrangements say.
 */
import type { Frequency, SupervisionArrangement } from '../../src/model/schema.js';

export const WEEKS_PER_MONTH = 52 / 12;
/** Months (0 = January) in which quarterly sessions are shown. */
export const QUARTER_MONTHS: readonly number[] = [0, 3, 6, 9];

/** Sessions in month `month` (0–11) for a frequency. */
export function sessionsInMonth(frequency: Frequency, month: number): number {
  switch (frequency.per) {
    case 'week':
      return frequency.count * WEEKS_PER_MONTH;
    case 'month':
      return frequency.count;
    case 'quarter':
      return QUARTER_MONTHS.includes(month) ? frequency.count : 0;
  }
}

/** Sessions in a year for a frequency. */
export function sessionsPerYear(frequency: Frequency): number {
  return frequency.per === 'week' ? frequency.count * 52 : frequency.per === 'month' ? frequency.count * 12 : frequency.count * 4;
}

export interface YearRow {
  arrangement: SupervisionArrangement;
  /** Sessions in each month, January first. */
  months: number[];
  year: number;
}

export interface YearPlan {
  /** Arrangements with a frequency, in document order. */
  rows: YearRow[];
  /** Sessions in each month, all arrangements together. */
  totals: number[];
  /** Arrangements with no frequency (not in the picture). */
  unscheduled: SupervisionArrangement[];
  /** Arrangements with a frequency but no session length (not in the hours). */
  uncounted: SupervisionArrangement[];
  /** Average hours a month across the year, from arrangements with a frequency and a length. */
  hoursPerMonth: number;
  /** Whether any arrangement is weekly / quarterly (the notes explain how those are shown). */
  hasWeekly: boolean;
  hasQuarterly: boolean;
}

const MONTHS = Array.from({ length: 12 }, (_, i) => i);

export function yearPlan(arrangements: readonly SupervisionArrangement[]): YearPlan {
  const rows: YearRow[] = [];
  const unscheduled: SupervisionArrangement[] = [];
  const uncounted: SupervisionArrangement[] = [];
  const totals = MONTHS.map(() => 0);
  let minutesPerYear = 0;
  for (const a of arrangements) {
    const f = a.frequency;
    if (!f) {
      unscheduled.push(a);
      continue;
    }
    const months = MONTHS.map((m) => sessionsInMonth(f, m));
    months.forEach((n, m) => (totals[m]! += n));
    const year = sessionsPerYear(f);
    rows.push({ arrangement: a, months, year });
    if (a.durationMinutes === undefined) uncounted.push(a);
    else minutesPerYear += year * a.durationMinutes;
  }
  return {
    rows,
    totals,
    unscheduled,
    uncounted,
    hoursPerMonth: minutesPerYear / 60 / 12,
    hasWeekly: rows.some((r) => r.arrangement.frequency!.per === 'week'),
    hasQuarterly: rows.some((r) => r.arrangement.frequency!.per === 'quarter'),
  };
}

/** Contracted hours in an average month. */
export function contractedHoursPerMonth(hoursPerWeek: number): number {
  return (hoursPerWeek * 52) / 12;
}
