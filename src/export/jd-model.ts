/**
 * The job description + person specification as data: an ordered list of sections made of plain-text
 * blocks. Markdown, Word and the `<psw-job-description>` element all render this one model, so the
 * three read the same and the wording lives in one place.
 *
 * Layout: the usual NHS job description (domain/evidence.md §2.5) — job details, purpose, key
 * responsibilities, then what this toolkit adds to make the study's "flexibility with structure"
 * visible (flexible elements with their bounds, exclusions, boundaries, supervision, training, team,
 * wellbeing, terms and funding, progression), then the person specification.
 *
 * Absent information (a choice, documented here because HR readers depend on it):
 * - Required headings (job details, job purpose, key responsibilities, supervision and support,
 *   person specification) and the required job-details lines (job title, band, hours, contract,
 *   base, reports to, professional supervision) always appear. When the document does not say, they
 *   show the marker "To be agreed" (`placeholder: true`), so a draft reads as unfinished instead of
 *   silently missing a line HR expects.
 * - Every other line and section is left out when the document has nothing for it, and so are
 *   yes/no answers that are "no" or unanswered: a job description states what the post offers; the
 *   JSON export keeps every answer.
 *
 * All text is plain text: user text passes through `cleanText` (no control characters) and is never
 * interpreted; each renderer escapes it for its own format.
 */
import type { Boundary, Duty, RoleDocument, SupervisionArrangement } from '../model/schema.js';
import {
  capitalise,
  formatDate,
  formatDecimal,
  formatFrequency,
  formatHours,
  formatMonths,
  formatSalary,
  formatWeeks,
  joinWords,
  lowerFirst,
  oneLine,
  present,
} from './format.js';
import { labelIn, labelOf } from '../catalogue/label.js';
import { paySchemes } from '../catalogue/pay.js';
import { roleLevels } from '../catalogue/roles.js';
import { settings } from '../catalogue/settings.js';
import { boundaryTopicLabels, supervisionTypeLabels } from '../catalogue/short-labels.js';

/** The marker shown where a required line or section has no content yet. */
export const TO_BE_AGREED = 'To be agreed';

export interface ParagraphBlock {
  readonly kind: 'paragraph';
  /** May contain "\n" (line breaks) and "\n\n" (paragraph breaks). */
  readonly text: string;
  /** The text is the "To be agreed" marker, not content. */
  readonly placeholder?: true;
}

export interface ListItem {
  /** The item's main line (a duty's title, a boundary topic…). */
  readonly text: string;
  /** Further lines under the item (description, bounds, reasons…), each on one line. */
  readonly details?: readonly string[];
}

export interface ListBlock {
  readonly kind: 'list';
  /** A short heading for the list inside its section. */
  readonly caption?: string;
  readonly items: readonly ListItem[];
}

export interface TableBlock {
  readonly kind: 'table';
  readonly caption?: string;
  readonly columns: readonly string[];
  /** Each row has one cell per column; cells are single-line text. */
  readonly rows: readonly (readonly string[])[];
}

export interface KeyValueRow {
  readonly key: string;
  readonly value: string;
  readonly placeholder?: true;
}

export interface KeyValueBlock {
  readonly kind: 'keyValue';
  readonly caption?: string;
  readonly rows: readonly KeyValueRow[];
}

export type JdBlock = ParagraphBlock | ListBlock | TableBlock | KeyValueBlock;

export type JdSectionId =
  | 'details'
  | 'purpose'
  | 'responsibilities'
  | 'flexible'
  | 'excluded'
  | 'autonomy'
  | 'boundaries'
  | 'supervision'
  | 'training'
  | 'team'
  | 'wellbeing'
  | 'terms'
  | 'progression'
  | 'person-spec';

export interface JdSection {
  readonly id: JdSectionId;
  readonly heading: string;
  /** Required sections always appear (with the "To be agreed" marker when empty). */
  readonly required: boolean;
  readonly blocks: readonly JdBlock[];
}

export interface JobDescriptionModel {
  /** The job title, or "Job description" when the role has none yet. */
  readonly title: string;
  /** "Job description and person specification". */
  readonly subtitle: string;
  readonly sections: readonly JdSection[];
}

/** The order of sections; required ones are always present. */
export const SECTION_ORDER: readonly { id: JdSectionId; heading: string; required: boolean }[] = [
  { id: 'details', heading: 'Job details', required: true },
  { id: 'purpose', heading: 'Job purpose', required: true },
  { id: 'responsibilities', heading: 'Key responsibilities', required: true },
  { id: 'flexible', heading: 'Flexible elements of the role', required: false },
  { id: 'excluded', heading: 'What this role does not include', required: false },
  { id: 'autonomy', heading: 'Decision-making and autonomy', required: false },
  { id: 'boundaries', heading: 'Boundaries', required: false },
  { id: 'supervision', heading: 'Supervision and support', required: true },
  { id: 'training', heading: 'Training and development', required: false },
  { id: 'team', heading: 'Team and leadership support', required: false },
  { id: 'wellbeing', heading: 'Wellbeing', required: false },
  { id: 'terms', heading: 'Terms and funding', required: false },
  { id: 'progression', heading: 'Progression', required: false },
  { id: 'person-spec', heading: 'Person specification', required: true },
];

// ---------------------------------------------------------------------------------------------

const placeholder = (): ParagraphBlock => ({ kind: 'paragraph', text: TO_BE_AGREED, placeholder: true });

/** A one-line value, or undefined when blank. */
const line = (s: string | undefined): string | undefined => {
  const p = present(s);
  return p === undefined ? undefined : oneLine(p);
};

const defined = <T>(xs: readonly (T | undefined | false)[]): T[] => xs.filter((x): x is T => x !== undefined && x !== false);

function row(key: string, value: string | undefined, required: boolean): KeyValueRow | undefined {
  if (value !== undefined) return { key, value };
  return required ? { key, value: TO_BE_AGREED, placeholder: true } : undefined;
}

/** "Band 3" for Agenda for Change, "Grade 2" for others; the text as typed when it already says. */
export function bandText(band: string, payScheme: RoleDocument['employment']['payScheme']): string {
  const b = oneLine(band);
  if (/^(band|grade|level)\b/i.test(b)) return b;
  return payScheme === 'agenda-for-change' || payScheme === undefined ? `Band ${b}` : `Grade ${b}`;
}

function bandLine(doc: RoleDocument): string | undefined {
  const { band, payScheme } = doc.employment;
  if (band === undefined || band.trim() === '') return undefined;
  const scheme = payScheme ? ` (${labelOf(paySchemes, payScheme)})` : '';
  return bandText(band, payScheme) + scheme;
}

function salaryLine(doc: RoleDocument): string | undefined {
  const { salary, payTableYear } = doc.employment;
  if (!salary) return undefined;
  return formatSalary(salary) + (payTableYear ? ` (${payTableYear} pay table)` : '');
}

function hoursLine(doc: RoleDocument): string | undefined {
  const { hoursPerWeek, contractType } = doc.employment;
  if (hoursPerWeek !== undefined) return formatHours(hoursPerWeek);
  return contractType === 'bank' ? 'As needed (bank)' : undefined;
}

function contractLine(doc: RoleDocument): string | undefined {
  const { contractType, funding } = doc.employment;
  if (!contractType) return undefined;
  const term = defined([
    funding?.termMonths !== undefined && formatMonths(funding.termMonths),
    funding?.endDate !== undefined && `until ${formatDate(funding.endDate)}`,
  ]).join(', ');
  switch (contractType) {
    case 'permanent': return 'Permanent';
    case 'bank': return 'Bank';
    case 'fixed-term': return term ? `Fixed term, ${term}` : 'Fixed term';
    case 'apprenticeship': return term ? `Apprenticeship, ${term}` : 'Apprenticeship';
  }
}

const PROFESSIONAL_TYPES = ['peer-supervision', 'group-peer-supervision', 'clinical-supervision'] as const;

/**
 * The "professional supervision" line of an NHS job description: who gives the post-holder
 * supervision other than line management, from the peer and clinical supervision arrangements.
 */
export function professionalSupervisionLine(arrangements: readonly SupervisionArrangement[]): string | undefined {
  const parts = PROFESSIONAL_TYPES.flatMap((type) =>
    arrangements
      .filter((a) => a.type === type)
      .map((a) => {
        const kind = lowerFirst(labelIn(supervisionTypeLabels, a.type));
        const who = line(a.providerRole);
        return who ? `${kind} with ${who}` : `${kind}, provider to be agreed`;
      }),
  );
  return parts.length ? capitalise([...new Set(parts)].join('; ')) : undefined;
}

function reportsToLine(doc: RoleDocument): string | undefined {
  const lineManager = doc.supervision.arrangements.find((a) => a.type === 'line-management' && present(a.providerRole));
  return line(doc.role.reportsTo) ?? line(lineManager?.providerRole);
}

const STATUS_TEXT = { draft: 'Draft', review: 'In review', approved: 'Approved' } as const;

function detailsSection(doc: RoleDocument): JdBlock[] {
  const { role, context, employment, meta } = doc;
  const rows = defined([
    row('Job title', line(role.title), true),
    row('Organisation', line(meta.organisation), false),
    row('Service', line(context.service), false),
    row('Setting', labelOf(settings, context.setting), false),
    row('Role level', labelOf(roleLevels, role.level), false),
    row('Band', bandLine(doc), true),
    row('Salary', salaryLine(doc), false),
    row('Hours', hoursLine(doc), true),
    row('Working pattern', line(employment.workPattern), false),
    row('Contract', contractLine(doc), true),
    row('Base', line(employment.location), true),
    row('Reports to', reportsToLine(doc), true),
    row('Professional supervision', professionalSupervisionLine(doc.supervision.arrangements), true),
    row('People supported', line(context.ageGroup), false),
    row('Lived experience focus', line(context.livedExperienceFocus), false),
    row('Document status', STATUS_TEXT[meta.status], false),
    row('Review date', meta.reviewDate ? formatDate(meta.reviewDate) : undefined, false),
  ]);
  return [{ kind: 'keyValue', rows }];
}

function paragraphs(text: string | undefined): ParagraphBlock[] {
  const p = present(text);
  return p === undefined ? [] : [{ kind: 'paragraph', text: p }];
}

const dutyTitle = (d: Duty): string => line(d.title) ?? 'Untitled duty';
const percent = (n: number): string => `${formatDecimal(n)}%`;

function coreDutyItem(d: Duty): ListItem {
  const details = defined([
    line(d.description),
    d.timeShare !== undefined && `About ${percent(d.timeShare)} of contracted hours`,
  ]);
  return details.length ? { text: dutyTitle(d), details } : { text: dutyTitle(d) };
}

/** A flexible duty's bounds in words, or "Limits to be agreed" when it has none. */
export function flexibleBounds(d: Duty): string[] {
  const f = d.flexibility;
  const agreedWith = (f?.agreedWith ?? []).map((w) => line(w)).filter((w): w is string => w !== undefined);
  const limits = defined([
    f?.maxShare !== undefined && `Up to ${percent(f.maxShare)} of contracted hours`,
    d.timeShare !== undefined && `Usually about ${percent(d.timeShare)} of contracted hours`,
    line(f?.bounds),
  ]);
  const rest = defined([
    agreedWith.length > 0 && `How it is used is agreed with ${joinWords(agreedWith)}`,
    f?.reviewEveryWeeks !== undefined && `Reviewed ${formatWeeks(f.reviewEveryWeeks)}`,
  ]);
  return [...(limits.length ? limits : ['Limits: to be agreed']), ...rest];
}

function flexibleSection(doc: RoleDocument): JdBlock[] {
  const items = doc.duties.filter((d) => d.kind === 'flexible').map((d): ListItem => ({
    text: dutyTitle(d),
    details: [...defined([line(d.description)]), ...flexibleBounds(d)],
  }));
  const cap = doc.role.involvementRequestCap;
  return defined<JdBlock>([
    items.length > 0 && { kind: 'list', items },
    cap !== undefined && {
      kind: 'paragraph',
      text: `Requests to take part in involvement or co-production work take at most ${percent(cap)} of contracted hours.`,
    },
  ]);
}

function excludedSection(doc: RoleDocument): JdBlock[] {
  const items = doc.duties.filter((d) => d.kind === 'excluded').map((d): ListItem => {
    const details = defined([line(d.description), line(d.exclusionReason) && `Why: ${line(d.exclusionReason)}`]);
    return details.length ? { text: dutyTitle(d), details } : { text: dutyTitle(d) };
  });
  if (!items.length) return [];
  return [
    { kind: 'paragraph', text: 'To keep the post focused on peer support, the post-holder is not asked to do the following.' },
    { kind: 'list', items },
  ];
}

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

function boundariesSection(doc: RoleDocument): JdBlock[] {
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
  const focus = (a.focus ?? []).map((x) => line(x)).filter((x): x is string => x !== undefined);
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

function supervisionSection(doc: RoleDocument): JdBlock[] {
  const items = doc.supervision.arrangements.map(arrangementItem);
  const cover = line(doc.supervision.cover);
  return defined<JdBlock>([
    items.length > 0 && { kind: 'list', items },
    cover !== undefined && { kind: 'paragraph', text: `When the supervisor is away: ${cover}` },
  ]);
}

function trainingSection(doc: RoleDocument): JdBlock[] {
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

function teamSection(doc: RoleDocument): JdBlock[] {
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

function wellbeingSection(doc: RoleDocument): JdBlock[] {
  const w = doc.wellbeing;
  const statements = defined([
    w.wellnessPlanOffered === true && 'The post-holder is offered a voluntary wellness plan to agree early signs and the support that helps',
    w.adjustmentsProcess === true && 'There is a clear process for agreeing reasonable adjustments',
    w.accessToWorkSignposted === true && 'The post-holder is told about Access to Work and its Mental Health Support Service',
  ]);
  return statements.length ? [{ kind: 'list', items: statements.map((text) => ({ text })) }] : [];
}

const DBS_TEXT = { none: 'No DBS check', basic: 'Basic DBS check', standard: 'Standard DBS check', enhanced: 'Enhanced DBS check' } as const;

function termsSection(doc: RoleDocument): JdBlock[] {
  const e = doc.employment;
  const f = e.funding;
  const scheme = e.payScheme && labelOf(paySchemes, e.payScheme);
  const term = defined([
    f?.termMonths !== undefined && formatMonths(f.termMonths),
    f?.endDate !== undefined && `until ${formatDate(f.endDate)}`,
  ]).join(', ');
  const lone = e.loneWorking;
  const loneText = lone && defined([
    lone.expected === true ? 'Expected' : lone.expected === false ? 'Not expected' : undefined,
    line(lone.arrangements),
  ]).join('. ');
  const dbs = e.dbs;
  const dbsText = dbs && defined([
    dbs.level && DBS_TEXT[dbs.level],
    dbs.feePaidBy === 'employer' && 'fee paid by the employer',
    dbs.feePaidBy === 'employee' && 'fee paid by the post-holder',
  ]).join(', ');
  const rows = defined([
    row('Pay scheme', scheme ? scheme + (e.payTableYear ? `, ${e.payTableYear} pay table` : '') : undefined, false),
    row('Funding', line(f?.source), false),
    row('Funding term', term || undefined, false),
    row('Recurrent funding', f?.recurrent === undefined ? undefined : f.recurrent ? 'Yes' : 'No', false),
    row('When the funding ends', line(f?.exitPlan), false),
    row('Lone working', loneText || undefined, false),
    row('DBS check', dbsText ? capitalise(dbsText) : undefined, false),
  ]);
  return rows.length ? [{ kind: 'keyValue', rows }] : [];
}

function progressionSection(doc: RoleDocument): JdBlock[] {
  const items = doc.progression.steps.map((s): ListItem => {
    const band = s.band !== undefined && present(s.band) ? bandText(s.band, doc.employment.payScheme) : undefined;
    const text = (line(s.title) ?? 'Untitled step') + (band ? ` (${band})` : '');
    const criteria = line(s.criteria);
    return criteria ? { text, details: [criteria] } : { text };
  });
  return items.length ? [{ kind: 'list', items }] : [];
}

const SPEC_COLUMNS = ['Criteria', 'How assessed'] as const;

function criteriaTable(caption: string, criteria: RoleDocument['recruitment']['personSpec']['essential']): TableBlock | undefined {
  const rows = criteria
    .map((c) => [line(c.text), line(c.assessedBy) ?? TO_BE_AGREED] as const)
    .filter((r): r is readonly [string, string] => r[0] !== undefined);
  return rows.length ? { kind: 'table', caption, columns: SPEC_COLUMNS, rows } : undefined;
}

function personSpecSection(doc: RoleDocument): JdBlock[] {
  const { personSpec, coProduced, peerOnPanel } = doc.recruitment;
  const essential = criteriaTable('Essential', personSpec.essential);
  const desirable = criteriaTable('Desirable', personSpec.desirable);
  const recruitment = defined([
    coProduced === true && 'The recruitment process is co-produced with people with lived experience',
    peerOnPanel === true && 'A peer worker sits on the interview panel',
  ]);
  return defined<JdBlock>([
    essential ?? { kind: 'keyValue', rows: [{ key: 'Essential criteria', value: TO_BE_AGREED, placeholder: true }] },
    desirable,
    recruitment.length > 0 && { kind: 'list', caption: 'Recruitment', items: recruitment.map((text) => ({ text })) },
  ]);
}

const BUILDERS: Record<JdSectionId, (doc: RoleDocument) => JdBlock[]> = {
  details: detailsSection,
  purpose: (doc) => paragraphs(doc.role.purpose),
  responsibilities: (doc) => {
    const items = doc.duties.filter((d) => d.kind === 'core').map(coreDutyItem);
    return items.length ? [{ kind: 'list', items }] : [];
  },
  flexible: flexibleSection,
  excluded: excludedSection,
  autonomy: (doc) => paragraphs(doc.role.autonomy),
  boundaries: boundariesSection,
  supervision: supervisionSection,
  training: trainingSection,
  team: teamSection,
  wellbeing: wellbeingSection,
  terms: termsSection,
  progression: progressionSection,
  'person-spec': personSpecSection,
};

/** The job description + person specification of a role, as an ordered list of plain-text sections. */
export function jobDescriptionModel(doc: RoleDocument): JobDescriptionModel {
  const sections: JdSection[] = [];
  for (const { id, heading, required } of SECTION_ORDER) {
    const blocks = BUILDERS[id](doc);
    if (blocks.length) sections.push({ id, heading, required, blocks });
    else if (required) sections.push({ id, heading, required, blocks: [placeholder()] });
  }
  return {
    title: line(doc.role.title) ?? 'Job description',
    subtitle: 'Job description and person specification',
    sections,
  };
}

/** Every piece of text in a model, in reading order (for tests, search and plain-text views). */
export function modelText(model: JobDescriptionModel): string[] {
  const out: string[] = [model.title, model.subtitle];
  for (const s of model.sections) {
    out.push(s.heading);
    for (const b of s.blocks) {
      if (b.kind === 'paragraph') out.push(b.text);
      else if (b.kind === 'list') {
        if (b.caption) out.push(b.caption);
        for (const i of b.items) out.push(i.text, ...(i.details ?? []));
      } else if (b.kind === 'table') {
        if (b.caption) out.push(b.caption);
        out.push(...b.columns, ...b.rows.flat());
      } else {
        if (b.caption) out.push(b.caption);
        for (const r of b.rows) out.push(r.key, r.value);
      }
    }
  }
  return out;
}
