/**
 * Pay schemes and pay tables as dated data ([S30], [S30-b]: docs/sources.md).
 *
 * A pay table is in force from `effectiveFrom` to `effectiveTo` (both inclusive). The table in force
 * on a date fills a new role's salary, and the stale-pay rule (R59) compares a role's table with the
 * table in force on the assessment's date — past the newest table held, it says so instead of
 * presenting an old table as current. An organisation profile may bring its own tables
 * (`pay.tables`), which win over the built-in ones for the same scheme and date.
 *
 * The built-in tables are Agenda for Change in England only. The 2025/26 figures come from
 * third-party tables that cite NHS Employers. The 2026/27 figures are COMPUTED from the award
 * (3.3 % on every point from 1 April 2026, [S30-b]): each 2025/26 point × 1.033, rounded to the
 * nearest pound; the published NHS Employers table was not read. When a new award is published,
 * add its table here.
 */
import type { PaySchemeId, RoleLevelId } from './ids.js';
import type { CatalogueEntry } from './types.js';
import type { OrganisationProfile, PayTable, PayTableBand } from '../organisation/schema.js';

export interface PayScheme extends CatalogueEntry<PaySchemeId> {
  /** The toolkit holds national tables for the scheme (`payTables`). */
  readonly banded: boolean;
}

export const paySchemes: readonly PayScheme[] = [
  { id: 'agenda-for-change', label: 'NHS Agenda for Change', banded: true, description: 'The national NHS pay system, with bands and pay points reviewed each year.', sources: ['S30', 'S29'] },
  { id: 'vcse-own-grades', label: 'Voluntary sector own grades', banded: false, description: 'A charity’s or social enterprise’s own grades and terms.', sources: ['S31-k'] },
  { id: 'other', label: 'Other pay arrangement', banded: false, description: 'Any other arrangement, for example local authority grades or apprenticeship pay.', sources: ['S30'] },
];

/** A band of a built-in table: the profile's band shape plus what the catalogue knows about it. */
export interface BuiltInPayBand extends PayTableBand {
  /** Every pay point, entry first (annual GBP). */
  readonly points: readonly number[];
  /** Hourly equivalents in GBP where known. */
  readonly hourly?: { readonly min: number; readonly max: number };
  /** Role levels commonly advertised at this band (observed, not a national rule). */
  readonly typicalFor?: readonly RoleLevelId[];
  /** What the band means for peer roles, in plain words. */
  readonly description: string;
  readonly sources: readonly string[];
}

/** A built-in table: the profile's `PayTable` shape, with its pay year and nation. */
export interface BuiltInPayTable extends PayTable {
  /** The pay year, e.g. "2026/27" (what a role's `employment.payTableYear` holds). */
  readonly year: string;
  /**
   * Set when the figures were worked out from an award rather than copied from the published
   * table, in words ("the 3.3% award from 1 April 2026"): rule R85 says so beside the salary.
   */
  readonly computedFrom?: string;
  readonly nation: 'england';
  bands: BuiltInPayBand[];
}

/** A table in force or held, from the catalogue or from an organisation profile. */
export type AnyPayTable = PayTable | BuiltInPayTable;

interface BandSpec {
  band: string;
  points: readonly number[];
  description: string;
  hourly?: { min: number; max: number };
  typicalFor?: readonly RoleLevelId[];
  sources?: readonly string[];
}

/** The 2025/26 Agenda for Change points in England ([S30]). */
const AFC_2025_26: readonly BandSpec[] = [
  { band: '2', points: [24465], description: 'A single pay point.' },
  { band: '3', points: [24937, 26598], description: 'Top point after 2 years. The usual band for a PSW.', hourly: { min: 12.75, max: 13.6 }, typicalFor: ['psw'], sources: ['S30', 'S29', 'S31-b', 'S23'] },
  { band: '4', points: [27485, 30162], description: 'Top point after 3 years. Some PSW posts; a likely band for senior PSWs (unconfirmed).', hourly: { min: 14.06, max: 15.43 }, typicalFor: ['psw', 'senior-psw'], sources: ['S30', 'S29'] },
  { band: '5', points: [31049, 33487, 37796], description: 'Steps after 2 and 4 years. Seen for peer support coordinators.', typicalFor: ['senior-psw', 'peer-coordinator'], sources: ['S30', 'S31-i'] },
  { band: '6', points: [38682, 40823, 46580], description: 'Steps after 2 and then 3 years. Advanced peer practitioner and lead roles (unconfirmed).', typicalFor: ['advanced-practitioner', 'peer-lead'], sources: ['S30', 'S31-i'] },
  { band: '7', points: [47810, 50273, 54710], description: 'Steps after 2 and then 3 years. Peer lead roles (unconfirmed).', typicalFor: ['peer-lead'], sources: ['S30', 'S11'] },
  { band: '8a', points: [55690, 58487, 62682], description: 'Head of lived experience roles (unconfirmed).', typicalFor: ['head-of-lived-experience'], sources: ['S30', 'S68'] },
];

/** The 2026/27 award: 3.3 % on every point ([S30-b]). */
const AWARD_2026_27 = 1.033;
/** Full-time hours a year behind AfC hourly rates (37.5 a week × 52.143 weeks); it reproduces the 2025/26 hourly figures. */
const HOURS_A_YEAR = 37.5 * 52.143;
const pence = (n: number) => Math.round(n * 100) / 100;

function afcTable(year: string, from: string, to: string, source: string, specs: readonly BandSpec[], extraSource: string[] = [], computedFrom?: string): BuiltInPayTable {
  return {
    id: `afc-england-${year.replace('/', '-')}`, scheme: 'agenda-for-change', nation: 'england', year, ...(computedFrom && { computedFrom }),
    label: `Agenda for Change England ${year}`, effectiveFrom: from, effectiveTo: to, source,
    bands: specs.map((s) => ({
      band: s.band, min: s.points[0]!, max: s.points[s.points.length - 1]!, period: 'year' as const,
      points: s.points, description: s.description,
      ...(s.hourly ? { hourly: s.hourly } : {}), ...(s.typicalFor ? { typicalFor: s.typicalFor } : {}),
      sources: [...(s.sources ?? ['S30']), ...extraSource],
    })),
  };
}

const afc2026Specs: readonly BandSpec[] = AFC_2025_26.map((s) => {
  const points = s.points.map((p) => Math.round(p * AWARD_2026_27));
  return { ...s, points, ...(s.hourly ? { hourly: { min: pence(points[0]! / HOURS_A_YEAR), max: pence(points[points.length - 1]! / HOURS_A_YEAR) } } : {}) };
});

/** The built-in tables, oldest first. */
export const payTables: readonly BuiltInPayTable[] = [
  afcTable('2025/26', '2025-04-01', '2026-03-31',
    'Agenda for Change pay points 2025/26 in England, from third-party tables citing NHS Employers (S30).', AFC_2025_26),
  afcTable('2026/27', '2026-04-01', '2027-03-31',
    'Computed, not copied: each 2025/26 point raised by the 3.3% award for all Agenda for Change staff in England from 1 April 2026 (Written Ministerial Statement, 12 February 2026: S30-b), rounded to the nearest pound. Check against the NHS Employers 2026/27 table.',
    afc2026Specs, ['S30-b'], 'the 3.3% award from 1 April 2026'),
];

/** The pay year a date falls in (April to March): "2026-12-05" → "2026/27". */
export function payYearOf(date: string): string {
  const y = Number(date.slice(0, 4));
  const start = Number(date.slice(5, 7)) >= 4 ? y : y - 1;
  return `${start}/${String((start + 1) % 100).padStart(2, '0')}`;
}

/** The pay year of a table: a built-in table's `year`, else the year its `effectiveFrom` falls in. */
export function payTableYearOf(table: AnyPayTable): string {
  return 'year' in table && typeof table.year === 'string' ? table.year : payYearOf(table.effectiveFrom);
}

export interface PayTableOptions {
  /** An organisation profile: its `pay.tables` count, and its nation decides which built-in tables apply. */
  organisation?: OrganisationProfile;
}

/**
 * Every table held for a scheme, oldest first: the profile's own, then the built-in ones for the
 * organisation's nation (England when it names none; the toolkit holds no table for the others).
 */
export function payTablesFor(scheme: PaySchemeId, options: PayTableOptions = {}): AnyPayTable[] {
  const org = options.organisation;
  const own = (org?.pay.tables ?? []).filter((t) => t.scheme === scheme);
  const nation = org?.organisation.nation ?? 'england';
  const builtIn = nation === 'england' ? payTables.filter((t) => t.scheme === scheme) : [];
  return [...builtIn, ...own].sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? -1 : a.effectiveFrom > b.effectiveFrom ? 1 : 0));
}

const covers = (t: AnyPayTable, date: string) => t.effectiveFrom <= date && (t.effectiveTo === undefined || date <= t.effectiveTo);
const isOwn = (t: AnyPayTable, org: OrganisationProfile | undefined) => !!org?.pay.tables?.includes(t as PayTable);

/**
 * The table in force for a scheme on a date (`YYYY-MM-DD`), or undefined when none covers it. A
 * profile's own table wins over a built-in one covering the same date; among several, the one that
 * took effect last.
 */
export function payTableInForce(scheme: PaySchemeId, date: string, options: PayTableOptions = {}): AnyPayTable | undefined {
  const org = options.organisation;
  let best: AnyPayTable | undefined;
  for (const t of payTablesFor(scheme, options)) {
    if (!covers(t, date)) continue;
    if (!best || (isOwn(t, org) && !isOwn(best, org)) || (isOwn(t, org) === isOwn(best, org) && t.effectiveFrom >= best.effectiveFrom)) best = t;
  }
  return best;
}

/** The newest table held for a scheme (the one that takes effect last), or undefined. */
export function newestPayTable(scheme: PaySchemeId, options: PayTableOptions = {}): AnyPayTable | undefined {
  const all = payTablesFor(scheme, options);
  return all[all.length - 1];
}

/** What names a band when bands are matched: "3", "Band 3" and "band 3" are all "3". */
const bandKey = (band: string): string => band.trim().replace(/^band\s*/i, '').toLowerCase();

/** A band's figures in a table ("3", "Band 3" and "band 3" all find band 3), or undefined. */
export function payTableBand<T extends AnyPayTable>(table: T | undefined, band: string | undefined): T['bands'][number] | undefined {
  if (!table || band === undefined) return undefined;
  const want = bandKey(band);
  return table.bands.find((b) => bandKey(b.band) === want);
}

/** The newest built-in table (what this version of the toolkit knows up to). */
export const newestBuiltInPayTable: BuiltInPayTable = payTables[payTables.length - 1]!;
