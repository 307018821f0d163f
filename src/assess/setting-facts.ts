/**
 * Catalogue facts the assessment needs, kept here until the catalogues (src/catalogue, built on
 * another branch) can supply them. TODO(catalogue): read these from the settings, role-level and
 * pay-table catalogues once they land, and delete this file; the values below must then agree with
 * what the catalogue holds (domain/evidence.md §2.4 and §5).
 */
import type { BoundaryTopicId, RoleLevelId, SettingId, SupervisionTypeId } from '../catalogue/ids.js';

/**
 * The newest Agenda for Change pay table the catalogue holds (evidence.md §2.4, [S30]). The stale-pay
 * rule compares `employment.payTableYear` with this, never with the calendar (DESIGN.md §7).
 */
export const NEWEST_PAY_TABLE_YEAR = '2025/26';

/**
 * Settings where the work is mostly done out in the community (home visits, outreach, accompanying
 * people), so lone working is likely unless the document says otherwise. This list is a judgement of
 * this tool (a heuristic), drawn from the setting notes in evidence.md §5 and the VCSE home-visit
 * advert [S31-k]; no source gives such a list.
 */
export const LONE_WORKING_LIKELY_SETTINGS: ReadonlySet<SettingId> = new Set<SettingId>([
  'adult-community',
  'transitions-discharge',
  'crisis',
  'early-intervention-psychosis',
  'perinatal',
  'vcse-community',
]);

/** The band PSW posts are usually advertised at: Band 3, sometimes 4 ([S29]). */
export const TYPICAL_PSW_MIN_BAND = '3';

/**
 * The lowest Agenda for Change band usually seen for each level of the peer career ladder
 * (evidence.md §2.4). Only the PSW and coordinator rows are observed in adverts; the others are marked
 * unconfirmed there, so a rule built on this table is a heuristic. Apprentices are left out: they may
 * be on separate pay arrangements.
 */
export const TYPICAL_MIN_BAND_BY_LEVEL: Readonly<Partial<Record<RoleLevelId, string>>> = {
  psw: '3',
  'senior-psw': '4',
  'peer-coordinator': '5',
  'advanced-practitioner': '5',
  'peer-lead': '6',
  'head-of-lived-experience': '8a',
};

/** A readable name for each level, for messages. TODO(catalogue): use the role-levels catalogue labels. */
export const ROLE_LEVEL_NAMES: Readonly<Record<RoleLevelId, string>> = {
  apprentice: 'apprentice peer worker',
  psw: 'peer support worker',
  'senior-psw': 'senior peer support worker',
  'peer-coordinator': 'peer support coordinator',
  'advanced-practitioner': 'advanced peer support practitioner',
  'peer-lead': 'peer support lead',
  'head-of-lived-experience': 'head of lived experience workforce',
};

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

/** A readable name for each setting, for messages. TODO(catalogue): use the settings catalogue labels. */
export const SETTING_NAMES: Readonly<Record<SettingId, string>> = {
  'adult-community': 'adult community mental health',
  'acute-inpatient': 'acute inpatient wards',
  'transitions-discharge': 'transitions and discharge',
  crisis: 'crisis services',
  'early-intervention-psychosis': 'early intervention in psychosis',
  perinatal: 'perinatal mental health',
  'children-young-people': "children and young people's services",
  'older-adults': "older adults' services",
  'forensic-secure': 'forensic and secure services',
  'liaison-diversion': 'liaison and diversion',
  'recovery-college': 'recovery colleges',
  'primary-care': 'primary care',
  'talking-therapies': 'NHS Talking Therapies',
  specialist: 'specialist services',
  'vcse-community': 'community peer support in the voluntary sector',
};

/** A readable name for each boundary topic. TODO(catalogue): use the boundary-topics catalogue labels. */
export const BOUNDARY_TOPIC_NAMES: Readonly<Record<BoundaryTopicId, string>> = {
  'agreeing-boundaries': 'agreeing boundaries with the person',
  'self-disclosure': 'sharing lived experience (self-disclosure)',
  'dual-relationships': 'dual relationships and friendship',
  'outside-contact': 'contact outside work',
  'social-media': 'social media',
  'gifts-and-money': 'gifts and money',
  confidentiality: 'confidentiality and information sharing',
  'risk-safeguarding': 'risk and safeguarding',
  'clinical-tasks': 'clinical tasks',
  'staffing-cover': 'covering staffing gaps',
  endings: 'endings',
  'lone-working': 'lone working and safety',
  'own-wellbeing': 'own wellbeing',
  'reasonable-adjustments': 'reasonable adjustments',
};

/** A readable name for each supervision type. TODO(catalogue): use the supervision-types catalogue labels. */
export const SUPERVISION_TYPE_NAMES: Readonly<Record<SupervisionTypeId, string>> = {
  'line-management': 'line management',
  'peer-supervision': 'peer supervision',
  'group-peer-supervision': 'group peer supervision',
  'clinical-supervision': 'clinical supervision',
  'reflective-practice': 'reflective practice',
  'peer-network': 'peer network',
  debrief: 'debrief',
};
