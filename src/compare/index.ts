/**
 * Comparison of two roles or two versions of one (DOM-free): compare.ts holds `compareRoles`;
 * input.ts reads each side; walk.ts finds the changes, lists.ts pairs list items, values.ts and
 * words.ts put them in words; delta.ts compares the two assessments.
 */
export { compareRoles } from './compare.js';
export { CompareInputError } from './types.js';
export type { AssessmentDelta, Change, ChangeKind, ChangeSection, CompareOptions, Comparison, WordDiff } from './types.js';
