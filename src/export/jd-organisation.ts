/**
 * What the organisation profile adds to a job description: a header (the organisation's name, logo,
 * job reference, website and recruitment contact), an "About us" section and the organisation's
 * standard clauses, each clause a section of its own. Without a profile, nothing is added.
 *
 * The header's job reference and contact are the role's own (`recruitment.reference`,
 * `recruitment.contact`) when it has them. Otherwise the job reference is the profile's `jobReferencePrefix` followed by the first 8 letters and digits
 * of the role's id, in capitals (id "k7dq2mxa9tb4vhe3" with prefix "RDT-PSW-" → "RDT-PSW-K7DQ2MXA").
 * A role keeps its id through every edit, so its reference never changes; a duplicated role gets a
 * new id and so a new reference. Eight characters of a generated id (32 letters and digits each)
 * give about a trillion references: two posts of one organisation do not share one.
 *
 * All text stays plain text (cleaned, one line where a header line is meant); each renderer escapes
 * it for its own format. The logo's `src` is passed as the profile gives it (the schema allows only
 * a PNG or JPEG `data:` URL, an http(s) address or a path); each renderer decides what it may use.
 */
import type { RoleDocument } from '../model/schema.js';
import type { OrganisationProfile } from '../organisation/schema.js';
import { present } from './format.js';
import { line } from './jd-lines.js';
import type { JdOrganisationHeader, JdSection } from './jd-model-types.js';

/** The labels of the header's lines, the same in every renderer. */
export const ORGANISATION_LABELS = {
  reference: 'Job reference',
  website: 'Website',
  recruitmentContact: 'Recruitment contact',
} as const;

/** How many letters and digits of the role's id the job reference keeps. */
export const REFERENCE_CODE_LENGTH = 8;

/** The job reference of a role under a profile (see the module comment). */
export function jobReference(doc: RoleDocument, profile: OrganisationProfile): string {
  const prefix = line(profile.organisation.jobReferencePrefix) ?? '';
  const code = doc.id.replace(/[^A-Za-z0-9]/g, '').slice(0, REFERENCE_CODE_LENGTH).toUpperCase();
  return prefix + code;
}

/** The header a profile gives a job description. */
export function organisationHeader(doc: RoleDocument, profile: OrganisationProfile): JdOrganisationHeader {
  const o = profile.organisation;
  const logo = o.logo && o.logo.src.trim() !== '' ? { src: o.logo.src.trim(), alt: line(o.logo.alt) ?? '' } : undefined;
  const website = line(o.website);
  const contact = line(doc.recruitment.contact) ?? line(o.recruitmentContact);
  return {
    name: line(o.name) ?? '',
    reference: line(doc.recruitment.reference) ?? jobReference(doc, profile),
    ...(logo && { logo }),
    ...(website && { website }),
    ...(contact && { recruitmentContact: contact }),
  };
}

/** "About us", from the profile's `jobDescription.aboutUs` (none when it is blank). */
export function aboutUsSection(profile: OrganisationProfile, heading = 'About us'): JdSection[] {
  const text = present(profile.jobDescription.aboutUs);
  return text === undefined ? [] : [{ id: 'about-us', heading, required: false, blocks: [{ kind: 'paragraph', text }] }];
}

/** One section per standard clause, headed by its title (clauses with no text are left out). */
export function clauseSections(clauses: readonly { id: string; title: string; text: string }[]): JdSection[] {
  return clauses.flatMap((c) => {
    const text = present(c.text);
    const heading = line(c.title);
    return text === undefined || heading === undefined
      ? []
      : [{ id: 'clause' as const, key: c.id, heading, required: false, blocks: [{ kind: 'paragraph' as const, text }] }];
  });
}
