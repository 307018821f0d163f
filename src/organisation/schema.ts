/**
 * The organisation profile, version 1: what holds for a whole organisation, written once by HR and
 * applied to every role (docs/organisation-profile.md describes every field for people). A public
 * contract like the role document: key names are fixed, fields may be added.
 *
 * Facts are optional: a fact the profile leaves out is a fact the organisation has not answered, and
 * the rules that need it ask for it. `templates.add[].document` is a whole role document, checked by
 * the role document's own schema.
 */
import { z } from '../model/zod.js';
import { filled } from '../model/visible-text.js';
import { defaultPolicy } from '../assess/policy.js';
import { ANSWER_PATHS } from './apply.js';
import { EMPLOYER_TYPE_IDS, PAY_SCHEME_IDS, SETTING_IDS } from '../catalogue/ids.js';
import {
  DateSchema, ExtensionsSchema, FrequencySchema, IdSchema, RoleDocumentSchema,
  list, optBool, optText, percent, text, whole,
} from '../model/schema.js';

export const PROFILE_SCHEMA_VERSION = 1 as const;
export const PROFILE_KIND = 'psw-organisation-profile' as const;

const short = (max: number) => z.string().check(z.maxLength(max, `must be at most ${max.toLocaleString('en-GB')} characters`));
const name = () => short(200).check(z.minLength(1, 'must not be empty'), z.refine((s: string) => s === '' || filled(s), 'must have words in it, not only spaces'));

/** The most characters a logo's `src` may have (a data: URL of a small PNG or JPEG). */
export const MAX_LOGO_CHARS = 400_000;
const LOGO_SRC = /^(data:image\/(png|jpeg);base64,[A-Za-z0-9+/=\s]+|https?:\/\/[^\s"'<>\\]+|\/(?!\/)[^\s"'<>\\]*|\.{1,2}\/[^\s"'<>\\]*)$/;

export const LogoSchema = z.strictObject({
  /**
   * A PNG or JPEG as a `data:` URL (what the Word export embeds), or a URL or path. Elements show a
   * URL only when it is on the page's own origin or the origin the profile was loaded from.
   */
  src: z.string().check(
    z.maxLength(MAX_LOGO_CHARS, `must be at most ${MAX_LOGO_CHARS.toLocaleString('en-GB')} characters`),
    z.regex(LOGO_SRC, 'must be a PNG or JPEG data: URL (data:image/png;base64,…), an http(s) address or a path starting with /, ./ or ../'),
  ),
  /** What the logo says, for people who cannot see it. */
  alt: short(200),
});

export const IdentitySchema = z.strictObject({
  name: name(),
  nation: z.optional(z.enum(['england', 'wales', 'scotland', 'northern-ireland'])),
  employerType: z.optional(z.enum(EMPLOYER_TYPE_IDS)),
  website: z.optional(short(500).check(z.regex(/^https?:\/\/[^\s"'<>\\]+$/, 'must be a web address starting with https:// or http://'))),
  logo: z.optional(LogoSchema),
  /** Put in front of every job reference, e.g. "RDT-PSW-". */
  jobReferencePrefix: z.optional(short(40)),
  /** Who candidates contact about a post when the role names nobody. */
  recruitmentContact: z.optional(short(500)),
});

export const PeerSupervisionFactsSchema = z.strictObject({
  providerRole: z.optional(short(200)),
  providerHasPeerBackground: optBool(),
  providerTrainedInPeerSupervision: optBool(),
  frequency: z.optional(FrequencySchema),
});

export const FactsSchema = z.strictObject({
  peerLeadInOrganisation: optBool(),
  peerNetwork: optBool(),
  peerVoiceForum: optBool(),
  teamBriefingOffered: optBool(),
  briefingCoDeliveredByPeer: optBool(),
  coProducedRecruitment: optBool(),
  peerOnPanel: optBool(),
  peerSupervision: z.optional(PeerSupervisionFactsSchema),
  wellnessPlanOffered: optBool(),
  adjustmentsProcess: optBool(),
  accessToWorkSignposted: optBool(),
  dbsFeePaidBy: z.optional(z.enum(['employer', 'post-holder'])),
  /** Adverts offer reasonable adjustments at every stage of recruitment. */
  recruitmentAdjustmentsOffered: optBool(),
  /** Applicants are asked health questions before an offer of work. */
  healthQuestionsBeforeOffer: optBool(),
  /** The lawful basis for asking peer workers for lived experience (Equality Act 2010). */
  livedExperienceBasis: z.optional(z.enum(['occupational-requirement', 'positive-action', 'none'])),
  /** How applicants with convictions are treated: an individual assessment, or a blanket bar. */
  convictionsApproach: z.optional(z.enum(['individual-assessment', 'blanket-bar'])),
});

const money = () => z.number().check(z.gte(0, 'must be 0 or more'), z.lte(1_000_000, 'must be at most 1,000,000'));

export const PayTableBandSchema = z.strictObject({
  band: short(40).check(z.minLength(1, 'must not be empty')),
  min: money(),
  max: money(),
  period: z.enum(['year', 'hour']),
}).check(
  z.superRefine((b: { min: number; max: number }, ctx) => {
    if (typeof b.min === 'number' && typeof b.max === 'number' && b.min > b.max) {
      ctx.addIssue({ code: 'custom', message: 'must not be above the maximum', path: ['min'], input: b.min });
    }
  }),
);

export const PayTableSchema = z.strictObject({
  id: IdSchema,
  scheme: z.enum(PAY_SCHEME_IDS),
  label: name(),
  effectiveFrom: DateSchema,
  effectiveTo: z.optional(DateSchema),
  source: z.optional(short(1000)),
  bands: z.array(PayTableBandSchema).check(z.minLength(1, 'must list at least one band'), z.maxLength(60, 'can hold at most 60 items')),
}).check(
  z.superRefine((t: { effectiveFrom: string; effectiveTo?: string; bands: { band: string }[] }, ctx) => {
    if (typeof t.effectiveTo === 'string' && typeof t.effectiveFrom === 'string' && t.effectiveTo < t.effectiveFrom) {
      ctx.addIssue({ code: 'custom', message: 'must not be before the date the table takes effect', path: ['effectiveTo'], input: t.effectiveTo });
    }
    // A band is found by its name, as bandKey (src/catalogue/pay.ts) reads it: two with one name would
    // leave one unread. Written out here: importing the pay catalogue would split it into a chunk of its own.
    // zod runs this only on a table whose fields passed their own checks.
    const seen = new Map<string, number>();
    t.bands.forEach((b, i) => {
      const name = b.band.trim().replace(/^band\s*/i, '').toLowerCase();
      const first = seen.get(name);
      if (first === undefined) seen.set(name, i);
      else ctx.addIssue({ code: 'custom', message: `repeats the band of band ${first + 1}; a table lists each band once`, path: ['bands', i, 'band'], input: b.band });
    });
  }),
);

/**
 * Two tables of one scheme that take effect on the same day leave no way to tell which is in force
 * (a later start supersedes an earlier one; src/catalogue/pay.ts, `payTableInForce`).
 */
const oneTablePerStart = z.superRefine((tables: readonly { scheme: string; effectiveFrom: string }[], ctx) => {
  tables.forEach((t, i) => {
    const first = tables.findIndex((o) => o.scheme === t.scheme && o.effectiveFrom === t.effectiveFrom);
    if (first < i) {
      ctx.addIssue({ code: 'custom', message: `takes effect on the same day as table ${first + 1} of the same scheme; give each table of a scheme its own start date`, path: [i, 'effectiveFrom'], input: t.effectiveFrom });
    }
  });
});

export const PaySchema = z.strictObject({
  scheme: z.optional(z.enum(PAY_SCHEME_IDS)),
  tables: z.optional(list(PayTableSchema, 20).check(oneTablePerStart)),
  /** NHS High Cost Area Supplement zone of the organisation's posts ("none" outside London). */
  highCostArea: z.optional(z.enum(['inner-london', 'outer-london', 'fringe', 'none'])),
});

export const ProfilePolicySchema = z.strictObject({
  minFixedTermMonths: z.optional(whole(0, 120)),
  maxInvolvementRequestCap: z.optional(percent()),
  minCoreDuties: z.optional(whole(0, 50)),
  minSupervisionSessionsPerMonth: z.optional(z.number().check(z.gte(0, 'must be 0 or more'), z.lte(31, 'must be 31 or less'))),
  balance: z.optional(z.strictObject({
    tooRigidFlexibleBelow: z.optional(percent()),
    tooLooseFlexibleAbove: z.optional(percent()),
    tooLooseCoreBelow: z.optional(percent()),
  }).check(
    // Thresholds (with the defaults for those left out) that no role could meet would make every role unbalanced.
    z.superRefine((b: { tooRigidFlexibleBelow?: number; tooLooseFlexibleAbove?: number; tooLooseCoreBelow?: number }, ctx) => {
      const d = defaultPolicy.balance;
      const rigid = b.tooRigidFlexibleBelow ?? d.tooRigidFlexibleBelow;
      const loose = b.tooLooseFlexibleAbove ?? d.tooLooseFlexibleAbove;
      const core = b.tooLooseCoreBelow ?? d.tooLooseCoreBelow;
      if (rigid > loose) {
        const path = [b.tooLooseFlexibleAbove === undefined ? 'tooRigidFlexibleBelow' : 'tooLooseFlexibleAbove'];
        ctx.addIssue({ code: 'custom', path, input: b[path[0] as keyof typeof b], message: `leaves no balanced share of flexible time: under ${rigid} % is too rigid, over ${loose} % too loose` });
      }
      if (rigid + core > 100) {
        const path = [b.tooLooseCoreBelow === undefined ? 'tooRigidFlexibleBelow' : 'tooLooseCoreBelow'];
        ctx.addIssue({ code: 'custom', path, input: b[path[0] as keyof typeof b], message: `leaves no balanced role: ${rigid} % flexible time and ${core} % core time add up to more than 100 %` });
      }
    }),
  )),
});

export const OrganisationTemplateSchema = z.strictObject({
  /** Not a built-in template's id: `createRoleDocument({ template })` takes either. */
  id: IdSchema.check(z.refine((id: string) => !(SETTING_IDS as readonly string[]).includes(id), 'must not be the id of a built-in template; choose another')),
  label: name(),
  description: optText(),
  document: RoleDocumentSchema,
});

export const ProfileTemplatesSchema = z.strictObject({
  /** Built-in templates (settings ids) not offered to this organisation's managers. */
  hide: z.optional(z.array(z.enum(SETTING_IDS)).check(z.maxLength(SETTING_IDS.length, `can hold at most ${SETTING_IDS.length} items`))),
  add: z.optional(list(OrganisationTemplateSchema, 30)),
});

export const StandardClauseSchema = z.strictObject({
  id: IdSchema,
  title: name(),
  text: text(),
});

export const ProfileJobDescriptionSchema = z.strictObject({
  aboutUs: optText(),
  standardClauses: z.optional(list(StandardClauseSchema, 30)),
});

/** A date not after today (a day's grace for time zones): the day answers were confirmed or set. */
const PastDateSchema = DateSchema.check(z.refine((d: string) => !/^\d{4}-\d{2}-\d{2}$/.test(d) || d <= new Date(Date.now() + 86_400_000).toISOString().slice(0, 10), 'must not be in the future: it is a day answers were confirmed or set'));

export const OrganisationProfileSchema = z.strictObject({
  kind: z.literal(PROFILE_KIND),
  schemaVersion: z.literal(PROFILE_SCHEMA_VERSION),
  id: IdSchema,
  /** The date HR last confirmed all the answers: not after today (a day's grace for time zones). */
  asOf: PastDateSchema,
  /**
   * The day each answer was set, where that was after `asOf` (the organisation editor writes it):
   * an answer changed since the last confirmation of all of them is not shown as confirmed earlier.
   */
  answeredOn: z.optional(z.partialRecord(z.enum(ANSWER_PATHS), PastDateSchema)),
  organisation: IdentitySchema,
  facts: FactsSchema,
  pay: PaySchema,
  policy: ProfilePolicySchema,
  templates: ProfileTemplatesSchema,
  jobDescription: ProfileJobDescriptionSchema,
  extensions: ExtensionsSchema,
});

export type OrganisationProfile = z.infer<typeof OrganisationProfileSchema>;
export type OrganisationFacts = z.infer<typeof FactsSchema>;
export type PayTable = z.infer<typeof PayTableSchema>;
export type PayTableBand = z.infer<typeof PayTableBandSchema>;
export type OrganisationTemplate = z.infer<typeof OrganisationTemplateSchema>;
export type StandardClause = z.infer<typeof StandardClauseSchema>;
export type ProfilePolicy = z.infer<typeof ProfilePolicySchema>;

/** What an export and an element say about the profile a role was assessed with. */
export interface ProfileRef { id: string; name: string; asOf: string }

export const profileRef = (p: OrganisationProfile): ProfileRef => ({ id: p.id, name: p.organisation.name, asOf: p.asOf });
