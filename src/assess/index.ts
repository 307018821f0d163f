/**
 * The evidence-grounded assessment of a PSW role document (DOM-free). The shape it returns is in
 * ./types.ts; docs/rules.md lists every rule for people.
 *
 * - assess.ts: `assessRole` (sorting, readiness, memo) · facts.ts: one pass over the document
 * - rules/: the rules by area, each with its catalogue entry and check · rules/index.ts: the catalogue
 * - drift-vocabulary.ts: the words of non-peer work (T4) · balance.ts · themes.ts · banding.ts
 * - policy.ts: organisation thresholds (heuristic defaults) · setting-facts.ts: the catalogue facts
 *   the rules read from src/catalogue · paths.ts: the fields findings point at, in order
 *
 * To add a rule: declare it with `defineRule` in the rules/ file of its area (a new id, themes,
 * severity, basis, source ids from docs/sources.md, title, summary, fix and a check that builds each
 * message), add its field to paths.ts if new, add a firing case and a near miss to
 * test/src/assess/rules.test.ts (a test fails until every rule has a firing case), and regenerate
 * docs/rules.md with `npm run docs`.
 */
export { assessRole } from './assess.js';
export { ruleCatalogue } from './rules/index.js';
export { defaultPolicy } from './policy.js';
export { themeChecklist, themeNames, type ThemeChecklistItem } from './themes.js';
export { bandingChecklist } from './banding.js';
export { DRIFT_CATEGORIES, findDrift, type DriftCategory, type DriftCategoryId, type DriftMatch } from './drift-vocabulary.js';
export type {
  Assessment,
  Balance,
  BalanceVerdict,
  BandingItem,
  BandingReadiness,
  Basis,
  Finding,
  Policy,
  PolicyInput,
  Readiness,
  Rule,
  Severity,
  ThemeCoverage,
} from './types.js';
