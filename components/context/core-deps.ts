/**
 * The one place the context layer binds to the model and the assessment (DESIGN.md §3):
 * `parseRoleDocument`, `createRoleDocument`, `assessRole`, `newId`.
 *
 * TEMPORARY (assessRole only): the `assess` branch is still being written. Until it is merged,
 * `assessRole` here is a stand-in with the same signature that finds nothing. On merge it becomes a
 * re-export and nothing else changes.
 */
import type { RoleDocument } from '../../src/model/schema.js';
import type { Assessment } from '../../src/assess/types.js';

export { parseRoleDocument, createRoleDocument, newId, type ParseResult } from '../../src/model/index.js';

const emptyAssessments = new WeakMap<RoleDocument, Assessment>();
export function assessRole(doc: RoleDocument): Assessment {
  let a = emptyAssessments.get(doc);
  if (!a) {
    const theme = () => ({ score: 0, addressedBy: [] });
    a = {
      findings: [],
      balance: { core: 0, flexible: 0, excluded: 0, unallocated: 100, overAllocated: false, flexibleWithoutBounds: 0, flexibleWithoutReview: 0, verdict: 'unknown' },
      themes: { T1: theme(), T2: theme(), T3: theme(), T4: theme(), T5: theme() },
      readiness: 'incomplete',
      banding: { ready: false, missing: [] },
    } as unknown as Assessment;
    emptyAssessments.set(doc, a);
  }
  return a;
}
