/**
 * Pay schemes and pay tables (S30 and others: docs/sources.md). The Agenda for Change 2025/26
 * figures come from third-party tables that cite NHS Employers; the NHS Employers page itself was
 * not read.
 * Each pay table carries its year, and `newestPayTableYear` is what a stale-pay rule compares
 * against (never the calendar). When a new table is published, add its bands and bump the year.
 */
import type { PaySchemeId, RoleLevelId } from './ids.js';
import type { CatalogueEntry } from './types.js';

export interface PayScheme extends CatalogueEntry<PaySchemeId> {
  /** The scheme has national bands in `payBands`. */
  readonly banded: boolean;
}

export const paySchemes: readonly PayScheme[] = [
  { id: 'agenda-for-change', label: 'NHS Agenda for Change', banded: true, description: 'The national NHS pay system, with bands and pay points reviewed each year.', sources: ['S30', 'S29'] },
  { id: 'vcse-own-grades', label: 'Voluntary sector own grades', banded: false, description: 'A charity’s or social enterprise’s own grades and terms.', sources: ['S31-k'] },
  { id: 'other', label: 'Other pay arrangement', banded: false, description: 'Any other arrangement, for example local authority grades or apprenticeship pay.', sources: ['S30'] },
];

export interface PayBand extends CatalogueEntry<string> {
  readonly scheme: PaySchemeId;
  readonly band: string;
  /** The pay year the figures are for, e.g. "2025/26". */
  readonly year: string;
  /** Annual salary in GBP at the entry and top points. */
  readonly min: number;
  readonly max: number;
  /** Every pay point, entry first. */
  readonly points?: readonly number[];
  /** Hourly equivalents in GBP where the source gives them. */
  readonly hourly?: { readonly min: number; readonly max: number };
  /** Role levels commonly advertised at this band (observed, not a national rule). */
  readonly typicalFor?: readonly RoleLevelId[];
}

/** The newest pay table the catalogue holds. */
export const newestPayTableYear = '2025/26';

const afc = (band: string, points: number[], description: string, extra: Partial<PayBand> = {}): PayBand => ({
  id: `afc-2025-26-band-${band}`, scheme: 'agenda-for-change', band, year: newestPayTableYear,
  label: `Band ${band} (2025/26)`, description,
  min: points[0]!, max: points[points.length - 1]!, points, sources: ['S30'], ...extra,
});

export const payBands: readonly PayBand[] = [
  afc('2', [24465], 'A single pay point.'),
  afc('3', [24937, 26598], 'Top point after 2 years. The usual band for a PSW.', { hourly: { min: 12.75, max: 13.6 }, typicalFor: ['psw'], sources: ['S30', 'S29', 'S31-b', 'S23'] }),
  afc('4', [27485, 30162], 'Top point after 3 years. Some PSW posts; a likely band for senior PSWs (unconfirmed).', { hourly: { min: 14.06, max: 15.43 }, typicalFor: ['psw', 'senior-psw'], sources: ['S30', 'S29'] }),
  afc('5', [31049, 33487, 37796], 'Steps after 2 and 4 years. Seen for peer support coordinators.', { typicalFor: ['senior-psw', 'peer-coordinator'], sources: ['S30', 'S31-i'] }),
  afc('6', [38682, 40823, 46580], 'Steps after 2 and then 3 years. Advanced peer practitioner and lead roles (unconfirmed).', { typicalFor: ['advanced-practitioner', 'peer-lead'], sources: ['S30', 'S31-i'] }),
  afc('7', [47810, 50273, 54710], 'Steps after 2 and then 3 years. Peer lead roles (unconfirmed).', { typicalFor: ['peer-lead'], sources: ['S30', 'S11'] }),
  afc('8a', [55690, 58487, 62682], 'Head of lived experience roles (unconfirmed).', { typicalFor: ['head-of-lived-experience'], sources: ['S30', 'S68'] }),
];

/** The pay band entry for a scheme and band, from the newest table unless a year is given. */
export function findPayBand(scheme: PaySchemeId, band: string, year: string = newestPayTableYear): PayBand | undefined {
  return payBands.find((b) => b.scheme === scheme && b.band === band && b.year === year);
}
