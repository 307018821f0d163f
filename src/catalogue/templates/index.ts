/** Every setting in the catalogue has a template (test/src/catalogue/templates.test.ts checks it). */
import type { SettingId } from '../ids.js';
import type { TemplateSpec } from './spec.js';
import { adultCommunity, crisis, earlyIntervention, olderAdults, perinatal, transitions, vcseCommunity, youngPeople } from './community.js';
import { inpatient, liaisonDiversion, secure } from './hospital.js';
import { primaryCare, recoveryCollege, specialist, talkingTherapies } from './services.js';

export const templateSpecs: Readonly<Record<SettingId, TemplateSpec>> = {
  'adult-community': adultCommunity,
  'acute-inpatient': inpatient,
  'transitions-discharge': transitions,
  crisis,
  'early-intervention-psychosis': earlyIntervention,
  perinatal,
  'children-young-people': youngPeople,
  'older-adults': olderAdults,
  'forensic-secure': secure,
  'liaison-diversion': liaisonDiversion,
  'recovery-college': recoveryCollege,
  'primary-care': primaryCare,
  'talking-therapies': talkingTherapies,
  specialist,
  'vcse-community': vcseCommunity,
};

export { buildTemplate, EMPLOYER_COMMITMENTS, POST_FACTS, type TemplateBody } from './blocks.js';
export type { TemplateSpec } from './spec.js';
