/** A day on which a pay table the toolkit holds is in force (Agenda for Change England 2026/27). */
export const DAY_WITH_PAY_TABLE = '2026-12-01';

/**
 * The assessment's "today" for a test that expects a role to be ready: whether a pay table is in force
 * depends on the day (rule R59), so a test run on the real date would start failing once the newest
 * table the toolkit holds has ended. `fixToday(DAY_WITH_PAY_TABLE)` makes `Date.now()` (which the assessment
 * reads for the date, src/assess/policy.ts) answer that day at noon, local time, with the clock moving
 * on from there; the function it returns puts the real clock back. Timers and `new Date()` are untouched, so a
 * template's role is made for that day with `createRoleDocument({ template, today })`.
 */
export function fixToday(day: string): () => void {
  const real = Date.now;
  const offset = new Date(`${day}T12:00:00`).getTime() - real();
  Date.now = () => real() + offset;
  return () => { Date.now = real; };
}
