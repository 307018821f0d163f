/**
 * `assessRole(doc, policy?)`: findings, balance, theme coverage, readiness and banding readiness of
 * one document snapshot.
 *
 * Memoised per (document, policy): the editors call it on every keystroke with the same snapshot, so
 * one snapshot is assessed once. Documents are matched by identity (snapshots are immutable; a change
 * makes a new object) and policies by their values, so a new policy object with equal values hits
 * the cache. The returned assessment is shared: treat it as read-only.
 */
import type { RoleDocument } from '../model/schema.js';
import { applyOrganisation } from '../organisation/apply.js';
import { bandingReadiness } from './banding.js';
import { gatherFacts, type RoleFacts } from './facts.js';
import { fillPath, pathOrder, type PathOrder } from './paths.js';
import { policyKey, resolvePolicy, type ResolvedPolicy } from './policy.js';
import { ruleDefinitions } from './rules/index.js';
import type { At, RuleDefinition, Sink } from './rules/rule.js';
import { scoreThemes } from './themes.js';
import type { Assessment, Finding, PolicyInput, Readiness, Severity } from './types.js';

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

interface Entry {
  finding: Finding;
  severity: number;
  order: PathOrder;
}

/** What one rule reported about the list items it checked with `eachItem`, by index. */
interface ItemMemo {
  items: object[];
  entries: Entry[][];
}

/**
 * Per rule, what it reported about each list item in the previous assessment. A keystroke changes
 * one item (an edit makes a new object only for the item it changes), so the rules that check items
 * one by one re-check that item only; the others' findings are the same objects as before, which
 * also lets an editor see at a glance that an item's findings did not change.
 */
let lastItems = new Map<RuleDefinition, ItemMemo>();

class Collector implements Sink {
  readonly entries: Entry[] = [];
  readonly items = new Map<RuleDefinition, ItemMemo>();
  rule!: RuleDefinition;
  /** The item whose findings are being recorded (after a `reused` that missed), and its index. */
  private recording?: Entry[];
  private recordingIndex = -1;

  /** The current rule's memo in this assessment and in the previous one (looked up once per rule, not per item). */
  private memo?: ItemMemo;
  private last?: ItemMemo;

  check(rule: RuleDefinition, facts: RoleFacts): void {
    this.rule = rule;
    this.memo = undefined;
    this.last = lastItems.get(rule);
    this.recording = undefined;
    rule.check(facts, this);
    this.recording = undefined;
  }

  eachItem<T extends object>(items: readonly T[], check: (item: T, index: number) => void): void {
    for (let i = 0; i < items.length; i++) if (!this.reused(items[i]!, i)) check(items[i]!, i);
  }

  /**
   * True when this rule checked the same `item` at `index` in the previous assessment: its findings
   * from then are reported again. Otherwise the findings `add` reports next are recorded for it.
   */
  private reused(item: object, index: number): boolean {
    let memo = this.memo;
    if (!memo) this.items.set(this.rule, (memo = this.memo = { items: [], entries: [] }));
    const last = this.last;
    if (last && last.items[index] === item) {
      const kept = last.entries[index]!;
      memo.items[index] = item;
      memo.entries[index] = kept;
      // The kept entries themselves: the sort is stable, so the order they are added in is the last tie-break.
      for (const e of kept) this.entries.push(e);
      this.recording = undefined;
      return true;
    }
    memo.items[index] = item;
    memo.entries[index] = this.recording = [];
    this.recordingIndex = index;
    return false;
  }

  add(message: string, at: At, fix?: string): void {
    const r = this.rule;
    const finding: Finding = {
      ruleId: r.id,
      severity: r.severity,
      themes: r.themes,
      basis: r.basis,
      sources: r.sources,
      message,
      fix: fix ?? r.fix,
      path: fillPath(at.path, at.index),
    };
    if (at.itemId !== undefined) finding.itemId = at.itemId;
    if (at.topic !== undefined) finding.topic = at.topic;
    const entry = { finding, severity: SEVERITY_RANK[r.severity], order: pathOrder(at.path, at.index) };
    if (this.recording && at.index === this.recordingIndex) this.recording.push(entry);
    this.entries.push(entry);
  }
}

/** Severity, then place in the document; ties keep the order the rules reported them in (the sort is stable). */
function byPriority(a: Entry, b: Entry): number {
  return (
    a.severity - b.severity ||
    a.order.primary - b.order.primary ||
    a.order.index - b.order.index ||
    a.order.secondary - b.order.secondary
  );
}

/** Assesses a document with a resolved policy, without the cache. */
export function computeAssessment(doc: RoleDocument, policy: ResolvedPolicy): Assessment {
  const facts = gatherFacts(applyOrganisation(doc, policy.organisation), policy);
  const out = new Collector();
  for (const rule of ruleDefinitions) out.check(rule, facts);
  lastItems = out.items;
  const entries = out.entries.sort(byPriority);
  const findings = new Array<Finding>(entries.length);
  let errors = 0, warnings = 0;
  for (let i = 0; i < entries.length; i++) {
    const f = entries[i]!.finding;
    findings[i] = f;
    if (f.severity === 'error') errors++;
    else if (f.severity === 'warning') warnings++;
  }
  const readiness: Readiness = errors > 0 ? 'incomplete' : warnings > 0 ? 'needs-attention' : 'ready';
  // The theme coverage and the banding readiness are worked out when first read: an editor reads
  // the findings and the balance on every keystroke, the insights the rest.
  let themes: Assessment['themes'] | undefined;
  let banding: Assessment['banding'] | undefined;
  return {
    findings,
    balance: facts.balance,
    get themes() {
      return (themes ??= scoreThemes(facts));
    },
    readiness,
    get banding() {
      return (banding ??= bandingReadiness(facts));
    },
  };
}

/**
 * The memo: the most recently assessed documents, newest first, each with its results per policy
 * key. It holds documents by identity in a short strong list rather than a WeakMap: a WeakMap keeps
 * every result alive until the collector has proved its document dead, which promotes short-lived
 * assessments to the old generation and cost about 30 µs an assessment when a stream of snapshots
 * was assessed (measured with bench/node-throughput.mjs). Editors ask about the current snapshot —
 * and, across a page, a few recent ones — so a short list answers them, and an old snapshot is at
 * worst assessed again.
 */
const RECENT_DOCUMENTS = 16;
/** How many policies one document keeps results for (the clock's date changes the key daily). */
const PER_DOCUMENT = 4;

interface Memo {
  doc: RoleDocument;
  keys: string[];
  results: Assessment[];
}
const recent: Memo[] = [];

function remember(doc: RoleDocument): Memo {
  for (let i = 0; i < recent.length; i++) {
    const m = recent[i]!;
    if (m.doc !== doc) continue;
    if (i > 0) {
      recent.splice(i, 1);
      recent.unshift(m);
    }
    return m;
  }
  const m: Memo = { doc, keys: [], results: [] };
  recent.unshift(m);
  if (recent.length > RECENT_DOCUMENTS) recent.pop();
  return m;
}

/**
 * Assesses a role document. `policy` overrides the organisation thresholds (see `defaultPolicy`);
 * `policy.today` fixes the date that date rules compare with (default: the clock);
 * `policy.organisation` is the organisation profile, whose facts fill what the role leaves unset. Memoised per
 * (document, policy values): the same snapshot with an equal policy returns the same object.
 */
export function assessRole(doc: RoleDocument, policy?: PolicyInput): Assessment {
  const resolved = resolvePolicy(policy);
  const key = policyKey(resolved);
  const memo = remember(doc);
  const at = memo.keys.indexOf(key);
  if (at >= 0) return memo.results[at]!;
  const assessment = computeAssessment(doc, resolved);
  if (memo.keys.length >= PER_DOCUMENT) {
    memo.keys.shift();
    memo.results.shift();
  }
  memo.keys.push(key);
  memo.results.push(assessment);
  return assessment;
}
