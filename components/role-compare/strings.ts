/**
 * User-facing strings of `<psw-role-compare>` ('compare' area), en-GB. The change labels and the
 * findings' messages come from the core (src/compare, src/assess); severity, theme names and the
 * balance's words from the common catalogue (components/base/strings.ts).
 */
const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

export const compareStrings = {
  heading: 'What changed',
  intro: 'The changes between the two versions of the role, and what they did to its assessment.',
  fromTo: (before: string, after: string) => `From “${before}” to “${after}”`,
  untitled: 'Untitled role',
  empty: 'Nothing to compare yet: give this element two roles, or a role and one of its saved versions.',
  loadingRoles: 'Reading the roles…',
  invalidBefore: 'The earlier role cannot be compared: it is not a valid role document.',
  invalidAfter: 'The later role cannot be compared: it is not a valid role document.',
  storeNoRole: 'This role is not in the library.',
  storeNoVersion: (v: number) => `The role has no saved version ${v}.`,
  storeNoVersions: 'The role has no saved version to compare with yet.',
  storeUnavailable: 'The roles could not be read. Check the connection, then try again.',

  deltaHeading: 'What it did to the assessment',
  readiness: 'Readiness',
  readinessIncomplete: 'Incomplete',
  readinessNeedsAttention: 'Needs attention',
  readinessReady: 'Ready',
  beforeAfter: (before: string, after: string) => `${before} → ${after}`,
  unchanged: (value: string) => `${value} (unchanged)`,
  fixedLabel: 'Findings fixed',
  introducedLabel: 'Findings introduced',
  fixedHeading: (n: number) => `Fixed (${n})`,
  introducedHeading: (n: number) => `Introduced (${n})`,
  noFindingsMoved: 'No finding was fixed or introduced.',
  themesCaption: 'Theme scores (0 to 100)',
  balanceCaption: 'Balance of contracted time',
  column: 'Theme',
  columnPart: 'Share of time',
  columnBefore: 'Before',
  columnAfter: 'After',
  columnChange: 'Change',
  difference: (n: number) => (n === 0 ? 'No change' : n > 0 ? `Up ${n}` : `Down ${-n}`),
  verdict: 'Verdict',

  changesHeading: 'Changes',
  layoutLegend: 'Show the changes',
  layoutList: 'As a list',
  layoutSide: 'Side by side',
  onlyFindings: 'Only changes that moved a finding',
  shown: (n: number, total: number) => (n === total ? `${n} ${plural(n, 'change', 'changes')}` : `${n} of ${total} changes shown`),
  noChanges: 'The two versions are the same.',
  noneMovedFinding: 'No change fixed or introduced a finding.',
  kindAdded: 'Added',
  kindRemoved: 'Removed',
  kindChanged: 'Changed',
  kindMoved: 'Moved',
  wordsAdded: 'added:',
  wordsRemoved: 'removed:',
  fixes: (n: number) => `Fixes ${n} ${plural(n, 'finding', 'findings')}:`,
  introduces: (n: number) => `Introduces ${n} ${plural(n, 'finding', 'findings')}:`,
  sideCaption: (section: string) => `${section}: before and after`,
  notThere: 'Not there',
  item: 'The whole item',
};

export type CompareStrings = typeof compareStrings;
export const COMPARE_AREA = 'compare';
