/**
 * Stable catalogue ids. The document schema accepts exactly these, so they are a contract: add new
 * ids freely, never rename or remove one (older documents would stop parsing). The entries that
 * describe each id (labels, guidance, sources) live beside this file.
 */

/** Where the PSW works (./settings.ts). */
export const SETTING_IDS = [
  'adult-community',
  'acute-inpatient',
  'transitions-discharge',
  'crisis',
  'early-intervention-psychosis',
  'perinatal',
  'children-young-people',
  'older-adults',
  'forensic-secure',
  'liaison-diversion',
  'recovery-college',
  'primary-care',
  'talking-therapies',
  'specialist',
  'vcse-community',
] as const;
export type SettingId = (typeof SETTING_IDS)[number];

/** Who employs the PSW (./roles.ts). */
export const EMPLOYER_TYPE_IDS = ['nhs-trust', 'vcse', 'primary-care-network', 'local-authority', 'independent'] as const;
export type EmployerTypeId = (typeof EMPLOYER_TYPE_IDS)[number];

/** Levels of the peer career ladder (./roles.ts). */
export const ROLE_LEVEL_IDS = [
  'apprentice',
  'psw',
  'senior-psw',
  'peer-coordinator',
  'advanced-practitioner',
  'peer-lead',
  'head-of-lived-experience',
] as const;
export type RoleLevelId = (typeof ROLE_LEVEL_IDS)[number];

/** Pay schemes (./pay.ts). */
export const PAY_SCHEME_IDS = ['agenda-for-change', 'vcse-own-grades', 'other'] as const;
export type PaySchemeId = (typeof PAY_SCHEME_IDS)[number];

/** Boundary topics of the checklist (./boundary-topics.ts). A document may also hold "custom" topics. */
export const BOUNDARY_TOPIC_IDS = [
  'agreeing-boundaries',
  'self-disclosure',
  'dual-relationships',
  'outside-contact',
  'social-media',
  'gifts-and-money',
  'confidentiality',
  'risk-safeguarding',
  'clinical-tasks',
  'staffing-cover',
  'endings',
  'lone-working',
  'own-wellbeing',
  'reasonable-adjustments',
] as const;
export type BoundaryTopicId = (typeof BOUNDARY_TOPIC_IDS)[number];

/** Supervision and support arrangements (./supervision-types.ts); part of the public document format. */
export const SUPERVISION_TYPE_IDS = [
  'line-management',
  'peer-supervision',
  'group-peer-supervision',
  'clinical-supervision',
  'reflective-practice',
  'peer-network',
  'debrief',
] as const;
export type SupervisionTypeId = (typeof SUPERVISION_TYPE_IDS)[number];

/** The study's five themes (Foye et al. 2025), used as ids everywhere. */
export const THEME_IDS = ['T1', 'T2', 'T3', 'T4', 'T5'] as const;
export type ThemeId = (typeof THEME_IDS)[number];
