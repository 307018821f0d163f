/**
 * Rules on funding, pay and progression (theme T5). The rules that compare pay with the pay tables
 * are in ./pay.ts.
 */
import { filled } from '../facts.js';
import {
  bandRank,
  ROLE_LEVEL_NAMES,
  TYPICAL_MIN_BAND_BY_LEVEL,
  TYPICAL_PSW_MIN_BAND,
} from '../setting-facts.js';
import type { RoleFacts } from '../facts.js';
import { roleLevels } from '../../catalogue/roles.js';
import { defineRule, HEURISTIC, itemName } from './rule.js';

const PSW_MIN_RANK = bandRank(TYPICAL_PSW_MIN_BAND)!;

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
          `The post is fixed-term for ${months} ${months === 1 ? 'month' : 'months'}, shorter than the ${min} months your policy expects. The study names funding among the systemic factors that affect peer workers and how they are valued. ${HEURISTIC.threshold}`,
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
        out.add('There is no progression route from this role. The study names progression among the factors that affect peer workers and how they are valued.', { path: 'progression.steps' });
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
        // Only some levels' bands were seen in adverts; for the others the band is this tool's estimate.
        const observed = roleLevels.find((l) => l.id === level)?.bandConfirmed;
        out.add(
          observed
            ? `A ${ROLE_LEVEL_NAMES[level]} is usually paid at Band ${levelMin} or above, but this post is Band ${band}. ${HEURISTIC.judgement}`
            : `This tool expects a ${ROLE_LEVEL_NAMES[level]} to be paid at Band ${levelMin} or above (no band for this level was found in the sources it read), but this post is Band ${band}. ${HEURISTIC.judgement}`,
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
          `The post-holder pays for their own DBS check. One trust was seen deducting the fee from new peer workers’ pay; that it can signal the role is valued less than others is this tool’s reading. ${HEURISTIC.judgement}`,
          { path: 'employment.dbs.feePaidBy' },
        );
      }
    },
  }),
];
