/**
 * The standard clauses every NHS job description carries. An organisation writes its own in its
 * profile (`jobDescription.standardClauses`); when it has none, the candidate's job description
 * gets these defaults, written for this toolkit in plain words (not copied from any employer).
 */
import type { OrganisationProfile } from '../organisation/schema.js';
import type { JdSection } from './jd-model-types.js';
import { clauseSections } from './jd-organisation.js';

export const DEFAULT_CLAUSES: readonly { id: string; title: string; text: string }[] = [
  { id: 'equality', title: 'Equality, diversity and inclusion',
    text: 'We value difference and treat everyone fairly. The post-holder does the same with the people they support, their colleagues and the public, and speaks up about discrimination.' },
  { id: 'safeguarding', title: 'Safeguarding',
    text: 'Everyone who works here helps keep children and adults at risk safe from harm. The post-holder follows the safeguarding policy, completes the training for the post and raises any concern without delay.' },
  { id: 'confidentiality', title: 'Confidentiality and information governance',
    text: 'The post-holder keeps what they learn about people private, keeps records accurate and shares information only as the law (including data protection law) and our policies allow.' },
  { id: 'health-safety', title: 'Health and safety',
    text: 'The post-holder takes reasonable care of their own health and safety and that of others, follows our policies, including on lone working, and reports incidents and hazards.' },
  { id: 'infection-control', title: 'Infection prevention and control',
    text: 'The post-holder follows good infection prevention and control practice, including hand hygiene, and completes the training for the post.' },
  { id: 'not-exhaustive', title: 'About this job description',
    text: 'This job description is not exhaustive. It describes the main duties of the post as they are now; they may change as the service develops, after discussion with the post-holder.' },
];

/** The profile's clauses when it has any with text, else the defaults. */
export function standardClauseSections(profile: OrganisationProfile | undefined): JdSection[] {
  const own = clauseSections(profile?.jobDescription.standardClauses ?? []);
  return own.length ? own : clauseSections(DEFAULT_CLAUSES);
}
