/**
 * Human-readable names for catalogue ids, as the exports print them.
 *
 * TEMPORARY: a minimal local map so the exports can be built and tested on their own branch. The
 * catalogue (src/catalogue, written on another branch) holds `{ id, label, … }` entries; the lead
 * switches `label()` below to read those labels and deletes these maps. The `Record<…Id, string>`
 * types make the compiler list any id added to src/catalogue/ids.ts without a label here.
 */
import type {
  BoundaryTopicId,
  EmployerTypeId,
  PaySchemeId,
  RoleLevelId,
  SettingId,
  SupervisionTypeId,
} from '../catalogue/ids.js';

export const settingLabels: Record<SettingId, string> = {
  'adult-community': 'Adult community mental health',
  'acute-inpatient': 'Acute inpatient ward',
  'transitions-discharge': 'Transitions and discharge',
  crisis: 'Crisis services',
  'early-intervention-psychosis': 'Early intervention in psychosis',
  perinatal: 'Perinatal mental health',
  'children-young-people': 'Children and young people',
  'older-adults': 'Older adults',
  'forensic-secure': 'Forensic and secure services',
  'liaison-diversion': 'Liaison and diversion',
  'recovery-college': 'Recovery college',
  'primary-care': 'Primary care',
  'talking-therapies': 'NHS Talking Therapies',
  specialist: 'Specialist service',
  'vcse-community': 'Voluntary and community sector',
};

export const employerTypeLabels: Record<EmployerTypeId, string> = {
  'nhs-trust': 'NHS trust',
  vcse: 'Voluntary, community or social enterprise organisation',
  'primary-care-network': 'Primary care network',
  'local-authority': 'Local authority',
  independent: 'Independent provider',
};

export const roleLevelLabels: Record<RoleLevelId, string> = {
  apprentice: 'Peer support worker apprentice',
  psw: 'Peer support worker',
  'senior-psw': 'Senior peer support worker',
  'peer-coordinator': 'Peer support coordinator',
  'advanced-practitioner': 'Advanced peer support practitioner',
  'peer-lead': 'Peer support lead',
  'head-of-lived-experience': 'Head of lived experience workforce',
};

export const paySchemeLabels: Record<PaySchemeId, string> = {
  'agenda-for-change': 'Agenda for Change',
  'vcse-own-grades': "Employer's own grades",
  other: 'Other pay scheme',
};

export const boundaryTopicLabels: Record<BoundaryTopicId, string> = {
  'agreeing-boundaries': 'Agreeing boundaries with each person',
  'self-disclosure': 'Sharing lived experience',
  'dual-relationships': 'Dual relationships and friendship',
  'outside-contact': 'Contact outside work',
  'social-media': 'Social media',
  'gifts-and-money': 'Gifts and money',
  confidentiality: 'Confidentiality and information sharing',
  'risk-safeguarding': 'Risk and safeguarding',
  'clinical-tasks': 'Clinical and non-peer tasks',
  'staffing-cover': 'Covering staffing gaps',
  endings: 'Endings',
  'lone-working': 'Lone working and safety',
  'own-wellbeing': 'Own wellbeing',
  'reasonable-adjustments': 'Reasonable adjustments',
};

export const supervisionTypeLabels: Record<SupervisionTypeId, string> = {
  'line-management': 'Line management',
  'peer-supervision': 'Peer supervision',
  'group-peer-supervision': 'Group peer supervision',
  'clinical-supervision': 'Clinical supervision',
  'reflective-practice': 'Reflective practice',
  'peer-network': 'Peer network',
  debrief: 'Debrief',
};

/** The label of a catalogue id, or the id itself when the map has none (never throws). */
export function label<K extends string>(map: Record<K, string>, id: K | undefined): string | undefined {
  if (id === undefined) return undefined;
  return Object.prototype.hasOwnProperty.call(map, id) ? map[id] : id;
}
