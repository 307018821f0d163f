/**
 * The placeholder assessment (`pending: true`) that the elements' document snapshots carry until
 * the assessment engine, a lazy chunk of the drop-in bundle, has loaded. Tiny and free of rules on
 * purpose: the elements import it eagerly, and `assessRole` lives elsewhere.
 */
import type { ThemeId } from '../catalogue/ids.js';
import type { Assessment, ThemeCoverage } from './types.js';

const theme = (): ThemeCoverage => Object.freeze({ score: 0, addressedBy: Object.freeze([]) as unknown as string[] });
const themes: Record<ThemeId, ThemeCoverage> = { T1: theme(), T2: theme(), T3: theme(), T4: theme(), T5: theme() };

/** Frozen, shared: no findings yet, zero balance ("unknown"), readiness "incomplete". */
export const PENDING_ASSESSMENT: Assessment = Object.freeze({
  pending: true as const,
  findings: Object.freeze([]) as unknown as Assessment['findings'],
  balance: Object.freeze({
    core: 0, flexible: 0, excluded: 0, unallocated: 0, total: 0, overAllocated: false,
    flexibleWithoutBounds: 0, flexibleWithoutReview: 0, verdict: 'unknown' as const,
  }),
  themes: Object.freeze(themes),
  readiness: 'incomplete' as const,
  banding: Object.freeze({ ready: false, missing: Object.freeze([]) as unknown as string[] }),
});
