/** Shared helpers for the store tests. */
import { createRoleDocument } from '../../../src/model/create.js';
import type { RoleDocument } from '../../../src/model/schema.js';

/** A valid empty draft with a fixed id and time. */
export function emptyDoc(id = 'doc1', at = '2026-01-05T09:00:00.000Z'): RoleDocument {
  return createRoleDocument({ id, now: at });
}

/** A fake clock: `now()` returns the current time; `tick(ms)` moves it on. */
export function fakeClock(start = Date.parse('2026-01-05T10:00:00.000Z')) {
  let t = start;
  return { now: () => new Date(t), tick: (ms: number) => { t += ms; } };
}

/** Manual timers for autosave, so debouncing is tested without waiting. */
export function manualTimers() {
  const queue = new Map<number, () => void>();
  let next = 1;
  return {
    setTimer: (fn: () => void) => { queue.set(next, fn); return next++; },
    clearTimer: (h: unknown) => { queue.delete(h as number); },
    runAll: () => { const fns = [...queue.values()]; queue.clear(); fns.forEach((f) => f()); },
    get pending() { return queue.size; },
  };
}
