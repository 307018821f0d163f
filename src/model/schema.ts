/**
 * The role document, version 2 (SCHEMA_VERSION; ./migrations.ts brings older versions up): the
 * product's output, a public contract (docs/document-format.md describes every field for people).
 *
 * The schema checks shape and sanity only (types, enums, ranges, lengths, counts, dates, unique ids).
 * Whether a role is complete or good is the assessment's job (src/assess), so a half-written draft
 * parses. Every section object and every list is always present; scalar fields are optional and are
 * absent rather than empty. Unknown keys are refused, except inside `extensions`, where host systems
 * may keep their own data.
 *
 * Some fields exist because an assessment rule needs them (src/assess/rules, docs/rules.md):
 * `role.involvementRequestCap`, `role.autonomy`, `supervision.arrangements[].providerTrainedInPeerSupervision`,
 * `employment.loneWorking`, `employment.dbs`, `recruitment.personSpec.*[].livedExperience` and a few more,
 * each documented where it is declared.
 */
import { z } from './zod.js';
import { CRITERION_CATEGORIES, DOCUMENT_KIND, SCHEMA_VERSION } from './constants.js';
import { LIMITS } from './schema-constants.js';
import { refinement } from './zod-refinement.js';
import { SUGGESTABLE_PATHS } from './suggestable.js';
import { employmentFields, recruitmentFields } from './schema-recruitment.js';
import {
  BOUNDARY_TOPIC_IDS,
  EMPLOYER_TYPE_IDS,
  PAY_SCHEME_IDS,
  ROLE_LEVEL_IDS,
  SETTING_IDS,
  SUPERVISION_TYPE_IDS,
} from '../catalogue/ids.js';

export { CRITERION_CATEGORIES, DOCUMENT_KIND, LIMITS, SCHEMA_VERSION };

// ---------------------------------------------------------------------------------------------
// Building blocks

export const text = () => z.string().check(z.maxLength(LIMITS.text, `must be at most ${LIMITS.text.toLocaleString('en-GB')} characters`));
export const optText = () => z.optional(text());
export const optBool = () => z.optional(z.boolean());
export const percent = () => z.number().check(z.gte(0, 'must be 0 or more'), z.lte(100, 'must be 100 or less'));
export const whole = (min: number, max: number) =>
  z.int('must be a whole number').check(z.gte(min, `must be ${min} or more`), z.lte(max, `must be ${max} or less`));

/** List-item ids: non-empty, at most 64 characters, no spaces or markup characters. */
export const IdSchema = z.string().check(
  z.minLength(1, 'must not be empty'),
  z.maxLength(LIMITS.id, `must be at most ${LIMITS.id} characters`),
  z.regex(/^[A-Za-z0-9._:-]+$/, 'may only contain letters, digits, ".", "_", ":" and "-"'),
);

/** A calendar date, `YYYY-MM-DD`. */
export const DateSchema = z.iso.date('must be a date written YYYY-MM-DD');
/** An ISO 8601 timestamp with a time zone, e.g. `2026-11-25T10:00:00.000Z`. */
export const TimestampSchema = z.iso.datetime({ offset: true, error: 'must be an ISO 8601 date and time, e.g. 2026-11-25T10:00:00Z' });

/** A list of items with ids, at most `max` long, whose ids are unique within the list. */
export function list<T extends z.ZodMiniType<{ id: string }>>(item: T, max: number = LIMITS.items) {
  return z.array(item).check(
    z.maxLength(max, `can hold at most ${max.toLocaleString('en-GB')} items`),
    refinement<{ id: string }[]>('uniqueIds'),
  );
}

/** Free-form data a host system keeps with the document. Not validated beyond being an object. */
export const ExtensionsSchema = z.optional(z.record(z.string().check(z.maxLength(200)), z.unknown()));

// ---------------------------------------------------------------------------------------------
// Sections

export const MetaSchema = z.strictObject({
  status: z.enum(['draft', 'review', 'approved']),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
  organisation: optText(),
  reviewDate: z.optional(DateSchema),
  /**
   * Fields holding a template's suggestion for this post (its hours, band, reporting line…) that no
   * one has confirmed or changed yet, as paths (`employment.hoursPerWeek`). An edit of the field
   * removes its path (src/store/suggested.ts).
   */
  suggested: z.optional(
    z.array(z.enum(SUGGESTABLE_PATHS, 'must name a field of the role, e.g. “employment.hoursPerWeek”')).check(
      z.maxLength(50, 'can hold at most 50 items'),
      refinement<string[]>('distinct', 'lists a field more than once'),
    ),
  ),
});

export const ContextSchema = z.strictObject({
  setting: z.optional(z.enum(SETTING_IDS)),
  employerType: z.optional(z.enum(EMPLOYER_TYPE_IDS)),
  service: optText(),
  ageGroup: optText(),
  livedExperienceFocus: optText(),
});

export const RoleSchema = z.strictObject({
  title: optText(),
  level: z.optional(z.enum(ROLE_LEVEL_IDS)),
  purpose: optText(),
  reportsTo: optText(),
  /** References to frameworks the role is mapped to, e.g. "ST0896" (apprenticeship standard). */
  frameworkRefs: z.optional(z.array(text().check(z.maxLength(200))).check(z.maxLength(LIMITS.items))),
  /** The decisions the post-holder makes and how much autonomy they have (banding panels ask for it). */
  autonomy: optText(),
  /** Most of contracted time that involvement or co-production requests may take, in percent. */
  involvementRequestCap: z.optional(percent()),
});

export const DutyKindSchema = z.enum(['core', 'flexible', 'excluded']);

export const FlexibilitySchema = z.strictObject({
  /** The most of contracted time this duty may take, in percent. */
  maxShare: z.optional(percent()),
  /** Who agrees how the flexibility is used (e.g. "peer support worker", "supervisor"). */
  agreedWith: z.optional(z.array(text().check(z.maxLength(200))).check(z.maxLength(20))),
  /** How often the use of the flexibility is reviewed, in weeks. */
  reviewEveryWeeks: z.optional(whole(1, 104)),
  /** The limits in words, when a share of time does not say it all. */
  bounds: optText(),
});

export const DutySchema = z.strictObject({
  id: IdSchema,
  title: text(),
  description: optText(),
  kind: DutyKindSchema,
  /** Share of contracted hours, in percent. */
  timeShare: z.optional(percent()),
  flexibility: z.optional(FlexibilitySchema),
  exclusionReason: optText(),
});

export const BoundarySchema = z.strictObject({
  id: IdSchema,
  topic: z.enum([...BOUNDARY_TOPIC_IDS, 'custom']),
  /** The topic's name, for custom topics. */
  label: optText(),
  position: optText(),
  rationale: optText(),
  mode: z.optional(z.enum(['fixed', 'negotiable', 'case-by-case'])),
  escalation: optText(),
  /** `proposed`: the team's starting position, written before anyone is appointed; `agreed`: with the post-holder. */
  status: z.optional(z.enum(['not-started', 'proposed', 'agreed', 'not-applicable'])),
  /** Who agreed the boundary (e.g. "the post-holder and their supervisor"), when it is agreed. */
  agreedWith: optText(),
  /** When it was agreed. */
  agreedOn: z.optional(DateSchema),
  notApplicableReason: optText(),
});

export const FrequencySchema = z.strictObject({
  count: whole(1, 31),
  per: z.enum(['week', 'month', 'quarter']),
});

export const SupervisionArrangementSchema = z.strictObject({
  id: IdSchema,
  type: z.enum(SUPERVISION_TYPE_IDS),
  providerRole: optText(),
  providerHasPeerBackground: optBool(),
  /** Whether the supervisor has been trained to supervise peer workers (rule R13). */
  providerTrainedInPeerSupervision: optBool(),
  format: z.optional(z.enum(['one-to-one', 'group'])),
  frequency: z.optional(FrequencySchema),
  durationMinutes: z.optional(whole(5, 480)),
  /** What the sessions cover, e.g. "boundaries", "wellbeing" (the planner offers a list). */
  focus: z.optional(z.array(text().check(z.maxLength(200))).check(z.maxLength(30))),
  /** Whether the time is protected within contracted hours. */
  protectedTime: optBool(),
});

export const SupervisionSchema = z.strictObject({
  arrangements: list(SupervisionArrangementSchema),
  /** Who supports the PSW when their supervisor is away. */
  cover: optText(),
});

export const TrainingItemSchema = z.strictObject({
  id: IdSchema,
  title: text(),
  /** Competence Framework for Mental Health PSWs domains (1–9) this training covers. */
  competenceDomains: z.optional(
    z.array(whole(1, 9)).check(
      z.maxLength(9),
      refinement<number[]>('distinct', 'lists a domain more than once'),
    ),
  ),
  hours: z.optional(z.number().check(z.gt(0, 'must be more than 0'), z.lte(2000, 'must be 2,000 or less'))),
});

export const TrainingSchema = z.strictObject({
  induction: optText(),
  peerSpecific: list(TrainingItemSchema),
  mandatory: optText(),
  development: optText(),
});

export const TeamSchema = z.strictObject({
  briefingBeforeStart: optBool(),
  briefingCoDeliveredByPeer: optBool(),
  otherPeerWorkers: z.optional(whole(0, 10_000)),
  peerNetwork: optBool(),
  /** Whether the PSW attends team meetings as a full member. */
  attendsTeamMeetings: optBool(),
});

export const LeadershipSchema = z.strictObject({
  namedSponsor: optText(),
  peerLeadInOrganisation: optBool(),
  /** A forum that gives peer workers a collective voice in the organisation. */
  peerVoiceForum: optBool(),
});

export const SalarySchema = z.strictObject({
  min: z.number().check(z.gte(0, 'must be 0 or more'), z.lte(1_000_000, 'must be at most 1,000,000')),
  max: z.number().check(z.gte(0, 'must be 0 or more'), z.lte(1_000_000, 'must be at most 1,000,000')),
  currency: z.literal('GBP'),
  period: z.enum(['year', 'hour']),
}).check(refinement<{ min: number; max: number }>('salaryRange'));

export const FundingSchema = z.strictObject({
  source: optText(),
  termMonths: z.optional(whole(1, 120)),
  endDate: z.optional(DateSchema),
  exitPlan: optText(),
  /** Whether the funding is recurrent (renewed each year without a new bid). */
  recurrent: optBool(),
});

export const EmploymentSchema = z.strictObject({
  payScheme: z.optional(z.enum(PAY_SCHEME_IDS)),
  band: z.optional(z.string().check(z.minLength(1, 'must not be empty'), z.maxLength(40, 'must be at most 40 characters'))),
  payTableYear: z.optional(z.string().check(z.regex(/^\d{4}\/\d{2}$/, 'must be a pay year written like 2025/26'))),
  salary: z.optional(SalarySchema),
  hoursPerWeek: z.optional(z.number().check(z.gt(0, 'must be more than 0'), z.lte(80, 'must be 80 or less'))),
  contractType: z.optional(z.enum(['permanent', 'fixed-term', 'bank', 'apprenticeship'])),
  /** The contract's length in months (fixed-term posts); the funding's term is `funding.termMonths`. */
  fixedTermMonths: z.optional(whole(1, 120)),
  funding: z.optional(FundingSchema),
  location: optText(),
  /** Working pattern in words, e.g. "Monday to Friday, some evenings" (JobPosting `workHours`). */
  workPattern: optText(),
  /** Lone working (e.g. home visits) and the safety arrangements for it. */
  loneWorking: z.optional(z.strictObject({ expected: optBool(), arrangements: optText() })),
  /** Disclosure and Barring Service check, its reason and who pays; police vetting; unsocial hours; apprenticeship. */
  ...employmentFields,
});

export const ProgressionStepSchema = z.strictObject({
  id: IdSchema,
  title: text(),
  band: z.optional(z.string().check(z.maxLength(40, 'must be at most 40 characters'))),
  criteria: optText(),
});

export const ProgressionSchema = z.strictObject({
  steps: list(ProgressionStepSchema),
});

export const WellbeingSchema = z.strictObject({
  wellnessPlanOffered: optBool(),
  adjustmentsProcess: optBool(),
  accessToWorkSignposted: optBool(),
});

export const CriterionSchema = z.strictObject({
  id: IdSchema,
  text: text(),
  /** How the criterion is assessed, e.g. "application form", "interview". */
  assessedBy: optText(),
  /** Marks the criterion that asks for lived experience (peer roles require it). */
  livedExperience: optBool(),
  /** The person specification's heading the criterion sits under. */
  category: z.optional(z.enum(CRITERION_CATEGORIES)),
});

export const RecruitmentSchema = z.strictObject({
  personSpec: z.strictObject({
    essential: list(CriterionSchema),
    desirable: list(CriterionSchema),
  }),
  coProduced: optBool(),
  peerOnPanel: optBool(),
  /** The advert's job reference (e.g. the NHS Jobs reference); without it, the profile's reference is used. */
  reference: z.optional(text().check(z.maxLength(100, 'must be at most 100 characters'))),
  /** The closing date of the advert. */
  closingDate: z.optional(DateSchema),
  /** Who candidates contact for an informal conversation about the post. */
  contact: optText(),
  /** Lawful lived-experience recruitment, adjustments, accessible steps, convictions (schema-recruitment.ts). */
  ...recruitmentFields,
});

// ---------------------------------------------------------------------------------------------
// The document

export const RoleDocumentSchema = z.strictObject({
  kind: z.literal(DOCUMENT_KIND),
  schemaVersion: z.literal(SCHEMA_VERSION),
  id: IdSchema,
  meta: MetaSchema,
  context: ContextSchema,
  role: RoleSchema,
  duties: list(DutySchema, LIMITS.duties),
  boundaries: list(BoundarySchema).check(refinement<{ topic: string }[]>('uniqueTopics')),
  supervision: SupervisionSchema,
  training: TrainingSchema,
  team: TeamSchema,
  leadership: LeadershipSchema,
  employment: EmploymentSchema,
  progression: ProgressionSchema,
  wellbeing: WellbeingSchema,
  recruitment: RecruitmentSchema,
  extensions: ExtensionsSchema,
});

export type RoleDocument = z.infer<typeof RoleDocumentSchema>;
export type Meta = z.infer<typeof MetaSchema>;
export type RoleContext = z.infer<typeof ContextSchema>;
export type Role = z.infer<typeof RoleSchema>;
export type DutyKind = z.infer<typeof DutyKindSchema>;
export type Duty = z.infer<typeof DutySchema>;
export type Flexibility = z.infer<typeof FlexibilitySchema>;
export type Boundary = z.infer<typeof BoundarySchema>;
export type BoundaryMode = NonNullable<Boundary['mode']>;
export type BoundaryStatus = NonNullable<Boundary['status']>;
export type SupervisionArrangement = z.infer<typeof SupervisionArrangementSchema>;
export type Frequency = z.infer<typeof FrequencySchema>;
export type Supervision = z.infer<typeof SupervisionSchema>;
export type TrainingItem = z.infer<typeof TrainingItemSchema>;
export type Training = z.infer<typeof TrainingSchema>;
export type Team = z.infer<typeof TeamSchema>;
export type Leadership = z.infer<typeof LeadershipSchema>;
export type Employment = z.infer<typeof EmploymentSchema>;
export type Salary = z.infer<typeof SalarySchema>;
export type Funding = z.infer<typeof FundingSchema>;
export type ProgressionStep = z.infer<typeof ProgressionStepSchema>;
export type Progression = z.infer<typeof ProgressionSchema>;
export type Wellbeing = z.infer<typeof WellbeingSchema>;
export type Criterion = z.infer<typeof CriterionSchema>;
export type Recruitment = z.infer<typeof RecruitmentSchema>;
