/**
 * Parts of the role document about lawful recruitment, vetting, the apprenticeship route and the
 * parts of pay beyond the band (docs/document-format.md). Every field is optional, so a document
 * written before they existed stays valid. schema.ts places them in `employment` and `recruitment`.
 */
import { z } from './zod.js';
import { refinement } from './zod-refinement.js';
import { ACCESSIBLE_STEPS, DBS_LEVELS, LIVED_EXPERIENCE_BASES, type DbsLevel } from './constants.js';
import { CONVICTIONS_APPROACHES, checksChildrensList } from './schema-constants.js';

const bounded = (max: number) => z.string().check(z.maxLength(max, `must be at most ${max.toLocaleString('en-GB')} characters`));
const words = () => z.optional(bounded(10_000));
const whole = (min: number, max: number) =>
  z.int('must be a whole number').check(z.gte(min, `must be ${min} or more`), z.lte(max, `must be ${max} or less`));

export { checksChildrensList, DBS_LEVELS, type DbsLevel };

export const DbsSchema = z.strictObject({
  level: z.optional(z.enum(DBS_LEVELS)),
  feePaidBy: z.optional(z.enum(['employer', 'employee'])),
  /** Why the post needs this level, e.g. "regular one-to-one work with young people". */
  reason: words(),
});

/** Police vetting beyond the DBS check, e.g. for work in police custody suites. */
export const PoliceVettingSchema = z.strictObject({
  required: z.optional(z.boolean()),
  reason: words(),
});

/** The apprenticeship a post is on, when `contractType` is "apprenticeship". */
export const ApprenticeshipSchema = z.strictObject({
  /** The apprenticeship standard's reference, e.g. "ST0896" (Peer worker, Level 3). */
  standard: z.optional(bounded(40)),
  /** The planned length of the apprenticeship's training, in months. */
  durationMonths: z.optional(whole(1, 72)),
  /** The share of paid hours set aside for off-the-job training, in percent. */
  offTheJobShare: z.optional(z.number().check(z.gte(0, 'must be 0 or more'), z.lte(100, 'must be 100 or less'))),
  /** The training provider, when known. */
  provider: z.optional(bounded(200)),
});

export { ACCESSIBLE_STEPS, CONVICTIONS_APPROACHES, LIVED_EXPERIENCE_BASES };

export const recruitmentFields = {
  /** The lawful basis for the lived-experience requirement. */
  livedExperienceBasis: z.optional(z.enum(LIVED_EXPERIENCE_BASES)),
  /** Whether applicants are asked health questions before an offer of work. */
  healthQuestionsBeforeOffer: z.optional(z.boolean()),
  /** Whether the advert offers reasonable adjustments at every stage of recruitment. */
  adjustmentsOffered: z.optional(z.boolean()),
  /** Steps offered to make the recruitment accessible. */
  accessibleSteps: z.optional(
    z.array(z.enum(ACCESSIBLE_STEPS)).check(
      z.maxLength(ACCESSIBLE_STEPS.length),
      refinement<string[]>('distinct', 'lists a step more than once'),
    ),
  ),
  /** The approach to applicants with convictions. */
  convictionsApproach: z.optional(z.enum(CONVICTIONS_APPROACHES)),
  /** The fair-chance statement printed in the advert. */
  convictionsStatement: words(),
};

export const employmentFields = {
  dbs: z.optional(DbsSchema),
  policeVetting: z.optional(PoliceVettingSchema),
  /** Whether the working pattern includes unsocial hours (evenings, nights, weekends, public holidays). */
  unsocialHours: z.optional(z.boolean()),
  apprenticeship: z.optional(ApprenticeshipSchema),
};
