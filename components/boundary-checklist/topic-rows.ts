/**
 * What the checklist shows, derived from the document on every render (never stored): one row per
 * catalogue topic, in catalogue order, whether or not the document has a record for it yet, then the
 * custom topics in document order. Also the pure edit recipes that create a topic's record on its
 * first edit, the progress counts, and where findings and `psw-navigate` requests land.
 *
 * No DOM here, so it is easy to test and reason about.
 */
import { boundaryTopics, type BoundaryTopic } from '../../src/catalogue/boundary-topics.js';
import type { BoundaryTopicId } from '../../src/catalogue/ids.js';
import type { Boundary, RoleDocument } from '../../src/model/schema.js';
import type { Finding } from '../../src/assess/types.js';
import { addItem, updateItem } from '../../src/store/list-ops.js';

export type BoundaryField = 'label' | 'position' | 'rationale' | 'mode' | 'escalation' | 'status' | 'agreedWith' | 'agreedOn' | 'notApplicableReason';
export type BoundaryPatch = { [K in Exclude<keyof Boundary, 'id' | 'topic'>]?: Boundary[K] | '' };

export interface TopicRow {
  /**
   * Stable across the first edit (which creates the record): `t-<topic>` for catalogue topics,
   * `c-<id>` for custom ones. Used as the list key and as the base of element ids.
   */
  key: string;
  topic: BoundaryTopicId | 'custom';
  /** The catalogue entry (absent for custom topics). */
  catalogue?: BoundaryTopic;
  /** The document's record, once there is one. */
  boundary?: Boundary;
  /** Where the record sits in `doc.boundaries`. */
  index?: number;
}

const rank = new Map<string, number>(boundaryTopics.map((t, i) => [t.id, i]));
const rankOf = (topic: string) => rank.get(topic) ?? Number.MAX_SAFE_INTEGER;

export const catalogueKey = (topic: string) => `t-${topic}`;
export const customKey = (id: string) => `c-${id}`;

/** The rows of the checklist: every catalogue topic, then the custom topics. */
export function topicRows(boundaries: readonly Boundary[]): TopicRow[] {
  const byTopic = new Map<string, { boundary: Boundary; index: number }>();
  const custom: TopicRow[] = [];
  boundaries.forEach((boundary, index) => {
    if (boundary.topic === 'custom') custom.push({ key: customKey(boundary.id), topic: 'custom', boundary, index });
    else if (!byTopic.has(boundary.topic)) byTopic.set(boundary.topic, { boundary, index });
  });
  const catalogue = boundaryTopics.map((t): TopicRow => ({ key: catalogueKey(t.id), topic: t.id, catalogue: t, ...byTopic.get(t.id) }));
  return [...catalogue, ...custom];
}

/** A status the user has settled: agreed, or not applicable. */
export const isDone = (b: Boundary | undefined) => b?.status === 'agreed' || b?.status === 'not-applicable';

export interface Progress {
  total: number;
  agreed: number;
  /** The team's proposals (before anyone is appointed), still to agree with the post-holder. */
  proposed: number;
  notApplicable: number;
  /** Neither agreed nor not applicable. */
  toAgree: number;
  /** Neither proposed, agreed nor not applicable. */
  toPropose: number;
}

export function progressOf(rows: readonly TopicRow[]): Progress {
  let agreed = 0;
  let proposed = 0;
  let notApplicable = 0;
  for (const r of rows) {
    if (r.boundary?.status === 'agreed') agreed++;
    else if (r.boundary?.status === 'proposed') proposed++;
    else if (r.boundary?.status === 'not-applicable') notApplicable++;
  }
  const toAgree = rows.length - agreed - notApplicable;
  return { total: rows.length, agreed, proposed, notApplicable, toAgree, toPropose: toAgree - proposed };
}

/**
 * The topics whose position is written but still not started: what "Mark the written positions as
 * proposed" marks. Empty topics, and those already proposed, agreed or not applicable, are left alone.
 */
export function writtenNotStarted(boundaries: readonly Boundary[]): Boundary[] {
  return boundaries.filter((b) => (b.status === undefined || b.status === 'not-started') && !!b.position?.trim());
}

/** The recipe behind "Mark the written positions as proposed": one edit for all of them. */
export function proposeWritten(doc: RoleDocument): RoleDocument {
  let next = doc;
  for (const b of writtenNotStarted(doc.boundaries)) next = updateItem<RoleDocument, Boundary>(next, ['boundaries'], b.id, { status: 'proposed' });
  return next;
}

/**
 * Where a new record for a catalogue topic goes so that the document keeps catalogue order with
 * custom topics after: before the first record that sorts after it. (A document imported in
 * another order is left as it is.)
 */
export function insertionIndex(boundaries: readonly Boundary[], topic: BoundaryTopicId): number {
  const r = rankOf(topic);
  const at = boundaries.findIndex((b) => rankOf(b.topic) > r);
  return at < 0 ? boundaries.length : at;
}

const isSet = (v: unknown) => v !== undefined && v !== '';

/**
 * A recipe step: applies `patch` to the record of a catalogue topic, creating the record (with a new
 * id, in catalogue order) on the first edit that writes something. Looks the record up in the
 * document it is given, so a burst of typing that started before the record existed keeps editing
 * the same one.
 */
export function patchCatalogueTopic(doc: RoleDocument, topic: BoundaryTopicId, patch: BoundaryPatch, makeId: () => string): RoleDocument {
  const existing = doc.boundaries.find((b) => b.topic === topic);
  if (existing) return updateItem<RoleDocument, Boundary>(doc, ['boundaries'], existing.id, patch as Partial<Boundary>);
  const fields = Object.fromEntries(Object.entries(patch).filter(([, v]) => isSet(v)));
  if (Object.keys(fields).length === 0) return doc;
  const item = { id: makeId(), topic, ...fields } as Boundary;
  return addItem(doc, ['boundaries'], item, insertionIndex(doc.boundaries, topic));
}

/** A recipe step for a custom topic (its record always exists). */
export function patchCustomTopic(doc: RoleDocument, id: string, patch: BoundaryPatch): RoleDocument {
  return updateItem<RoleDocument, Boundary>(doc, ['boundaries'], id, patch as Partial<Boundary>);
}

const FIELDS: ReadonlySet<string> = new Set<BoundaryField>(['label', 'position', 'rationale', 'mode', 'escalation', 'status', 'agreedWith', 'agreedOn', 'notApplicableReason']);
const PATH = /^boundaries(?:\[(\d+)\])?(?:\.([A-Za-z]+))?/;

/** The field of a boundary a finding or navigation path names (`boundaries[2].position` → "position"). */
export function fieldOfPath(path: string | undefined): BoundaryField | undefined {
  const field = path ? PATH.exec(path)?.[2] : undefined;
  return field && FIELDS.has(field) ? (field as BoundaryField) : undefined;
}

/**
 * The catalogue topic a document-level boundary finding (path "boundaries", no item) is about, so it
 * can be shown on that topic's card: the assessment names it in `topic`. Other findings (e.g. "no
 * boundaries written down") belong to the checklist as a whole.
 */
export function topicOfFinding(f: Finding): BoundaryTopicId | undefined {
  if (f.itemId !== undefined || f.path !== 'boundaries' || f.topic === undefined) return undefined;
  return boundaryTopics.some((t) => t.id === f.topic) ? (f.topic as BoundaryTopicId) : undefined;
}

/** The findings of the boundaries section that concern no single record and no single topic. */
export function sectionFindings(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => f.path === 'boundaries' && f.itemId === undefined && topicOfFinding(f) === undefined);
}

const underIndex = (path: string | undefined, index: number) =>
  path === `boundaries[${index}]` || !!path?.startsWith(`boundaries[${index}].`);

/** Findings shown on one row's card: those about its record, and those about its missing topic. */
export function rowFindings(row: TopicRow, findings: readonly Finding[]): Finding[] {
  const id = row.boundary?.id;
  return findings.filter((f) =>
    id !== undefined
      ? f.itemId === id || (f.itemId === undefined && row.index !== undefined && underIndex(f.path, row.index))
      : row.topic !== 'custom' && topicOfFinding(f) === row.topic,
  );
}

export interface NavigateTarget {
  key: string;
  field: BoundaryField | undefined;
}

/**
 * Which card and field a `psw-navigate` request asks for, or undefined when the path is not a
 * boundary path or names a record this document does not have (it belongs to another document).
 * "boundaries" alone (e.g. a missing core topic) goes to the first topic of the minimum set that is
 * not settled, else the first topic that is not, else the first topic.
 */
export function navigateTarget(rows: readonly TopicRow[], detail: { path: string; itemId?: string }): NavigateTarget | undefined {
  const m = PATH.exec(detail.path);
  if (!m || (m[0].length < detail.path.length && !/^[.[]/.test(detail.path.slice(m[0].length)))) return undefined;
  const field = fieldOfPath(detail.path);
  if (detail.itemId !== undefined || m[1] !== undefined) {
    const row =
      detail.itemId !== undefined
        ? rows.find((r) => r.boundary?.id === detail.itemId)
        : rows.find((r) => r.index === Number(m[1]));
    return row ? { key: row.key, field } : undefined;
  }
  const row =
    rows.find((r) => r.catalogue?.minimum && !isDone(r.boundary)) ?? rows.find((r) => !isDone(r.boundary)) ?? rows[0];
  return row ? { key: row.key, field: field ?? 'position' } : undefined;
}
