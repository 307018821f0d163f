/**
 * The role as a schema.org `JobPosting` in JSON-LD (source S57 in docs/sources.md).
 *
 * By default only schema.org terms are used, with `"@context": "https://schema.org"` (what
 * schema.org cannot say stays in the canonical export, ./envelope.ts). With `{ extensions: true }` the parts
 * schema.org has no terms for — duties with their kind and bounds, exclusions, boundaries,
 * supervision, training, team, leadership, funding, progression, wellbeing — are added as
 * `psw:`-prefixed properties, and the context becomes
 * `["https://schema.org", { "psw": "urn:psw-role-kit:ns:" }]`. Inside those nodes every key
 * is `psw:`-prefixed except `name` and `description`, which are schema.org's, so the whole is valid
 * JSON-LD 1.0/1.1 that expands without loss.
 *
 * Nothing is invented: a property whose data the document lacks is left out (no empty strings, no
 * `undefined`, no empty arrays or objects). `datePosted` is the given date or today; `validThrough`
 * the given date or the role's closing date; `url` only when given.
 *
 * Mapping (document → JobPosting):
 *   role.title                          → title
 *   role.purpose + context summary      → description (plain text)
 *   id                                  → identifier (PropertyValue, propertyID "psw-role-kit document id")
 *   meta.organisation                   → hiringOrganization (Organization.name); with a profile also
 *                                         sameAs (its website), logo (an http(s) address only: never a
 *                                         data: URL or a path) and description (its "About us")
 *   context.service                     → employmentUnit (Organization.name)
 *   employment.location                 → jobLocation: Place { name: the text, address: PostalAddress
 *                                         { streetAddress?, addressLocality, postalCode?, addressCountry
 *                                         "GB" } } read from the text (./job-posting-place.ts)
 *   recruitment.closingDate             → validThrough
 *   employment.hoursPerWeek/contractType→ employmentType: FULL_TIME (≥ 37.5 h) / PART_TIME, + TEMPORARY
 *                                         for fixed term; bank → PER_DIEM; apprenticeship → hours only,
 *                                         and a jobBenefits line
 *   employment.hoursPerWeek/workPattern → workHours
 *   employment.salary                   → baseSalary: MonetaryAmount { currency, value: QuantitativeValue
 *                                         { minValue, maxValue | value, unitText YEAR | HOUR }, description? };
 *                                         pro rata for the hours (and said so) when a full-time Agenda for
 *                                         Change amount; salaryCurrency
 *   core duties, flexible duties        → responsibilities (one string each; flexible ones prefixed
 *                                         "Flexible:" with their bounds in words)
 *   person spec (essential, desirable)  → qualifications / skills / experienceRequirements /
 *                                         eligibilityToWorkRequirement, each "Essential: …" or
 *                                         "Desirable: …" (see criterionKind: a wording heuristic)
 *   employment.dbs.level, policeVetting → securityClearanceRequirement (nearest schema.org property):
 *                                         the DBS level with its barred lists; police vetting when required
 *   apprenticeship, HCAS zone (profile), → jobBenefits lines (the supplement's share of pay only: its
 *   unsocialHours, apprentices' pay        minimum and maximum are not printed; no apprentice figure)
 *   supervision, peer training, wellbeing → jobBenefits (short lines)
 *   (always) / role.frameworkRefs       → relevantOccupation: Occupation "Peer worker", identifier
 *                                         ST0896 / OCC0896 only when the refs name them
 *   everything else                     → psw: terms, with { extensions: true } only
 *
 * With `{ organisation }` the posting describes the effective document (`applyOrganisation`: the
 * profile's facts fill what the role leaves unset). Post facts that are still a template's
 * unconfirmed suggestion (`meta.suggested`) are left out (./unconfirmed.ts).
 */
import type { Criterion, Duty, RoleDocument } from '../model/schema.js';
import { applyOrganisation } from '../organisation/apply.js';
import type { OrganisationProfile } from '../organisation/schema.js';
import { FULL_TIME_HOURS, formatDecimal, formatFrequency, joinWords, lowerFirst } from './format.js';
import { flexibleBounds, isProRata, proRata, salaryText } from './jd-model.js';
import { postalAddress } from './job-posting-place.js';
import { withoutUnconfirmed } from './unconfirmed.js';
import { clockToday } from '../assess/policy.js';
import { extensionTerms } from './job-posting-extensions.js';
import { apprenticePayLine, DBS_TEXT, highCostAreaLine, policeVettingLine, unsocialHoursLine } from './jd-recruitment.js';
import { compact, line, text, toScriptSafeJson, type JsonLdNode, type LooseNode } from './json-ld.js';
import { labelIn, labelOf } from '../catalogue/label.js';
import { settings } from '../catalogue/settings.js';
import { supervisionTypeLabels } from '../catalogue/short-labels.js';

export { toScriptSafeJson, type JsonLdNode, type JsonLdValue } from './json-ld.js';

/** The namespace of the extension terms. */
export const PSW_NAMESPACE = 'urn:psw-role-kit:ns:';
export const SCHEMA_ORG_CONTEXT = 'https://schema.org';

/** A schema.org JobPosting. Only `@context` and `@type` are always present. */
export interface JobPosting extends JsonLdNode {
  readonly '@context': typeof SCHEMA_ORG_CONTEXT | readonly [typeof SCHEMA_ORG_CONTEXT, { readonly psw: typeof PSW_NAMESPACE }];
  readonly '@type': 'JobPosting';
}

export interface JobPostingOptions {
  /** When the advert is published, YYYY-MM-DD or ISO 8601 (default: `today`). */
  datePosted?: string;
  /** Today, YYYY-MM-DD (default: the clock), the default of `datePosted`. */
  today?: string;
  /** The closing date of the advert (default: `recruitment.closingDate`; never the end of a contract). */
  validThrough?: string;
  /** Where the advert is published. */
  url?: string;
  /** Add the `psw:` extension terms (default false: schema.org terms only). */
  extensions?: boolean;
  /** The organisation profile: its facts fill what the role leaves unset, and it describes the hiring organisation. */
  organisation?: OrganisationProfile;
}

// ---------------------------------------------------------------------------------------------
// schema.org properties

/** FULL_TIME / PART_TIME from the hours, plus TEMPORARY for fixed-term posts; PER_DIEM for bank work. */
export function employmentTypes(doc: RoleDocument): string[] {
  const { hoursPerWeek, contractType } = doc.employment;
  if (contractType === 'bank') return ['PER_DIEM'];
  const types: string[] = [];
  if (hoursPerWeek !== undefined) types.push(hoursPerWeek >= FULL_TIME_HOURS ? 'FULL_TIME' : 'PART_TIME');
  if (contractType === 'fixed-term') types.push('TEMPORARY');
  return types;
}

function description(doc: RoleDocument): string | undefined {
  const { context } = doc;
  const setting = labelOf(settings, context.setting);
  const summary = [
    setting && `Setting: ${setting}.`,
    line(context.service) && `Service: ${line(context.service)}.`,
    line(context.ageGroup) && `People supported: ${line(context.ageGroup)}.`,
    line(context.livedExperienceFocus) && `Lived experience focus: ${line(context.livedExperienceFocus)}.`,
  ].filter(Boolean).join(' ');
  const parts = [text(doc.role.purpose), summary].filter((p): p is string => !!p);
  return parts.length ? parts.join('\n\n') : undefined;
}

function dutyLine(d: Duty): string {
  const title = line(d.title) ?? 'Untitled duty';
  const desc = line(d.description);
  return desc ? `${title}: ${desc}` : title;
}

function responsibilities(doc: RoleDocument): string[] {
  const core = doc.duties.filter((d) => d.kind === 'core').map(dutyLine);
  const flexible = doc.duties
    .filter((d) => d.kind === 'flexible')
    .map((d) => `Flexible: ${dutyLine(d)} (${flexibleBounds(d).map(lowerFirst).join('; ')})`);
  return [...core, ...flexible];
}

type SpecKind = 'qualifications' | 'skills' | 'experienceRequirements' | 'eligibilityToWorkRequirement';

/**
 * Which schema.org property a person-specification criterion belongs to: from its category when it
 * has one (knowledge, skills and values → skills), else a heuristic on the wording: the right to work → eligibilityToWorkRequirement; lived
 * experience, "experience of/in/with…" and years of experience → experienceRequirements;
 * qualifications, certificates, licences, training, courses → qualifications; the rest (abilities,
 * knowledge, values, "reflect on own experience") → skills.
 */
export function criterionKind(c: Criterion): SpecKind {
  const t = c.text;
  if (c.category === 'qualifications') return 'qualifications';
  if (c.category === 'experience') return 'experienceRequirements';
  if (c.category && !/\bright to work\b/i.test(t)) return 'skills';
  if (/\bright to work\b/i.test(t)) return 'eligibilityToWorkRequirement';
  if (c.livedExperience === true || /\b(lived experience|experience (of|in|with|working|supporting)|years?\b.*\bexperience)/i.test(t)) return 'experienceRequirements';
  if (/\b(qualifi|certific|diploma|degree|nvq|gcse|a[- ]level|apprenticeship|accredit|training|course|licen[cs]e)/i.test(t)) return 'qualifications';
  return 'skills';
}

function personSpec(doc: RoleDocument): Record<SpecKind, string[]> {
  const out: Record<SpecKind, string[]> = { qualifications: [], skills: [], experienceRequirements: [], eligibilityToWorkRequirement: [] };
  const add = (prefix: string) => (c: Criterion) => {
    const t = line(c.text);
    if (t) out[criterionKind(c)].push(`${prefix}: ${t}`);
  };
  doc.recruitment.personSpec.essential.forEach(add('Essential'));
  doc.recruitment.personSpec.desirable.forEach(add('Desirable'));
  return out;
}

/** What the post pays: pro rata for its hours when the salary is a full-time Agenda for Change amount. */
function baseSalary(doc: RoleDocument): LooseNode | undefined {
  const full = doc.employment.salary;
  if (!full) return undefined;
  const hours = doc.employment.hoursPerWeek;
  const pro = isProRata(doc.employment) && hours !== undefined;
  const s = pro ? { ...full, ...proRata(full, hours) } : full;
  const unitText = s.period === 'year' ? 'YEAR' : 'HOUR';
  const value = s.min === s.max
    ? { '@type': 'QuantitativeValue', value: s.min, unitText }
    : { '@type': 'QuantitativeValue', minValue: s.min, maxValue: s.max, unitText };
  const description = pro ? `Pro rata for ${formatDecimal(hours)} hours a week (${salaryText({ salary: full })?.replace(/ a year$/, '')} a year full time)` : undefined;
  return { '@type': 'MonetaryAmount', currency: s.currency, value, description };
}

function workHours(doc: RoleDocument): string | undefined {
  const { hoursPerWeek, workPattern } = doc.employment;
  const parts = [hoursPerWeek !== undefined && `${formatDecimal(hoursPerWeek)} hours a week`, line(workPattern)].filter(Boolean);
  return parts.length ? parts.join('; ') : undefined;
}

const ST0896 = /\bST0?896\b/i;
const OCC0896 = /\bOCC0?896\b/i;

/**
 * The occupation: always "Peer worker" (the name of the occupation in England's occupational map
 * that peer support roles belong to); its codes only when the role's framework references name
 * them.
 */
function relevantOccupation(doc: RoleDocument): LooseNode {
  const refs = doc.role.frameworkRefs ?? [];
  const identifier = [
    refs.some((r) => ST0896.test(r)) && { '@type': 'PropertyValue', propertyID: 'Apprenticeship standard (England)', value: 'ST0896' },
    refs.some((r) => OCC0896.test(r)) && { '@type': 'PropertyValue', propertyID: 'Occupational map code (England)', value: 'OCC0896' },
  ];
  return { '@type': 'Occupation', name: 'Peer worker', identifier };
}


/**
 * The checks the post needs, in words (schema.org's nearest property is `securityClearanceRequirement`):
 * the DBS check with its barred lists, and police vetting when required.
 */
function securityClearance(doc: RoleDocument): string | string[] | undefined {
  const level = doc.employment.dbs?.level;
  const dbs = level && level !== 'none'
    ? DBS_TEXT[level].replace('DBS check', 'Disclosure and Barring Service (DBS) check')
    : undefined;
  const police = doc.employment.policeVetting?.required === true ? policeVettingLine(doc) : undefined;
  const all = [dbs, police].filter((x): x is string => !!x);
  return all.length > 1 ? all : all[0];
}

function jobBenefits(doc: RoleDocument, profile: OrganisationProfile | undefined): string[] {
  const refs = doc.role.frameworkRefs ?? [];
  const standard = doc.employment.apprenticeship?.standard ?? '';
  const apprenticeship = doc.employment.contractType === 'apprenticeship'
    ? refs.some((r) => ST0896.test(r)) || ST0896.test(standard)
      ? 'Apprenticeship: the post includes training towards the Level 3 Peer Worker apprenticeship standard (ST0896)'
      : 'Apprenticeship: the post includes training towards an apprenticeship'
    : undefined;
  const a = doc.employment.contractType === 'apprenticeship' ? doc.employment.apprenticeship : undefined;
  const pay = [highCostAreaLine(doc, profile?.pay.highCostArea), unsocialHoursLine(doc), apprenticePayLine(doc)];
  const supervision = doc.supervision.arrangements
    .filter((a) => a.type !== 'line-management')
    .map((a) => {
      const how = [a.format === 'one-to-one' ? 'one to one' : a.format === 'group' ? 'in a group' : undefined, a.frequency && formatFrequency(a.frequency)]
        .filter(Boolean).join(', ');
      const name = labelIn(supervisionTypeLabels, a.type);
      return `${name}${how ? ` (${how})` : ''}${a.protectedTime ? ', in protected time' : ''}`;
    });
  const training = doc.training.peerSpecific.map((t) => line(t.title)).filter((t): t is string => !!t);
  const w = doc.wellbeing;
  return [
    apprenticeship,
    a?.durationMonths !== undefined ? `Apprenticeship training over about ${a.durationMonths} months` : undefined,
    a?.offTheJobShare !== undefined ? `${a.offTheJobShare}% of paid hours for off-the-job training` : undefined,
    ...pay,
    ...supervision,
    training.length > 0 ? `Peer-specific training: ${joinWords(training)}` : undefined,
    w.wellnessPlanOffered ? 'A voluntary wellness plan' : undefined,
    w.adjustmentsProcess ? 'A clear process for reasonable adjustments' : undefined,
    w.accessToWorkSignposted ? 'Information about Access to Work' : undefined,
  ].filter((b): b is string => !!b);
}

/** An absolute http(s) address, or undefined (a data: URL, a path or anything else). */
const webAddress = (s: string | undefined): string | undefined => {
  const v = s?.trim();
  return v && /^https?:\/\/[^\s"'<>\\]+$/i.test(v) ? v : undefined;
};

function hiringOrganization(doc: RoleDocument, profile: OrganisationProfile | undefined): LooseNode {
  const o = profile?.organisation;
  return {
    '@type': 'Organization',
    name: line(doc.meta.organisation) ?? line(o?.name),
    sameAs: webAddress(o?.website),
    logo: webAddress(o?.logo?.src),
    description: text(profile?.jobDescription.aboutUs),
  };
}

// ---------------------------------------------------------------------------------------------

/** The role as a schema.org JobPosting (JSON-LD). */
export function toJobPosting(role: RoleDocument, opts: JobPostingOptions = {}): JobPosting {
  // A template's suggestion for the post that nobody confirmed is not a fact to publish (./unconfirmed.ts).
  const doc = withoutUnconfirmed(applyOrganisation(role, opts.organisation));
  const { context, role: r, employment } = doc;
  const spec = personSpec(doc);
  const types = employmentTypes(doc);
  const location = line(employment.location);
  const posting: LooseNode = {
    '@context': opts.extensions ? [SCHEMA_ORG_CONTEXT, { psw: PSW_NAMESPACE }] : SCHEMA_ORG_CONTEXT,
    '@type': 'JobPosting',
    title: line(r.title),
    description: description(doc),
    identifier: { '@type': 'PropertyValue', propertyID: 'psw-role-kit document id', value: doc.id },
    datePosted: opts.datePosted ?? opts.today ?? clockToday(),
    validThrough: opts.validThrough ?? doc.recruitment.closingDate,
    url: opts.url,
    hiringOrganization: hiringOrganization(doc, opts.organisation),
    employmentUnit: { '@type': 'Organization', name: line(context.service) },
    jobLocation: location && postalAddress(location) && { '@type': 'Place', name: location, address: postalAddress(location) },
    employmentType: types.length === 1 ? types[0] : types,
    workHours: workHours(doc),
    baseSalary: baseSalary(doc),
    salaryCurrency: employment.salary?.currency,
    responsibilities: responsibilities(doc),
    qualifications: spec.qualifications,
    skills: spec.skills,
    experienceRequirements: spec.experienceRequirements,
    eligibilityToWorkRequirement: spec.eligibilityToWorkRequirement,
    securityClearanceRequirement: securityClearance(doc),
    jobBenefits: jobBenefits(doc, opts.organisation),
    relevantOccupation: relevantOccupation(doc),
    ...(opts.extensions ? extensionTerms(doc) : {}),
  };
  return compact(posting) as JobPosting;
}

/** The JobPosting as text for `<script type="application/ld+json">`: no raw `</script` or `<!--`. */
export function toJobPostingScript(doc: RoleDocument, opts: JobPostingOptions = {}): string {
  return toScriptSafeJson(toJobPosting(doc, opts), 2);
}
