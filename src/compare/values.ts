/**
 * Fields and values in words for change labels: the name of a field (from the model's field labels,
 * ../model/field-labels.ts) and a value as a person reads it — catalogue entries by their labels,
 * enum values by the words the editors offer, numbers with their units, dates written out. No
 * catalogue id, enum value or path ever comes out of here.
 */
import { employerTypes, roleLevels } from '../catalogue/roles.js';
import { paySchemes } from '../catalogue/pay.js';
import { settings } from '../catalogue/settings.js';
import { boundaryTopicLabels, supervisionTypeLabels } from '../catalogue/short-labels.js';
import { supervisionFocusOptions } from '../catalogue/supervision-focus.js';
import { fieldLabels } from '../model/field-labels.js';
import type { Frequency } from '../model/schema.js';
import { formatDate, formatDecimal, formatFrequency, formatMonths, formatSalary, formatWeeks, joinWords, lowerFirst } from '../export/format.js';

type Labels = Readonly<Record<string, string>>;
const byId = (entries: readonly { id: string; label: string }[]): Labels => Object.fromEntries(entries.map((e) => [e.id, e.label]));

const CATEGORY: Labels = { qualifications: 'Qualifications', experience: 'Experience', knowledge: 'Knowledge', skills: 'Skills', values: 'Values' };

/** Enum and catalogue fields: value → words. */
const ENUMS: Readonly<Record<string, Labels>> = {
  'meta.status': { draft: 'Draft', review: 'In review', approved: 'Approved' },
  'context.setting': byId(settings),
  'context.employerType': byId(employerTypes),
  'role.level': byId(roleLevels),
  'employment.payScheme': byId(paySchemes),
  'duties[].kind': { core: 'Core', flexible: 'Flexible', excluded: 'Excluded' },
  'boundaries[].topic': { ...boundaryTopicLabels, custom: 'A topic of its own' },
  'boundaries[].mode': { fixed: 'Fixed', negotiable: 'Negotiable', 'case-by-case': 'Case by case' },
  'boundaries[].status': { 'not-started': 'Not started', proposed: 'Proposed', agreed: 'Agreed', 'not-applicable': 'Does not apply' },
  'supervision.arrangements[].type': supervisionTypeLabels,
  'supervision.arrangements[].format': { 'one-to-one': 'One to one', group: 'In a group' },
  'employment.contractType': { permanent: 'Permanent', 'fixed-term': 'Fixed term', bank: 'Bank', apprenticeship: 'Apprenticeship' },
  'employment.salary.period': { year: 'A year', hour: 'An hour' },
  'employment.dbs.level': { none: 'None', basic: 'Basic', standard: 'Standard', enhanced: 'Enhanced' },
  'employment.dbs.feePaidBy': { employer: 'The employer', employee: 'The post-holder' },
  'recruitment.personSpec.essential[].category': CATEGORY,
  'recruitment.personSpec.desirable[].category': CATEGORY,
};

const FOCUS = byId(supervisionFocusOptions);
const percent = (n: number) => `${formatDecimal(n)}%`;
const plural = (n: number, one: string, many: string) => `${formatDecimal(n)} ${n === 1 ? one : many}`;

/** Numbers with a unit, and values of other shapes, by field pattern. */
const FORMATS: Readonly<Record<string, (v: never) => string>> = {
  'role.involvementRequestCap': percent,
  'duties[].timeShare': percent,
  'duties[].flexibility.maxShare': percent,
  'duties[].flexibility.reviewEveryWeeks': (n: number) => formatWeeks(n),
  'supervision.arrangements[].durationMinutes': (n: number) => plural(n, 'minute', 'minutes'),
  'supervision.arrangements[].frequency': (f: Frequency) => formatFrequency(f),
  'supervision.arrangements[].focus': (xs: string[]) => joinWords(xs.map((x) => (Object.hasOwn(FOCUS, x) ? lowerFirst(FOCUS[x]!) : x))),
  'training.peerSpecific[].hours': (n: number) => plural(n, 'hour', 'hours'),
  'training.peerSpecific[].competenceDomains': (ds: number[]) => (ds.length === 1 ? `domain ${ds[0]}` : `domains ${joinWords([...ds].sort((a, b) => a - b).map(String))}`),
  'team.otherPeerWorkers': (n: number) => formatDecimal(n),
  'employment.hoursPerWeek': (n: number) => plural(n, 'hour a week', 'hours a week'),
  'employment.fixedTermMonths': (n: number) => formatMonths(n),
  'employment.funding.termMonths': (n: number) => formatMonths(n),
  'employment.salary': (s: { min: number; max: number; period: 'year' | 'hour' }) => formatSalary(s),
  'employment.band': (b: string) => `Band ${b}`,
  'progression.steps[].band': (b: string) => `Band ${b}`,
};

/** Fields whose text is prose: a change is shown as word-level differences, never as the whole text. */
const PROSE = new Set([
  'context.livedExperienceFocus', 'role.purpose', 'role.autonomy',
  'duties[].description', 'duties[].exclusionReason', 'duties[].flexibility.bounds',
  'boundaries[].position', 'boundaries[].rationale', 'boundaries[].escalation', 'boundaries[].notApplicableReason',
  'supervision.cover', 'training.induction', 'training.mandatory', 'training.development',
  'employment.funding.exitPlan', 'employment.loneWorking.arrangements', 'employment.workPattern',
  'progression.steps[].criteria', 'recruitment.personSpec.essential[].text', 'recruitment.personSpec.desirable[].text',
]);
/** Text longer than this (or on more than one line) is prose wherever it is. */
const SHORT_TEXT = 60;

/** How a field names itself inside a sentence, where its field label alone would be unclear. */
const NAMES: Labels = {
  'employment.funding.source': 'Funding source',
  'employment.funding.termMonths': 'Funding term',
  'employment.funding.endDate': 'Funding end date',
  'employment.funding.exitPlan': 'Exit plan for the funding',
  'employment.funding.recurrent': 'Recurrent funding',
  'employment.loneWorking.expected': 'Lone working expected',
  'employment.loneWorking.arrangements': 'Lone working arrangements',
  'employment.dbs.level': 'DBS check level',
  'employment.dbs.feePaidBy': 'Who pays the DBS fee',
  'employment.salary': 'Salary',
  'duties[].flexibility.maxShare': 'Maximum share',
  'duties[].flexibility.agreedWith': 'Who agrees the flexibility',
  'duties[].flexibility.reviewEveryWeeks': 'Review of the flexibility',
  'duties[].flexibility.bounds': 'Limits of the flexibility',
  'recruitment.personSpec.essential[].assessedBy': 'How it is assessed',
  'recruitment.personSpec.desirable[].assessedBy': 'How it is assessed',
  'recruitment.personSpec.essential[].livedExperience': 'Asks for lived experience',
  'recruitment.personSpec.desirable[].livedExperience': 'Asks for lived experience',
  'recruitment.personSpec.essential[].category': 'Heading',
  'recruitment.personSpec.desirable[].category': 'Heading',
  extensions: 'Data kept by the host system',
};

type Subject = (item: string) => string;
/** A field of a list item in a sentence, where "<field> for <item>" would read badly. */
const SUBJECTS: Readonly<Record<string, Subject>> = {
  'duties[].description': (n) => `Description of ${n}`,
  'duties[].exclusionReason': (n) => `Reason for excluding ${n}`,
  'duties[].flexibility.maxShare': (n) => `Maximum share of ${n}`,
  'duties[].flexibility.agreedWith': (n) => `Who agrees the flexibility of ${n}`,
  'duties[].flexibility.reviewEveryWeeks': (n) => `Review of the flexibility of ${n}`,
  'duties[].flexibility.bounds': (n) => `Limits of the flexibility of ${n}`,
  'boundaries[].position': (n) => `Position on ${n}`,
  'boundaries[].status': (n) => `Status of the boundary on ${n}`,
  'boundaries[].mode': (n) => `Mode of the boundary on ${n}`,
  'boundaries[].agreedWith': (n) => `Who agreed the boundary on ${n}`,
  'boundaries[].agreedOn': (n) => `Date the boundary on ${n} was agreed`,
  'boundaries[].notApplicableReason': (n) => `Why the boundary on ${n} does not apply`,
  'supervision.arrangements[].providerRole': (n) => `Provider of ${n}`,
  'supervision.arrangements[].providerHasPeerBackground': (n) => `Peer background of the provider of ${n}`,
  'supervision.arrangements[].providerTrainedInPeerSupervision': (n) => `Peer supervision training of the provider of ${n}`,
  'supervision.arrangements[].format': (n) => `Format of ${n}`,
  'supervision.arrangements[].frequency': (n) => `Frequency of ${n}`,
  'supervision.arrangements[].durationMinutes': (n) => `Length of ${n}`,
  'supervision.arrangements[].focus': (n) => `Focus of ${n}`,
  'training.peerSpecific[].competenceDomains': (n) => `Competence domains of ${n}`,
  'training.peerSpecific[].hours': (n) => `Hours of ${n}`,
  'progression.steps[].band': (n) => `Band of ${n}`,
  'progression.steps[].criteria': (n) => `Criteria for ${n}`,
  'recruitment.personSpec.essential[].assessedBy': (n) => `How ${n} is assessed`,
  'recruitment.personSpec.desirable[].assessedBy': (n) => `How ${n} is assessed`,
  'recruitment.personSpec.essential[].livedExperience': (n) => `Whether ${n} asks for lived experience`,
  'recruitment.personSpec.desirable[].livedExperience': (n) => `Whether ${n} asks for lived experience`,
  'recruitment.personSpec.essential[].category': (n) => `Heading of ${n}`,
  'recruitment.personSpec.desirable[].category': (n) => `Heading of ${n}`,
};

/** A field of a list item named `item` ("“Run groups”", "endings") as the subject of a sentence. */
export function itemSubject(pattern: string, item: string): string {
  return Object.hasOwn(SUBJECTS, pattern) ? SUBJECTS[pattern]!(item) : `${fieldName(pattern)} for ${item}`;
}

/** "hoursPerWeek" → "Hours per week": the last resort for a field with no label. */
function humanise(key: string): string {
  const words = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/[_.-]+/g, ' ').trim().toLowerCase();
  return words ? words.charAt(0).toUpperCase() + words.slice(1) : 'A field';
}

/** The name of a field in a sentence, by its pattern (`duties[].flexibility.maxShare`). */
export function fieldName(pattern: string): string {
  if (Object.hasOwn(NAMES, pattern)) return NAMES[pattern]!;
  if (Object.hasOwn(fieldLabels, pattern)) return fieldLabels[pattern]!;
  return humanise(pattern.slice(pattern.lastIndexOf('.') + 1).replace(/\[\]$/, ''));
}

/** Quotes text a person typed, cut at a word boundary when long: “Run a weekly group”. */
export function quote(text: string): string {
  const s = text.replace(/\s+/g, ' ').trim();
  if (s.length <= 60) return `“${s}”`;
  const cut = s.slice(0, 60);
  const space = cut.lastIndexOf(' ');
  return `“${(space > 30 ? cut.slice(0, space) : cut).replace(/[\s,.;:–-]+$/, '')}…”`;
}

/** Whether a change of this field's text is shown as word-level differences. */
export function isProse(pattern: string, before: unknown, after: unknown): boolean {
  if (PROSE.has(pattern)) return true;
  const long = (v: unknown) => typeof v === 'string' && (v.length > SHORT_TEXT || v.includes('\n'));
  return long(before) || long(after);
}

/** A value in words, or undefined for prose (which is never put in a label whole). */
export function valueText(pattern: string, value: unknown): string {
  if (value === undefined || value === null) return 'not set';
  const labels = ENUMS[pattern];
  if (labels && typeof value === 'string') return Object.hasOwn(labels, value) ? labels[value]! : quote(value);
  const format = FORMATS[pattern];
  if (format) return (format as (v: unknown) => string)(value);
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'number') return formatDecimal(value);
  if (typeof value === 'string') return /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatDate(value) : quote(value);
  if (Array.isArray(value)) return value.length ? joinWords(value.map((v) => (typeof v === 'string' ? v : String(v)))) : 'none';
  return 'a group of values';
}
