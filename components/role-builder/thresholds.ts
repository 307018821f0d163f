/**
 * The tool's default thresholds the builder names in its hints and balance text: heuristics of
 * this tool, not evidence, taken from the assessment's own defaults so the two always agree.
 *
 * RECONCILE: a host page cannot yet give the document provider its own policy; when it can, the
 * balance could carry the thresholds it was judged with, and the builder would show those.
 */
import { defaultPolicy } from '../../src/assess/policy.js';

export const toolDefaults = {
  maxInvolvementRequestCap: defaultPolicy.maxInvolvementRequestCap,
  balance: defaultPolicy.balance,
} as const;
