/**
 * The document's fixed values and lists of values, in a module of their own without zod, so code
 * that runs in every page (the parser, the store, the migrations, the assessment) can use them
 * without the schema library: the document is checked there by the generated checks
 * (./generated/role-document-check.ts). ./schema.ts and ./schema-recruitment.ts re-export them.
 * Values that only lazy parts use (the zod schema, the assessment) are in ./schema-constants.ts: the
 * drop-in entry holds this module whole, for the generated checks.
 */

/** 2 since the contract's length (`employment.fixedTermMonths`) left the funding term: ./migrations.ts. */
export const SCHEMA_VERSION = 2 as const;
export const DOCUMENT_KIND = 'psw-role-document' as const;

/** The headings of an NHS person specification, in their order. */
export const CRITERION_CATEGORIES = ['qualifications', 'experience', 'knowledge', 'skills', 'values'] as const;

/**
 * The levels of a Disclosure and Barring Service check. The three `enhanced-barred-*` levels are an
 * enhanced check with a check of the adults' barred list, the children's barred list, or both.
 */
export const DBS_LEVELS = ['none', 'basic', 'standard', 'enhanced', 'enhanced-barred-adults', 'enhanced-barred-children', 'enhanced-barred-both'] as const;
export type DbsLevel = (typeof DBS_LEVELS)[number];

/** The lawful basis for asking for lived experience: Equality Act 2010 Sch. 9 para. 1, or ss. 158–159. */
export const LIVED_EXPERIENCE_BASES = ['occupational-requirement', 'positive-action', 'none'] as const;
/** Steps that make the recruitment accessible. */
export const ACCESSIBLE_STEPS = ['informal-conversation', 'taster-session', 'questions-in-advance'] as const;
