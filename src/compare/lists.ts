/**
 * The lists of a role document whose items have ids, and how each item is named in a sentence.
 * Items are matched by `id`. Two different roles (or a role and a copy made from the same template)
 * have different ids for what is plainly the same thing, so items left unmatched by id are then
 * matched by what identifies them to a person, when that is unambiguous on both sides: a boundary by
 * its catalogue topic (each appears once in a document), a supervision arrangement by its type, a
 * duty, training item or progression step by its title, a criterion by its text.
 */
import { boundaryTopicLabels, supervisionTypeLabels } from '../catalogue/short-labels.js';
import type { Boundary, Criterion, Duty, ProgressionStep, SupervisionArrangement, TrainingItem } from '../model/schema.js';
import { lowerFirst } from '../export/format.js';
import { quote } from './values.js';

export type Item = { id: string } & Record<string, unknown>;

export interface ListSpec {
  /** Where the list is, e.g. ['recruitment', 'personSpec', 'essential']. */
  path: readonly string[];
  /** The item in a sentence, capitalised: "Duty “Run groups”", "Boundary on endings". `n` is its 1-based position. */
  noun(item: Item, n: number): string;
  /** The item after a field's name: "for “Run groups”", "on endings". */
  name(item: Item, n: number): string;
  /** The noun used when the item is added or removed ("Core duty “Run groups”"); defaults to `noun`. */
  whole?(item: Item, n: number): string;
  /** What identifies the item to a person, for matching items whose ids differ. */
  key?(item: Item): string | undefined;
  /** The field that names the item: a change of it is a rename. */
  nameField?: string;
}

const text = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
const keyOf = (v: unknown) => text(v)?.toLowerCase().replace(/\s+/g, ' ');
const named = (kind: string, v: unknown, n: number) => (text(v) ? quote(text(v)!) : `${kind} ${n}`);

const KIND: Record<string, string> = { core: 'Core', flexible: 'Flexible', excluded: 'Excluded' };

function boundaryTopic(b: Boundary): string {
  if (b.topic === 'custom') return text(b.label) ? quote(b.label!) : 'a topic of its own';
  return lowerFirst(boundaryTopicLabels[b.topic] ?? 'a topic');
}

const criteria = (which: 'essential' | 'desirable'): ListSpec => {
  const Which = which === 'essential' ? 'Essential' : 'Desirable';
  return {
    path: ['recruitment', 'personSpec', which],
    noun: (c, n) => `${Which} criterion ${named('', (c as unknown as Criterion).text, n).trim()}`,
    name: (c, n) => `${which} criterion ${named('', (c as unknown as Criterion).text, n).trim()}`,
    key: (c) => keyOf((c as unknown as Criterion).text),
    nameField: 'text',
  };
};

export const LISTS: readonly ListSpec[] = [
  {
    path: ['duties'],
    noun: (d, n) => `Duty ${named('', (d as unknown as Duty).title, n).trim()}`,
    name: (d, n) => named('duty', (d as unknown as Duty).title, n),
    whole: (d, n) => `${KIND[(d as unknown as Duty).kind] ?? 'A'} duty ${named('', (d as unknown as Duty).title, n).trim()}`,
    key: (d) => keyOf((d as unknown as Duty).title),
    nameField: 'title',
  },
  {
    path: ['boundaries'],
    noun: (b) => `Boundary on ${boundaryTopic(b as unknown as Boundary)}`,
    name: (b) => boundaryTopic(b as unknown as Boundary),
    key: (b) => ((b as unknown as Boundary).topic === 'custom' ? `custom:${keyOf((b as unknown as Boundary).label) ?? ''}` : (b as unknown as Boundary).topic),
    nameField: 'label',
  },
  {
    path: ['supervision', 'arrangements'],
    noun: (a) => supervisionTypeLabels[(a as unknown as SupervisionArrangement).type] ?? 'Supervision arrangement',
    name: (a) => lowerFirst(supervisionTypeLabels[(a as unknown as SupervisionArrangement).type] ?? 'supervision arrangement'),
    key: (a) => (a as unknown as SupervisionArrangement).type,
  },
  {
    path: ['training', 'peerSpecific'],
    noun: (t, n) => `Training ${named('item', (t as unknown as TrainingItem).title, n)}`,
    name: (t, n) => named('training item', (t as unknown as TrainingItem).title, n),
    key: (t) => keyOf((t as unknown as TrainingItem).title),
    nameField: 'title',
  },
  {
    path: ['progression', 'steps'],
    noun: (s, n) => `Progression step ${named('', (s as unknown as ProgressionStep).title, n).trim()}`,
    name: (s, n) => named('progression step', (s as unknown as ProgressionStep).title, n),
    key: (s) => keyOf((s as unknown as ProgressionStep).title),
    nameField: 'title',
  },
  criteria('essential'),
  criteria('desirable'),
];

/** The list spec by the list's path pattern ("supervision.arrangements"). */
export const LIST_AT: ReadonlyMap<string, ListSpec> = new Map(LISTS.map((l) => [l.path.join('.'), l]));

export interface Match {
  /** Index in `before`, or -1 when the item was added. */
  from: number;
  /** Index in `after`, or -1 when the item was removed. */
  to: number;
}

/**
 * Pairs the items of two lists: by id first, then (for items still unpaired) by the spec's key when
 * exactly one item on each side has it. Returns pairs in `after` order, then the removed items in
 * `before` order.
 */
export function matchItems(spec: ListSpec, before: readonly Item[], after: readonly Item[]): Match[] {
  const fromOf = new Int32Array(after.length).fill(-1);
  const taken = new Uint8Array(before.length);
  const byId = new Map<string, number>();
  before.forEach((it, i) => byId.set(it.id, i));
  let unmatched = 0;
  after.forEach((it, j) => {
    const i = byId.get(it.id);
    if (i !== undefined && !taken[i]) {
      fromOf[j] = i;
      taken[i] = 1;
    } else unmatched++;
  });
  if (unmatched && spec.key && taken.includes(0)) pairByKey(spec.key, before, after, fromOf, taken);
  const out: Match[] = [];
  for (let j = 0; j < after.length; j++) out.push({ from: fromOf[j]!, to: j });
  for (let i = 0; i < before.length; i++) if (!taken[i]) out.push({ from: i, to: -1 });
  return out;
}

function pairByKey(key: (it: Item) => string | undefined, before: readonly Item[], after: readonly Item[], fromOf: Int32Array, taken: Uint8Array): void {
  const count = (items: readonly Item[], open: (i: number) => boolean) => {
    const m = new Map<string, number[]>();
    items.forEach((it, i) => {
      if (!open(i)) return;
      const k = key(it);
      if (k !== undefined) m.set(k, [...(m.get(k) ?? []), i]);
    });
    return m;
  };
  const left = count(before, (i) => !taken[i]);
  const right = count(after, (j) => fromOf[j] === -1);
  for (const [k, js] of right) {
    const is = left.get(k);
    if (js.length !== 1 || is?.length !== 1) continue;
    fromOf[js[0]!] = is[0]!;
    taken[is[0]!] = 1;
  }
}

/**
 * Which paired items moved: the pairs outside a longest run that keeps its order (the fewest items
 * that, moved, turn the old order into the new). `pairs` holds `before` indices in `after` order.
 */
export function movedItems(pairs: readonly number[]): Set<number> {
  // Patience sorting: tails[k] is the index (into pairs) of the smallest tail of a run of length k+1.
  const tails: number[] = [];
  const prev = new Int32Array(pairs.length).fill(-1);
  for (let p = 0; p < pairs.length; p++) {
    const v = pairs[p]!;
    let lo = 0, hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (pairs[tails[mid]!]! < v) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[p] = tails[lo - 1]!;
    tails[lo] = p;
  }
  const kept = new Set<number>();
  for (let p = tails.length ? tails[tails.length - 1]! : -1; p >= 0; p = prev[p]!) kept.add(p);
  const moved = new Set<number>();
  for (let p = 0; p < pairs.length; p++) if (!kept.has(p)) moved.add(p);
  return moved;
}
