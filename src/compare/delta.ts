/**
 * The assessment delta: both roles assessed with the same policy, the findings fixed and introduced,
 * and which change each of those findings concerns.
 *
 * A finding is the same on both sides when its rule, its target and its field are: the target is the
 * list item (`itemId`, with the ids of items paired by what identifies them mapped to the new
 * side's), else the boundary topic (`topic`), else nothing; the field is its path with list
 * positions left out, so a finding survives its item moving. Findings are counted, so two equal
 * findings before and one after leave one fixed. The message is not compared: "Shares add up to
 * 110%" becoming "120%" is the same finding, still there.
 */
import { assessRole } from '../assess/assess.js';
import type { Assessment, Finding, PolicyInput } from '../assess/types.js';
import { THEME_IDS, type ThemeId } from '../catalogue/ids.js';
import type { RoleDocument } from '../model/schema.js';
import type { AssessmentDelta, Change, CompareOptions } from './types.js';
import type { ChangeLink } from './walk.js';

export function policyOf(options: CompareOptions | undefined): PolicyInput | undefined {
  if (!options) return undefined;
  const policy: PolicyInput = { ...options.policy };
  if (options.organisation !== undefined) policy.organisation = options.organisation;
  if (options.today !== undefined) policy.today = options.today;
  return policy;
}

const POSITIONS = /\[\d+\]/g;

function keyOf(f: Finding, ids?: ReadonlyMap<string, string>): string {
  const target = f.itemId !== undefined ? `i:${ids?.get(f.itemId) ?? f.itemId}` : f.topic !== undefined ? `t:${f.topic}` : '';
  return `${f.ruleId}\u0000${target}\u0000${(f.path ?? '').replace(POSITIONS, '[]')}`;
}

/** The findings of `from` left over once each has been matched with an equal one of `against`. */
function unmatched(from: readonly Finding[], against: readonly Finding[], fromIds?: ReadonlyMap<string, string>, againstIds?: ReadonlyMap<string, string>): Finding[] {
  const counts = new Map<string, number>();
  for (const f of against) {
    const k = keyOf(f, againstIds);
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const out: Finding[] = [];
  for (const f of from) {
    const k = keyOf(f, fromIds);
    const n = counts.get(k) ?? 0;
    if (n > 0) counts.set(k, n - 1);
    else out.push(f);
  }
  return out;
}

/**
 * Fixed and introduced findings of two assessments when no item was paired by what identifies it
 * (always so for two versions of one role): assessments are immutable and memoised per document, so
 * comparing the same versions again reuses the answer.
 */
const deltas = new WeakMap<Assessment, WeakMap<Assessment, { fixed: Finding[]; introduced: Finding[] }>>();
function findingDelta(a: Assessment, b: Assessment): { fixed: Finding[]; introduced: Finding[] } {
  let byAfter = deltas.get(a);
  if (!byAfter) deltas.set(a, (byAfter = new WeakMap()));
  let d = byAfter.get(b);
  if (!d) byAfter.set(b, (d = { fixed: unmatched(a.findings, b.findings), introduced: unmatched(b.findings, a.findings) }));
  return d;
}

export function assessmentDelta(before: RoleDocument, after: RoleDocument, options: CompareOptions | undefined, rekeyed: ReadonlyMap<string, string>): AssessmentDelta {
  const policy = policyOf(options);
  const a: Assessment = assessRole(before, policy);
  const b: Assessment = assessRole(after, policy);
  const ids = rekeyed.size ? rekeyed : undefined;
  const themes = {} as Record<ThemeId, { before: number; after: number }>;
  for (const t of THEME_IDS) themes[t] = { before: a.themes[t].score, after: b.themes[t].score };
  const { fixed, introduced } = ids
    ? { fixed: unmatched(a.findings, b.findings, ids, undefined), introduced: unmatched(b.findings, a.findings, undefined, ids) }
    : findingDelta(a, b);
  return {
    before: a,
    after: b,
    fixed: [...fixed],
    introduced: [...introduced],
    readiness: { before: a.readiness, after: b.readiness },
    themes,
    balance: { before: a.balance, after: b.balance },
  };
}

/** Whether two paths are one inside the other (or the same). */
function nested(x: string, y: string): boolean {
  if (x === y) return true;
  const [short, long] = x.length < y.length ? [x, y] : [y, x];
  return long.startsWith(short) && (long[short.length] === '.' || long[short.length] === '[');
}

/**
 * Adds to each change the fixed and introduced findings that concern it. A finding about a list item
 * goes to that item's changes whose field it is about (one inside the other), else to the item's
 * first change (often what caused it: a duty made core, the item added or removed); a finding about
 * a boundary topic to the changes of that boundary; any other to the changes inside its field, or
 * around it.
 */
export function linkFindings(changes: Change[], links: readonly ChangeLink[], delta: AssessmentDelta): void {
  const tie = (findings: readonly Finding[], side: 'before' | 'after', put: (c: Change, f: Finding) => void) => {
    for (const f of findings) {
      const of = (i: number) => {
        const l = links[i]!;
        return side === 'before' ? { id: l.beforeItemId, path: l.beforePath, topic: l.topic } : { id: l.afterItemId, path: l.afterPath, topic: l.topic };
      };
      let hits: number[] = [];
      if (f.itemId !== undefined) {
        const mine = changes.map((_, i) => i).filter((i) => of(i).id === f.itemId);
        const exact = f.path === undefined ? [] : mine.filter((i) => of(i).path !== undefined && nested(f.path!, of(i).path!));
        hits = exact.length ? exact : mine.slice(0, 1);
      } else if (f.topic !== undefined) {
        hits = changes.map((_, i) => i).filter((i) => of(i).topic === f.topic);
      } else if (f.path !== undefined) {
        hits = changes.map((_, i) => i).filter((i) => of(i).path !== undefined && nested(f.path!, of(i).path!));
      }
      for (const i of hits) put(changes[i]!, f);
    }
  };
  tie(delta.fixed, 'before', (c, f) => (c.fixes ??= []).push(f));
  tie(delta.introduced, 'after', (c, f) => (c.introduces ??= []).push(f));
}
