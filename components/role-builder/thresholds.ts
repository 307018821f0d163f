/**
 * The tool's default thresholds the builder names in its hints and balance text. They are
 * heuristics of this tool, not evidence, and must say what the assessment uses.
 *
 * RECONCILE: these mirror `defaultPolicy` of src/assess/policy.ts (branch `assess`, not merged when
 * this was written). When it is, import `defaultPolicy` here instead; better still, the balance
 * could carry the thresholds it was judged with, so a host's own policy shows too.
 */
export const toolDefaults = {
  maxInvolvementRequestCap: 20,
  balance: { tooRigidFlexibleBelow: 10, tooLooseFlexibleAbove: 50, tooLooseCoreBelow: 40 },
} as const;
