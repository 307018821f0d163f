/**
 * Organisation policy: the thresholds of the assessment. Every default below is a heuristic of this
 * tool, not a figure from evidence, so an organisation can set its own through
 * `assessRole(doc, policy)` (docs/rules.md, "Policy").
 */
import type { OrganisationProfile } from '../organisation/schema.js';
import type { Policy, PolicyInput } from './types.js';

/** The policy a resolved assessment works with: every threshold filled in, `today` fixed. */
export type ResolvedPolicy = Required<Omit<Policy, 'balance' | 'organisation'>> & { balance: Policy['balance']; organisation?: OrganisationProfile };

/**
 * The defaults (all tool heuristics):
 * - `minFixedTermMonths` 12: fixed-term posts shorter than a year are flagged (rule R18; the study
 *   names funding insecurity, not a number).
 * - `maxInvolvementRequestCap` 20: involvement/co-production requests may take at most a fifth of
 *   contracted time ([S34] says PSW time must be protected; the 20 % is ours).
 * - `minCoreDuties` 3: fewer core duties than this is flagged as too little structure.
 * - `minSupervisionSessionsPerMonth` 1: at least one supervision session a month besides line
 *   management (no UK source gives a frequency).
 * - `balance`: too rigid below 10 % flexible time; too loose above 50 % flexible time or below 40 %
 *   core time (percent of contracted hours).
 * - `today`: the clock, read on every call (so cached results roll over at midnight).
 */
export const defaultPolicy: Readonly<Policy> = Object.freeze({
  minFixedTermMonths: 12,
  maxInvolvementRequestCap: 20,
  minCoreDuties: 3,
  minSupervisionSessionsPerMonth: 1,
  balance: Object.freeze({ tooRigidFlexibleBelow: 10, tooLooseFlexibleAbove: 50, tooLooseCoreBelow: 40 }),
});

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Today's local date as `YYYY-MM-DD`. */
export function clockToday(now: Date = new Date()): string {
  const m = now.getMonth() + 1;
  const d = now.getDate();
  return `${now.getFullYear()}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

/**
 * The clock's date for a policy without `today`: an editor assesses on every keystroke, so the date
 * is worked out once and kept until the next local midnight (`Date.now()` is read on every call).
 */
let clock: { today: string; from: number; until: number } | undefined;
function clockTodayKept(): string {
  const now = Date.now();
  if (!clock || now < clock.from || now >= clock.until) {
    const d = new Date(now);
    const y = d.getFullYear(), m = d.getMonth(), day = d.getDate();
    clock = { today: clockToday(d), from: new Date(y, m, day).getTime(), until: new Date(y, m, day + 1).getTime() };
  }
  return clock.today;
}

function num(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

/**
 * Fills a partial policy with the defaults. Values that are not finite numbers, and a `today` that is
 * not `YYYY-MM-DD`, fall back to the default: an editor calls this on every keystroke, so a bad host
 * setting degrades to the defaults rather than breaking the page.
 */
export function resolvePolicy(policy?: PolicyInput): ResolvedPolicy {
  const d = defaultPolicy;
  const org = isProfile(policy?.organisation) ? policy.organisation : undefined;
  if (!policy) return { minFixedTermMonths: d.minFixedTermMonths, maxInvolvementRequestCap: d.maxInvolvementRequestCap, minCoreDuties: d.minCoreDuties, minSupervisionSessionsPerMonth: d.minSupervisionSessionsPerMonth, balance: d.balance, today: clockTodayKept() };
  // The host's own keys win over the profile's, which win over the defaults.
  const o = org?.policy;
  const b = policy.balance, ob = o?.balance;
  const pick = (key: 'minFixedTermMonths' | 'maxInvolvementRequestCap' | 'minCoreDuties' | 'minSupervisionSessionsPerMonth') => num(policy[key], num(o?.[key], d[key]));
  const bal = (key: keyof Policy['balance']) => num(b?.[key], num(ob?.[key], d.balance[key]));
  const resolved: ResolvedPolicy = {
    minFixedTermMonths: pick('minFixedTermMonths'),
    maxInvolvementRequestCap: pick('maxInvolvementRequestCap'),
    minCoreDuties: pick('minCoreDuties'),
    minSupervisionSessionsPerMonth: pick('minSupervisionSessionsPerMonth'),
    balance: b || ob
      ? { tooRigidFlexibleBelow: bal('tooRigidFlexibleBelow'), tooLooseFlexibleAbove: bal('tooLooseFlexibleAbove'), tooLooseCoreBelow: bal('tooLooseCoreBelow') }
      : d.balance,
    today: typeof policy.today === 'string' && DATE.test(policy.today) ? policy.today : clockTodayKept(),
  };
  if (org) resolved.organisation = org;
  return resolved;
}

/** A profile passed in a policy is trusted to have come from `parseOrganisationProfile`; anything else is ignored. */
const isProfile = (v: unknown): v is OrganisationProfile =>
  v !== null && typeof v === 'object' && (v as { kind?: unknown }).kind === 'psw-organisation-profile';

const profileIds = new WeakMap<object, number>();
let nextProfileId = 1;
/** A number per profile object, so results for one profile are not served for another. */
function profileKey(p: OrganisationProfile | undefined): number {
  if (!p) return 0;
  let id = profileIds.get(p);
  if (id === undefined) profileIds.set(p, (id = nextProfileId++));
  return id;
}

/** A stable key for a resolved policy: equal values give equal keys (the memo cache relies on it). */
export function policyKey(p: ResolvedPolicy): string {
  const b = p.balance;
  return `${profileKey(p.organisation)}|${p.minFixedTermMonths}|${p.maxInvolvementRequestCap}|${p.minCoreDuties}|${p.minSupervisionSessionsPerMonth}|${b.tooRigidFlexibleBelow}|${b.tooLooseFlexibleAbove}|${b.tooLooseCoreBelow}|${p.today}`;
}
