/**
 * The balance of structure and flexibility, in percent of contracted hours.
 *
 * - core, flexible and excluded are the time declared on duties of that kind. Excluded duties
 *   normally declare no time; when one does, its share is kept under "excluded" (it is time declared
 *   on a duty of that kind) and rule R39 warns about it, so the figures always account for every
 *   declared percent.
 * - unallocated is what is left of 100 (never below 0); overAllocated says the shares add up to more.
 * - the verdict reads the policy's thresholds, which are tool heuristics, not evidence: "too-rigid"
 *   when flexible time is below `tooRigidFlexibleBelow`; otherwise "too-loose" when flexible time is
 *   above `tooLooseFlexibleAbove` or core time is below `tooLooseCoreBelow` (undeclared time counts as
 *   unstructured); otherwise "balanced". It is "unknown" while no time is declared on core or
 *   flexible duties.
 */
import type { Balance, BalanceVerdict, Policy } from './types.js';

/** Rounds away floating-point noise (33.3 + 33.3 + 33.4) without hiding real fractions. */
function tidy(n: number): number {
  return Math.round(n * 100) / 100;
}

export interface DeclaredTime {
  core: number;
  flexible: number;
  excluded: number;
}

export function balanceVerdict(core: number, flexible: number, thresholds: Policy['balance']): BalanceVerdict {
  if (core + flexible <= 0) return 'unknown';
  if (flexible < thresholds.tooRigidFlexibleBelow) return 'too-rigid';
  if (flexible > thresholds.tooLooseFlexibleAbove || core < thresholds.tooLooseCoreBelow) return 'too-loose';
  return 'balanced';
}

export function computeBalance(
  time: DeclaredTime,
  flexibleCount: number,
  flexibleBounded: number,
  flexibleReviewed: number,
  thresholds: Policy['balance'],
): Balance {
  const core = tidy(time.core);
  const flexible = tidy(time.flexible);
  const excluded = tidy(time.excluded);
  // The sum of the declared shares, not of the rounded ones: 99.875 + 0.125 is 100, not 100.01.
  const total = tidy(time.core + time.flexible + time.excluded);
  return {
    core,
    flexible,
    excluded,
    unallocated: total >= 100 ? 0 : tidy(100 - total),
    total,
    overAllocated: total > 100,
    flexibleWithoutBounds: flexibleCount - flexibleBounded,
    flexibleWithoutReview: flexibleCount - flexibleReviewed,
    verdict: balanceVerdict(core, flexible, thresholds),
  };
}
