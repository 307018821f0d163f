/**
 * Rules on lawful lived-experience recruitment, vetting, the apprenticeship route and pay beyond the
 * band. Sources (docs/sources.md): Equality Act 2010 s.60 and s.20 in recruitment (S80), Sch. 9
 * para. 1 (S81), ss.158–159 (S82); DBS check levels and barred lists (S83); police vetting of
 * partner-agency staff (S88); apprenticeship off-the-job training (S87); Agenda for Change unsocial
 * hours (S86).
 */
import { filled } from '../facts.js';
import type { RoleFacts } from '../facts.js';
import type { PathTemplate } from '../paths.js';
import type { Criterion } from '../../model/schema.js';
import { checksChildrensList } from '../../model/schema-constants.js';
import { defineRule, HEURISTIC, itemName, WHERE, type Sink } from './rule.js';
import { formatDate } from '../../export/format.js';

type Group = 'essential' | 'desirable';
const GROUPS: readonly Group[] = ['essential', 'desirable'];

/** Assessment methods that are questions about health: a health questionnaire, a medical, a diagnosis. */
const HEALTH_QUESTIONS = /\bhealth (?:question|questionnaire|declaration|screening|check|form)|\bmedical\b|\boccupational health\b|\bdiagnos[ei]s\b|\bmedical (?:history|records)\b/i;

function livedCriteria(f: RoleFacts): { group: Group; index: number; c: Criterion }[] {
  return GROUPS.flatMap((group) =>
    f.doc.recruitment.personSpec[group].map((c, index) => ({ group, index, c })).filter((x) => x.c.livedExperience === true));
}

/** Whether the post works with people under 18: the setting, or an age group naming them or an age under 18. */
export function worksWithChildren(f: RoleFacts): boolean {
  if (f.doc.context.setting === 'children-young-people') return true;
  const age = f.doc.context.ageGroup ?? '';
  if (/\b(?:child|children|young (?:people|person)|adolescen|youth|camhs|under[- ]18s?)\b/i.test(age)) return true;
  // An age range or lower bound: "14–65", "16 to 25", "16+", "aged 12 and over".
  const lowest = /\b(\d{1,2})\s*(?:[-–—]\s*\d|to\s+\d|\+|and over|years?\b)/i.exec(age);
  return lowest !== null && Number(lowest[1]) < 18;
}

/** Settings whose posts often include evenings, nights or weekends. */
const ROTA_SETTINGS = new Set(['acute-inpatient', 'crisis']);
const UNSOCIAL_PATTERN = /\b(?:evenings?|nights?|weekends?|saturdays?|sundays?|bank holidays?|public holidays?|rota|shifts?|24\/7|out of hours)\b/i;

const addAt = (out: Sink, message: string, group: Group, index: number, id: string) =>
  out.add(message, { path: `recruitment.personSpec.${group}[].assessedBy`, index, itemId: id });

export const recruitmentRules = [
  defineRule({
    id: 'R83',
    themes: ['T3'],
    severity: 'warning',
    basis: 'heuristic',
    sources: [],
    title: 'Advert closing date has passed',
    summary: `Flags an advert whose closing date is before today (the policy’s date): published as it is, it would invite applications it no longer takes. ${HEURISTIC.check}`,
    fix: 'Set the closing date of this round of recruitment, or remove it.',
    check(f, out) {
      const d = f.doc.recruitment.closingDate;
      if (d !== undefined && d < f.policy.today) {
        out.add(`The advert’s closing date, ${formatDate(d)}, has passed. ${HEURISTIC.check}`, { path: 'recruitment.closingDate' });
      }
    },
  }),
  defineRule({
    id: 'R70',
    themes: ['T3'],
    severity: 'error',
    basis: 'evidence',
    sources: ['S80'],
    title: 'Lived experience assessed by health questions before an offer',
    summary: 'Flags a lived-experience criterion assessed through health questions (a health questionnaire, a medical, a diagnosis), and a process that asks health questions before an offer of work while it asks for lived experience. The Equality Act 2010 (s.60) bars questions about health before an offer except for narrow purposes, such as adjustments to the recruitment process; lived experience is assessed by what the candidate chooses to say about it and how they would use it.',
    fix: 'Assess lived experience through the application and the interview, by what the candidate chooses to share and how they would use it with purpose; ask health questions only after an offer, if at all.',
    check(f, out) {
      const lived = livedCriteria(f);
      for (const { group, index, c } of lived) {
        if (filled(c.assessedBy) && HEALTH_QUESTIONS.test(c.assessedBy)) {
          addAt(out, `The lived-experience criterion ${itemName(c.text, index)} is assessed by “${c.assessedBy.trim()}”: the Equality Act 2010 (s.60) bars health questions before an offer of work except for narrow purposes.`, group, index, c.id);
        }
      }
      if (lived.length > 0 && f.doc.recruitment.healthQuestionsBeforeOffer === true) {
        out.add('The process asks health questions before an offer while the post asks for lived experience: the Equality Act 2010 (s.60) allows health questions before an offer only for narrow purposes, such as adjustments to the recruitment process.', { path: 'recruitment.healthQuestionsBeforeOffer' });
      }
    },
  }),
  defineRule({
    id: 'R71',
    themes: ['T3'],
    severity: 'warning',
    basis: 'evidence',
    sources: ['S81', 'S82'],
    title: 'Lived-experience requirement without a lawful basis',
    summary: 'Flags an essential lived-experience criterion with no lawful basis recorded. Requiring lived experience of mental ill-health can be an occupational requirement (Equality Act 2010, Sch. 9 para. 1: crucial to the post and a proportionate means to a legitimate aim); favouring under-represented candidates is positive action (ss.158–159), which allows preferring a candidate only between equally qualified ones.',
    fix: 'Record the basis: an occupational requirement (peer support depends on the experience), or positive action. Take advice from HR on which applies to this post.',
    check(f, out) {
      const essential = livedCriteria(f).filter((x) => x.group === 'essential');
      if (essential.length === 0) return;
      const basis = f.doc.recruitment.livedExperienceBasis;
      if (basis === undefined) {
        out.add(`The person specification requires lived experience but does not say on what lawful basis (an occupational requirement, or positive action). ${WHERE.profile('Lawful basis for asking for lived experience')}`, { path: 'recruitment.livedExperienceBasis' });
      } else if (basis === 'none') {
        out.add('Lived experience is an essential criterion, but the lawful basis is recorded as none: without an occupational requirement the post cannot be restricted to people with the experience.', { path: 'recruitment.livedExperienceBasis' });
      }
    },
  }),
  defineRule({
    id: 'R72',
    themes: ['T3'],
    severity: 'warning',
    basis: 'evidence',
    sources: ['S80', 'S41', 'S42'],
    title: 'No reasonable adjustments offered in recruitment',
    summary: 'Flags an advert that does not offer reasonable adjustments to the recruitment process. Employers must make reasonable adjustments for disabled applicants (Equality Act 2010, s.20), and asking what adjustments a candidate needs for the process is one of the purposes s.60 allows before an offer.',
    fix: 'Offer adjustments at every stage (applying, interview, starting) and say how to ask for them.',
    check(f, out) {
      if (f.doc.recruitment.adjustmentsOffered !== true) {
        out.add(`The advert does not offer reasonable adjustments to the recruitment process. ${WHERE.profile('Adjustments offered in recruitment')}`, { path: 'recruitment.adjustmentsOffered' });
      }
    },
  }),
  defineRule({
    id: 'R73',
    themes: ['T3'],
    severity: 'info',
    basis: 'heuristic',
    sources: ['S31-a'],
    title: 'No accessible recruitment steps',
    summary: `Notes a post that offers none of: an informal conversation before applying, a taster session with the team, the interview questions in advance. One trust invited shortlisted candidates to a session with the team before interview; the list of steps is this tool’s. ${HEURISTIC.judgement}`,
    fix: 'Offer an informal conversation, a taster session or the questions in advance, and say so in the advert.',
    check(f, out) {
      if ((f.doc.recruitment.accessibleSteps ?? []).length === 0) {
        out.add(`The post offers no accessible recruitment steps (an informal conversation, a taster session, questions in advance). ${HEURISTIC.judgement}`, { path: 'recruitment.accessibleSteps' });
      }
    },
  }),
  defineRule({
    id: 'R74',
    themes: ['T5'],
    severity: 'warning',
    basis: 'evidence',
    sources: ['S83'],
    title: 'Work with children without a children’s barred list check',
    summary: 'Flags a post that works with people under 18 whose DBS check does not include the children’s barred list. Only an enhanced check with a barred list check shows whether someone is barred from regulated activity with children; it can be requested only for posts in regulated activity.',
    fix: 'If the post is regulated activity with children, set the DBS check to enhanced with the children’s barred list (or both lists), and say why.',
    check(f, out) {
      if (!worksWithChildren(f)) return;
      const level = f.doc.employment.dbs?.level;
      if (!checksChildrensList(level)) {
        out.add('The post works with people under 18, but its DBS check does not include the children’s barred list. If the work is regulated activity with children, an enhanced check with the children’s barred list applies.', { path: 'employment.dbs.level' });
      }
    },
  }),
  defineRule({
    id: 'R75',
    themes: ['T5'],
    severity: 'warning',
    basis: 'evidence',
    sources: ['S51', 'S13'],
    title: 'Blanket bar on applicants with convictions',
    summary: 'Flags a post that excludes every applicant with a conviction. Lived experience can include contact with the criminal justice system (liaison and diversion peer workers are recruited for it), so checks should be proportionate: a conviction is looked at individually against the post.',
    fix: 'Replace the bar with a fair-chance statement and an individual risk assessment of any conviction a check shows.',
    check(f, out) {
      if (f.doc.recruitment.convictionsApproach === 'blanket-bar') {
        out.add('The post bars every applicant with a conviction. Lived experience can include contact with the criminal justice system; assess any conviction individually against what the post involves.', { path: 'recruitment.convictionsApproach' });
      }
    },
  }),
  defineRule({
    id: 'R76',
    themes: ['T5'],
    severity: 'info',
    basis: 'heuristic',
    sources: ['S51', 'S13'],
    title: 'No stated approach to applicants with convictions',
    summary: `Notes a post with a DBS check that does not say how convictions are treated. Candidates with criminal-justice contact may not apply if the advert is silent. ${HEURISTIC.judgement}`,
    fix: 'Add a fair-chance statement: a record does not automatically rule anyone out, and any conviction is assessed individually.',
    check(f, out) {
      const level = f.doc.employment.dbs?.level;
      if (level !== undefined && level !== 'none' && f.doc.recruitment.convictionsApproach === undefined && !filled(f.doc.recruitment.convictionsStatement)) {
        out.add(`The post has a DBS check but does not say how applicants with convictions are treated. ${WHERE.profile('Applicants with convictions')} ${HEURISTIC.judgement}`, { path: 'recruitment.convictionsApproach' });
      }
    },
  }),
  defineRule({
    id: 'R77',
    themes: ['T5'],
    severity: 'info',
    basis: 'evidence',
    sources: ['S83'],
    title: 'DBS level without a reason',
    summary: 'Notes a standard or enhanced DBS check whose reason is not given. Which level a post may ask for depends on what the post-holder does (for barred lists, regulated activity); the reason shows the level fits the post.',
    fix: 'Say why the post needs this level, e.g. “regular one-to-one support of adults receiving health care”.',
    check(f, out) {
      const dbs = f.doc.employment.dbs;
      if (dbs?.level !== undefined && dbs.level !== 'none' && dbs.level !== 'basic' && !filled(dbs.reason)) {
        out.add('The DBS check’s level is set but not why the post needs it: the level a post may ask for depends on what the post-holder does.', { path: 'employment.dbs.reason' });
      }
    },
  }),
  defineRule({
    id: 'R78',
    themes: ['T2'],
    severity: 'warning',
    basis: 'evidence',
    sources: ['S24', 'S25', 'S87'],
    title: 'Apprenticeship without its standard, length or off-the-job training',
    summary: 'Flags an apprenticeship post that does not name its standard (for peer workers, Level 3 ST0896, typically about 15 months), its length or the share of paid hours for off-the-job training, which the apprenticeship funding rules require.',
    fix: 'Name the standard (ST0896 for the Level 3 Peer Worker), the length of the training and the share of paid hours for off-the-job training.',
    check(f, out) {
      const e = f.doc.employment;
      if (e.contractType !== 'apprenticeship') return;
      const a = e.apprenticeship;
      type Missing = readonly [string, PathTemplate];
      const missing = ([
        !filled(a?.standard) && ['the standard', 'employment.apprenticeship.standard'],
        a?.durationMonths === undefined && ['its length', 'employment.apprenticeship.durationMonths'],
        a?.offTheJobShare === undefined && ['the off-the-job training share', 'employment.apprenticeship.offTheJobShare'],
      ] as const).filter((x): x is Missing & (typeof x & object) => x !== false) as Missing[];
      if (missing.length) {
        out.add(`The post is an apprenticeship but does not give ${missing.map((m) => m[0]).join(', ')}.`, { path: missing[0]![1] });
      }
    },
  }),
  defineRule({
    id: 'R79',
    themes: ['T5'],
    severity: 'info',
    basis: 'evidence',
    sources: ['S86', 'S30'],
    title: 'Evening or weekend work without unsocial-hours pay stated',
    summary: 'Notes a post whose setting or working pattern includes evenings, nights or weekends but which does not say whether unsocial-hours payments apply. Agenda for Change pays enhancements for work in standard hours at those times.',
    fix: 'Say that the pattern includes unsocial hours (the job description then adds the payments), or that it does not.',
    check(f, out) {
      const e = f.doc.employment;
      if (e.unsocialHours !== undefined) return;
      const setting = f.doc.context.setting;
      const byPattern = filled(e.workPattern) && UNSOCIAL_PATTERN.test(e.workPattern);
      if (byPattern || (setting !== undefined && ROTA_SETTINGS.has(setting))) {
        out.add('The working pattern or setting suggests evenings, nights or weekends, but the post does not say whether unsocial-hours payments apply.', { path: 'employment.unsocialHours' });
      }
    },
  }),
  defineRule({
    id: 'R80',
    themes: ['T5'],
    severity: 'info',
    basis: 'evidence',
    sources: ['S88', 'S51'],
    title: 'Liaison and diversion post without police vetting stated',
    summary: 'Notes a liaison and diversion post that does not say whether police vetting is needed. One force’s published answer says forces vet partner-agency staff who work closely with them or share their premises, such as custody suites, before giving unsupervised access (a single secondary report).',
    fix: 'Say whether the post-holder needs police vetting to work in custody suites, and why.',
    check(f, out) {
      if (f.doc.context.setting === 'liaison-diversion' && f.doc.employment.policeVetting?.required === undefined) {
        out.add('The post is in liaison and diversion but does not say whether police vetting is needed for work in custody suites.', { path: 'employment.policeVetting.required' });
      }
    },
  }),
];
