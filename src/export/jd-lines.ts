/**
 * Small helpers the job description's sections share: document text as one clean line, lists without
 * their absent entries, and key-value rows that show "To be agreed" when a required value is missing.
 */
import { line } from './format.js';
import { TO_BE_AGREED, type KeyValueRow } from './jd-model-types.js';

export { line };

export const defined = <T>(xs: readonly (T | undefined | false)[]): T[] => xs.filter((x): x is T => x !== undefined && x !== false);

export function row(key: string, value: string | undefined, required: boolean): KeyValueRow | undefined {
  if (value !== undefined) return { key, value };
  return required ? { key, value: TO_BE_AGREED, placeholder: true } : undefined;
}

/**
 * The advert's lines that are not in the organisation's header: job reference, closing date,
 * contact; and what the organisation profile says about pay (its nation and High Cost Area zone).
 */
export interface AdvertLines {
  readonly reference?: string;
  readonly closingDate?: string;
  readonly contact?: string;
  readonly nation?: string;
  /** Set when the salary's pay table figures were worked out by the toolkit, not copied from the published table: how (BuiltInPayTable.computedFrom). */
  readonly computedFrom?: string;
  readonly highCostArea?: 'inner-london' | 'outer-london' | 'fringe' | 'none';
}

export const ADVERT_LABELS = {
  reference: 'Job reference',
  closingDate: 'Closing date',
  contact: 'For an informal conversation, contact',
} as const;

export function advertRows(a: AdvertLines): (KeyValueRow | undefined)[] {
  return [
    row(ADVERT_LABELS.reference, a.reference, false),
    row(ADVERT_LABELS.closingDate, a.closingDate, false),
    row(ADVERT_LABELS.contact, a.contact, false),
  ];
}
