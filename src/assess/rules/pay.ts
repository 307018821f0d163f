/**
 * Rules that compare a role's pay with the pay tables held (theme T5): the built-in Agenda for
 * Change tables (src/catalogue/pay.ts) and an organisation profile's own. Whether the table is the
 * one in force (R59), whether the salary fits the band (R81) and where the table's figures come
 * from (R85).
 */
import { NEWEST_PAY_TABLE_YEAR } from '../setting-facts.js';
import type { RoleFacts } from '../facts.js';
import { payTableBand, payTableInForce, payTablesFor, payTableYearOf, type AnyPayTable } from '../../catalogue/pay.js';
import { formatDate, formatSalary, FULL_TIME_HOURS } from '../../export/format.js';
import { payStatus } from '../pay-status.js';
import { defineRule } from './rule.js';

const NATION_NAMES: Readonly<Record<string, string>> = { england: 'England', wales: 'Wales', scotland: 'Scotland', 'northern-ireland': 'Northern Ireland' };
const isBuiltIn = (t: AnyPayTable) => 'nation' in t;
/** "Agenda for Change England 2026/27" for a built-in table; a profile's table by its label and year. */
const tableName = (t: AnyPayTable, year: string) => (isBuiltIn(t) || t.label.includes(year) ? t.label : `${t.label} (${year})`);

/**
 * The pay table a role's figures are meant to come from: the table of its pay table year (an
 * organisation's own over the built-in one), else the table in force on the assessment's date.
 */
function tableOfRole(f: RoleFacts): AnyPayTable | undefined {
  const { payScheme, payTableYear } = f.doc.employment;
  if (payScheme === undefined) return undefined;
  const options = { organisation: f.policy.organisation };
  const ofYear = payTableYear === undefined ? undefined : payTablesFor(payScheme, options).filter((t) => payTableYearOf(t) === payTableYear).at(-1);
  return ofYear ?? payTableInForce(payScheme, f.policy.today, options);
}

export const payRules = [
  defineRule({
    id: 'R59',
    themes: ['T5'],
    severity: 'warning',
    basis: 'evidence',
    sources: ['S31-b', 'S30', 'S30-b'],
    title: 'Pay figures from an old or unnamed pay table',
    summary: `Flags Agenda for Change posts (and posts on a scheme the organisation profile brings a table for) whose pay table year is missing, older than the table in force on today’s date (the policy’s date), or a year whose table it does not hold. Past the newest table it holds (${NEWEST_PAY_TABLE_YEAR} for Agenda for Change in England, or the profile’s own), it says it cannot tell what is current rather than presenting an old table as current. Adverts quoting pay from years-old tables are common.`,
    fix: 'Update the salary to the pay table in force today and set the pay table year.',
    check(f, out) {
      const s = payStatus(f.doc, f.policy);
      const at = { path: 'employment.payTableYear' } as const;
      switch (s.kind) {
        case 'no-year':
          out.add('The role does not say which year’s pay table its figures come from.', at, 'Set the pay table year the salary was taken from, and check the figures against the table in force today.');
          return;
        case 'stale':
          out.add(
            `The pay figures come from the ${s.roleYear} table, but on ${formatDate(f.policy.today)} the table in force is ${tableName(s.inForce, s.inForceYear)} (from ${formatDate(s.inForce.effectiveFrom)}).`,
            at,
            `Update the salary to the ${s.inForceYear} table and set the pay table year to ${s.inForceYear}.`,
          );
          return;
        case 'unknown-year':
          out.add(
            s.inForce
              ? `The role says its pay figures come from the ${s.roleYear} pay table, which psw-role-kit does not hold; on ${formatDate(f.policy.today)} the table in force is ${tableName(s.inForce, s.inForceYear!)}.`
              : `“${s.roleYear}” is not a pay year: a pay year runs from one April to the next, written like 2025/26.`,
            at,
            'Set the pay table year the salary was taken from, and check the figures against the table in force today.',
          );
          return;
        case 'beyond-newest':
          out.add(
            isBuiltIn(s.newest)
              ? `This version of psw-role-kit knows pay tables up to ${s.newestYear}, which ended on ${formatDate(s.newest.effectiveTo!)}; a newer award may be in force, so the ${s.roleYear} figures may be out of date.`
              : `The newest pay table held, ${tableName(s.newest, s.newestYear)}, ended on ${formatDate(s.newest.effectiveTo!)}; a newer one may be in force, so the ${s.roleYear} figures may be out of date.`,
            at,
            'Check the current award and update the salary, or set your organisation’s pay table in its profile (Pay › Pay tables).',
          );
          return;
        case 'between-tables':
          out.add(
            `No pay table held covers ${formatDate(f.policy.today)}: ${tableName(s.ended, s.endedYear)} ended on ${formatDate(s.ended.effectiveTo!)} and ${tableName(s.next, s.nextYear)} starts on ${formatDate(s.next.effectiveFrom)}, so the ${s.roleYear} figures may be out of date.`,
            at,
            'Check the pay in force today and update the salary, or add the missing table to your organisation’s profile (Pay › Pay tables).',
          );
          return;
        case 'no-table':
          out.add(
            `psw-role-kit holds no Agenda for Change pay table for ${NATION_NAMES[s.nation] ?? s.nation}, so it cannot check the ${f.doc.employment.payTableYear} figures.`,
            at,
            'Check the figures against the current table for your nation, or set your organisation’s pay table once in its profile (Pay › Pay tables).',
          );
          return;
        default:
      }
    },
  }),
  defineRule({
    id: 'R81',
    themes: ['T5'],
    severity: 'warning',
    basis: 'evidence',
    sources: ['S30', 'S30-b'],
    title: 'Salary outside its band',
    summary:
      'Compares the salary with the figures of the role’s band in its pay table (the year the role names, else the table in force; an organisation profile’s own tables count). On Agenda for Change the salary is the band’s full-time figure, as the tables give it: the job description works out a part-time post’s pay from the hours, so a salary already cut to the hours would be cut twice. Under another scheme a part-time salary stated pro rata may sit below the band’s first point by the post’s share of full-time hours. Apprenticeships, which may be paid outside the bands, are left out.',
    fix: 'Take the salary from the band’s figures in the pay table, or correct the band.',
    check(f, out) {
      const e = f.doc.employment;
      const salary = e.salary;
      if (!salary || e.band === undefined || e.contractType === 'apprenticeship' || f.doc.role.level === 'apprentice') return;
      const table = tableOfRole(f);
      const band = payTableBand(table, e.band);
      // The band's figures in the salary's period: a year's, or an hour's where the table gives them.
      const range = band && (band.period === salary.period ? band : salary.period === 'hour' && 'hourly' in band ? band.hourly : undefined);
      if (!table || !band || !range) return;
      // On Agenda for Change the salary is the full-time figure (src/export/jd-pay.ts works out the
      // part-time pay); another scheme's salary is shown as it is, so it may be stated pro rata.
      const afc = e.payScheme === 'agenda-for-change';
      const share = salary.period === 'year' && !afc && e.hoursPerWeek !== undefined ? Math.min(e.hoursPerWeek / FULL_TIME_HOURS, 1) : 1;
      // A pound (a penny an hour) for rounding.
      const slack = salary.period === 'year' ? 1 : 0.01;
      const below = salary.min < range.min * share - slack;
      const above = salary.max > range.max + slack;
      if (!below && !above) return;
      out.add(
        `The salary, ${formatSalary(salary)}, is ${below && above ? 'outside' : below ? 'below' : 'above'} ${/^[a-z]/i.test(band.band) ? band.band : `Band ${band.band}`} of ${tableName(table, payTableYearOf(table))}: ${formatSalary({ ...range, period: salary.period })}.${
          below && afc && salary.period === 'year' && (e.hoursPerWeek ?? FULL_TIME_HOURS) < FULL_TIME_HOURS
            ? ' Enter the full-time figures: the job description works out the pay for the post’s hours.'
            : ''}`,
        { path: 'employment.salary' },
      );
    },
  }),
  defineRule({
    id: 'R85',
    themes: ['T5'],
    severity: 'info',
    basis: 'evidence',
    sources: ['S30-b'],
    title: 'Pay figures worked out from an award',
    summary: 'Says when the salary is checked against a built-in pay table whose figures psw-role-kit worked out from an announced award (each point of the year before raised by the award, rounded), because the published table could not be read: the figures may differ from the published ones by rounding, so they are to be checked before an advert quotes them. An organisation profile’s own table for the year takes its place.',
    fix: 'Check the band’s figures against the published pay table, or set your organisation’s table for the year in its profile (Pay › Pay tables).',
    check(f, out) {
      const e = f.doc.employment;
      const table = tableOfRole(f);
      if (!e.salary || !table || !('computedFrom' in table) || !table.computedFrom) return;
      out.add(
        `The figures psw-role-kit holds for ${tableName(table, payTableYearOf(table))} are worked out from ${table.computedFrom}, not copied from the published table: check the salary against the published table before the advert quotes it.`,
        { path: 'employment.salary' },
      );
    },
  }),
];
