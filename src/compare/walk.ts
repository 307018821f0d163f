/**
 * The changes between two checked role documents: every field compared by value, in document order,
 * list items paired by id (./lists.ts). Parts shared by both documents (the same object, as the
 * store keeps what an edit did not touch) are skipped without a look inside.
 *
 * Not compared: `kind` and `schemaVersion` (always equal once parsed), the document `id` (two
 * versions of a role share it and two roles never do: either way it says nothing a manager needs),
 * `meta.createdAt` and `meta.updatedAt` (they change on every save), and `meta.suggested` (which
 * template suggestions are confirmed: ./confirmations.ts turns it into changes of the fields). A list
 * item's `id` is how it is paired, never a change.
 */
import { fieldLabels } from '../model/field-labels.js';
import { formatPath, type PathSegment } from '../model/paths.js';
import type { RoleDocument } from '../model/schema.js';
import { LIST_AT, matchItems, movedItems, type Item, type ListSpec } from './lists.js';
import type { Change } from './types.js';
import { fieldName, isProse, itemSubject, valueText } from './values.js';
import { mostlyRewritten, wordDiff } from './words.js';

/** What the assessment delta needs to tie findings to a change (kept beside the change, not in it). */
export interface ChangeLink {
  beforeItemId?: string;
  afterItemId?: string;
  beforePath?: string;
  afterPath?: string;
  topic?: string;
}

export interface Walked {
  changes: Change[];
  links: ChangeLink[];
  /** Ids of items paired by what identifies them rather than by id: before id → after id. */
  rekeyed: Map<string, string>;
}

const SKIP = new Set(['kind', 'schemaVersion', 'id', 'meta.createdAt', 'meta.updatedAt', 'meta.suggested']);
/** Values compared whole: groups whose parts make one value in words, lists of plain values, host data. */
const WHOLE = new Set(['employment.salary', 'supervision.arrangements[].frequency', 'extensions']);

let order: Map<string, number> | undefined;
/** Each key's place in document order, by the pattern of the object holding it (cached). */
const ranks = new Map<string, Map<string, number>>();
function rankOf(pattern: string, key: string): number {
  let byKey = ranks.get(pattern);
  if (!byKey) ranks.set(pattern, (byKey = new Map()));
  let r = byKey.get(key);
  if (r === undefined) {
    order ??= new Map(Object.keys(fieldLabels).map((k, i) => [k, i]));
    r = order.get(pattern ? `${pattern}.${key}` : key) ?? Number.MAX_SAFE_INTEGER;
    byKey.set(key, r);
  }
  return r;
}
/** Keys in document order (the order of the field labels), unknown keys last in their own order. */
function orderedKeys(pattern: string, a: Record<string, unknown> | undefined, b: Record<string, unknown> | undefined): string[] {
  const keys = a ? Object.keys(a) : [];
  if (b) for (const k of Object.keys(b)) if (!a || !Object.hasOwn(a, k)) keys.push(k);
  return keys.sort((x, y) => rankOf(pattern, x) - rankOf(pattern, y));
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function equal(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!equal(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const ka = Object.keys(a), kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  for (const k of ka) if (!Object.hasOwn(b, k) || !equal((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])) return false;
  return true;
}

/** Where a change happens: the item it belongs to, if any, and both paths. */
interface At {
  section: string;
  beforePath: PathSegment[];
  afterPath: PathSegment[];
  item?: { spec: ListSpec; before: Item; after: Item; from: number; to: number };
}

class Walker {
  readonly changes: Change[] = [];
  readonly links: ChangeLink[] = [];
  readonly rekeyed = new Map<string, string>();

  push(change: Change, link: ChangeLink): void {
    this.changes.push(change);
    this.links.push(link);
  }

  /** Compares two values at the same place (both present in their documents' structure). */
  value(pattern: string, before: unknown, after: unknown, at: At): void {
    // Most of two versions is equal: one cheap look at a whole part spares walking into it.
    if (before === after || equal(before, after)) return;
    const list = LIST_AT.get(pattern);
    if (list && Array.isArray(before) && Array.isArray(after)) return this.list(list, before as Item[], after as Item[], at);
    if (!WHOLE.has(pattern) && (isRecord(before) || isRecord(after)) && !(before !== undefined && !isRecord(before)) && !(after !== undefined && !isRecord(after))) {
      for (const k of orderedKeys(pattern, after as Record<string, unknown> | undefined, before as Record<string, unknown> | undefined)) {
        const p = pattern ? `${pattern}.${k}` : k;
        if (SKIP.has(p) || (k === 'id' && pattern.endsWith('[]'))) continue;
        this.value(p, (before as Record<string, unknown> | undefined)?.[k], (after as Record<string, unknown> | undefined)?.[k], {
          ...at, section: at.section || k, beforePath: [...at.beforePath, k], afterPath: [...at.afterPath, k],
        });
      }
      return;
    }
    this.field(pattern, before, after, at);
  }

  field(pattern: string, before: unknown, after: unknown, at: At): void {
    const change: Change['change'] = before === undefined ? 'added' : after === undefined ? 'removed' : 'changed';
    const where = after === undefined ? at.beforePath : at.afterPath;
    const item = at.item;
    const field = fieldName(pattern);
    const c: Change = { path: formatPath(where), section: at.section, change, label: '', field };
    if (item) c.itemId = item.after.id;
    if (before !== undefined) c.before = before;
    if (after !== undefined) c.after = after;
    const prose = (typeof before === 'string' || before === undefined) && (typeof after === 'string' || after === undefined) && isProse(pattern, before, after);
    // Values in words for every change but prose (whose words are its differences).
    if (!prose) {
      if (before !== undefined) c.beforeText = valueText(pattern, before);
      if (after !== undefined) c.afterText = valueText(pattern, after);
    }
    let label: string;
    const key = pattern.slice(pattern.lastIndexOf('.') + 1);
    if (item && key === item.spec.nameField && change === 'changed' && !prose) {
      label = `${item.spec.noun(item.before, item.from + 1)} renamed ${item.spec.noun(item.after, item.to + 1).replace(/^.*?(“)/, '$1')}`;
    } else if (item && key === item.spec.nameField && change === 'changed') {
      c.words = wordDiff(before as string, after as string);
      label = `${item.spec.noun(item.before, item.from + 1)} ${mostlyRewritten(c.words) ? 'rewritten' : 'edited'}`;
    } else if (item && pattern === 'duties[].kind' && change === 'changed') {
      label = `${item.spec.name(item.after, item.to + 1)} moved from ${valueText(pattern, before)} to ${valueText(pattern, after)}`;
    } else if (item && (pattern === 'boundaries[].topic' || pattern === 'supervision.arrangements[].type') && change === 'changed') {
      label = `${pattern === 'boundaries[].topic' ? 'Boundary topic' : 'Supervision arrangement'} changed from ${valueText(pattern, before)} to ${valueText(pattern, after)}`;
    } else {
      const subject = item ? itemSubject(pattern, item.spec.name(item.after, item.to + 1)) : field;
      if (prose) {
        if (change === 'changed') {
          c.words = wordDiff(before as string, after as string);
          label = `${subject} ${mostlyRewritten(c.words) ? 'rewritten' : 'edited'}`;
        } else {
          // A text added or removed whole is one run of words, so it reads like any other text change.
          c.words = change === 'added' ? [{ kind: 'added', text: after as string }] : [{ kind: 'removed', text: before as string }];
          label = `${subject} ${change}`;
        }
      } else {
        label = change === 'added' ? `${subject} set to ${c.afterText}`
          : change === 'removed' ? `${subject} cleared (was ${c.beforeText})`
          : /^Band /.test(c.beforeText ?? '') && !item ? `${c.beforeText} → ${c.afterText}`
          : `${subject}: ${c.beforeText} → ${c.afterText}`;
      }
    }
    c.label = label;
    const bp = formatPath(at.beforePath);
    if (before !== undefined && bp !== c.path) c.beforePath = bp;
    this.push(c, {
      beforeItemId: item?.before.id, afterItemId: item?.after.id,
      beforePath: bp, afterPath: formatPath(at.afterPath),
      topic: item && pattern.startsWith('boundaries[]') ? String(item.after.topic) : undefined,
    });
  }

  list(spec: ListSpec, before: readonly Item[], after: readonly Item[], at: At): void {
    const pattern = spec.path.join('.');
    const matches = matchItems(spec, before, after);
    const paired = matches.filter((m) => m.from >= 0 && m.to >= 0);
    const moved = movedItems(paired.map((m) => m.from));
    let p = 0;
    for (const m of matches) {
      if (m.to >= 0 && m.from >= 0) {
        const b = before[m.from]!, a = after[m.to]!;
        if (b.id !== a.id) this.rekeyed.set(b.id, a.id);
        const itemAt: At = { section: at.section, beforePath: [...at.beforePath, m.from], afterPath: [...at.afterPath, m.to], item: { spec, before: b, after: a, from: m.from, to: m.to } };
        if (moved.has(p++)) this.moved(spec, b, a, m, itemAt, m.to > 0 ? after[m.to - 1] : undefined);
        if (b !== a) this.value(`${pattern}[]`, b, a, itemAt);
      } else if (m.to >= 0) {
        const a = after[m.to]!;
        this.whole(spec, 'added', a, m.to, { ...at, afterPath: [...at.afterPath, m.to], beforePath: at.beforePath });
      } else {
        const b = before[m.from]!;
        this.whole(spec, 'removed', b, m.from, { ...at, beforePath: [...at.beforePath, m.from], afterPath: at.afterPath });
      }
    }
  }

  moved(spec: ListSpec, b: Item, a: Item, m: { from: number; to: number }, at: At, previous: Item | undefined): void {
    const path = formatPath(at.afterPath), bp = formatPath(at.beforePath);
    // Items added or removed around it can leave a moved item at the same number: then say where it is now.
    const where = m.from !== m.to ? `from position ${m.from + 1} to position ${m.to + 1}`
      : previous ? `to after ${spec.noun(previous, m.to).replace(/^[A-Z]/, (x) => x.toLowerCase())}` : 'to the top';
    const c: Change = {
      path, itemId: a.id, section: at.section, change: 'moved', before: m.from + 1, after: m.to + 1,
      label: `${spec.noun(a, m.to + 1)} moved ${where}`,
      beforeText: `position ${m.from + 1}`, afterText: `position ${m.to + 1}`,
    };
    if (bp !== path) c.beforePath = bp;
    this.push(c, { beforeItemId: b.id, afterItemId: a.id, beforePath: bp, afterPath: path, topic: spec.path[0] === 'boundaries' ? String(a.topic) : undefined });
  }

  whole(spec: ListSpec, change: 'added' | 'removed', item: Item, index: number, at: At): void {
    const path = formatPath(change === 'added' ? at.afterPath : at.beforePath);
    const noun = (spec.whole ?? spec.noun)(item, index + 1);
    const c: Change = { path, itemId: item.id, section: at.section, change, label: `${noun} ${change}` };
    if (change === 'added') c.after = item;
    else c.before = item;
    const topic = spec.path[0] === 'boundaries' ? String(item.topic) : undefined;
    // The list itself is the place on the other side: adding a duty can fix a finding about the duties.
    const list = formatPath(change === 'added' ? at.beforePath : at.afterPath);
    this.push(c, change === 'added' ? { afterItemId: item.id, afterPath: path, beforePath: list, topic } : { beforeItemId: item.id, beforePath: path, afterPath: list, topic });
  }
}

export function walk(before: RoleDocument, after: RoleDocument): Walked {
  const w = new Walker();
  w.value('', before, after, { section: '', beforePath: [], afterPath: [] });
  return { changes: w.changes, links: w.links, rekeyed: w.rekeyed };
}
