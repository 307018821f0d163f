/** Typed catalogues with stable ids, and the setting templates. */
export * from './ids.js';
export type { CatalogueEntry, ThemedEntry } from './types.js';
export { settings, type Setting } from './settings.js';
export { boundaryTopics, type BoundaryTopic } from './boundary-topics.js';
export { supervisionTypes, type SupervisionType } from './supervision-types.js';
export { supervisionFocusOptions, SUPERVISION_FOCUS_IDS, type SupervisionFocusId } from './supervision-focus.js';
export { competenceDomains, type CompetenceDomain, type CompetenceDomainNumber } from './competence-domains.js';
export {
  paySchemes, payTables, payTablesFor, payTableInForce, newestPayTable, newestBuiltInPayTable, payTableBand, payYearOf, payTableYearOf,
  type PayScheme, type BuiltInPayTable, type BuiltInPayBand, type AnyPayTable, type PayTableOptions,
} from './pay.js';
export { roleLevels, employerTypes, type RoleLevel } from './roles.js';
export { commonExclusions, EXCLUSION_IDS, type ExclusionId } from './exclusions.js';
