/**
 * The one place the server reaches for `compareRoles` (src/compare/). It is looked up on the core's
 * exports at run time, so a build of the core without it still serves everything else: the compare
 * endpoint then answers 501 and the audit log records a write without its change summary.
 */
import * as core from '../src/index.js';
import type { OrganisationProfile, RoleDocument } from '../src/index.js';


export interface Comparison {
  changes: { path: string; itemId?: string; section?: string; change: string; before?: unknown; after?: unknown; label: string }[];
  assessment: { fixed: unknown[]; introduced: unknown[]; [k: string]: unknown };
}
type CompareRoles = (before: RoleDocument, after: RoleDocument, options?: { organisation?: OrganisationProfile; today?: string }) => Comparison;

export const compareRoles: CompareRoles | undefined = (() => {
  const fn: unknown = Reflect.get(core, 'compareRoles');
  return typeof fn === 'function' ? (fn as CompareRoles) : undefined;
})();

/** What the audit log keeps of a change: how many changes, their sentences (at most 20) and the findings delta. */
export function compareSummary(before: RoleDocument, after: RoleDocument): Record<string, unknown> | undefined {
  if (!compareRoles) return undefined;
  try {
    const c = compareRoles(before, after);
    return {
      changes: c.changes.length,
      labels: c.changes.slice(0, 20).map((x) => x.label),
      fixed: c.assessment.fixed.length,
      introduced: c.assessment.introduced.length,
    };
  } catch {
    return undefined;
  }
}
