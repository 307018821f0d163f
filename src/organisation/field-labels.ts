/**
 * The organisation profile's fields in words, for parse issues ("Facts › Peer on the panel must be
 * true or false."). Paths inside an organisation template's role document are named as the role
 * document names them, after the template ("Template 2 “Crisis café” › Duty 3 …").
 */
import { describePath, own } from '../model/field-labels.js';
import type { PathSegment } from '../model/paths.js';

export const profileFieldLabels: Readonly<Record<string, string>> = {
  kind: 'Kind', schemaVersion: 'Schema version', id: 'Id', asOf: 'Facts confirmed on', answeredOn: 'Days answers were set',
  organisation: 'Organisation', 'organisation.name': 'Name', 'organisation.nation': 'Nation',
  'organisation.employerType': 'Employer type', 'organisation.website': 'Website', 'organisation.logo': 'Logo',
  'organisation.logo.src': 'Image', 'organisation.logo.alt': 'Text alternative',
  'organisation.jobReferencePrefix': 'Job reference prefix', 'organisation.recruitmentContact': 'Recruitment contact',
  facts: 'Facts', 'facts.peerLeadInOrganisation': 'Peer lead in the organisation', 'facts.peerNetwork': 'Peer network',
  'facts.peerVoiceForum': 'Peer voice forum', 'facts.teamBriefingOffered': 'Team briefing before a PSW starts',
  'facts.briefingCoDeliveredByPeer': 'Briefing co-delivered by a peer', 'facts.coProducedRecruitment': 'Co-produced recruitment',
  'facts.peerOnPanel': 'Peer on the panel', 'facts.peerSupervision': 'Peer supervision',
  'facts.peerSupervision.providerRole': 'Provided by', 'facts.peerSupervision.providerHasPeerBackground': 'Provider has a peer background',
  'facts.peerSupervision.providerTrainedInPeerSupervision': 'Provider trained in peer supervision',
  'facts.peerSupervision.frequency': 'Frequency', 'facts.peerSupervision.frequency.count': 'Sessions',
  'facts.peerSupervision.frequency.per': 'Per',
  'facts.wellnessPlanOffered': 'Wellness plan offered', 'facts.adjustmentsProcess': 'Reasonable adjustments process',
  'facts.accessToWorkSignposted': 'Access to Work signposted', 'facts.dbsFeePaidBy': 'DBS fee paid by',
  'facts.recruitmentAdjustmentsOffered': 'Adjustments offered in recruitment',
  'facts.healthQuestionsBeforeOffer': 'Health questions before an offer', 'facts.convictionsApproach': 'Applicants with convictions',
  'facts.livedExperienceBasis': 'Lawful basis for asking for lived experience',
  pay: 'Pay', 'pay.scheme': 'Pay scheme', 'pay.tables': 'Pay tables', 'pay.highCostArea': 'High Cost Area Supplement zone',
  'pay.tables[].id': 'Id', 'pay.tables[].scheme': 'Pay scheme', 'pay.tables[].label': 'Name',
  'pay.tables[].effectiveFrom': 'In force from', 'pay.tables[].effectiveTo': 'In force until', 'pay.tables[].source': 'Source',
  'pay.tables[].bands': 'Bands', 'pay.tables[].bands[].band': 'Band', 'pay.tables[].bands[].min': 'Minimum',
  'pay.tables[].bands[].max': 'Maximum', 'pay.tables[].bands[].period': 'Period',
  policy: 'Policy', 'policy.minFixedTermMonths': 'Shortest fixed term (months)',
  'policy.maxInvolvementRequestCap': 'Highest involvement-request cap (%)', 'policy.minCoreDuties': 'Fewest core duties',
  'policy.minSupervisionSessionsPerMonth': 'Fewest supervision sessions a month', 'policy.balance': 'Balance',
  'policy.balance.tooRigidFlexibleBelow': 'Too rigid below (% flexible)', 'policy.balance.tooLooseFlexibleAbove': 'Too loose above (% flexible)',
  'policy.balance.tooLooseCoreBelow': 'Too loose below (% core)',
  templates: 'Templates', 'templates.hide': 'Hidden built-in templates', 'templates.add': 'Organisation templates',
  'templates.add[].id': 'Id', 'templates.add[].label': 'Name', 'templates.add[].description': 'Description',
  'templates.add[].document': 'Role document',
  jobDescription: 'Job description', 'jobDescription.aboutUs': 'About us', 'jobDescription.standardClauses': 'Standard clauses',
  'jobDescription.standardClauses[].id': 'Id', 'jobDescription.standardClauses[].title': 'Title',
  'jobDescription.standardClauses[].text': 'Text',
  extensions: 'Extensions',
};

const items: Readonly<Record<string, readonly [string, string?]>> = {
  'pay.tables': ['Pay table', 'label'],
  'pay.tables[].bands': ['Band', 'band'],
  'templates.hide': ['Hidden template'],
  'templates.add': ['Template', 'label'],
  'jobDescription.standardClauses': ['Clause', 'title'],
};

const pattern = (segs: readonly PathSegment[]) => segs.map((s, i) => (typeof s === 'number' ? '[]' : (i ? '.' : '') + s)).join('');
const at = (node: unknown, seg: PathSegment) => (node !== null && typeof node === 'object' ? (node as Record<PathSegment, unknown>)[seg] : undefined);

/** A profile path in words, given the data being parsed. */
export function describeProfilePath(segs: readonly PathSegment[], data: unknown): string {
  if (segs.length === 0) return 'The organisation profile';
  let parts: string[] = [];
  let node = data;
  for (let i = 0; i < segs.length; i++) {
    const seg = segs[i]!;
    node = at(node, seg);
    if (typeof seg === 'number') {
      const [noun, key] = own(items, pattern(segs.slice(0, i))) ?? ['Item'];
      const named = key ? at(node, key) : node;
      const label = `${noun} ${seg + 1}${typeof named === 'string' && named.trim() ? ` “${named.trim().slice(0, 40)}”` : ''}`;
      parts = noun === 'Band' ? [...parts, label] : [label];
      continue;
    }
    if (pattern(segs.slice(0, i + 1)) === 'templates.add[].document') {
      // The rest is a role document: name it as the role document does.
      const rest = segs.slice(i + 1);
      return [...parts, rest.length ? describePath(rest, node) : 'Role document'].join(' › ');
    }
    if (!(typeof segs[i + 1] === 'number' && own(items, pattern(segs.slice(0, i + 1))))) {
      parts.push(own(profileFieldLabels, pattern(segs.slice(0, i + 1))) ?? `“${String(seg).slice(0, 40)}”`);
    }
  }
  return parts.join(' › ');
}
