/** Templates for wards, secure services and the justice system, where drift risk is highest. */
import type { TemplateSpec } from './spec.js';
import { GROUPS, INVOLVEMENT, ONE_TO_ONE, ONE_TO_ONE_TEXT, TEAM } from './blocks.js';

export const inpatient: TemplateSpec = {
  title: 'Peer Support Worker – Inpatient Ward', service: 'Acute adult inpatient ward',
  purpose: 'Offer peer support on the ward from admission to discharge, as peer work rather than ward tasks.',
  focus: 'Lived experience of mental health difficulties, ideally including a hospital stay',
  core: [
    [ONE_TO_ONE + ' on the ward', 30, ONE_TO_ONE_TEXT],
    [GROUPS + ' and community meetings', 15],
    ['Support planning for discharge', 15],
    TEAM,
  ],
  flexible: [['Evening and weekend sessions', 10, 20, 'Agreed in advance on the rota, never to fill a gap.'], INVOLVEMENT],
  excluded: ['observations', 'physical-health-checks', 'mealtimes', 'medication', 'restraint', 'rota-gaps', 'clinicians-admin'],
  boundaries: { 'staffing-cover': 'The PSW is supernumerary: never counted in ward numbers, and never moved to cover shifts or observations.' },
  supervision: [{ type: 'debrief', providerRole: 'Nurse in charge', format: 'one-to-one', focus: ['wellbeing'], protectedTime: true }],
  reportsTo: 'Ward manager',
  workPattern: 'A rota including some evenings and weekends, agreed in advance.',
  // The role excludes restraint, so the team's restraint training is not part of it.
  mandatoryTraining: 'The team’s mandatory training in paid time, with breakaway and de-escalation training only: no restraint training, since the role takes no part in restraint.',
};

export const secure: TemplateSpec = {
  title: 'Peer Support Worker – Secure Services', service: 'Medium secure service', reportsTo: 'Occupational therapy lead',
  purpose: 'Offer peer support in a secure hospital, building longer relationships within the unit’s rules.',
  focus: 'Lived experience of mental health difficulties; experience of secure care or the justice system is welcome',
  core: [
    [ONE_TO_ONE, 30, ONE_TO_ONE_TEXT], [GROUPS, 15],
    ['Link people with the recovery college', 10], TEAM,
  ],
  flexible: [['Support with leave and moving on', 10, 15], INVOLVEMENT],
  excluded: ['security', 'observations', 'restraint', 'medication', 'rota-gaps'],
  boundaries: { 'dual-relationships': 'What may be discussed and shared follows the unit’s rules; questions are taken to supervision, and no favours or personal contact beyond the role.' },
  // A link with peer workers outside the unit; who provides it is the organisation's to say.
  supervision: [{ type: 'peer-network', format: 'one-to-one', frequency: { count: 1, per: 'quarter' }, focus: ['team-barriers'] }],
  essential: ['Able to work within the security rules of the unit'],
  training: [['Working in secure settings: relational security and the unit’s rules', [2]]],
};

export const liaisonDiversion: TemplateSpec = {
  title: 'Peer Support Worker – Liaison and Diversion', service: 'Liaison and diversion (police custody and courts)',
  purpose: 'Offer peer support in police custody and at court, helping people engage with support afterwards.',
  focus: 'Recent lived experience of the criminal justice system, and of mental health or related difficulties; convictions are weighed in proportion to the role',
  core: [
    ['Offer peer support in custody and at court', 30, ONE_TO_ONE_TEXT],
    ['Support people to attend follow-up appointments', 15], ['Connect people with community support', 15], TEAM,
  ],
  flexible: [['Support volunteer peer mentors', 5, 10], ['Meet people in the community after release', 10, 20]],
  excluded: ['risk-assessment', ['Contributing to assessments for police or court decisions', 'Being part of decisions about the person would undermine the trust the peer relationship rests on.'], 'rota-gaps', 'clinicians-admin'],
  training: [['The criminal justice system and diversion pathways', [2]]],
};
