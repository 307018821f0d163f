/**
 * The evidence-grounded assessment of a PSW role document (DOM-free). See DESIGN.md §3 and §7.
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
  Readiness,
  Rule,
  Severity,
  ThemeCoverage,
} from './types.js';
