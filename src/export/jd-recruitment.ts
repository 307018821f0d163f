/**
 * The job description's words for lawful recruitment, vetting, the apprenticeship route and the
 * parts of pay beyond the band. Every export (the job description model, and through it Markdown and
 * Word; the JSON-LD posting) takes its wording from here, so they read alike.
 *
 * Facts behind the wording (docs/sources.md): health questions before an offer (Equality Act 2010
 * s.60, S80); occupational requirement (Sch. 9 para. 1, S81); positive action (ss.158–159, S82); DBS
 * levels and barred lists (S83); Agenda for Change apprentices (S84), High Cost Area Supplements
 * (S85) and unsocial hours (S86). No amount is printed that the toolkit has not verified: the
 * supplement's minimum and maximum and apprentices' pay are left to the organisation.
 */
import type { RoleDocument } from '../model/schema.js';
import type { DbsLevel } from '../model/constants.js';
import { formatMonths, joinWords } from './format.js';
import { defined, line, row, type AdvertLines } from './jd-lines.js';
import type { JdBlock, KeyValueRow } from './jd-model-types.js';

/** Each DBS level in words, as the job description prints it. */
export const DBS_TEXT: Readonly<Record<DbsLevel, string>> = {
  none: 'No DBS check',
  basic: 'Basic DBS check',
  standard: 'Standard DBS check',
  enhanced: 'Enhanced DBS check',
  'enhanced-barred-adults': 'Enhanced DBS check with a check of the adults’ barred list',
  'enhanced-barred-children': 'Enhanced DBS check with a check of the children’s barred list',
  'enhanced-barred-both': 'Enhanced DBS check with checks of the adults’ and children’s barred lists',
};

/** Police vetting in words, or undefined when the role says nothing about it. */
export function policeVettingLine(doc: RoleDocument): string | undefined {
  const pv = doc.employment.policeVetting;
  if (!pv || pv.required === undefined) return undefined;
  if (!pv.required) return 'Not required';
  const why = line(pv.reason);
  return `Police vetting is required${why ? ` (${why.replace(/\.$/, '')})` : ''}, as well as the DBS check`;
}

/** The applicants-with-convictions line: a fair-chance statement, or a plain note of a blanket bar (internal only). */
export function convictionsLine(doc: RoleDocument, audience: 'candidate' | 'internal'): string | undefined {
  const r = doc.recruitment;
  const statement = line(r.convictionsStatement);
  if (r.convictionsApproach === 'individual-assessment') {
    return statement ?? 'Having a criminal record does not automatically stop you being appointed: any conviction that a check shows is looked at individually, with you, against what the post involves.';
  }
  if (r.convictionsApproach === 'blanket-bar') {
    return audience === 'internal' ? `Applicants with any conviction are excluded (a blanket bar)${statement ? `. ${statement}` : ''}` : statement;
  }
  return statement;
}

const STEP_TEXT = {
  'informal-conversation': 'an informal conversation about the post before you apply',
  'taster-session': 'a taster session to meet the team and see the work',
  'questions-in-advance': 'the interview questions in advance',
} as const;

/**
 * The accessible-recruitment statement for the candidate, in sentences, or [] when the role says
 * nothing. Adjustments at every stage; the steps offered; health questions only after an offer.
 */
export function accessibleRecruitmentLines(doc: RoleDocument): string[] {
  const r = doc.recruitment;
  const steps = (r.accessibleSteps ?? []).map((s) => STEP_TEXT[s]);
  return defined([
    r.adjustmentsOffered === true && 'Tell us about any adjustments you need at any stage of applying, being interviewed or starting the job, and we will make them where we reasonably can.',
    steps.length > 0 && `We offer ${joinWords(steps)}.`,
    r.healthQuestionsBeforeOffer === false && 'We do not ask about your health before offering you the job, other than to make adjustments to the recruitment process.',
  ]);
}

/** The lawful basis for asking for lived experience, in plain words, or undefined. */
export function livedExperienceBasisLine(doc: RoleDocument): string | undefined {
  switch (doc.recruitment.livedExperienceBasis) {
    case 'occupational-requirement':
      return 'Lived experience of mental health challenges is a genuine requirement of this post: peer support depends on it. The post is open only to people with that experience (an occupational requirement under the Equality Act 2010).';
    case 'positive-action':
      return 'We welcome applications from people with lived experience of mental health challenges. Where two candidates are equally well qualified, we may appoint the one with that experience, as the Equality Act 2010 allows (positive action).';
    case 'none':
      return undefined;
    default:
      return undefined;
  }
}

/** The apprenticeship's details in words, when the post is an apprenticeship. */
export function apprenticeshipLines(doc: RoleDocument): string[] {
  const e = doc.employment;
  if (e.contractType !== 'apprenticeship') return [];
  const a = e.apprenticeship ?? {};
  const standard = line(a.standard);
  const isPeerWorker = standard !== undefined && /\bST0?896\b/i.test(standard);
  return defined([
    isPeerWorker
      ? 'You will train for the Level 3 Peer Worker apprenticeship (standard ST0896) while you work, with an end-point assessment at the end.'
      : standard !== undefined ? `You will train for the apprenticeship standard ${standard} while you work.` : 'You will train for an apprenticeship while you work.',
    a.durationMonths !== undefined && `The training lasts about ${formatMonths(a.durationMonths)}.`,
    a.offTheJobShare !== undefined && `${formatShare(a.offTheJobShare)} of your paid hours are set aside for off-the-job training.`,
    line(a.provider) && `Training provider: ${line(a.provider)}.`,
  ]);
}

const formatShare = (n: number) => `${Number.isInteger(n) ? n : Math.round(n * 10) / 10}%`;

/** Pay for an apprenticeship on Agenda for Change: the annexes that set it; no figure is invented. */
export function apprenticePayLine(doc: RoleDocument): string | undefined {
  const e = doc.employment;
  if (e.contractType !== 'apprenticeship' || e.payScheme !== 'agenda-for-change') return undefined;
  return 'Pay follows the Agenda for Change terms for apprentices (paid as a trainee under Annex 21; NHS staff who move onto an apprenticeship keep their current pay point where it is higher, Annex 30 in England). The organisation confirms the figure.';
}

/** The unsocial-hours line when the pattern includes unsocial hours. */
export function unsocialHoursLine(doc: RoleDocument): string | undefined {
  const e = doc.employment;
  if (e.unsocialHours !== true) return undefined;
  return e.payScheme === 'agenda-for-change'
    ? 'Plus unsocial hours payments under Agenda for Change for evening, night, weekend and public holiday work'
    : 'Plus payments for unsocial hours (evenings, nights, weekends, public holidays) under the organisation’s terms';
}

export type HighCostArea = 'inner-london' | 'outer-london' | 'fringe' | 'none';
const HCAS: Readonly<Record<Exclude<HighCostArea, 'none'>, { zone: string; share: number }>> = {
  'inner-london': { zone: 'inner London', share: 20 },
  'outer-london': { zone: 'outer London', share: 15 },
  fringe: { zone: 'the fringe zone', share: 5 },
};

/**
 * The High Cost Area Supplement line for an Agenda for Change post in a supplement zone: the zone,
 * its share of basic pay, and that the minimum and maximum are the handbook's (not printed: their
 * current values are not verified).
 */
export function highCostAreaLine(doc: RoleDocument, zone: HighCostArea | undefined): string | undefined {
  if (!zone || zone === 'none' || doc.employment.payScheme !== 'agenda-for-change') return undefined;
  const z = HCAS[zone];
  return `Plus the High Cost Area Supplement for ${z.zone}: ${z.share}% of basic pay, within the minimum and maximum set in Annex 9 of the NHS Terms and Conditions of Service Handbook`;
}

const NATION: Readonly<Record<string, string>> = { england: 'England', wales: 'Wales', scotland: 'Scotland', 'northern-ireland': 'Northern Ireland' };
/** The nation whose Agenda for Change table a post uses: the profile's nation, else England (the built-in tables'). */
export const payNationName = (nation: string | undefined): string => (nation && NATION[nation]) ?? 'England';

/** The job-details rows about pay beyond the salary: supplements, and apprentices' pay. */
export function payRows(doc: RoleDocument, advert: AdvertLines): KeyValueRow[] {
  const extras = defined([highCostAreaLine(doc, advert.highCostArea), unsocialHoursLine(doc)]);
  return defined([
    row('Pay supplements', extras.length ? `${extras.join('; ')}.` : undefined, false),
    row('Apprentice pay', apprenticePayLine(doc), false),
  ]);
}

/** The job-details row about police vetting. */
export const vettingRows = (doc: RoleDocument): KeyValueRow[] => defined([row('Police vetting', policeVettingLine(doc), false)]);

/** The apprenticeship's paragraph at the top of the training section. */
export function apprenticeshipBlocks(doc: RoleDocument): JdBlock[] {
  const lines = apprenticeshipLines(doc);
  return lines.length ? [{ kind: 'paragraph', text: lines.join(' ') }] : [];
}

/**
 * After the person specification: the lawful basis for the lived-experience requirement, the
 * accessible-recruitment statement and the approach to convictions. The internal record also says
 * whether health questions are asked before an offer and shows a blanket bar for what it is.
 */
export function applyingBlocks(doc: RoleDocument, audience: 'candidate' | 'internal'): JdBlock[] {
  const basis = livedExperienceBasisLine(doc);
  const access = accessibleRecruitmentLines(doc);
  const convictions = convictionsLine(doc, audience);
  const internalOnly = audience === 'internal' && doc.recruitment.healthQuestionsBeforeOffer === true
    ? 'Applicants are asked health questions before an offer of work.'
    : undefined;
  const items = defined([basis, ...access, convictions && `Criminal records: ${convictions.replace(/\.?$/, '.')}`, internalOnly]);
  return items.length ? [{ kind: 'list', caption: 'Applying', items: items.map((text) => ({ text })) }] : [];
}
