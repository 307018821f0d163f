/**
 * User-facing strings of `<psw-role-insights>` ('insights' area), en-GB. Severity, basis, theme
 * names and "Go to the field" come from the common catalogue (components/base/strings.ts); the
 * findings' messages and fixes come from the assessment, and the checklist items from
 * `themeChecklist` (src/assess).
 */
const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

export const insightsStrings = {
  heading: 'Assessment',
  intro:
    'How this role measures up against the 2025 study of peer support workers in England (Foye et al.) and other evidence. Nothing here changes the role: “Go to the field” takes you to the place to fix it.',
  checking: 'Checking the role…',
  assessmentUnavailable:
    'The assessment could not be loaded, so the role’s readiness and findings cannot be shown. Check your connection, then reload the page. Your work is not affected.',

  readinessLabel: 'Readiness',
  readinessIncomplete: 'Incomplete',
  readinessNeedsAttention: 'Needs attention',
  readinessReady: 'Ready',
  readinessHintIncomplete: 'Some things must be fixed before the role is complete.',
  readinessHintNeedsAttention: 'Nothing must be fixed, but some things should be checked.',
  readinessHintReady: 'Nothing must be fixed or checked. Suggestions to consider may remain.',
  readinessHeld: 'Input not applied',
  readinessHintHeld: (n: number) =>
    `${n === 1 ? 'A field shows' : `${n} fields show`} what was typed, but the role does not hold it. Correct or clear ${plural(n, 'it', 'them')}: until then the role is checked as it was before.`,
  bandingLabel: 'Banding readiness',
  bandingReady: 'Ready for a job evaluation panel',
  bandingNotReady: (n: number) => `Not ready: ${n} ${plural(n, 'thing', 'things')} missing`,
  bandingHint: 'What an Agenda for Change job evaluation panel needs to find in the job description (NHS Employers’ job evaluation guidance).',
  bandingMissingSummary: (n: number) => `What is still needed for banding (${n})`,
  countsLabel: 'Findings',
  countItem: (label: string, n: number) => `${label}: ${n}`,

  themesHeading: 'Coverage of the study’s themes',
  themesIntro:
    'The five themes are the toolkit’s reading of the facilitators and barriers the 2025 study names (Foye et al., BMC Psychiatry 25:480). Each score is the share of this tool’s checklist for the theme that the role covers: a tool heuristic, not a measure from the study.',
  score: (n: number) => `${n} out of 100`,
  themeDetails: 'What covers it and what is missing',
  themeHas: 'What the role has',
  themeMissing: 'What is missing',
  themeNothingYet: 'Nothing yet.',
  themeNothingMissing: 'Nothing missing.',

  findingsHeading: 'Findings by theme',
  findingsIntro: 'Each finding is listed under its first theme and names all the themes it concerns.',
  filterLegend: 'Show findings',
  filterAll: (n: number) => `All (${n})`,
  filterSeverity: (label: string, n: number) => `${label} (${n})`,
  noFindings: 'No findings: nothing to fix, check or consider.',
  noFindingsForFilter: 'No findings of this kind.',
  groupCount: (n: number) => `${n} ${plural(n, 'finding', 'findings')}`,
  themesLabel: 'Themes',
  basisLabel: 'Basis',
  basisLine: (basis: string, hint: string) => `${basis}: ${hint}`,
  noSources: 'None listed',
  showAll: (n: number) => `Show all ${n} findings`,
  showFewer: 'Show fewer findings',

  // What the page can edit (the editors on the page claim their parts of the role)
  elsewhere: (where: string) => `Edited in ${where}, which this page does not include.`,
  elsewhereNowhere: 'Nothing on this page edits this.',
  placeBasics: 'the role builder’s Role basics section',
  placeDuties: 'the role builder’s Duties section',
  placeEmployment: 'the role builder’s Employment section',
  placeProgression: 'the role builder’s Progression section',
  placePersonSpec: 'the role builder’s Person specification section',
  placeBoundaries: 'the boundary checklist',
  placeSupport: 'the supervision planner',
  whereLabel: 'On this page',
  whereHere: (n: number) => `${n} to fix or check here`,
  whereElsewhere: (n: number, where: string) => `${n} ${plural(n, 'needs', 'need')} ${where}, which this page does not include`,
  whereNowhere: (n: number) => `${n} cannot be changed on this page`,
  whereHint: 'Readiness is the whole role’s: what this page does not include has to be done where that part is edited.',
};

export type InsightsStrings = typeof insightsStrings;
export const INSIGHTS_AREA = 'insights';
