/**
 * Pay in the job description: the salary as the post pays it. Agenda for Change pay tables give
 * full-time amounts for a 37.5-hour week, so a part-time post on them shows the pro-rata range
 * first and the full-time range after it, with the band and the pay year:
 * "£19,257–£20,539 a year pro rata (£24,071–£25,674 full time), Band 3, Agenda for Change (England)
 * 2025/26 pay table". Agenda for Change tables are one nation's, so the nation is named where it is
 * known: the profile's own table's, England's for the toolkit's own tables; `nation` '' (a profile
 * of another nation with no table of its own) names none. Figures the toolkit worked out from an
 * award rather than copied from the published table say so after the table's name. Hourly rates and
 * other schemes' salaries are shown as the document holds them.
 */
import type { RoleDocument, Salary } from '../model/schema.js';
import { FULL_TIME_HOURS, formatPounds } from './format.js';
import { bandText } from './jd-details.js';
import { payNationName } from './jd-recruitment.js';

/**
 * Whether a salary is a full-time Agenda for Change amount that a post of these hours is paid pro
 * rata. Only on Agenda for Change: with no scheme named, nothing says the figures are full-time ones,
 * so they are shown as the role states them.
 */
export function isProRata(employment: RoleDocument['employment']): boolean {
  const { salary, hoursPerWeek, payScheme } = employment;
  return salary !== undefined && salary.period === 'year' && payScheme === 'agenda-for-change'
    && hoursPerWeek !== undefined && hoursPerWeek < FULL_TIME_HOURS;
}

/** A salary's amounts for a post of `hours` a week (whole pounds, as payslips round yearly pay). */
export function proRata(salary: Pick<Salary, 'min' | 'max'>, hours: number): { min: number; max: number } {
  const share = hours / FULL_TIME_HOURS;
  return { min: Math.round(salary.min * share), max: Math.round(salary.max * share) };
}

const range = (min: number, max: number, period: Salary['period']): string =>
  min === max ? formatPounds(min, period) : `${formatPounds(min, period)}–${formatPounds(max, period)}`;

/**
 * The salary line of a job description (see the module comment), or undefined without a salary.
 * `computedFrom`: how the pay table's figures were worked out, when they were not copied from the published table.
 */
export function salaryText(employment: RoleDocument['employment'], nation?: string, computedFrom?: string): string | undefined {
  const { salary, hoursPerWeek, band, payScheme, payTableYear } = employment;
  if (!salary) return undefined;
  const per = salary.period === 'year' ? 'a year' : 'an hour';
  const full = range(salary.min, salary.max, salary.period);
  const amount = isProRata(employment) && hoursPerWeek !== undefined
    ? (() => { const p = proRata(salary, hoursPerWeek); return `${range(p.min, p.max, 'year')} ${per} pro rata (${full} full time)`; })()
    : `${full} ${per}`;
  const extra = [
    band !== undefined && band.trim() !== '' ? bandText(band, payScheme) : undefined,
    payTableYear ? `${payScheme === 'agenda-for-change' ? `Agenda for Change ${nation === '' ? '' : `(${payNationName(nation)}) `}` : ''}${payTableYear} pay table`
      + (computedFrom ? ` (figures worked out from ${computedFrom}, not copied from the published table)` : '') : undefined,
  ].filter((x): x is string => x !== undefined);
  return [amount, ...extra].join(', ');
}
