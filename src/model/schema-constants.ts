/**
 * The document's fixed values that only lazily loaded parts use (the zod schema, the assessment), in
 * a module apart from ./constants.ts: the drop-in entry holds that module whole (the generated checks
 * import its lists), and would carry these too. The generated checks write the numbers and short
 * lists they need out in full. ./schema.ts and ./schema-recruitment.ts re-export them.
 */
import type { DbsLevel } from './constants.js';

/** Hard limits. Real roles have 8–30 duties; 1,000 is a stress case. */
export const LIMITS = {
  duties: 1000,
  items: 200,
  text: 10_000,
  id: 64,
} as const;

/** Whether a DBS level includes a check of the children's barred list. */
export const checksChildrensList = (level: DbsLevel | undefined) => level === 'enhanced-barred-children' || level === 'enhanced-barred-both';

/** How the post treats applicants with criminal convictions. */
export const CONVICTIONS_APPROACHES = ['individual-assessment', 'blanket-bar'] as const;
