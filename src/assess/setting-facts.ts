/**
 * The catalogue facts the assessment needs (the newest pay table's year, community settings, typical bands,
 * names for messages), read from src/catalogue so the two can never disagree.
 */
import type { BoundaryTopicId, RoleLevelId, SettingId, SupervisionTypeId } from '../catalogue/ids.js';
import { boundaryTopics } from '../catalogue/boundary-topics.js';
import { newestBuiltInPayTable } from '../catalogue/pay.js';
import { roleLevels } from '../catalogue/roles.js';
import { settings } from '../catalogue/settings.js';
import { supervisionTypeLabels } from '../catalogue/short-labels.js';

/**
 * The pay year of the newest built-in Agenda for Change table ([S30], [S30-b]): what this version of
 * the toolkit knows pay tables up to. The stale-pay rule compares a role's table with the table in
 * force on the assessment's date (./pay-status.ts); this is only for saying how far the tables go.
 */
export const NEWEST_PAY_TABLE_YEAR = newestBuiltInPayTable.year;

/**
 * Settings where the work is mostly done out in the community (home visits, outreach), so lone
 * working is likely unless the document says otherwise: the catalogue's `community` flag, which is a
 * judgement of this tool (a heuristic) drawn from the settings' sources and [S31-k].
 */
export const LONE_WORKING_LIKELY_SETTINGS: ReadonlySet<SettingId> = new Set(settings.filter((s) => s.community).map((s) => s.id));

/**
 * The lowest Agenda for Change band usually seen for each level of the peer career ladder (the first
 * of `typicalBands` in ../catalogue/roles.ts). Only the PSW and coordinator rows are observed
 * in adverts, so a rule built on this table is a heuristic. Levels with no typical band (apprentices,
 * who may be on separate pay arrangements) are left out.
 */
export const TYPICAL_MIN_BAND_BY_LEVEL: Readonly<Partial<Record<RoleLevelId, string>>> = Object.fromEntries(
  roleLevels.filter((l) => l.typicalBands.length > 0).map((l) => [l.id, l.typicalBands[0]]),
);

/** The band PSW posts are usually advertised at: Band 3, sometimes 4 ([S29]). */
export const TYPICAL_PSW_MIN_BAND = TYPICAL_MIN_BAND_BY_LEVEL.psw ?? '3';

/** A catalogue label for use inside a sentence: "Older adults" → "older adults", "NHS …" unchanged. */
export function inSentence(label: string): string {
  return /^[A-Z][A-Z]/.test(label) ? label : label.charAt(0).toLowerCase() + label.slice(1);
}

function names<Id extends string>(entries: readonly { id: Id; label: string }[]): Readonly<Record<Id, string>> {
  return Object.fromEntries(entries.map((e) => [e.id, inSentence(e.label)])) as Record<Id, string>;
}

/** Names for messages, from the catalogue labels. */
export const ROLE_LEVEL_NAMES = names<RoleLevelId>(roleLevels);
export const SETTING_NAMES = names<SettingId>(settings);
export const BOUNDARY_TOPIC_NAMES = names<BoundaryTopicId>(boundaryTopics);
// From the short labels (kept equal to the catalogue's by test/src/catalogue/short-labels.test.ts):
// the full supervision-type catalogue, with its descriptions, belongs to the planner's lazy view.
export const SUPERVISION_TYPE_NAMES = names<SupervisionTypeId>(
  Object.entries(supervisionTypeLabels).map(([id, label]) => ({ id: id as SupervisionTypeId, label })),
);

const BAND_PATTERN = /^\s*(?:band\s*)?(\d)([a-d])?\s*$/i;

/**
 * Orders Agenda for Change bands: "3" → 3, "Band 4" → 4, "8a" → 8, "8b" → 8.25 … "9" → 9.
 * Returns undefined for anything that is not an AfC band (e.g. a VCSE grade).
 */
export function bandRank(band: string | undefined): number | undefined {
  if (band === undefined) return undefined;
  const m = BAND_PATTERN.exec(band);
  if (!m) return undefined;
  const n = Number(m[1]);
  if (n < 1) return undefined;
  const letter = m[2]?.toLowerCase();
  if (letter) return n === 8 ? 8 + (letter.charCodeAt(0) - 97) * 0.25 : undefined;
  return n;
}

/** The first year of a pay year written like "2025/26", or undefined. */
export function payYearStart(year: string | undefined): number | undefined {
  if (year === undefined || !/^\d{4}\/\d{2}$/.test(year)) return undefined;
  return Number(year.slice(0, 4));
}

