/**
 * Where a PSW works (each entry's `sources`: docs/sources.md). `community` marks settings where
 * the PSW is likely to see people alone in the community or at home, which the lone-working rule
 * needs; `driftRisk` names the non-peer work a role in that setting tends to be pulled into.
 */
import type { SettingId } from './ids.js';
import type { CatalogueEntry } from './types.js';

export interface Setting extends CatalogueEntry<SettingId> {
  /** The PSW is likely to work alone in the community or make home visits. */
  readonly community: boolean;
  /** The non-peer work roles in this setting tend to drift into, where the evidence names it. */
  readonly driftRisk?: string;
  /** False where little or no setting-specific evidence was found (the setting is unconfirmed). */
  readonly confirmed: boolean;
}

export const settings: readonly Setting[] = [
  {
    id: 'adult-community', label: 'Adult community mental health',
    description: 'Community teams for adults with severe mental illness, redesigned under the Community Mental Health Framework; peer support is often delivered with a voluntary-sector partner.',
    community: true, confirmed: true, sources: ['S53', 'S31-k', 'S37'],
    driftRisk: 'Care coordination and chasing appointments for the team.',
  },
  {
    id: 'acute-inpatient', label: 'Acute inpatient ward',
    description: 'Short-stay adult wards. Peer workers may work evenings and weekends alongside ward staff.',
    community: false, confirmed: true, sources: ['S31-h', 'S31-g'],
    driftRisk: 'The highest risk of all: observations, physical health checks and mealtime supervision.',
  },
  {
    id: 'transitions-discharge', label: 'Transitions and discharge',
    description: 'Support for people leaving hospital and settling back into the community, for a set period agreed at the start.',
    community: true, confirmed: true, sources: ['S31-c', 'S8'],
    driftRisk: 'Open-ended support with no planned ending.',
  },
  {
    id: 'crisis', label: 'Crisis services',
    description: 'Crisis resolution and home treatment teams, crisis houses, crisis cafés and sanctuaries, including peer-led options.',
    community: true, confirmed: true, sources: ['S21', 'S56'],
    driftRisk: 'Being left to hold risk alone, beyond the level of crisis the role was set up for.',
  },
  {
    id: 'early-intervention-psychosis', label: 'Early intervention in psychosis',
    description: 'Teams for people experiencing a first episode of psychosis, often across a wide age range; one advert seen asked for lived experience of psychosis.',
    community: true, confirmed: true, sources: ['S31-b'],
  },
  {
    id: 'perinatal', label: 'Perinatal mental health',
    description: 'Community perinatal teams and Mother and Baby Units, for parents in pregnancy and the first years after birth.',
    community: true, confirmed: true, sources: ['S21', 'S54', 'S36'],
    driftRisk: 'Doing the team’s non-clinical admin: letters, bookings and clinicians’ diaries.',
  },
  {
    id: 'children-young-people', label: 'Children and young people (CAMHS)',
    description: 'Community and crisis CAMHS. Youth peer workers and parent peer workers both exist; closeness in age helps young people relate.',
    community: true, confirmed: true, sources: ['S55', 'S90'],
    driftRisk: 'Being pushed towards clinical standards that crowd out being a peer.',
  },
  {
    id: 'older-adults', label: 'Older adults',
    description: 'Older people’s mental health pathways. Posts exist, but little guidance specific to this setting was found.',
    community: true, confirmed: false, sources: ['S31-j'],
  },
  {
    id: 'forensic-secure', label: 'Forensic and secure services',
    description: 'Low, medium and high secure hospitals. What peers may talk about and do varies by unit; posts sometimes sit within occupational therapy, and relationships can last longer.',
    community: false, confirmed: true, sources: ['S49', 'S50', 'S48'],
    driftRisk: 'Security and ward duties such as searches and observations.',
  },
  {
    id: 'liaison-diversion', label: 'Liaison and diversion',
    description: 'Teams in police custody and courts. Every team is expected to include paid and volunteer peer workers with recent experience of the criminal justice system.',
    community: false, confirmed: true, sources: ['S51'],
    driftRisk: 'Taking part in assessments that feed decisions about the person.',
  },
  {
    id: 'recovery-college', label: 'Recovery college',
    description: 'Peer workers co-design and co-deliver courses with clinicians; secure services may link their peer workers to a college.',
    community: false, confirmed: true, sources: ['S50', 'S48'],
    driftRisk: 'Running enrolment and course administration.',
  },
  {
    id: 'primary-care', label: 'Primary care (PCN ARRS)',
    description: 'Mental health practitioner posts funded through the Additional Roles Reimbursement Scheme, which NHS England says peer workers can fill; jointly funded by the primary care network and the mental health provider, with local variation.',
    community: false, confirmed: true, sources: ['S52'],
    driftRisk: 'Clinical triage and covering practice admin.',
  },
  {
    id: 'talking-therapies', label: 'NHS Talking Therapies',
    description: 'Psychological therapy services for common mental health problems. No source specific to peer workers here was found.',
    community: false, confirmed: false, sources: ['S52'],
    driftRisk: 'Delivering therapy or collecting outcome measures for therapists.',
  },
  {
    id: 'specialist', label: 'Other specialist services',
    description: 'Eating disorders, complex emotional needs, gender identity, rehabilitation, learning disability and autism, veterans, substance use, employment support, problem gambling and others, including carer peer roles.',
    community: false, confirmed: true, sources: ['S33', 'S34', 'S31-a', 'S31-d', 'S32', 'S21'],
    driftRisk: 'Clinical tasks of the specialty, such as supervising meals in eating disorder services.',
  },
  {
    id: 'vcse-community', label: 'Voluntary sector (VCSE) community service',
    description: 'Charities and social enterprises, often commissioned to deliver community peer support, with their own pay grades and terms; adverts mention possible home visits.',
    community: true, confirmed: true, sources: ['S31-k', 'S18'],
  },
];
