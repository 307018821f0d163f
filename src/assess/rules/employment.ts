/**
 * Rules on funding, pay and progression (theme T5).
 */
import { filled } from '../facts.js';
import {
  bandRank,
  NEWEST_PAY_TABLE_YEAR,
  ROLE_LEVEL_NAMES,
  TYPICAL_MIN_BAND_BY_LEVEL,
  TYPICAL_PSW_MIN_BAND,
} from '../setting-facts.js';
import type { RoleFacts } from '../facts.js';
import { payTableBand, payTableInForce, payTablesFor, payTableYearOf, type AnyPayTable } from '../../catalogue/pay.js';
import { formatDate, formatSalary, FULL_TIME_HOURS } from '../../export/format.js';
import { payStatus } from '../pay-status.js';
import { defineRule, HEURISTIC, itemName } from './rule.js';

const NATION_NAMES: Readonly<Record<string, string>> = { england: 'England', wales: 'Wales', scotland: 'Scotland', 'northern-ireland': 'Northern Ireland' };
const isBuiltIn = (t: AnyPayTable) => 'nation' in t;
/** "Agenda for Change England 2026/27" for a built-in table; a profile's table by its label and year. */
const tableName = (t: AnyPayTable, year: string) => (isBuiltIn(t) || t.label.includes(year) ? t.label : `${t.label} (${year})`);
const PSW_MIN_RANK = bandRank(TYPICAL_PSW_MIN_BAND)!;

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

/** The AfC band's rank when the role is on Agenda for Change and not an apprenticeship, else undefined. */
function afcRank(f: RoleFacts): number | undefined {
  const e = f.doc.employment;
  if (e.payScheme !== 'agenda-for-change' || e.contractType === 'apprenticeship' || f.doc.role.level === 'apprentice') return undefined;
  return bandRank(e.band);
}

const isFixedTerm = (f: RoleFacts) => f.doc.employment.contractType === 'fixed-term';

export const employmentRules = [
  defineRule({
    id: 'R18',
    themes: ['T5'],
    severity: 'warning',
    basis: 'heuristic',
    sources: ['S1', 'S31-a'],
    title: 'Short fixed-term post',
    summary: `Flags fixed-term posts shorter than the policy’s minimum (default 12 months). The study names funding among the systemic factors that affect peer workers; the number of months is not from it. ${HEURISTIC.threshold}`,
    fix: 'Seek longer or recurrent funding, or state how the post will continue after the term.',
    check(f, out) {
      // The contract's length, not the funding's term (which may end before or after it).
      const months = f.doc.employment.fixedTermMonths;
      const min = f.policy.minFixedTermMonths;
      if (isFixedTerm(f) && months !== undefined && months < min) {
        out.add(
          `The post is fixed-term for ${months} ${months === 1 ? 'month' : 'months'}, shorter than the ${min} months your policy expects. Short-term funding undermines the post-holder’s security and signals how much the role is valued. ${HEURISTIC.threshold}`,
          { path: 'employment.fixedTermMonths' },
        );
      }
    },
  }),
  defineRule({
    id: 'R56',
    themes: ['T5'],
    severity: 'warning',
    basis: 'evidence',
    sources: ['S31-a'],
    title: 'Fixed-term post without a term or end date',
    summary: 'Flags fixed-term posts that give neither their length nor their end date; fixed-term adverts say how long the post lasts and why.',
    fix: 'Enter the length of the post in months, or its end date.',
    check(f, out) {
      const e = f.doc.employment;
      if (isFixedTerm(f) && e.fixedTermMonths === undefined && e.funding?.endDate === undefined) {
        out.add('The post is fixed-term but gives neither its length nor its end date.', { path: 'employment.fixedTermMonths' });
      }
    },
  }),
  defineRule({
    id: 'R19',
    themes: ['T5'],
    severity: 'warning',
    basis: 'heuristic',
    sources: [],
    title: 'Fixed-term post without an exit or extension plan',
    summary: `Flags fixed-term posts with no plan for when the funding ends. The study names funding among the systemic factors that shape peer workers’ experience; it says nothing about contracts or exit plans, so asking for one is this tool’s judgement. ${HEURISTIC.judgement}`,
    fix: 'Write the exit or extension plan: how the post will be funded after the end date, or how the post-holder will be supported into another role.',
    check(f, out) {
      if (isFixedTerm(f) && !filled(f.doc.employment.funding?.exitPlan)) {
        out.add(`The post is fixed-term but there is no plan for when the funding ends, leaving the post-holder uncertain about their future. ${HEURISTIC.judgement}`, {
          path: 'employment.funding.exitPlan',
        });
      }
    },
  }),
  defineRule({
    id: 'R57',
    themes: ['T5'],
    severity: 'warning',
    basis: 'heuristic',
    sources: [],
    title: 'Funding end date has passed',
    summary: `Flags a funding end date before today (the policy’s date). ${HEURISTIC.check}`,
    fix: 'Update the end date and funding details, or the contract type if the post is now permanent.',
    check(f, out) {
      const end = f.doc.employment.funding?.endDate;
      if (end !== undefined && end < f.policy.today) {
        out.add(`The funding end date (${end}) has passed. ${HEURISTIC.check}`, { path: 'employment.funding.endDate' });
      }
    },
  }),
  defineRule({
    id: 'R20',
    themes: ['T5'],
    severity: 'warning',
    basis: 'study',
    sources: ['S1', 'S11', 'S31-h'],
    title: 'No progression route',
    summary: 'Checks that the role shows where the post-holder can progress to. The study names progression among the systemic factors; some trusts now advertise routes from senior peer worker to peer leadership.',
    fix: 'Add the next steps (for example Senior Peer Support Worker, then Advanced Peer Support Practitioner), each with its band and what it takes to get there.',
    check(f, out) {
      if (f.doc.progression.steps.length === 0) {
        out.add('There is no progression route from this role. A lack of structured development left peer workers feeling undervalued in one trust.', { path: 'progression.steps' });
      }
    },
  }),
  defineRule({
    id: 'R58',
    themes: ['T5'],
    severity: 'info',
    basis: 'evidence',
    sources: ['S11', 'S31-h'],
    title: 'Progression step without criteria',
    summary: 'Notes progression steps that do not say what it takes to reach them.',
    fix: 'Say what the step requires, for example experience, training completed or a vacancy.',
    check(f, out) {
      const steps = f.doc.progression.steps;
      for (let i = 0; i < steps.length; i++) {
        const s = steps[i]!;
        if (filled(s.criteria)) continue;
        out.add(`The progression step ${itemName(s.title, i)} does not say what it takes to get there.`, { path: 'progression.steps[].criteria', index: i, itemId: s.id });
      }
    },
  }),
  defineRule({
    id: 'R60',
    themes: ['T5'],
    severity: 'warning',
    basis: 'evidence',
    sources: ['S29', 'S11'],
    title: 'No pay scheme or band',
    summary: 'Checks that the role states its pay scheme and band or grade. Unclear banding was one of the problems a trust set out to fix with a peer lead post.',
    fix: 'Choose the pay scheme and enter the band or grade.',
    check(f, out) {
      const e = f.doc.employment;
      if (e.payScheme === undefined) out.add('The role does not say which pay scheme it uses.', { path: 'employment.payScheme' }, 'Choose the pay scheme (for example Agenda for Change) and enter the band.');
      else if (!filled(e.band)) out.add('The role does not give its band or grade.', { path: 'employment.band' }, 'Enter the band or grade, for example Band 3.');
    },
  }),
  defineRule({
    id: 'R21',
    themes: ['T5'],
    severity: 'warning',
    basis: 'evidence',
    sources: ['S29'],
    title: 'Band below the usual band for peer support workers',
    summary: 'Flags Agenda for Change posts below Band 3: peer support worker posts are usually Band 3, sometimes 4 (apprenticeships excepted).',
    fix: 'Check the band with your job evaluation team; peer support worker posts are usually Band 3 or 4.',
    check(f, out) {
      const rank = afcRank(f);
      if (rank !== undefined && rank < PSW_MIN_RANK) {
        out.add(`Band ${f.doc.employment.band!.trim()} is below the band peer support worker posts are usually advertised at (Band 3, sometimes 4).`, { path: 'employment.band' });
      }
    },
  }),
  defineRule({
    id: 'R22',
    themes: ['T5'],
    severity: 'warning',
    basis: 'heuristic',
    sources: ['S31-i', 'S29'],
    title: 'Responsibilities above the band',
    summary: `Flags an Agenda for Change band below what the role’s level usually pays, or a Band 3 post with duties that supervise or manage other staff. Only some levels’ bands are confirmed in adverts. ${HEURISTIC.judgement}`,
    fix: 'Check the band against the role’s responsibilities with your job evaluation team, or move supervisory duties to a senior role.',
    check(f, out) {
      const rank = afcRank(f);
      if (rank === undefined || rank < PSW_MIN_RANK) return;
      const band = f.doc.employment.band!.trim();
      const level = f.doc.role.level;
      const levelMin = level ? TYPICAL_MIN_BAND_BY_LEVEL[level] : undefined;
      if (level && levelMin && rank < bandRank(levelMin)!) {
        out.add(
          `A ${ROLE_LEVEL_NAMES[level]} is usually paid at Band ${levelMin} or above, but this post is Band ${band}. ${HEURISTIC.judgement}`,
          { path: 'employment.band' },
          'Check the band against the role’s level and responsibilities with your job evaluation team.',
        );
      } else if (rank <= PSW_MIN_RANK && f.supervisesOthersAt >= 0) {
        const d = f.doc.duties[f.supervisesOthersAt]!;
        out.add(`The duty ${itemName(d.title, f.supervisesOthersAt)} gives the post-holder responsibility for other staff, which usually sits above Band ${band}. ${HEURISTIC.judgement}`, {
          path: 'employment.band',
        });
      }
    },
  }),
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
    id: 'R61',
    themes: ['T5'],
    severity: 'warning',
    basis: 'evidence',
    sources: ['S31-b', 'S57'],
    title: 'No salary',
    summary: 'Checks that the role states its salary, as job adverts and job postings do.',
    fix: 'Enter the salary range (per year, or per hour for bank posts).',
    check(f, out) {
      if (f.doc.employment.salary === undefined) out.add('The role does not state its salary.', { path: 'employment.salary' });
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
      'Compares the salary with the figures of the role’s band in its pay table (the year the role names, else the table in force; an organisation profile’s own tables count). A part-time salary stated pro rata may sit below the band’s first point by the post’s share of full-time hours. Apprenticeships, which may be paid outside the bands, are left out.',
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
      const share = salary.period === 'year' && e.hoursPerWeek !== undefined ? Math.min(e.hoursPerWeek / FULL_TIME_HOURS, 1) : 1;
      // A pound (a penny an hour) for rounding.
      const slack = salary.period === 'year' ? 1 : 0.01;
      const below = salary.min < range.min * share - slack;
      const above = salary.max > range.max + slack;
      if (!below && !above) return;
      out.add(
        `The salary, ${formatSalary(salary)}, is ${below && above ? 'outside' : below ? 'below' : 'above'} ${/^[a-z]/i.test(band.band) ? band.band : `Band ${band.band}`} of ${tableName(table, payTableYearOf(table))}: ${formatSalary({ ...range, period: salary.period })}.`,
        { path: 'employment.salary' },
      );
    },
  }),
  defineRule({
    id: 'R62',
    themes: ['T5'],
    severity: 'warning',
    basis: 'evidence',
    sources: ['S31-k', 'S57'],
    title: 'No hours per week',
    summary: 'Checks that the role states its hours per week: many peer roles are part-time, and the hours set the pay.',
    fix: 'Enter the contracted hours per week, for example 22.5.',
    check(f, out) {
      if (f.doc.employment.hoursPerWeek === undefined) out.add('The role does not state its hours per week.', { path: 'employment.hoursPerWeek' });
    },
  }),
  defineRule({
    id: 'R27',
    themes: ['T5'],
    severity: 'info',
    basis: 'heuristic',
    sources: ['S31-d'],
    title: 'Post-holder pays for their DBS check',
    summary: `Notes a post whose holder pays for their own DBS check. The fact: one trust was seen deducting the fee from new peer workers’ pay. The inference, that charging for the check signals the role is valued less than others, is this tool’s, not the source’s. ${HEURISTIC.judgement}`,
    fix: 'Have the employer pay the DBS fee, as for other posts.',
    check(f, out) {
      const dbs = f.doc.employment.dbs;
      if (dbs?.feePaidBy === 'employee' && dbs.level !== 'none') {
        out.add(
          `The post-holder pays for their own DBS check. Some employers do deduct the fee from new peer workers’ pay; that it can signal the role is valued less than others is this tool’s reading. ${HEURISTIC.judgement}`,
          { path: 'employment.dbs.feePaidBy' },
        );
      }
    },
  }),
];
