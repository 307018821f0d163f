/**
 * en-GB strings of the balance picture (components/base/balance.ts). They are part of the 'common'
 * area (spread into components/base/strings.ts), so the builder and the insights say the same thing
 * in every language: another language translates them once, under 'common'.
 */
const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

export const balanceStrings = {
  balanceHeading: 'Balance of structure and flexibility',
  balanceIntro: 'The share of contracted hours declared on each kind of duty.',
  balanceCore: 'Core',
  balanceFlexible: 'Flexible',
  balanceExcluded: 'Excluded',
  balanceUnallocated: 'Not allocated',
  balanceCoreHint: 'the structure: duties the post-holder always does',
  balanceFlexibleHint: 'shaped around each person, within agreed limits',
  balanceExcludedHint: 'time still declared on duties the role does not include',
  balanceUnallocatedHint: 'contracted hours not declared on any duty',
  balanceValue: (kind: string, value: string) => `${kind}: ${value}`,
  balanceVerdictLabel: 'Verdict',
  verdictBalanced: 'Balanced',
  verdictTooRigid: 'Too rigid',
  verdictTooLoose: 'Too loose',
  verdictUnknown: 'Not known yet',
  verdictHintBalanced: 'Core duties give the role structure, and flexible duties leave room to shape support around each person.',
  verdictHintTooRigid: 'Little time is left for flexible work, so the role may lose what makes it peer work.',
  verdictHintTooLoose: 'Too little of the time is structured by core duties, so the role may be unclear to the team and to the post-holder.',
  verdictHintUnknown: 'No share of time is declared on core or flexible duties yet, so the balance cannot be judged.',
  balanceThresholds: (rigid: string, looseFlexible: string, looseCore: string) =>
    `The verdict is a tool heuristic, not a finding of the study: “too rigid” means under ${rigid} flexible time; “too loose” means over ${looseFlexible} flexible time or under ${looseCore} core time. Your organisation may set its own thresholds.`,
  balanceOverAllocated: (total: string) => `The declared shares add up to ${total} of contracted hours, more than 100%.`,
  flexibleWithoutBounds: (n: number) => `${n} flexible ${plural(n, 'duty has', 'duties have')} no limit.`,
  flexibleWithoutReview: (n: number) => `${n} flexible ${plural(n, 'duty has', 'duties have')} no review interval.`,
};
export type BalanceStrings = typeof balanceStrings;
