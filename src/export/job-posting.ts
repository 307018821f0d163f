/**
 * The role as a schema.org `JobPosting` in JSON-LD (domain/evidence.md §6.1 and §7.3).
 *
 * By default only schema.org terms are used, with `"@context": "https://schema.org"` (DESIGN.md §4:
 * what schema.org cannot say stays in the canonical export). With `{ extensions: true }` the parts
 * schema.org has no terms for — duties with their kind and bounds, exclusions, boundaries,
 * supervision, training, team, leadership, funding, progression, wellbeing — are added as
 * `psw:`-prefixed properties, and the context becomes
 * `["https://schema.org", { "psw": "urn:psw-role-kit:ns:" }]`. Inside those nodes every key
 * is `psw:`-prefixed except `name` and `description`, which are schema.org's, so the whole is valid
 * JSON-LD 1.0/1.1 that expands without loss.
 *
 * Nothing is invented: a property whose data the document lacks is left out (no empty strings, no
 * `undefined`, no empty arrays or objects), and `datePosted`/`validThrough`/`url` appear only when the
 * caller gives them.
 *
 * Mapping (document → JobPosting):
 *   role.title                          → title
 *   role.purpose + context summary      → description (plain text)
 *   id                                  → identifier (PropertyValue, propertyID "psw-role-kit document id")
 *   meta.organisation                   → hiringOrganization (Organization.name)
 *   context.service                     → employmentUnit (Organization.name)
 *   employment.location                 → jobLocation: Place { name: the text, address: PostalAddress
 *                                         { addressCountry: "GB" } } — free text is not a street address
 *   employment.hoursPerWeek/contractType→ employmentType: FULL_TIME (≥ 37.5 h) / PART_TIME, + TEMPORARY
 *                                         for fixed term; bank → PER_DIEM; apprenticeship → hours only,
 *                                         and a jobBenefits line
 *   employment.hoursPerWeek/workPattern → workHours
 *   employment.salary                   → baseSalary: MonetaryAmount { currency, value: QuantitativeValue
 *                                         { minValue, maxValue | value, unitText YEAR | HOUR } }; salaryCurrency
 *   core duties, flexible duties        → responsibilities (one string each; flexible ones prefixed
 *                                         "Flexible:" with their bounds in words)
 *   person spec (essential, desirable)  → qualifications / skills / experienceRequirements /
 *                                         eligibilityToWorkRequirement, each "Essential: …" or
 *                                         "Desirable: …" (see criterionKind: a wording heuristic)
 *   employment.dbs.level                → securityClearanceRequirement (nearest schema.org property)
 *   supervision, peer training, wellbeing → jobBenefits (short lines)
 *   (always) / role.frameworkRefs       → relevantOccupation: Occupation "Peer worker", identifier
 *                                         ST0896 / OCC0896 only when the refs name them
 *   everything else                     → psw: terms, with { extensions: true } only
 */
import type { Criterion, Duty, RoleDocument } from '../model/schema.js';
import { FULL_TIME_HOURS, formatDecimal, formatFrequency, joinWords, lowerFirst, oneLine, present } from './format.js';
import { boundaryName, flexibleBounds } from './jd-model.js';
import { labelIn, labelOf } from '../catalogue/label.js';
import { settings } from '../catalogue/settings.js';
import { supervisionTypeLabels } from '../catalogue/short-labels.js';

/** The namespace of the extension terms. */
export const PSW_NAMESPACE = 'urn:psw-role-kit:ns:';
export const SCHEMA_ORG_CONTEXT = 'https://schema.org';

export type JsonLdValue = string | number | boolean | JsonLdNode | readonly JsonLdValue[];
export interface JsonLdNode {
  readonly [key: string]: JsonLdValue;
}

/** A schema.org JobPosting. Only `@context` and `@type` are always present. */
export interface JobPosting extends JsonLdNode {
  readonly '@context': typeof SCHEMA_ORG_CONTEXT | readonly [typeof SCHEMA_ORG_CONTEXT, { readonly psw: typeof PSW_NAMESPACE }];
  readonly '@type': 'JobPosting';
}

export interface JobPostingOptions {
  /** When the advert is published, YYYY-MM-DD or ISO 8601 (left out unless given). */
  datePosted?: string;
  /** The closing date of the advert (not the end of a fixed-term contract). */
  validThrough?: string;
  /** Where the advert is published. */
  url?: string;
  /** Add the `psw:` extension terms (default false: schema.org terms only). */
  extensions?: boolean;
}

// ---------------------------------------------------------------------------------------------
// Helpers

/** A node being built: values may be absent (undefined, false) or blank until `compact` tidies them. */
type LooseNode = Record<string, unknown>;

/**
 * Drops undefined, null, `false`, blank strings, empty arrays and objects left with nothing but an
 * `@type`, so the output never holds an empty value. A plain `false` means "absent" here (the
 * `cond && value` idiom); a boolean that is data is wrapped with `flag()` and survives.
 */
function compact(value: unknown): JsonLdValue | undefined {
  if (value === undefined || value === null || value === false) return undefined;
  if (typeof value === 'string') return value.trim() === '' ? undefined : value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'boolean') return value;
  if (Array.isArray(value)) {
    const items = value.map(compact).filter((v): v is JsonLdValue => v !== undefined);
    return items.length ? items : undefined;
  }
  if (value instanceof Flag) return value.value;
  const out: Record<string, JsonLdValue> = {};
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    const c = compact(v);
    if (c !== undefined) out[k] = c;
  }
  const keys = Object.keys(out);
  return keys.length === 0 || (keys.length === 1 && keys[0] === '@type') ? undefined : out;
}

/** A boolean that is data (so `false` survives `compact`). */
class Flag {
  constructor(readonly value: boolean) {}
}
const flag = (b: boolean | undefined): Flag | undefined => (b === undefined ? undefined : new Flag(b));

/** Cleaned multi-line text, or undefined when blank. */
const text = present;
const line = (s: string | undefined): string | undefined => {
  const p = present(s);
  return p === undefined ? undefined : oneLine(p);
};

/** Prefixes every key with `psw:` except JSON-LD keywords and schema.org's `name` and `description`. */
function psw(type: string | undefined, props: Record<string, unknown>): LooseNode {
  const out: LooseNode = type ? { '@type': `psw:${type}` } : {};
  for (const [k, v] of Object.entries(props)) {
    out[k.startsWith('@') || k === 'name' || k === 'description' ? k : `psw:${k}`] = v;
  }
  return out;
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
 * Which schema.org property a person-specification criterion belongs to. A heuristic on the wording
 * (the document does not classify criteria): the right to work → eligibilityToWorkRequirement; lived
 * experience, "experience of/in/with…" and years of experience → experienceRequirements;
 * qualifications, certificates, licences, training, courses → qualifications; the rest (abilities,
 * knowledge, values, "reflect on own experience") → skills.
 */
export function criterionKind(c: Criterion): SpecKind {
  const t = c.text;
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

function baseSalary(doc: RoleDocument): LooseNode | undefined {
  const s = doc.employment.salary;
  if (!s) return undefined;
  const unitText = s.period === 'year' ? 'YEAR' : 'HOUR';
  const value = s.min === s.max
    ? { '@type': 'QuantitativeValue', value: s.min, unitText }
    : { '@type': 'QuantitativeValue', minValue: s.min, maxValue: s.max, unitText };
  return { '@type': 'MonetaryAmount', currency: s.currency, value };
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

const DBS_TEXT = { basic: 'Basic', standard: 'Standard', enhanced: 'Enhanced' } as const;

function jobBenefits(doc: RoleDocument): string[] {
  const refs = doc.role.frameworkRefs ?? [];
  const apprenticeship = doc.employment.contractType === 'apprenticeship'
    ? refs.some((r) => ST0896.test(r))
      ? 'Apprenticeship: the post includes training towards the Level 3 Peer Worker apprenticeship standard (ST0896)'
      : 'Apprenticeship: the post includes training towards an apprenticeship'
    : undefined;
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
    ...supervision,
    training.length > 0 ? `Peer-specific training: ${joinWords(training)}` : undefined,
    w.wellnessPlanOffered ? 'A voluntary wellness plan' : undefined,
    w.adjustmentsProcess ? 'A clear process for reasonable adjustments' : undefined,
    w.accessToWorkSignposted ? 'Information about Access to Work' : undefined,
  ].filter((b): b is string => !!b);
}

// ---------------------------------------------------------------------------------------------
// Extension terms

function extensionTerms(doc: RoleDocument): LooseNode {
  const { role, employment, supervision, training, team, leadership, progression, wellbeing } = doc;
  const f = employment.funding;
  return {
    'psw:roleLevel': role.level,
    'psw:setting': doc.context.setting,
    'psw:frameworkRef': role.frameworkRefs?.map(line),
    'psw:autonomy': text(role.autonomy),
    'psw:involvementRequestCap': role.involvementRequestCap,
    'psw:duty': doc.duties.map((d) => psw('Duty', {
      name: line(d.title),
      description: text(d.description),
      dutyKind: d.kind,
      timeShare: d.timeShare,
      maxShare: d.flexibility?.maxShare,
      bounds: text(d.flexibility?.bounds),
      agreedWith: d.flexibility?.agreedWith?.map(line),
      reviewEveryWeeks: d.flexibility?.reviewEveryWeeks,
      exclusionReason: text(d.exclusionReason),
    })),
    'psw:boundary': doc.boundaries.map((b) => psw('Boundary', {
      name: boundaryName(b),
      topic: b.topic,
      position: text(b.position),
      rationale: text(b.rationale),
      mode: b.mode,
      escalation: text(b.escalation),
      status: b.status,
      notApplicableReason: text(b.notApplicableReason),
    })),
    'psw:supervision': supervision.arrangements.map((a) => psw('SupervisionArrangement', {
      supervisionType: a.type,
      providerRole: line(a.providerRole),
      providerHasPeerBackground: flag(a.providerHasPeerBackground),
      providerTrainedInPeerSupervision: flag(a.providerTrainedInPeerSupervision),
      format: a.format,
      sessionsPerPeriod: a.frequency?.count,
      period: a.frequency?.per,
      durationMinutes: a.durationMinutes,
      focus: a.focus?.map(line),
      protectedTime: flag(a.protectedTime),
    })),
    'psw:supervisionCover': text(supervision.cover),
    'psw:training': psw('TrainingPlan', {
      induction: text(training.induction),
      mandatory: text(training.mandatory),
      development: text(training.development),
      peerSpecificTraining: training.peerSpecific.map((t) => psw('TrainingItem', {
        name: line(t.title),
        competenceDomain: t.competenceDomains,
        hours: t.hours,
      })),
    }),
    'psw:team': psw('Team', {
      briefingBeforeStart: flag(team.briefingBeforeStart),
      briefingCoDeliveredByPeer: flag(team.briefingCoDeliveredByPeer),
      otherPeerWorkers: team.otherPeerWorkers,
      peerNetwork: flag(team.peerNetwork),
      attendsTeamMeetings: flag(team.attendsTeamMeetings),
    }),
    'psw:leadership': psw('Leadership', {
      namedSponsor: line(leadership.namedSponsor),
      peerLeadInOrganisation: flag(leadership.peerLeadInOrganisation),
      peerVoiceForum: flag(leadership.peerVoiceForum),
    }),
    'psw:funding': f && psw('Funding', {
      source: text(f.source),
      termMonths: f.termMonths,
      endDate: f.endDate,
      exitPlan: text(f.exitPlan),
      recurrent: flag(f.recurrent),
    }),
    'psw:contractType': employment.contractType,
    'psw:payScheme': employment.payScheme,
    'psw:band': line(employment.band),
    'psw:payTableYear': employment.payTableYear,
    'psw:loneWorking': employment.loneWorking && psw('LoneWorking', {
      expected: flag(employment.loneWorking.expected),
      arrangements: text(employment.loneWorking.arrangements),
    }),
    'psw:dbsFeePaidBy': employment.dbs?.feePaidBy,
    'psw:progressionStep': progression.steps.map((s) => psw('ProgressionStep', {
      name: line(s.title),
      band: line(s.band),
      criteria: text(s.criteria),
    })),
    'psw:wellbeing': psw('Wellbeing', {
      wellnessPlanOffered: flag(wellbeing.wellnessPlanOffered),
      adjustmentsProcess: flag(wellbeing.adjustmentsProcess),
      accessToWorkSignposted: flag(wellbeing.accessToWorkSignposted),
    }),
  };
}

// ---------------------------------------------------------------------------------------------

/** The role as a schema.org JobPosting (JSON-LD). */
export function toJobPosting(doc: RoleDocument, opts: JobPostingOptions = {}): JobPosting {
  const { meta, context, role, employment } = doc;
  const spec = personSpec(doc);
  const types = employmentTypes(doc);
  const dbsLevel = employment.dbs?.level;
  const location = line(employment.location);
  const posting: LooseNode = {
    '@context': opts.extensions ? [SCHEMA_ORG_CONTEXT, { psw: PSW_NAMESPACE }] : SCHEMA_ORG_CONTEXT,
    '@type': 'JobPosting',
    title: line(role.title),
    description: description(doc),
    identifier: { '@type': 'PropertyValue', propertyID: 'psw-role-kit document id', value: doc.id },
    datePosted: opts.datePosted,
    validThrough: opts.validThrough,
    url: opts.url,
    hiringOrganization: { '@type': 'Organization', name: line(meta.organisation) },
    employmentUnit: { '@type': 'Organization', name: line(context.service) },
    jobLocation: location && { '@type': 'Place', name: location, address: { '@type': 'PostalAddress', addressCountry: 'GB' } },
    employmentType: types.length === 1 ? types[0] : types,
    workHours: workHours(doc),
    baseSalary: baseSalary(doc),
    salaryCurrency: employment.salary?.currency,
    responsibilities: responsibilities(doc),
    qualifications: spec.qualifications,
    skills: spec.skills,
    experienceRequirements: spec.experienceRequirements,
    eligibilityToWorkRequirement: spec.eligibilityToWorkRequirement,
    securityClearanceRequirement: dbsLevel && dbsLevel !== 'none' ? `${DBS_TEXT[dbsLevel]} Disclosure and Barring Service (DBS) check` : undefined,
    jobBenefits: jobBenefits(doc),
    relevantOccupation: relevantOccupation(doc),
    ...(opts.extensions ? extensionTerms(doc) : {}),
  };
  return compact(posting) as JobPosting;
}

/**
 * Characters that could end or confuse a `<script>` element, written as JSON escapes. `<`, `>` and
 * `&` rule out `</script`, `<!--` and `-->`; U+2028/U+2029 are line terminators in older JavaScript.
 * Every one of them can only occur inside JSON strings, where the escape means the same character.
 */
const SCRIPT_UNSAFE: Record<string, string> = { '<': '\\u003c', '>': '\\u003e', '&': '\\u0026', '\u2028': '\\u2028', '\u2029': '\\u2029' };

/** JSON text that is safe as the content of `<script type="application/ld+json">`. */
export function toScriptSafeJson(value: unknown, space?: number): string {
  return JSON.stringify(value, null, space).replace(/[<>&\u2028\u2029]/g, (c) => SCRIPT_UNSAFE[c] ?? c);
}

/** The JobPosting as text for `<script type="application/ld+json">`: no raw `</script` or `<!--`. */
export function toJobPostingScript(doc: RoleDocument, opts: JobPostingOptions = {}): string {
  return toScriptSafeJson(toJobPosting(doc, opts), 2);
}
