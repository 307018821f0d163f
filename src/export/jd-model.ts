/**
 * The job description + person specification as data: an ordered list of sections made of plain-text
 * blocks. Markdown, Word and the `<psw-job-description>` element all render this one model, so the
 * three read the same and the wording lives in one place.
 *
 * Two audiences (`audience`): the candidate's (the default; ./jd-candidate.ts says what it holds
 * and leaves out) and the internal record described below, which ends with the assessment summary
 * when given one (./jd-assessment.ts).
 *
 * The internal layout: the usual NHS job description — job details, purpose, key responsibilities, then what
 * this toolkit adds to make the study's "flexibility with structure" visible (flexible elements with
 * their bounds, exclusions, boundaries, supervision, training, team, wellbeing, terms and funding,
 * progression), then the person specification.
 *
 * Absent information (a choice, documented here because HR readers depend on it):
 * - Required headings (job details, job purpose, key responsibilities, supervision and support,
 *   person specification) and the required job-details lines (job title, band, hours, contract,
 *   base, reports to, professional supervision) always appear. When the document does not say, they
 *   show the marker "To be agreed" (`placeholder: true`), so a draft reads as unfinished instead of
 *   silently missing a line HR expects.
 * - Every other line and section is left out when the document has nothing for it, and so are
 *   yes/no answers that are "no" or unanswered: a job description states what the post offers; the
 *   JSON export keeps every answer.
 *
 * All text is plain text: user text passes through `cleanText` (no control characters) and is never
 * interpreted; each renderer escapes it for its own format.
 *
 * This module puts the sections in order; the blocks' types are in ./jd-model-types.ts and each
 * group of sections is built in its own module: ./jd-details.ts (job details), ./jd-duties.ts
 * (responsibilities, flexible elements, exclusions), ./jd-support.ts (boundaries, supervision,
 * training, team, wellbeing) and ./jd-terms.ts (terms and funding, progression, person
 * specification). Renderers import from here.
 *
 * With an organisation profile (`{ organisation }`), the model is built from the effective document
 * (`applyOrganisation`: the profile's facts fill what the role leaves unset) and gains the
 * organisation's header, "About us" after the job details and the standard clauses before the
 * person specification (./jd-organisation.ts). Without one, it is exactly the role's own.
 */
import type { RoleDocument } from '../model/schema.js';
import { applyOrganisation } from '../organisation/apply.js';
import { payTableBand, payTablesFor, payTableYearOf, payYearOf, type BuiltInPayTable } from '../catalogue/pay.js';
import type { OrganisationProfile } from '../organisation/schema.js';
import type { Assessment } from '../assess/types.js';
import { formatDate, present } from './format.js';
import { assessmentSection } from './jd-assessment.js';
import { candidateDetails, candidateTraining, mainDuties, supportSummary } from './jd-candidate.js';
import { standardClauseSections } from './jd-clauses.js';
import { detailsSection } from './jd-details.js';
import { markUnconfirmed } from './unconfirmed.js';
import { coreDutyItem, excludedSection, flexibleSection } from './jd-duties.js';
import { line, type AdvertLines } from './jd-lines.js';
import { TO_BE_AGREED, type Audience, type JdBlock, type JdSection, type JdSectionId, type JobDescriptionModel, type ParagraphBlock } from './jd-model-types.js';
import { aboutUsSection, clauseSections, organisationHeader } from './jd-organisation.js';
import { applyingBlocks, apprenticeshipBlocks } from './jd-recruitment.js';
import { personSpecByCategory } from './jd-person-spec.js';
import { boundariesSection, supervisionSection, teamSection, trainingSection, wellbeingSection } from './jd-support.js';
import { personSpecSection, progressionSection, termsSection } from './jd-terms.js';

export * from './jd-model-types.js';
export { bandText, professionalSupervisionLine } from './jd-details.js';
export { flexibleBounds } from './jd-duties.js';
export { boundaryName } from './jd-support.js';
export { jobReference, ORGANISATION_LABELS, REFERENCE_CODE_LENGTH } from './jd-organisation.js';
export { ADVERT_LABELS } from './jd-lines.js';
export { salaryText, proRata, isProRata } from './jd-pay.js';

/** Options of every job-description export. */
export interface JobDescriptionOptions {
  /**
   * The organisation profile (from `parseOrganisationProfile`): its facts fill what the role leaves
   * unset, and its name, logo, job reference, "About us" and standard clauses are added.
   */
  organisation?: OrganisationProfile;
  /** Who it is for: `candidate` (the advert; the default) or `internal` (the whole role record). */
  audience?: Audience;
  /** The role's assessment (`assessRole`), summarised at the end of the internal record. */
  assessment?: Assessment;
}

/** The sections built from the role itself (the others come from the organisation profile). */
type RoleSectionId = Exclude<JdSectionId, 'about-us' | 'clause' | 'assessment'>;

/** The order of the internal record's sections; required ones are always present. */
export const SECTION_ORDER: readonly { id: RoleSectionId; heading: string; required: boolean }[] = [
  { id: 'details', heading: 'Job details', required: true },
  { id: 'purpose', heading: 'Job purpose', required: true },
  { id: 'responsibilities', heading: 'Key responsibilities', required: true },
  { id: 'flexible', heading: 'Flexible elements of the role', required: false },
  { id: 'excluded', heading: 'What this role does not include', required: false },
  { id: 'autonomy', heading: 'Decision-making and autonomy', required: false },
  { id: 'boundaries', heading: 'Boundaries', required: false },
  { id: 'supervision', heading: 'Supervision and support', required: true },
  { id: 'training', heading: 'Training and development', required: false },
  { id: 'team', heading: 'Team and leadership support', required: false },
  { id: 'wellbeing', heading: 'Wellbeing', required: false },
  { id: 'terms', heading: 'Terms and funding', required: false },
  { id: 'progression', heading: 'Progression', required: false },
  { id: 'person-spec', heading: 'Person specification', required: true },
];

/** The order of the candidate's sections (./jd-candidate.ts); required ones are always present. */
export const CANDIDATE_ORDER: readonly { id: RoleSectionId; heading: string; required: boolean }[] = [
  { id: 'details', heading: 'Job details', required: true },
  { id: 'purpose', heading: 'Job summary', required: true },
  { id: 'responsibilities', heading: 'Main duties', required: true },
  { id: 'supervision', heading: 'Supervision and support', required: true },
  { id: 'training', heading: 'Training and development', required: false },
  { id: 'team', heading: 'Your team', required: false },
  { id: 'wellbeing', heading: 'Wellbeing', required: false },
  { id: 'progression', heading: 'Progression', required: false },
  { id: 'person-spec', heading: 'Person specification', required: true },
];

const placeholder = (): ParagraphBlock => ({ kind: 'paragraph', text: TO_BE_AGREED, placeholder: true });

function paragraphs(text: string | undefined): ParagraphBlock[] {
  const p = present(text);
  return p === undefined ? [] : [{ kind: 'paragraph', text: p }];
}

type Builder = (doc: RoleDocument, advert: AdvertLines) => JdBlock[];

const INTERNAL: Record<RoleSectionId, Builder> = {
  details: detailsSection,
  purpose: (doc) => paragraphs(doc.role.purpose),
  responsibilities: (doc) => {
    const items = doc.duties.filter((d) => d.kind === 'core').map(coreDutyItem);
    return items.length ? [{ kind: 'list', items }] : [];
  },
  flexible: flexibleSection,
  excluded: excludedSection,
  autonomy: (doc) => paragraphs(doc.role.autonomy),
  boundaries: boundariesSection,
  supervision: supervisionSection,
  training: (doc) => [...apprenticeshipBlocks(doc), ...trainingSection(doc)],
  team: teamSection,
  wellbeing: wellbeingSection,
  terms: termsSection,
  progression: progressionSection,
  'person-spec': (doc) => [...personSpecSection(doc), ...applyingBlocks(doc, 'internal')],
};

const CANDIDATE: Partial<Record<RoleSectionId, Builder>> = {
  ...INTERNAL,
  details: candidateDetails,
  responsibilities: mainDuties,
  supervision: supportSummary,
  training: (doc) => [...apprenticeshipBlocks(doc), ...candidateTraining(doc)],
  'person-spec': (doc) => [...personSpecByCategory(doc), ...applyingBlocks(doc, 'candidate')],
};

/**
 * The job description + person specification of a role, as an ordered list of plain-text sections:
 * the candidate's (the default) or the internal record (`{ audience: "internal" }`).
 */
export function jobDescriptionModel(role: RoleDocument, options: JobDescriptionOptions = {}): JobDescriptionModel {
  const profile = options.organisation;
  const audience: Audience = options.audience === 'internal' ? 'internal' : 'candidate';
  const candidate = audience === 'candidate';
  const doc = applyOrganisation(role, profile);
  const header = profile ? organisationHeader(doc, profile) : undefined;
  // The header carries the reference and the contact when there is one; the job details the rest.
  const closingDate = doc.recruitment.closingDate ? formatDate(doc.recruitment.closingDate) : undefined;
  // The pay table is named with its nation only when that is known: the profile's own table is its
  // nation's, and in England the toolkit's tables are. Elsewhere, without a table of its own, the
  // figures' nation is not known (R59 says so), so none is named.
  const e = doc.employment;
  const nation = profile?.organisation.nation ?? 'england';
  const ownTable = profile?.pay.tables?.some((t) => t.scheme === e.payScheme && payYearOf(t.effectiveFrom) === e.payTableYear);
  // The table of the role's pay year (the profile's own over the toolkit's, as rule R59 reads it):
  // when the salary is that table's figures for the band and the toolkit worked them out from an
  // award, the salary line says so (rule R85 says it too). Figures of the role's own are its own.
  const table = e.payScheme && e.payTableYear ? payTablesFor(e.payScheme, { organisation: profile }).filter((t) => payTableYearOf(t) === e.payTableYear).at(-1) : undefined;
  const figures = payTableBand(table, e.band);
  const tableFigures = figures !== undefined && e.salary?.min === figures.min && e.salary.max === figures.max && e.salary.period === figures.period;
  const computedFrom = tableFigures ? (table as Partial<BuiltInPayTable>).computedFrom : undefined;
  const pay = { nation: ownTable || nation === 'england' ? nation : '', highCostArea: profile?.pay.highCostArea, ...(computedFrom ? { computedFrom } : {}) };
  const advert: AdvertLines = header
    ? { closingDate, ...pay }
    : { reference: line(doc.recruitment.reference), closingDate, contact: line(doc.recruitment.contact), ...pay };
  const sections: JdSection[] = [];
  for (const { id, heading, required } of candidate ? CANDIDATE_ORDER : SECTION_ORDER) {
    if (id === 'person-spec') sections.push(...(candidate ? standardClauseSections(profile) : clauseSections(profile?.jobDescription.standardClauses ?? [])));
    const blocks = (candidate ? CANDIDATE : INTERNAL)[id]?.(doc, advert) ?? [];
    if (blocks.length) sections.push({ id, heading, required, blocks });
    else if (required) sections.push({ id, heading, required, blocks: [placeholder()] });
    if (profile && id === (candidate ? 'responsibilities' : 'details')) sections.push(...aboutUsSection(profile, candidate ? 'About the organisation' : 'About us'));
  }
  if (!candidate) {
    const blocks = assessmentSection(options.assessment);
    if (blocks.length) sections.push({ id: 'assessment', heading: 'Assessment summary', required: false, blocks });
  }
  const reference = header?.reference ?? advert.reference;
  const model = {
    audience,
    title: line(doc.role.title) ?? 'Job description',
    subtitle: 'Job description and person specification',
    ...(reference && { reference }),
    versionDate: formatDate(doc.meta.updatedAt.slice(0, 10)),
    sections,
  };
  return markUnconfirmed(header ? { ...model, organisation: header } : model, doc);
}

/** Every piece of text in a model, in reading order (for tests, search and plain-text views). */
export function modelText(model: JobDescriptionModel): string[] {
  const o = model.organisation;
  const out: string[] = o ? [o.name, o.reference, ...(o.recruitmentContact ? [o.recruitmentContact] : [])] : [];
  out.push(model.title, model.subtitle);
  for (const s of model.sections) {
    out.push(s.heading);
    for (const b of s.blocks) {
      if (b.kind === 'paragraph') out.push(b.text);
      else if (b.kind === 'list') {
        if (b.caption) out.push(b.caption);
        for (const i of b.items) out.push(i.text, ...(i.details ?? []));
      } else if (b.kind === 'table') {
        if (b.caption) out.push(b.caption);
        out.push(...b.columns, ...b.rows.flat());
      } else {
        if (b.caption) out.push(b.caption);
        for (const r of b.rows) out.push(r.key, r.value);
      }
    }
  }
  return out;
}
