/**
 * The fields findings point at, in document order (../model/schema.ts). Findings are sorted by severity,
 * then by where their field sits in the document: a list comes before its items, items in list
 * order, and fields within an item in this order. A template writes list indices as `[]`; a finding's
 * path fills in the index (`duties[2].flexibility.maxShare`).
 */
export const PATH_ORDER = [
  'meta.reviewDate',
  'context.setting',
  'role.title',
  'role.level',
  'role.purpose',
  'role.reportsTo',
  'role.frameworkRefs',
  'role.autonomy',
  'role.involvementRequestCap',
  'duties',
  'duties[].title',
  'duties[].description',
  'duties[].kind',
  'duties[].timeShare',
  'duties[].flexibility.maxShare',
  'duties[].flexibility.agreedWith',
  'duties[].flexibility.reviewEveryWeeks',
  'duties[].exclusionReason',
  'boundaries',
  'boundaries[].label',
  'boundaries[].position',
  'boundaries[].rationale',
  'boundaries[].status',
  'boundaries[].agreedWith',
  'boundaries[].agreedOn',
  'boundaries[].notApplicableReason',
  'supervision.arrangements',
  'supervision.arrangements[].providerHasPeerBackground',
  'supervision.arrangements[].providerTrainedInPeerSupervision',
  'supervision.arrangements[].frequency',
  'supervision.arrangements[].protectedTime',
  'supervision.cover',
  'training.induction',
  'training.peerSpecific',
  'training.peerSpecific[].title',
  'training.peerSpecific[].competenceDomains',
  'team.briefingBeforeStart',
  'team.briefingCoDeliveredByPeer',
  'team.otherPeerWorkers',
  'team.peerNetwork',
  'team.attendsTeamMeetings',
  'leadership.namedSponsor',
  'leadership.peerLeadInOrganisation',
  'leadership.peerVoiceForum',
  'employment.payScheme',
  'employment.band',
  'employment.payTableYear',
  'employment.salary',
  'employment.hoursPerWeek',
  'employment.contractType',
  'employment.fixedTermMonths',
  'employment.location',
  'employment.workPattern',
  'employment.funding.source',
  'employment.funding.termMonths',
  'employment.funding.endDate',
  'employment.funding.exitPlan',
  'employment.loneWorking.arrangements',
  'employment.dbs.level',
  'employment.dbs.reason',
  'employment.dbs.feePaidBy',
  'employment.policeVetting.required',
  'employment.unsocialHours',
  'employment.apprenticeship.standard',
  'employment.apprenticeship.durationMonths',
  'employment.apprenticeship.offTheJobShare',
  'progression.steps',
  'progression.steps[].criteria',
  'wellbeing.wellnessPlanOffered',
  'wellbeing.adjustmentsProcess',
  'wellbeing.accessToWorkSignposted',
  'recruitment.personSpec.essential',
  'recruitment.personSpec.essential[].text',
  'recruitment.personSpec.essential[].assessedBy',
  'recruitment.personSpec.desirable',
  'recruitment.personSpec.desirable[].text',
  'recruitment.personSpec.desirable[].assessedBy',
  'recruitment.coProduced',
  'recruitment.peerOnPanel',
  'recruitment.closingDate',
  'recruitment.livedExperienceBasis',
  'recruitment.healthQuestionsBeforeOffer',
  'recruitment.adjustmentsOffered',
  'recruitment.accessibleSteps',
  'recruitment.convictionsApproach',
] as const;

export type PathTemplate = (typeof PATH_ORDER)[number];

const RANK = new Map<string, number>(PATH_ORDER.map((p, i) => [p, i]));

/** Where a finding sits in document order, as three numbers compared in turn. */
export interface PathOrder {
  /** The rank of the field, or of its list for an item's field. */
  primary: number;
  /** The item's index in its list; -1 for fields outside lists. */
  index: number;
  /** The rank of the field within the item. */
  secondary: number;
}

/** The rank of a template (unknown templates sort last). */
export function pathRank(template: string): number {
  return RANK.get(template) ?? PATH_ORDER.length;
}

/** Fills the first `[]` of a template with an index. */
export function fillPath(template: string, index: number | undefined): string {
  return index === undefined ? template : template.replace('[]', `[${index}]`);
}

/** The ranks of each template seen (an assessment asks for the same few templates again and again). */
const ranks = new Map<string, readonly [primary: number, secondary: number]>();

export function pathOrder(template: string, index: number | undefined): PathOrder {
  let r = ranks.get(template);
  if (!r) {
    const rank = pathRank(template);
    const cut = template.indexOf('[]');
    r = [cut < 0 ? rank : pathRank(template.slice(0, cut)), rank];
    if (ranks.size < 1000) ranks.set(template, r);
  }
  return index === undefined ? { primary: r[1], index: -1, secondary: r[1] } : { primary: r[0], index, secondary: r[1] };
}
