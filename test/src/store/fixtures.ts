/**
 * A valid empty document for the store tests. Private throwaway: the model's createRoleDocument()
 * replaces it once the model branch is merged.
 */
import type { RoleDocument } from '../../../src/model/schema.js';

export function emptyDoc(id = 'doc1', at = '2026-01-05T09:00:00.000Z'): RoleDocument {
  return {
    kind: 'psw-role-document',
    schemaVersion: 1,
    id,
    meta: { status: 'draft', createdAt: at, updatedAt: at },
    context: {},
    role: {},
    duties: [],
    boundaries: [],
    supervision: { arrangements: [] },
    training: { peerSpecific: [] },
    team: {},
    leadership: {},
    employment: {},
    progression: { steps: [] },
    wellbeing: {},
    recruitment: { personSpec: { essential: [], desirable: [] } },
  };
}

/** A fake clock: `now()` returns the current time; `tick(ms)` moves it on. */
export function fakeClock(start = Date.parse('2026-01-05T10:00:00.000Z')) {
  let t = start;
  return { now: () => new Date(t), tick: (ms: number) => { t += ms; } };
}
