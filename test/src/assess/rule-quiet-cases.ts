// The near misses of the rule test cases: changes that come close to a rule without breaking it, so
// the rule must stay quiet. The cases that fire are in ./rule-cases.ts; rules.test.ts runs both.
import type { Policy } from '../../../src/assess/index.js';
import { arrangement, boundary, duty, TODAY } from '../../fixtures/assess-docs.js';
import { firstFlexible, firstCore, firstExcluded, withoutTopic, type Mutate } from './rule-cases.js';
import { goodProfile } from '../../fixtures/profiles.js';
import type { OrganisationProfile } from '../../../src/organisation/index.js';

export interface Quiet {
  rule: string;
  when: string;
  change: Mutate;
  policy?: Partial<Policy>;
}

/** A profile with the organisation's own Agenda for Change table for 2026/27 (published figures it copied). */
function ownAfcTable(): OrganisationProfile {
  const p = goodProfile();
  return { ...p, pay: { ...p.pay, tables: [{ id: 'afc-own', scheme: 'agenda-for-change', label: 'Our Agenda for Change table 2026/27', effectiveFrom: '2026-04-01', effectiveTo: '2027-03-31', bands: [{ band: '3', min: 25760, max: 27476, period: 'year' }] }] } };
}

/** Near misses: changes that come close to a rule without breaking it. */
export const QUIET: Quiet[] = [
  { rule: 'R85', when: 'the 2025/26 figures, from published tables', change: (d) => void (d.employment.payTableYear = '2025/26') },
  { rule: 'R85', when: 'no salary', change: (d) => void (d.employment = { ...d.employment, payTableYear: '2026/27', salary: undefined }) },
  {
    rule: 'R85',
    when: 'the organisation’s own 2026/27 Agenda for Change table in its profile',
    policy: { organisation: ownAfcTable() },
    change: (d) => void (d.employment = { ...d.employment, payTableYear: '2026/27', salary: { min: 25760, max: 27476, currency: 'GBP', period: 'year' } }),
  },
  { rule: 'R81', when: 'a band the table does not hold, or no band', change: (d) => void (d.employment.band = '9') },
  { rule: 'R81', when: 'an hourly rate for a band the table gives no hourly rates for (Band 2)', change: (d) => void (d.employment = { ...d.employment, band: '2', salary: { min: 1, max: 99, currency: 'GBP', period: 'hour' } }) },
  { rule: 'R81', when: 'an apprenticeship', change: (d) => void (d.employment = { ...d.employment, contractType: 'apprenticeship', salary: { min: 12000, max: 12000, currency: 'GBP', period: 'year' } }) },
  { rule: 'R81', when: 'the 2026/27 figures with that year named', change: (d) => void (d.employment = { ...d.employment, payTableYear: '2026/27', salary: { min: 25760, max: 27476, currency: 'GBP', period: 'year' } }) },
  { rule: 'R54', when: 'a title after a zero-width space, and one in Arabic script', change: (d) => void (d.role.title = '\u200bعامل دعم الأقران') },
  { rule: 'R54', when: 'a title that starts with a combining mark before Hangul and Devanagari letters', change: (d) => void (d.role.title = '\u0301동료 지원 कार्यकर्ता') },
  { rule: 'R01', when: 'one flexible duty is left', change: (d) => void (d.duties = d.duties.filter((x, i) => x.kind !== 'flexible' || i === firstFlexible(d))) },
  { rule: 'R02', when: 'a single core duty is left', change: (d) => void (d.duties = d.duties.filter((x, i) => x.kind !== 'core' || i === firstCore(d))) },
  { rule: 'R03', when: 'a flexible duty is bounded in words only', change: (d) => void (delete d.duties[4]!.flexibility!.maxShare, (d.duties[4]!.flexibility!.bounds = 'One day a week at most.')) },
  { rule: 'R04', when: 'one boundary has a position but is not agreed', change: (d) => void (d.boundaries = [boundary('endings', { position: 'Planned from the start.' })]) },
  { rule: 'R05', when: 'self-disclosure is marked not applicable with a reason', change: (d) => void (d.boundaries[0] = boundary('self-disclosure', { status: 'not-applicable', notApplicableReason: 'Covered by the service policy.' })) },
  { rule: 'R06', when: 'a not-applicable boundary has no rationale', change: (d) => void delete d.boundaries[8]!.rationale },
  { rule: 'R07', when: 'the clinical duty is excluded', change: (d) => void d.duties.push(duty('excluded', 'Taking physical health observations', { exclusionReason: 'Clinical.' })) },
  { rule: 'R07', when: 'a duty supports people to attend physical health appointments', change: (d) => void (d.duties[0]!.title = 'Supporting people to attend physical health appointments') },
  { rule: 'R07', when: 'a duty says the role never takes observations', change: (d) => void (d.duties[0]!.description = 'Offers peer support; never takes observations.') },
  { rule: 'R08', when: 'staffing cover is an excluded duty', change: (d) => void d.duties.push(duty('excluded', 'Covering rota gaps', { exclusionReason: 'Not peer work.' })) },
  { rule: 'R09', when: 'only group peer supervision has a peer background', change: (d) => void delete d.supervision.arrangements[1]!.providerHasPeerBackground },
  { rule: 'R10', when: 'reflective practice is planned besides line management', change: (d) => void (d.supervision.arrangements = [d.supervision.arrangements[0]!, arrangement('reflective-practice', { frequency: { count: 1, per: 'month' } })]) },
  { rule: 'R11', when: 'a debrief has no frequency (debriefs follow events)', change: (d) => void d.supervision.arrangements.push(arrangement('debrief', { providerRole: 'Peer lead' })) },
  { rule: 'R13', when: 'the line manager is not trained in peer supervision', change: (d) => void (d.supervision.arrangements[0]!.providerTrainedInPeerSupervision = false) },
  { rule: 'R15', when: 'the only peer worker has a network', change: (d) => void (d.team = { ...d.team, otherPeerWorkers: 0, peerNetwork: true }) },
  { rule: 'R16', when: 'no sponsor but a peer lead', change: (d) => void delete d.leadership.namedSponsor },
  { rule: 'R18', when: 'a 12-month fixed-term post', change: (d) => void (d.employment = { ...d.employment, contractType: 'fixed-term', fixedTermMonths: 12, funding: { termMonths: 6, exitPlan: 'Plan.' } }) },
  { rule: 'R18', when: 'a 9-month post under a policy of 6', policy: { minFixedTermMonths: 6 }, change: (d) => void (d.employment = { ...d.employment, contractType: 'fixed-term', fixedTermMonths: 9, funding: { exitPlan: 'Plan.' } }) },
  { rule: 'R19', when: 'a permanent post without an exit plan', change: (d) => void delete d.employment.funding },
  { rule: 'R21', when: 'Band 2 for an apprenticeship', change: (d) => void ((d.employment.band = '2'), (d.employment.contractType = 'apprenticeship')) },
  { rule: 'R21', when: 'grade 2 on the employer’s own scale', change: (d) => void ((d.employment.payScheme = 'vcse-own-grades'), (d.employment.band = '2')) },
  { rule: 'R22', when: 'a senior PSW at Band 4', change: (d) => void ((d.role.level = 'senior-psw'), (d.employment.band = '4')) },
  { rule: 'R22', when: 'a Band 4 post supervises others', change: (d) => void ((d.employment.band = '4'), d.duties.push(duty('core', 'Supervising volunteers', { description: 'x', timeShare: 0 }))) },
  { rule: 'R23', when: 'the lived-experience criterion is in the text only', change: (d) => void delete d.recruitment.personSpec.essential[0]!.livedExperience },
  { rule: 'R25', when: 'only a peer on the panel', change: (d) => void (d.recruitment.coProduced = false) },
  {
    rule: 'R26',
    when: 'an inpatient setting says nothing about lone working',
    change: (d) => {
      d.context.setting = 'acute-inpatient';
      delete d.employment.loneWorking;
      withoutTopic(d, 'lone-working');
    },
  },
  {
    rule: 'R26',
    when: 'a community role says it involves no lone working',
    change: (d) => {
      d.employment.loneWorking = { expected: false };
      withoutTopic(d, 'lone-working');
    },
  },
  { rule: 'R26', when: 'arrangements are in a lone-working boundary only', change: (d) => void (d.employment.loneWorking = { expected: true }) },
  { rule: 'R29', when: 'two core duties under a policy of two', policy: { minCoreDuties: 2 }, change: (d) => void d.duties.splice(firstCore(d), 2) },
  { rule: 'R32', when: 'a flexible duty at exactly its cap', change: (d) => void (d.duties[4]!.timeShare = 20) },
  { rule: 'R33', when: 'a not-applicable boundary has no position', change: () => undefined },
  { rule: 'R37', when: 'time shares add up to exactly 100%', change: (d) => void d.duties.push(duty('core', 'Admin', { description: 'Records.', timeShare: 5 })) },
  { rule: 'R39', when: 'an excluded duty declares 0%', change: (d) => void (d.duties[firstExcluded(d)]!.timeShare = 0) },
  { rule: 'R40', when: 'only one duty declares time', change: (d) => d.duties.forEach((x, i) => i > 0 && delete x.timeShare) },
  { rule: 'R41', when: 'flexible time at exactly the rigid threshold', change: (d) => void ((d.duties[4]!.timeShare = 5), (d.duties[5]!.timeShare = 5)) },
  { rule: 'R42', when: 'two sessions a quarter under a policy of 0.5 a month', policy: { minSupervisionSessionsPerMonth: 0.5 }, change: (d) => void ((d.supervision.arrangements[1]!.frequency = { count: 1, per: 'quarter' }), (d.supervision.arrangements[2]!.frequency = { count: 1, per: 'quarter' })) },
  { rule: 'R42', when: 'weekly peer supervision only', change: (d) => void (d.supervision.arrangements = [d.supervision.arrangements[0]!, { ...d.supervision.arrangements[1]!, frequency: { count: 1, per: 'week' } }]) },
  { rule: 'R43', when: 'line management is not protected', change: (d) => void delete d.supervision.arrangements[0]!.protectedTime },
  { rule: 'R84', when: 'every training item has a title, one of them in Welsh', change: (d) => void (d.training.peerSpecific[0]!.title = 'Hyfforddiant cymorth cymheiriaid') },
  { rule: 'R45', when: 'training maps to no domain but the role references ST0896', change: (d) => void delete d.training.peerSpecific[0]!.competenceDomains },
  { rule: 'R48', when: 'there is no briefing at all', change: (d) => void ((d.team.briefingBeforeStart = false), (d.team.briefingCoDeliveredByPeer = false)) },
  { rule: 'R50', when: 'a cap equal to the maximum', change: (d) => void (d.role.involvementRequestCap = 20) },
  { rule: 'R53', when: 'there are no duties at all', change: (d) => void (d.duties = []) },
  { rule: 'R56', when: 'a fixed-term post with an end date only', change: (d) => void (d.employment = { ...d.employment, contractType: 'fixed-term', funding: { endDate: '2027-03-31', exitPlan: 'Plan.' } }) },
  { rule: 'R57', when: 'the funding ends today', change: (d) => void (d.employment.funding = { ...d.employment.funding, endDate: TODAY }) },
  { rule: 'R59', when: 'own grades with no pay table year', change: (d) => void ((d.employment.payScheme = 'vcse-own-grades'), delete d.employment.payTableYear) },
  { rule: 'R63', when: 'a flexible duty has no description', change: (d) => void delete d.duties[4]!.description },
  { rule: 'R64', when: 'every criterion says how it is assessed', change: () => undefined },
  { rule: 'R64', when: 'a blank criterion without an assessment method (R82 asks for its words first)', change: (d) => void (d.recruitment.personSpec.desirable[0] = { id: 'blank', text: '' }) },
  { rule: 'R59', when: 'figures from next year’s table, published and held (2026/27)', change: (d) => void (d.employment.payTableYear = '2026/27') },
  { rule: 'R27', when: 'no DBS check, though the fee payer is set', change: (d) => void (d.employment.dbs = { level: 'none', feePaidBy: 'employee' }) },
  { rule: 'R65', when: 'the review is due today', change: (d) => void (d.meta.reviewDate = TODAY) },
  { rule: 'R68', when: 'a boundary agreed today', change: (d) => void (d.boundaries[1]!.agreedOn = TODAY) },
  { rule: 'R83', when: 'the advert closes today', change: (d) => void (d.recruitment.closingDate = TODAY) },
  { rule: 'R35', when: 'a written boundary is proposed', change: (d) => void (d.boundaries[1]!.status = 'proposed') },
  { rule: 'R66', when: 'no field is listed as suggested', change: (d) => void (d.meta.suggested = []) },
  { rule: 'R67', when: 'the base merely mentions something to be agreed', change: (d) => void (d.employment.location = 'Ashby; travel to be agreed') },
  { rule: 'R70', when: 'lived experience is assessed at interview and health questions come after the offer', change: (d) => void (d.recruitment.personSpec.essential[0]!.assessedBy = 'Interview, by what you choose to share') },
  { rule: 'R70', when: 'health questions come before an offer but no criterion asks for lived experience', change: (d) => void ((d.recruitment.healthQuestionsBeforeOffer = true), delete d.recruitment.personSpec.essential[0]!.livedExperience) },
  { rule: 'R70', when: 'a non-lived-experience criterion is checked at an occupational health review', change: (d) => void (d.recruitment.personSpec.essential[1]!.assessedBy = 'Occupational health after offer') },
  { rule: 'R71', when: 'lived experience is only desirable', change: (d) => void ((d.recruitment.personSpec.essential[0]!.livedExperience = false), (d.recruitment.personSpec.desirable[0]!.livedExperience = true), delete d.recruitment.livedExperienceBasis) },
  { rule: 'R71', when: 'the basis is positive action', change: (d) => void (d.recruitment.livedExperienceBasis = 'positive-action') },
  { rule: 'R73', when: 'only the questions in advance are offered', change: (d) => void (d.recruitment.accessibleSteps = ['questions-in-advance']) },
  { rule: 'R74', when: 'a CAMHS post checks both barred lists', change: (d) => void ((d.context.setting = 'children-young-people'), (d.employment.dbs!.level = 'enhanced-barred-both')) },
  { rule: 'R74', when: 'an older adults’ post (age group 65 and over)', change: (d) => void (d.context.ageGroup = '65 and over') },
  { rule: 'R74', when: 'adults aged 18–65, with a stray number elsewhere', change: (d) => void (d.context.ageGroup = 'Adults 18–65 (team 3)') },
  { rule: 'R75', when: 'convictions are assessed individually', change: (d) => void (d.recruitment.convictionsApproach = 'individual-assessment') },
  { rule: 'R76', when: 'a fair-chance statement is written without choosing the approach', change: (d) => void ((d.recruitment.convictionsStatement = 'A record does not rule you out.'), delete d.recruitment.convictionsApproach) },
  { rule: 'R76', when: 'there is no DBS check', change: (d) => void ((d.employment.dbs = { level: 'none' }), delete d.recruitment.convictionsApproach) },
  { rule: 'R77', when: 'a basic check has no reason', change: (d) => void (d.employment.dbs = { level: 'basic' }) },
  { rule: 'R78', when: 'a permanent post has no apprenticeship details', change: (d) => void delete d.employment.apprenticeship },
  { rule: 'R78', when: 'an apprenticeship gives all three', change: (d) => void ((d.employment.contractType = 'apprenticeship'), (d.employment.apprenticeship = { standard: 'ST0896', durationMonths: 15, offTheJobShare: 20 })) },
  { rule: 'R79', when: 'evenings are in the pattern and unsocial hours are said not to apply', change: (d) => void (d.employment.unsocialHours = false) },
  { rule: 'R79', when: 'a weekday daytime community post says nothing', change: (d) => void ((d.employment.workPattern = 'Monday to Friday, 9 to 5'), delete d.employment.unsocialHours) },
  { rule: 'R80', when: 'a liaison and diversion post says police vetting is required', change: (d) => void ((d.context.setting = 'liaison-diversion'), (d.employment.policeVetting = { required: true, reason: 'Work in police custody suites' })) },
];
