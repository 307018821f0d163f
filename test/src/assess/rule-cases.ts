// The rule test cases that fire: for each rule, changes to the good role that make it fire. Their near
// misses, which must stay quiet, are in ./rule-quiet-cases.ts. rules.test.ts runs both.
import type { Policy } from '../../../src/assess/index.js';
import type { RoleDocument } from '../../../src/model/schema.js';
import { arrangement, boundary, duty } from '../../fixtures/assess-docs.js';

/** Changes the good role so a rule fires; may return the id of the item the finding should name. */
export type Mutate = (d: RoleDocument) => string | void;

export interface Case {
  rule: string;
  /** What the variant shows, for the test name. */
  when: string;
  fire: Mutate;
  /** The finding's path, when the case pins it. */
  path?: string;
  policy?: Partial<Policy>;
}

const idx = (d: RoleDocument, pred: (x: RoleDocument['duties'][number]) => boolean) => d.duties.findIndex(pred);
export const firstFlexible = (d: RoleDocument) => idx(d, (x) => x.kind === 'flexible');
export const firstCore = (d: RoleDocument) => idx(d, (x) => x.kind === 'core');
export const firstExcluded = (d: RoleDocument) => idx(d, (x) => x.kind === 'excluded');
export const withoutTopic = (d: RoleDocument, topic: string) => {
  d.boundaries = d.boundaries.filter((b) => b.topic !== topic);
};

export const FIRES: Case[] = [
  { rule: 'R01', when: 'no duty is flexible', path: 'duties', fire: (d) => void (d.duties = d.duties.filter((x) => x.kind !== 'flexible')) },
  { rule: 'R02', when: 'no duty is core', path: 'duties', fire: (d) => void (d.duties = d.duties.filter((x) => x.kind !== 'core')) },
  {
    rule: 'R03',
    when: 'a flexible duty has neither a maximum share nor bounds',
    path: 'duties[4].flexibility.maxShare',
    fire: (d) => {
      const x = d.duties[4]!;
      delete x.flexibility!.maxShare;
      delete x.flexibility!.bounds;
      return x.id;
    },
  },
  { rule: 'R03', when: 'a flexible duty has no flexibility at all', fire: (d) => void d.duties.push(duty('flexible', 'Outreach', { timeShare: 0 })) },
  { rule: 'R04', when: 'there are no boundaries', path: 'boundaries', fire: (d) => void (d.boundaries = []) },
  { rule: 'R04', when: 'boundaries are listed but none has a position', fire: (d) => void (d.boundaries = [boundary('endings'), boundary('confidentiality', { status: 'not-started' })]) },
  { rule: 'R05', when: 'self-disclosure is missing', path: 'boundaries', fire: (d) => withoutTopic(d, 'self-disclosure') },
  { rule: 'R06', when: 'a boundary has no rationale', path: 'boundaries[0].rationale', fire: (d) => (delete d.boundaries[0]!.rationale, d.boundaries[0]!.id) },
  {
    rule: 'R07',
    when: 'a core duty’s title is clinical',
    path: 'duties[8].title',
    fire: (d) => {
      const x = duty('core', 'Taking physical health observations', { timeShare: 0 });
      d.duties.push(x);
      return x.id;
    },
  },
  {
    rule: 'R07',
    when: 'a flexible duty’s description is admin for clinicians',
    path: 'duties[4].description',
    fire: (d) => {
      d.duties[4]!.description = 'Help the team by booking appointments for the consultants.';
      return d.duties[4]!.id;
    },
  },
  {
    rule: 'R08',
    when: 'a core duty covers rota gaps',
    path: 'duties[8].title',
    fire: (d) => {
      const x = duty('core', 'Covering rota gaps on the ward', { timeShare: 0 });
      d.duties.push(x);
      return x.id;
    },
  },
  {
    rule: 'R09',
    when: 'no peer supervision is planned',
    path: 'supervision.arrangements',
    fire: (d) => void (d.supervision.arrangements = [d.supervision.arrangements[0]!, arrangement('clinical-supervision', { frequency: { count: 1, per: 'month' }, protectedTime: true, providerTrainedInPeerSupervision: true })]),
  },
  {
    rule: 'R09',
    when: 'peer supervision does not say its provider has a peer background',
    path: 'supervision.arrangements[1].providerHasPeerBackground',
    fire: (d) => {
      for (const a of d.supervision.arrangements) delete a.providerHasPeerBackground;
      return d.supervision.arrangements[1]!.id;
    },
  },
  {
    rule: 'R09',
    when: 'peer supervision whose provider is answered as having no peer background',
    path: 'supervision.arrangements[1].providerHasPeerBackground',
    fire: (d) => {
      for (const a of d.supervision.arrangements) a.providerHasPeerBackground = false;
      return d.supervision.arrangements[1]!.id;
    },
  },
  { rule: 'R10', when: 'only line management is planned', path: 'supervision.arrangements', fire: (d) => void (d.supervision.arrangements = [d.supervision.arrangements[0]!]) },
  { rule: 'R10', when: 'nothing is planned', fire: (d) => void (d.supervision.arrangements = []) },
  { rule: 'R10', when: 'only a peer network and debriefs are planned', fire: (d) => void (d.supervision.arrangements = [arrangement('peer-network'), arrangement('debrief')]) },
  { rule: 'R11', when: 'line management has no frequency', path: 'supervision.arrangements[0].frequency', fire: (d) => (delete d.supervision.arrangements[0]!.frequency, d.supervision.arrangements[0]!.id) },
  { rule: 'R12', when: 'there is no peer-specific training', path: 'training.peerSpecific', fire: (d) => void (d.training.peerSpecific = []) },
  { rule: 'R84', when: 'a training item’s title is only spaces', path: 'training.peerSpecific[0].title', fire: (d) => ((d.training.peerSpecific[0]!.title = '  '), d.training.peerSpecific[0]!.id) },
  {
    rule: 'R13',
    when: 'a peer supervisor is not known to be trained',
    path: 'supervision.arrangements[1].providerTrainedInPeerSupervision',
    fire: (d) => {
      d.supervision.arrangements[1]!.providerTrainedInPeerSupervision = false;
      return d.supervision.arrangements[1]!.id;
    },
  },
  { rule: 'R14', when: 'the team is not briefed', path: 'team.briefingBeforeStart', fire: (d) => void (d.team.briefingBeforeStart = false) },
  { rule: 'R15', when: 'the only peer worker has no network', path: 'team.peerNetwork', fire: (d) => void (d.team = { ...d.team, otherPeerWorkers: 0, peerNetwork: false }) },
  { rule: 'R15', when: 'other peer workers are not stated and no network', path: 'team.otherPeerWorkers', fire: (d) => void (d.team = { briefingBeforeStart: true, briefingCoDeliveredByPeer: true }) },
  { rule: 'R16', when: 'no sponsor and no peer lead', path: 'leadership.namedSponsor', fire: (d) => void (d.leadership = { peerLeadInOrganisation: false }) },
  { rule: 'R17', when: 'no involvement-request cap', path: 'role.involvementRequestCap', fire: (d) => void delete d.role.involvementRequestCap },
  {
    rule: 'R18',
    when: 'a 9-month fixed-term post',
    path: 'employment.fixedTermMonths',
    fire: (d) => void (d.employment = { ...d.employment, contractType: 'fixed-term', fixedTermMonths: 9, funding: { source: 'Grant', termMonths: 36, exitPlan: 'Seek recurrent funding.' } }),
  },
  { rule: 'R18', when: 'a 17-month post under a stricter policy', policy: { minFixedTermMonths: 18 }, fire: (d) => void (d.employment = { ...d.employment, contractType: 'fixed-term', fixedTermMonths: 17, funding: { exitPlan: 'Plan.' } }) },
  { rule: 'R19', when: 'a fixed-term post has no exit plan', path: 'employment.funding.exitPlan', fire: (d) => void (d.employment = { ...d.employment, contractType: 'fixed-term', fixedTermMonths: 24, funding: {} }) },
  { rule: 'R20', when: 'there is no progression route', path: 'progression.steps', fire: (d) => void (d.progression.steps = []) },
  { rule: 'R21', when: 'Band 2 on Agenda for Change', path: 'employment.band', fire: (d) => void (d.employment.band = '2') },
  { rule: 'R22', when: 'a senior PSW at Band 3', path: 'employment.band', fire: (d) => void (d.role.level = 'senior-psw') },
  { rule: 'R22', when: 'a peer lead at Band 5', fire: (d) => void ((d.role.level = 'peer-lead'), (d.employment.band = 'Band 5')) },
  { rule: 'R22', when: 'a Band 3 post supervises other staff', fire: (d) => void d.duties.push(duty('core', 'Supervising other peer support workers', { description: 'Weekly.', timeShare: 0 })) },
  { rule: 'R23', when: 'no essential criterion asks for lived experience', path: 'recruitment.personSpec.essential', fire: (d) => void d.recruitment.personSpec.essential.shift() },
  { rule: 'R24', when: 'no adjustments process', path: 'wellbeing.adjustmentsProcess', fire: (d) => void (d.wellbeing.adjustmentsProcess = false) },
  { rule: 'R24', when: 'Access to Work is not signposted', path: 'wellbeing.accessToWorkSignposted', fire: (d) => void delete d.wellbeing.accessToWorkSignposted },
  { rule: 'R25', when: 'recruitment involves no lived experience', path: 'recruitment.coProduced', fire: (d) => void ((d.recruitment.coProduced = false), (d.recruitment.peerOnPanel = false)) },
  {
    rule: 'R26',
    when: 'lone working is expected with no arrangements',
    path: 'employment.loneWorking.arrangements',
    fire: (d) => {
      d.employment.loneWorking = { expected: true };
      withoutTopic(d, 'lone-working');
    },
  },
  {
    rule: 'R26',
    when: 'a community setting says nothing about lone working',
    fire: (d) => {
      delete d.employment.loneWorking;
      withoutTopic(d, 'lone-working');
    },
  },
  { rule: 'R27', when: 'the post-holder pays for the DBS check', path: 'employment.dbs.feePaidBy', fire: (d) => void (d.employment.dbs = { level: 'enhanced', feePaidBy: 'employee' }) },
  { rule: 'R28', when: 'there is no endings boundary', path: 'boundaries', fire: (d) => withoutTopic(d, 'endings') },
  { rule: 'R29', when: 'only two core duties', path: 'duties', fire: (d) => void d.duties.splice(firstCore(d), 2) },
  { rule: 'R29', when: 'four core duties against a minimum of five', policy: { minCoreDuties: 5 }, fire: () => undefined },
  { rule: 'R30', when: 'a flexible duty is never reviewed', path: 'duties[5].flexibility.reviewEveryWeeks', fire: (d) => (delete d.duties[5]!.flexibility!.reviewEveryWeeks, d.duties[5]!.id) },
  { rule: 'R31', when: 'nobody agrees a flexible duty', path: 'duties[4].flexibility.agreedWith', fire: (d) => ((d.duties[4]!.flexibility!.agreedWith = []), d.duties[4]!.id) },
  { rule: 'R31', when: 'the agreement names are blank', fire: (d) => void (d.duties[4]!.flexibility!.agreedWith = ['  ']) },
  { rule: 'R32', when: 'a flexible duty takes more than its cap', path: 'duties[4].timeShare', fire: (d) => ((d.duties[4]!.timeShare = 25), d.duties[4]!.id) },
  {
    rule: 'R33',
    when: 'a listed boundary has no position',
    path: 'boundaries[9].position',
    fire: (d) => {
      const b = boundary('custom', { label: 'Phone contact out of hours', status: 'not-started' });
      d.boundaries.push(b);
      return b.id;
    },
  },
  { rule: 'R34', when: 'not applicable without a reason', path: 'boundaries[8].notApplicableReason', fire: (d) => (delete d.boundaries[8]!.notApplicableReason, d.boundaries[8]!.id) },
  { rule: 'R35', when: 'a written boundary is not yet proposed', path: 'boundaries[1].status', fire: (d) => ((d.boundaries[1]!.status = 'not-started'), d.boundaries[1]!.id) },
  { rule: 'R35', when: 'a written boundary has no status', path: 'boundaries[1].status', fire: (d) => (delete d.boundaries[1]!.status, d.boundaries[1]!.id) },
  { rule: 'R36', when: 'a duty has a blank title', path: 'duties[0].title', fire: (d) => ((d.duties[0]!.title = '  '), d.duties[0]!.id) },
  { rule: 'R37', when: 'time shares add up to 115%', path: 'duties', fire: (d) => void d.duties.push(duty('core', 'Admin', { description: 'Records.', timeShare: 20 })) },
  { rule: 'R38', when: 'an excluded duty has no reason', path: 'duties[6].exclusionReason', fire: (d) => (delete d.duties[6]!.exclusionReason, d.duties[6]!.id) },
  { rule: 'R39', when: 'an excluded duty takes 5%', path: 'duties[6].timeShare', fire: (d) => ((d.duties[6]!.timeShare = 5), d.duties[6]!.id) },
  { rule: 'R40', when: 'no duty declares time', path: 'duties', fire: (d) => d.duties.forEach((x) => delete x.timeShare) },
  {
    rule: 'R41',
    when: 'flexible time is 5% (too rigid)',
    path: 'duties',
    fire: (d) => {
      d.duties[4]!.timeShare = 2;
      d.duties[5]!.timeShare = 3;
    },
  },
  { rule: 'R41', when: 'core time is below a stricter policy (too loose)', policy: { balance: { tooRigidFlexibleBelow: 10, tooLooseFlexibleAbove: 50, tooLooseCoreBelow: 80 } }, fire: () => undefined },
  {
    rule: 'R42',
    when: 'supervision adds up to two sessions a quarter',
    path: 'supervision.arrangements',
    fire: (d) => {
      d.supervision.arrangements[1]!.frequency = { count: 1, per: 'quarter' };
      d.supervision.arrangements[2]!.frequency = { count: 1, per: 'quarter' };
    },
  },
  { rule: 'R42', when: 'three a month against a policy of four', policy: { minSupervisionSessionsPerMonth: 4 }, fire: () => undefined },
  {
    rule: 'R43',
    when: 'peer supervision is not protected',
    path: 'supervision.arrangements[1].protectedTime',
    fire: (d) => ((d.supervision.arrangements[1]!.protectedTime = false), d.supervision.arrangements[1]!.id),
  },
  { rule: 'R44', when: 'no cover when the supervisor is away', path: 'supervision.cover', fire: (d) => void delete d.supervision.cover },
  {
    rule: 'R45',
    when: 'training maps to no domain and no ST0896',
    path: 'training.peerSpecific',
    fire: (d) => {
      delete d.training.peerSpecific[0]!.competenceDomains;
      d.role.frameworkRefs = [];
    },
  },
  { rule: 'R46', when: 'no wellness plan', path: 'wellbeing.wellnessPlanOffered', fire: (d) => void (d.wellbeing.wellnessPlanOffered = false) },
  { rule: 'R47', when: 'no induction', path: 'training.induction', fire: (d) => void delete d.training.induction },
  { rule: 'R48', when: 'the briefing is not co-delivered by a peer', path: 'team.briefingCoDeliveredByPeer', fire: (d) => void (d.team.briefingCoDeliveredByPeer = false) },
  { rule: 'R49', when: 'no reporting line', path: 'role.reportsTo', fire: (d) => void delete d.role.reportsTo },
  { rule: 'R50', when: 'a 30% involvement cap', path: 'role.involvementRequestCap', fire: (d) => void (d.role.involvementRequestCap = 30) },
  { rule: 'R51', when: 'no clinical-tasks boundary', path: 'boundaries', fire: (d) => withoutTopic(d, 'clinical-tasks') },
  { rule: 'R52', when: 'no staffing-cover boundary', path: 'boundaries', fire: (d) => withoutTopic(d, 'staffing-cover') },
  { rule: 'R53', when: 'no excluded duties', path: 'duties', fire: (d) => void (d.duties = d.duties.filter((x) => x.kind !== 'excluded')) },
  { rule: 'R54', when: 'a blank job title', path: 'role.title', fire: (d) => void (d.role.title = ' ') },
  { rule: 'R54', when: 'a job title of invisible characters only (a zero-width space, a right-to-left override)', path: 'role.title', fire: (d) => void (d.role.title = '\u200b\u202e\u00a0\u0007') },
  { rule: 'R54', when: 'a job title of blank-looking letters and marks (Hangul fillers, blank Braille, a variation selector, a lone combining mark)', path: 'role.title', fire: (d) => void (d.role.title = '\u3164\u2800\u115f\uffa0\u034f\ufe0f\u0301') },
  { rule: 'R55', when: 'no purpose', path: 'role.purpose', fire: (d) => void delete d.role.purpose },
  {
    rule: 'R56',
    when: 'a fixed-term post with no length or end date, only a funding term',
    path: 'employment.fixedTermMonths',
    fire: (d) => void (d.employment = { ...d.employment, contractType: 'fixed-term', funding: { termMonths: 24, exitPlan: 'Plan.' } }),
  },
  { rule: 'R57', when: 'the funding ended yesterday', path: 'employment.funding.endDate', fire: (d) => void (d.employment.funding = { ...d.employment.funding, endDate: '2026-02-28' }) },
  { rule: 'R58', when: 'a progression step has no criteria', path: 'progression.steps[0].criteria', fire: (d) => (delete d.progression.steps[0]!.criteria, d.progression.steps[0]!.id) },
  { rule: 'R59', when: 'pay from the 2024/25 table', path: 'employment.payTableYear', fire: (d) => void (d.employment.payTableYear = '2024/25') },
  { rule: 'R59', when: 'no pay table year', fire: (d) => void delete d.employment.payTableYear },
  { rule: 'R59', when: 'a year whose table is not held (2099/00)', path: 'employment.payTableYear', fire: (d) => void (d.employment.payTableYear = '2099/00') },
  { rule: 'R59', when: 'no pay year (2025/99)', path: 'employment.payTableYear', fire: (d) => void (d.employment.payTableYear = '2025/99') },
  { rule: 'R60', when: 'no pay scheme', path: 'employment.payScheme', fire: (d) => void delete d.employment.payScheme },
  { rule: 'R60', when: 'no band', path: 'employment.band', fire: (d) => void delete d.employment.band },
  { rule: 'R61', when: 'no salary', path: 'employment.salary', fire: (d) => void delete d.employment.salary },
  { rule: 'R62', when: 'no hours', path: 'employment.hoursPerWeek', fire: (d) => void delete d.employment.hoursPerWeek },
  { rule: 'R81', when: 'a salary range wider than the band at both ends', path: 'employment.salary', fire: (d) => void (d.employment.salary = { min: 1000, max: 90_000, currency: 'GBP', period: 'year' }) },
  { rule: 'R81', when: 'no pay table year: the table in force on the date', path: 'employment.salary', fire: (d) => void (delete d.employment.payTableYear, (d.employment.salary = { min: 30_000, max: 30_000, currency: 'GBP', period: 'year' })) },
  { rule: 'R81', when: 'a Band 3 post paid a million a year', path: 'employment.salary', fire: (d) => void (d.employment.salary = { min: 1_000_000, max: 1_000_000, currency: 'GBP', period: 'year' }) },
  { rule: 'R81', when: 'a full-time Band 3 post paid nothing', path: 'employment.salary', fire: (d) => void (d.employment = { ...d.employment, hoursPerWeek: 37.5, salary: { min: 0, max: 26598, currency: 'GBP', period: 'year' } }) },
  { rule: 'R85', when: 'a salary checked against the 2026/27 table, worked out from the award', path: 'employment.salary', fire: (d) => void (d.employment = { ...d.employment, payTableYear: '2026/27', salary: { min: 25760, max: 27476, currency: 'GBP', period: 'year' } }) },
  { rule: 'R81', when: 'a 30-hour Agenda for Change post whose salary is already cut to its hours (the job description would cut it again)', path: 'employment.salary', fire: (d) => void (d.employment = { ...d.employment, hoursPerWeek: 30, salary: { min: 19950, max: 21278, currency: 'GBP', period: 'year' } }) },
  { rule: 'R81', when: 'Band 3 hourly pay above the band’s hourly rates', path: 'employment.salary', fire: (d) => void (d.employment.salary = { min: 12.75, max: 19, currency: 'GBP', period: 'hour' }) },
  { rule: 'R81', when: 'the salary of Band 3 for a full-time post at Band 5', path: 'employment.salary', fire: (d) => void (d.employment = { ...d.employment, band: 'Band 5', hoursPerWeek: 37.5 }) },
  { rule: 'R63', when: 'a core duty has no description', path: 'duties[0].description', fire: (d) => (delete d.duties[0]!.description, d.duties[0]!.id) },
  {
    rule: 'R64',
    when: 'a desirable criterion has no assessment method',
    path: 'recruitment.personSpec.desirable[1].assessedBy',
    fire: (d) => (delete d.recruitment.personSpec.desirable[1]!.assessedBy, d.recruitment.personSpec.desirable[1]!.id),
  },
  { rule: 'R65', when: 'the review date has passed', path: 'meta.reviewDate', fire: (d) => void (d.meta.reviewDate = '2026-01-01') },
  { rule: 'R66', when: 'the hours are a template’s suggestion', path: 'employment.hoursPerWeek', fire: (d) => void (d.meta.suggested = ['employment.hoursPerWeek']) },
  { rule: 'R67', when: 'the post does not say where it is based', path: 'employment.location', fire: (d) => void delete d.employment.location },
  { rule: 'R67', when: 'the base says “To be agreed”', path: 'employment.location', fire: (d) => void (d.employment.location = 'To be agreed') },
  { rule: 'R67', when: 'the reporting line says “TBC.”', path: 'role.reportsTo', fire: (d) => void (d.role.reportsTo = ' TBC. ') },
  { rule: 'R67', when: 'the post does not say what kind of contract it is', path: 'employment.contractType', fire: (d) => void delete d.employment.contractType },
  { rule: 'R82', when: 'an essential criterion is blank', path: 'recruitment.personSpec.essential[1].text', fire: (d) => ((d.recruitment.personSpec.essential[1]!.text = '  '), d.recruitment.personSpec.essential[1]!.id) },
  { rule: 'R82', when: 'a desirable criterion is only a zero-width space', path: 'recruitment.personSpec.desirable[0].text', fire: (d) => ((d.recruitment.personSpec.desirable[0]!.text = '\u200b'), d.recruitment.personSpec.desirable[0]!.id) },
  { rule: 'R23', when: 'the criterion marked as lived experience has no text', path: 'recruitment.personSpec.essential', fire: (d) => void d.recruitment.personSpec.essential.forEach((c) => { if (c.livedExperience) c.text = ''; }) },
  { rule: 'R68', when: 'an agreed boundary does not say with whom', path: 'boundaries[1].agreedWith', fire: (d) => (delete d.boundaries[1]!.agreedWith, d.boundaries[1]!.id) },
  { rule: 'R68', when: 'an agreed boundary does not say when', path: 'boundaries[1].agreedOn', fire: (d) => (delete d.boundaries[1]!.agreedOn, d.boundaries[1]!.id) },
  { rule: 'R68', when: 'a boundary is marked agreed on a date still to come', path: 'boundaries[1].agreedOn', fire: (d) => ((d.boundaries[1]!.agreedOn = '2026-03-02'), d.boundaries[1]!.id) },
  { rule: 'R83', when: 'the advert closed yesterday', path: 'recruitment.closingDate', fire: (d) => void (d.recruitment.closingDate = '2026-02-28') },
  { rule: 'R69', when: 'a boundary is the team’s proposal', path: 'boundaries', fire: (d) => void (d.boundaries[1]!.status = 'proposed') },
  {
    rule: 'R70',
    when: 'the lived-experience criterion is assessed by a health questionnaire',
    path: 'recruitment.personSpec.essential[0].assessedBy',
    fire: (d) => ((d.recruitment.personSpec.essential[0]!.assessedBy = 'Pre-employment health questionnaire at shortlisting'), d.recruitment.personSpec.essential[0]!.id),
  },
  { rule: 'R70', when: 'health questions are asked before an offer', path: 'recruitment.healthQuestionsBeforeOffer', fire: (d) => void (d.recruitment.healthQuestionsBeforeOffer = true) },
  { rule: 'R71', when: 'no lawful basis is recorded', path: 'recruitment.livedExperienceBasis', fire: (d) => void delete d.recruitment.livedExperienceBasis },
  { rule: 'R71', when: 'the basis is recorded as none', path: 'recruitment.livedExperienceBasis', fire: (d) => void (d.recruitment.livedExperienceBasis = 'none') },
  { rule: 'R72', when: 'no adjustments are offered', path: 'recruitment.adjustmentsOffered', fire: (d) => void delete d.recruitment.adjustmentsOffered },
  { rule: 'R73', when: 'no accessible steps', path: 'recruitment.accessibleSteps', fire: (d) => void (d.recruitment.accessibleSteps = []) },
  { rule: 'R74', when: 'a CAMHS post has an enhanced check without the children’s list', path: 'employment.dbs.level', fire: (d) => void (d.context.setting = 'children-young-people') },
  { rule: 'R74', when: 'the age group starts at 14', path: 'employment.dbs.level', fire: (d) => void (d.context.ageGroup = '14–65') },
  { rule: 'R74', when: 'the age group is 16+', path: 'employment.dbs.level', fire: (d) => void (d.context.ageGroup = 'People aged 16+') },
  { rule: 'R74', when: 'the age group names young people', path: 'employment.dbs.level', fire: (d) => void (d.context.ageGroup = 'Young people and families') },
  { rule: 'R75', when: 'any conviction bars an applicant', path: 'recruitment.convictionsApproach', fire: (d) => void (d.recruitment.convictionsApproach = 'blanket-bar') },
  { rule: 'R76', when: 'the post has a DBS check but no approach to convictions', path: 'recruitment.convictionsApproach', fire: (d) => void delete d.recruitment.convictionsApproach },
  { rule: 'R77', when: 'an enhanced check has no reason', path: 'employment.dbs.reason', fire: (d) => void delete d.employment.dbs!.reason },
  {
    rule: 'R78',
    when: 'an apprenticeship gives no standard, length or off-the-job share',
    path: 'employment.apprenticeship.standard',
    fire: (d) => void (d.employment.contractType = 'apprenticeship'),
  },
  {
    rule: 'R78',
    when: 'an apprenticeship gives no off-the-job share',
    path: 'employment.apprenticeship.offTheJobShare',
    fire: (d) => void ((d.employment.contractType = 'apprenticeship'), (d.employment.apprenticeship = { standard: 'ST0896', durationMonths: 15 })),
  },
  { rule: 'R79', when: 'evenings are in the pattern but unsocial hours are not stated', path: 'employment.unsocialHours', fire: (d) => void delete d.employment.unsocialHours },
  {
    rule: 'R79',
    when: 'a crisis post has a daytime pattern and says nothing',
    path: 'employment.unsocialHours',
    fire: (d) => void ((d.context.setting = 'crisis'), (d.employment.workPattern = 'Daytime'), delete d.employment.unsocialHours),
  },
  { rule: 'R80', when: 'a liaison and diversion post does not mention police vetting', path: 'employment.policeVetting.required', fire: (d) => void (d.context.setting = 'liaison-diversion') },
];
