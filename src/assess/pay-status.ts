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
  /** The figures come from the table in force, or a later one; or no table covers the date yet. */
  | { kind: 'current'; inForce?: AnyPayTable }
  /** The figures come from a table older than the one in force on the date. */
  | { kind: 'stale'; roleYear: string; inForce: AnyPayTable; inForceYear: string }
  /** The date is past the newest table held: this version of the toolkit cannot say what is current. */
  | { kind: 'beyond-newest'; roleYear: string; newest: AnyPayTable; newestYear: string }
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
  const inForce = payTableInForce(scheme, policy.today, options);
  if (inForce) {
    const inForceYear = payTableYearOf(inForce);
    return roleStart < payYearStart(inForceYear)! ? { kind: 'stale', roleYear, inForce, inForceYear } : { kind: 'current', inForce };
  }
  const newest = tables.reduce((a, b) => (b.effectiveFrom >= a.effectiveFrom ? b : a));
  if (newest.effectiveTo !== undefined && policy.today > newest.effectiveTo) {
    return { kind: 'beyond-newest', roleYear, newest, newestYear: payTableYearOf(newest) };
  }
  return { kind: 'current' };
}
