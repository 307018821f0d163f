/**
 * The sections of the job description about the structure around the post-holder: boundaries,
 * supervision and support, training and development, team and leadership support, and wellbeing.
 */
import type { Boundary, RoleDocument, SupervisionArrangement } from '../model/schema.js';
import { capitalise, formatDecimal, formatFrequency, joinWords, lowerFirst } from './format.js';
import { defined, line, row } from './jd-lines.js';
import type { JdBlock, ListItem } from './jd-model-types.js';
import { labelIn, labelOf } from '../catalogue/label.js';
import { SUPERVISION_FOCUS_IDS, supervisionFocusOptions, type SupervisionFocusId } from '../catalogue/supervision-focus.js';
import { boundaryTopicLabels, supervisionTypeLabels } from '../catalogue/short-labels.js';

const MODE_TEXT = {
  fixed: 'Fixed: the same for everyone',
  negotiable: 'Negotiable: agreed with each person',
  'case-by-case': 'Decided case by case, with supervision',
} as const;

export function boundaryName(b: Boundary): string {
  return b.topic === 'custom' ? (line(b.label) ?? 'Other boundary') : labelIn(boundaryTopicLabels, b.topic);
}

function boundaryItem(b: Boundary): ListItem | undefined {
  const details = defined([
    line(b.position),
    line(b.rationale) && `Why: ${line(b.rationale)}`,
    b.mode !== undefined && MODE_TEXT[b.mode],
    line(b.escalation) && `When unsure or concerned: ${line(b.escalation)}`,
  ]);
  if (!details.length) return undefined;
  return { text: boundaryName(b), details: b.status === 'agreed' ? details : [...details, 'Not yet agreed'] };
}

export function boundariesSection(doc: RoleDocument): JdBlock[] {
  const items = defined(doc.boundaries.filter((b) => b.status !== 'not-applicable').map(boundaryItem));
  return items.length ? [{ kind: 'list', items }] : [];
}

function arrangementItem(a: SupervisionArrangement): ListItem {
  const who = line(a.providerRole);
  const provider = who && `With ${who}${a.providerHasPeerBackground ? ', who has a peer background' : ''}`;
  const how = defined([
    a.format === 'one-to-one' ? 'One to one' : a.format === 'group' ? 'In a group' : undefined,
    a.frequency && formatFrequency(a.frequency),
    a.durationMinutes !== undefined && `${a.durationMinutes} minutes`,
  ]).join(', ');
  // A focus is a catalogue id (shown by its label, in lower case inside the sentence) or words typed in.
  const focus = (a.focus ?? [])
    .map((x) => (SUPERVISION_FOCUS_IDS.includes(x as SupervisionFocusId) ? lowerFirst(labelOf(supervisionFocusOptions, x as SupervisionFocusId) ?? x) : line(x)))
    .filter((x): x is string => x !== undefined);
  const details = defined([
    provider,
    a.providerTrainedInPeerSupervision === true && 'The supervisor is trained to supervise peer workers',
    how && capitalise(how),
    focus.length > 0 && `Covers ${joinWords(focus)}`,
    a.protectedTime === true && 'Protected time within contracted hours',
  ]);
  const text = labelIn(supervisionTypeLabels, a.type);
  return details.length ? { text, details } : { text };
}

export function supervisionSection(doc: RoleDocument): JdBlock[] {
  const items = doc.supervision.arrangements.map(arrangementItem);
  const cover = line(doc.supervision.cover);
  return defined<JdBlock>([
    items.length > 0 && { kind: 'list', items },
    cover !== undefined && { kind: 'paragraph', text: `When the supervisor is away: ${cover}` },
  ]);
}

export function trainingSection(doc: RoleDocument): JdBlock[] {
  const t = doc.training;
  const rows = defined([
    row('Induction', line(t.induction), false),
    row('Mandatory training', line(t.mandatory), false),
    row('Development', line(t.development), false),
  ]);
  const items = t.peerSpecific.map((item): ListItem => {
    const domains = item.competenceDomains ?? [];
    const details = defined([
      domains.length > 0 &&
        `Competence Framework for Mental Health Peer Support Workers: domain${domains.length > 1 ? 's' : ''} ${joinWords([...domains].sort((a, b) => a - b).map(String))}`,
      item.hours !== undefined && `${formatDecimal(item.hours)} hour${item.hours === 1 ? '' : 's'}`,
    ]);
    const text = line(item.title) ?? 'Untitled training';
    return details.length ? { text, details } : { text };
  });
  return defined<JdBlock>([
    rows.length > 0 && { kind: 'keyValue', rows },
    items.length > 0 && { kind: 'list', caption: 'Peer-specific training', items },
  ]);
}

export function teamSection(doc: RoleDocument): JdBlock[] {
  const { team, leadership } = doc;
  const others = team.otherPeerWorkers;
  const statements = defined([
    team.briefingBeforeStart === true &&
      (team.briefingCoDeliveredByPeer === true
        ? 'The team is briefed about the peer role before the post-holder starts, with a peer worker co-delivering the briefing'
        : 'The team is briefed about the peer role before the post-holder starts'),
    others === 0 && 'This is currently the only peer worker post in the team',
    others === 1 && 'There is 1 other peer worker in the team',
    others !== undefined && others > 1 && `There are ${others} other peer workers in the team`,
    team.attendsTeamMeetings === true && 'The post-holder attends team meetings as a full member of the team',
    team.peerNetwork === true && 'The post-holder can join a network of peer workers',
    line(leadership.namedSponsor) && `Senior sponsor for peer work: ${line(leadership.namedSponsor)}`,
    leadership.peerLeadInOrganisation === true && 'The organisation has a lead for peer support',
    leadership.peerVoiceForum === true && 'Peer workers have a forum that gives them a collective voice in the organisation',
  ]);
  return statements.length ? [{ kind: 'list', items: statements.map((text) => ({ text })) }] : [];
}

export function wellbeingSection(doc: RoleDocument): JdBlock[] {
  const w = doc.wellbeing;
  const statements = defined([
    w.wellnessPlanOffered === true && 'The post-holder is offered a voluntary wellness plan to agree early signs and the support that helps',
    w.adjustmentsProcess === true && 'There is a clear process for agreeing reasonable adjustments',
    w.accessToWorkSignposted === true && 'The post-holder is told about Access to Work and its Mental Health Support Service',
  ]);
  return statements.length ? [{ kind: 'list', items: statements.map((text) => ({ text })) }] : [];
}
