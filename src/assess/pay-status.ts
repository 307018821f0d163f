/**
 * How a role's pay figures stand against the pay tables held (src/catalogue/pay.ts and the
 * organisation profile's own tables) on the assessment's date. The stale-pay rule (R59) and the
 * theme checklist both read it, so they can never disagree.
 */
import { payTableInForce, payTablesFor, payTableYearOf, type AnyPayTable } from '../catalogue/pay.js';
import type { RoleDocument } from '../model/schema.js';
import type { ResolvedPolicy } from './policy.js';
import { payYearStart } from './setting-facts.js';

export type PayStatus =
  /** The scheme has no tables and is not Agenda for Change: nothing to compare. */
  | { kind: 'not-applicable' }
  /** The role does not say which year's table its figures come from. */
  | { kind: 'no-year' }
  /** The figures come from the table in force, or a later one that is held; or no table covers the date yet. */
  | { kind: 'current'; inForce?: AnyPayTable }
  /**
   * The year the role names is no pay year (2025/99), or a later year than the table in force whose
   * table is not held (2099/00): nothing says the figures are current.
   */
  | { kind: 'unknown-year'; roleYear: string; inForce?: AnyPayTable; inForceYear?: string }
  /** The figures come from a table older than the one in force on the date. */
  | { kind: 'stale'; roleYear: string; inForce: AnyPayTable; inForceYear: string }
  /** The date is past the newest table held: this version of the toolkit cannot say what is current. */
  | { kind: 'beyond-newest'; roleYear: string; newest: AnyPayTable; newestYear: string }
  /**
   * No table held covers the date: the last one before it has ended and the next has not started,
   * and the role's figures are not from that next table.
   */
  | { kind: 'between-tables'; roleYear: string; ended: AnyPayTable; endedYear: string; next: AnyPayTable; nextYear: string }
  /** Agenda for Change, but no table is held for the organisation's nation. */
  | { kind: 'no-table'; nation: string };

export function payStatus(doc: RoleDocument, policy: ResolvedPolicy): PayStatus {
  const e = doc.employment;
  const scheme = e.payScheme;
  if (scheme === undefined) return { kind: 'not-applicable' };
  const options = { organisation: policy.organisation };
  const tables = payTablesFor(scheme, options);
  if (scheme !== 'agenda-for-change' && tables.length === 0) return { kind: 'not-applicable' };
  // Apprenticeships may be paid outside the bands; still, a stated year is compared like any other.
  const roleStart = payYearStart(e.payTableYear);
  if (roleStart === undefined) return { kind: 'no-year' };
  if (tables.length === 0) return { kind: 'no-table', nation: policy.organisation?.organisation.nation ?? 'england' };
  const roleYear = e.payTableYear!;
  // A pay year runs from one April to the next: 2025/26, never 2025/99.
  if (roleYear.slice(5) !== String((roleStart + 1) % 100).padStart(2, '0')) return { kind: 'unknown-year', roleYear };
  const inForce = payTableInForce(scheme, policy.today, options);
  if (inForce) {
    const inForceYear = payTableYearOf(inForce);
    const inForceStart = payYearStart(inForceYear)!;
    if (roleStart < inForceStart) return { kind: 'stale', roleYear, inForce, inForceYear };
    // A later year counts only when its table is held (published ahead of its April).
    if (roleStart > inForceStart && !tables.some((t) => payTableYearOf(t) === roleYear)) return { kind: 'unknown-year', roleYear, inForce, inForceYear };
    return { kind: 'current', inForce };
  }
  // No table is in force: every table starts later (nothing to compare yet), or the last one to
  // start has ended, with a later one held (a gap) or none (past the newest held).
  const started = tables.filter((t) => t.effectiveFrom <= policy.today);
  if (!started.length) return { kind: 'current' };
  const ended = started.reduce((a, b) => (b.effectiveFrom >= a.effectiveFrom ? b : a));
  const later = tables.filter((t) => t.effectiveFrom > policy.today);
  if (!later.length) return { kind: 'beyond-newest', roleYear, newest: ended, newestYear: payTableYearOf(ended) };
  // Figures from a table published ahead of its start count as current, as when a table is in force.
  if (later.some((t) => payTableYearOf(t) === roleYear)) return { kind: 'current' };
  const next = later.reduce((a, b) => (b.effectiveFrom < a.effectiveFrom ? b : a));
  return { kind: 'between-tables', roleYear, ended, endedYear: payTableYearOf(ended), next, nextYear: payTableYearOf(next) };
}
