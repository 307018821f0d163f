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

type Named = (item: Record<string, unknown>) => unknown;
const title: Named = (it) => it.title;
const self: Named = (it) => it;
const text: Named = (it) => it.text;
/** A catalogue label by id; the id comes from untrusted input, so only own keys count. */
const labelIn = (labels: Readonly<Record<string, string>>, id: unknown) =>
  typeof id === 'string' && Object.hasOwn(labels, id) ? labels[id] : undefined;

/**
 * What one item of a list is called and which of its fields names it. Items of lists of objects
 * stand for themselves in a description; items of lists of plain values (marked `true`) are shown
 * after the item that holds them ("Training item 1 “…” › Domain 2").
 */
type Item = readonly [string, Named?, true?];
/** A label that is the field's name in words: `reviewDate` is "Review date". */
const WORDS = 0;
type Label = string | typeof WORDS;
/** `reviewDate` → "Review date". */
const inWords = (name: string) => name[0]!.toUpperCase() + name.slice(1).replace(/[A-Z]/g, (c) => ` ${c.toLowerCase()}`);
/**
 * A field's label, or its label followed by what an item is called (a list: an `Item`) and its
 * own fields' labels (an object, or, when the key ends in `[]`, the fields of a list's items).
 */
type LabelTree = { readonly [key: string]: Label | readonly [Label, ...(Item | LabelTree)[]] };

const criterion: LabelTree = {
  id: WORDS, text: WORDS, assessedBy: WORDS, livedExperience: 'Lived experience criterion', category: WORDS,
};

const tree: LabelTree = {
  kind: 'Document kind', schemaVersion: WORDS, id: 'Document id',
  meta: ['Document information', {
    status: WORDS, createdAt: 'Created', updatedAt: 'Last updated', organisation: WORDS, reviewDate: WORDS,
    suggested: ['Template suggestions to confirm', ['Suggestion', self, true]],
  }],
  context: [WORDS, {
    setting: WORDS, employerType: WORDS, service: WORDS, ageGroup: WORDS,
    livedExperienceFocus: WORDS,
  }],
  role: [WORDS, {
    title: 'Job title', level: 'Role level', purpose: WORDS, reportsTo: WORDS, frameworkRefs: ['Framework references', ['Framework reference', self, true]],
    autonomy: 'Autonomy and decisions', involvementRequestCap: 'Cap on involvement requests',
  }],
  'duties[]': ['Duties', ['Duty', title], {
    id: WORDS, title: WORDS, description: WORDS, kind: WORDS, timeShare: 'Share of time',
    flexibility: [WORDS, {
      maxShare: 'Maximum share', agreedWith: [WORDS, ['Person', self, true]], reviewEveryWeeks: 'Review every (weeks)', bounds: 'Limits',
    }],
    exclusionReason: 'Reason for excluding',
  }],
  'boundaries[]': ['Boundaries', ['Boundary', (it) => it.label ?? labelIn(boundaryTopicLabels, it.topic)], {
    id: WORDS, topic: WORDS, label: 'Topic name', position: WORDS, rationale: WORDS, mode: WORDS,
    escalation: WORDS, status: WORDS, agreedWith: WORDS, agreedOn: WORDS,
    notApplicableReason: 'Reason it does not apply',
  }],
  supervision: [WORDS, {
    'arrangements[]': ['Supervision arrangements', ['Supervision arrangement', (it) => labelIn(supervisionTypeLabels, it.type)], {
      id: WORDS, type: WORDS, providerRole: 'Provided by', providerHasPeerBackground: 'Provider has a peer background',
      providerTrainedInPeerSupervision: WORDS, format: WORDS,
      frequency: [WORDS, { count: 'Number of sessions', per: WORDS }],
      durationMinutes: 'Length (minutes)', focus: [WORDS, ['Focus', self, true]], protectedTime: WORDS,
    }],
    cover: 'Cover when the supervisor is away',
  }],
  training: [WORDS, {
    induction: WORDS,
    'peerSpecific[]': ['Peer-specific training', ['Training item', title], {
      id: WORDS, title: WORDS, competenceDomains: [WORDS, ['Domain', undefined, true]], hours: WORDS,
    }],
    mandatory: 'Mandatory training', development: WORDS,
  }],
  team: [WORDS, {
    briefingBeforeStart: 'Team briefing before the start', briefingCoDeliveredByPeer: 'Briefing co-delivered by a peer',
    otherPeerWorkers: 'Other peer workers in the team', peerNetwork: WORDS, attendsTeamMeetings: WORDS,
  }],
  leadership: [WORDS, {
    namedSponsor: WORDS, peerLeadInOrganisation: 'Peer lead in the organisation', peerVoiceForum: WORDS,
  }],
  employment: [WORDS, {
    payScheme: WORDS, band: WORDS, payTableYear: WORDS,
    salary: [WORDS, { min: 'Minimum', max: 'Maximum', currency: WORDS, period: 'Per' }],
    hoursPerWeek: WORDS, contractType: WORDS, fixedTermMonths: 'Contract length (months)',
    funding: [WORDS, {
      source: WORDS, termMonths: 'Term (months)', endDate: WORDS, exitPlan: WORDS, recurrent: WORDS,
    }],
    location: 'Base', workPattern: 'Working pattern',
    loneWorking: [WORDS, { expected: WORDS, arrangements: WORDS }],
    dbs: ['DBS check', { level: WORDS, feePaidBy: WORDS, reason: 'Why this level' }],
    policeVetting: [WORDS, { required: WORDS, reason: 'Why it is needed' }],
    unsocialHours: 'Unsocial hours in the pattern',
    apprenticeship: [WORDS, {
      standard: 'Apprenticeship standard', durationMonths: 'Length of the training (months)',
      offTheJobShare: 'Off-the-job training (% of paid hours)', provider: 'Training provider',
    }],
  }],
  progression: [WORDS, {
    'steps[]': ['Progression steps', ['Progression step', title], { id: WORDS, title: WORDS, band: WORDS, criteria: WORDS }],
  }],
  wellbeing: [WORDS, {
    wellnessPlanOffered: WORDS, adjustmentsProcess: 'Reasonable adjustments process',
    accessToWorkSignposted: 'Access to Work signposted',
  }],
  recruitment: [WORDS, {
    personSpec: ['Person specification', {
      'essential[]': ['Essential criteria', ['Essential criterion', text], criterion],
      'desirable[]': ['Desirable criteria', ['Desirable criterion', text], criterion],
    }],
    coProduced: 'Co-produced recruitment', peerOnPanel: 'Peer on the panel', reference: 'Job reference',
    closingDate: WORDS, contact: 'Contact for an informal conversation',
    livedExperienceBasis: 'Lawful basis for asking for lived experience',
    healthQuestionsBeforeOffer: 'Health questions before an offer', adjustmentsOffered: 'Adjustments offered at every stage',
    accessibleSteps: [WORDS, ['Step', self, true]], convictionsApproach: 'Applicants with convictions',
    convictionsStatement: 'Fair-chance statement',
  }],
  extensions: WORDS,
};

const labels: Record<string, string> = {};
/** List items by the list's path pattern (`duties`, `training.peerSpecific[].competenceDomains`). */
const items: Record<string, Item> = {};

/** Fills `labels` (a parent before its fields: `duties`, `duties[].id`, …) and `items` from the tree. */
function flatten(node: LabelTree, prefix: string): void {
  for (const [key, entry] of Object.entries(node)) {
    const name = key.replace(/\[\]$/, '');
    const at = prefix + name;
    const [label, ...parts]: readonly [Label, ...(Item | LabelTree)[]] = typeof entry === 'object' ? entry : [entry];
    labels[at] = label === WORDS ? inWords(name) : label;
    for (const part of parts) {
      if (Array.isArray(part)) items[at] = part as Item;
      else flatten(part as LabelTree, `${prefix}${key}.`);
    }
  }
}
flatten(tree, '');

/** The labels of the fields of a role document, keyed by path pattern, in document order. */
export const fieldLabels: Readonly<Record<string, string>> = labels;

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
