/**
 * Human names for the fields of a role document, keyed by path pattern (`duties[].title`), in
 * document order. Parse issues use them to name a field in words a manager understands
 * ("Duty 3 “Run a weekly group” › Flexibility › Maximum share"); the editors can use the same
 * labels so an issue and the field it points at read alike. The order of this table is also the
 * order issues are sorted in.
 */
import { boundaryTopicLabels, supervisionTypeLabels } from '../catalogue/short-labels.js';
import { pathPattern, parsePath, type PathSegment } from './paths.js';

/**
 * `table[key]` when the table itself holds `key`: a key from a document ("constructor", "toString")
 * never finds what every object inherits.
 */
export const own = <T>(table: Readonly<Record<string, T>>, key: string): T | undefined =>
  Object.hasOwn(table, key) ? table[key] : undefined;

export const fieldLabels: Readonly<Record<string, string>> = {
  kind: 'Document kind', schemaVersion: 'Schema version', id: 'Document id',
  meta: 'Document information', 'meta.status': 'Status', 'meta.createdAt': 'Created', 'meta.updatedAt': 'Last updated',
  'meta.organisation': 'Organisation', 'meta.reviewDate': 'Review date', 'meta.suggested': 'Template suggestions to confirm',
  context: 'Context', 'context.setting': 'Setting', 'context.employerType': 'Employer type', 'context.service': 'Service',
  'context.ageGroup': 'Age group', 'context.livedExperienceFocus': 'Lived experience focus',
  role: 'Role', 'role.title': 'Job title', 'role.level': 'Role level', 'role.purpose': 'Purpose', 'role.reportsTo': 'Reports to',
  'role.frameworkRefs': 'Framework references', 'role.autonomy': 'Autonomy and decisions',
  'role.involvementRequestCap': 'Cap on involvement requests',
  duties: 'Duties', 'duties[].id': 'Id', 'duties[].title': 'Title', 'duties[].description': 'Description', 'duties[].kind': 'Kind',
  'duties[].timeShare': 'Share of time', 'duties[].flexibility': 'Flexibility', 'duties[].flexibility.maxShare': 'Maximum share',
  'duties[].flexibility.agreedWith': 'Agreed with', 'duties[].flexibility.reviewEveryWeeks': 'Review every (weeks)',
  'duties[].flexibility.bounds': 'Limits', 'duties[].exclusionReason': 'Reason for excluding',
  boundaries: 'Boundaries', 'boundaries[].id': 'Id', 'boundaries[].topic': 'Topic', 'boundaries[].label': 'Topic name',
  'boundaries[].position': 'Position', 'boundaries[].rationale': 'Rationale', 'boundaries[].mode': 'Mode',
  'boundaries[].escalation': 'Escalation', 'boundaries[].status': 'Status', 'boundaries[].agreedWith': 'Agreed with',
  'boundaries[].agreedOn': 'Agreed on', 'boundaries[].notApplicableReason': 'Reason it does not apply',
  supervision: 'Supervision', 'supervision.arrangements': 'Supervision arrangements', 'supervision.arrangements[].id': 'Id',
  'supervision.arrangements[].type': 'Type', 'supervision.arrangements[].providerRole': 'Provided by',
  'supervision.arrangements[].providerHasPeerBackground': 'Provider has a peer background',
  'supervision.arrangements[].providerTrainedInPeerSupervision': 'Provider trained in peer supervision',
  'supervision.arrangements[].format': 'Format', 'supervision.arrangements[].frequency': 'Frequency',
  'supervision.arrangements[].frequency.count': 'Number of sessions', 'supervision.arrangements[].frequency.per': 'Per',
  'supervision.arrangements[].durationMinutes': 'Length (minutes)', 'supervision.arrangements[].focus': 'Focus',
  'supervision.arrangements[].protectedTime': 'Protected time', 'supervision.cover': 'Cover when the supervisor is away',
  training: 'Training', 'training.induction': 'Induction', 'training.peerSpecific': 'Peer-specific training',
  'training.peerSpecific[].id': 'Id', 'training.peerSpecific[].title': 'Title',
  'training.peerSpecific[].competenceDomains': 'Competence domains', 'training.peerSpecific[].hours': 'Hours',
  'training.mandatory': 'Mandatory training', 'training.development': 'Development',
  team: 'Team', 'team.briefingBeforeStart': 'Team briefing before the start', 'team.briefingCoDeliveredByPeer': 'Briefing co-delivered by a peer',
  'team.otherPeerWorkers': 'Other peer workers in the team', 'team.peerNetwork': 'Peer network', 'team.attendsTeamMeetings': 'Attends team meetings',
  leadership: 'Leadership', 'leadership.namedSponsor': 'Named sponsor', 'leadership.peerLeadInOrganisation': 'Peer lead in the organisation',
  'leadership.peerVoiceForum': 'Peer voice forum',
  employment: 'Employment', 'employment.payScheme': 'Pay scheme', 'employment.band': 'Band', 'employment.payTableYear': 'Pay table year',
  'employment.salary': 'Salary', 'employment.salary.min': 'Minimum', 'employment.salary.max': 'Maximum',
  'employment.salary.currency': 'Currency', 'employment.salary.period': 'Per', 'employment.hoursPerWeek': 'Hours per week',
  'employment.contractType': 'Contract type', 'employment.fixedTermMonths': 'Contract length (months)',
  'employment.funding': 'Funding', 'employment.funding.source': 'Source',
  'employment.funding.termMonths': 'Term (months)', 'employment.funding.endDate': 'End date', 'employment.funding.exitPlan': 'Exit plan',
  'employment.funding.recurrent': 'Recurrent', 'employment.location': 'Base', 'employment.workPattern': 'Working pattern',
  'employment.loneWorking': 'Lone working', 'employment.loneWorking.expected': 'Expected',
  'employment.loneWorking.arrangements': 'Arrangements', 'employment.dbs': 'DBS check', 'employment.dbs.level': 'Level',
  'employment.dbs.feePaidBy': 'Fee paid by', 'employment.dbs.reason': 'Why this level',
  'employment.policeVetting': 'Police vetting', 'employment.policeVetting.required': 'Required',
  'employment.policeVetting.reason': 'Why it is needed', 'employment.unsocialHours': 'Unsocial hours in the pattern',
  'employment.apprenticeship': 'Apprenticeship', 'employment.apprenticeship.standard': 'Apprenticeship standard',
  'employment.apprenticeship.durationMonths': 'Length of the training (months)',
  'employment.apprenticeship.offTheJobShare': 'Off-the-job training (% of paid hours)', 'employment.apprenticeship.provider': 'Training provider',
  progression: 'Progression', 'progression.steps': 'Progression steps', 'progression.steps[].id': 'Id',
  'progression.steps[].title': 'Title', 'progression.steps[].band': 'Band', 'progression.steps[].criteria': 'Criteria',
  wellbeing: 'Wellbeing', 'wellbeing.wellnessPlanOffered': 'Wellness plan offered',
  'wellbeing.adjustmentsProcess': 'Reasonable adjustments process', 'wellbeing.accessToWorkSignposted': 'Access to Work signposted',
  recruitment: 'Recruitment', 'recruitment.personSpec': 'Person specification',
  'recruitment.personSpec.essential': 'Essential criteria', 'recruitment.personSpec.essential[].id': 'Id',
  'recruitment.personSpec.essential[].text': 'Text', 'recruitment.personSpec.essential[].assessedBy': 'Assessed by',
  'recruitment.personSpec.essential[].livedExperience': 'Lived experience criterion', 'recruitment.personSpec.essential[].category': 'Category',
  'recruitment.personSpec.desirable': 'Desirable criteria', 'recruitment.personSpec.desirable[].id': 'Id',
  'recruitment.personSpec.desirable[].text': 'Text', 'recruitment.personSpec.desirable[].assessedBy': 'Assessed by',
  'recruitment.personSpec.desirable[].livedExperience': 'Lived experience criterion', 'recruitment.personSpec.desirable[].category': 'Category',
  'recruitment.coProduced': 'Co-produced recruitment', 'recruitment.peerOnPanel': 'Peer on the panel',
  'recruitment.reference': 'Job reference', 'recruitment.closingDate': 'Closing date', 'recruitment.contact': 'Contact for an informal conversation',
  'recruitment.livedExperienceBasis': 'Lawful basis for asking for lived experience',
  'recruitment.healthQuestionsBeforeOffer': 'Health questions before an offer', 'recruitment.adjustmentsOffered': 'Adjustments offered at every stage',
  'recruitment.accessibleSteps': 'Accessible steps', 'recruitment.convictionsApproach': 'Applicants with convictions',
  'recruitment.convictionsStatement': 'Fair-chance statement',
  extensions: 'Extensions',
};

type Named = (item: Record<string, unknown>) => unknown;
const title: Named = (it) => it.title;
const self: Named = (it) => it;
/** A catalogue label by id; the id comes from untrusted input, so only own keys count. */
const labelIn = (labels: Readonly<Record<string, string>>, id: unknown) =>
  typeof id === 'string' && Object.hasOwn(labels, id) ? labels[id] : undefined;
/**
 * List items: what one is called and which of its fields names it. Items of lists of objects
 * stand for themselves in a description; items of lists of plain values (marked `true`) are shown
 * after the item that holds them ("Training item 1 “…” › Domain 2").
 */
const items: Readonly<Record<string, readonly [string, Named?, true?]>> = {
  'meta.suggested': ['Suggestion', self, true],
  'role.frameworkRefs': ['Framework reference', self, true],
  duties: ['Duty', title],
  'duties[].flexibility.agreedWith': ['Person', self, true],
  boundaries: ['Boundary', (it) => it.label ?? labelIn(boundaryTopicLabels, it.topic)],
  'supervision.arrangements': ['Supervision arrangement', (it) => labelIn(supervisionTypeLabels, it.type)],
  'supervision.arrangements[].focus': ['Focus', self, true],
  'training.peerSpecific': ['Training item', title],
  'training.peerSpecific[].competenceDomains': ['Domain', undefined, true],
  'progression.steps': ['Progression step', title],
  'recruitment.personSpec.essential': ['Essential criterion', (it) => it.text],
  'recruitment.personSpec.desirable': ['Desirable criterion', (it) => it.text],
  'recruitment.accessibleSteps': ['Step', self, true],
};

/** Labels that read as a plural, so a sentence says "Duties are missing", not "is". */
export const pluralLabels: ReadonlySet<string> = new Set([
  'Duties', 'Boundaries', 'Supervision arrangements', 'Progression steps', 'Essential criteria', 'Desirable criteria',
  'Framework references', 'Competence domains', 'Extensions',
]);

/** Quotes a name, cut at a word boundary when it is long. */
function quote(s: string): string {
  if (s.length <= 40) return `“${s}”`;
  const cut = s.slice(0, 40);
  const space = cut.lastIndexOf(' ');
  return `“${(space > 20 ? cut.slice(0, space) : cut).replace(/[\s,.;:–-]+$/, '')}…”`;
}
const toSegments = (path: string | readonly PathSegment[]) => (typeof path === 'string' ? parsePath(path) ?? [path] : path);

/** The label of the field a path points at, e.g. "Maximum share"; undefined for unknown fields. */
export function fieldLabel(path: string | readonly PathSegment[]): string | undefined {
  const segs = toSegments(path);
  const last = segs[segs.length - 1];
  if (typeof last === 'number') return own(items, pathPattern(segs.slice(0, -1)))?.[0];
  return own(fieldLabels, pathPattern(segs));
}

/**
 * A path in words, e.g. "Duty 3 “Run a weekly group” › Flexibility › Maximum share". Given the
 * document (or the untrusted data being parsed), list items are named by their title. Everything
 * before the innermost item of a list of objects is left out, as the item's name says where it is;
 * items of lists of plain values follow the item that holds them.
 */
export function describePath(path: string | readonly PathSegment[], doc?: unknown): string {
  const segs = toSegments(path);
  if (segs.length === 0) return 'The document';
  let parts: string[] = [];
  let node: unknown = doc;
  segs.forEach((seg, i) => {
    node = node !== null && typeof node === 'object' ? (node as Record<PathSegment, unknown>)[seg] : undefined;
    const pattern = pathPattern(segs.slice(0, i + 1));
    if (typeof seg === 'number') {
      const [noun, named, inline] = own(items, pathPattern(segs.slice(0, i))) ?? ['Item'];
      const name = named && node != null ? named(node as Record<string, unknown>) : undefined;
      const label = `${noun} ${seg + 1}${typeof name === 'string' && name.trim() ? ' ' + quote(name.trim()) : ''}`;
      parts = inline ? [...parts, label] : [label];
    } else if (!(typeof segs[i + 1] === 'number' && own(items, pattern))) {
      parts.push(own(fieldLabels, pattern) ?? quote(seg));
    }
  });
  // Deep paths (only possible inside extensions) keep their start and end.
  return (parts.length > 6 ? [...parts.slice(0, 2), '…', ...parts.slice(-2)] : parts).join(' › ');
}

/** Compares two paths in document order (the order of `fieldLabels`, then list order). */
export function comparePaths(a: readonly PathSegment[], b: readonly PathSegment[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i]!, y = b[i]!;
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    const rx = rank(a.slice(0, i + 1)), ry = rank(b.slice(0, i + 1));
    if (rx !== ry) return rx - ry;
    return String(x) < String(y) ? -1 : 1;
  }
  return a.length - b.length;
}

let order: Map<string, number> | undefined;
function rank(segs: readonly PathSegment[]): number {
  order ??= new Map(Object.keys(fieldLabels).map((k, i) => [k, i]));
  return order.get(pathPattern(segs)) ?? Number.MAX_SAFE_INTEGER;
}
