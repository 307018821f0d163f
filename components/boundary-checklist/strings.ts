/**
 * User-facing strings of the boundary checklist ('boundaries' area), en-GB. Another language is one
 * more file passed to `registerStrings('boundaries', lang, …)`. Topic names and explanations come from
 * the boundary-topics catalogue. Fixed wording that hosts and tests rely on: "Position", "Proposed" and "Agreed".
 */
export const boundaryStrings = {
  heading: 'Boundaries',
  intro:
    'Write where the role’s limits sit, topic by topic, and mark each Proposed: the team’s starting position before anyone is appointed. Agree them with the peer support worker and their supervisor in their first weeks, and record with whom and when. Each topic says why it matters and where the advice comes from.',

  // Progress and filter
  progress: (agreed: number, total: number) => `${agreed} of ${total} agreed`,
  progressNotApplicable: (n: number) => `${n} not applicable`,
  progressProposed: (n: number) => `${n} proposed`,
  progressToPropose: (n: number) => `${n} not yet proposed`,
  progressAllProposed: 'Every topic has the team’s proposal or is settled: agree the proposals with the post-holder once appointed.',
  progressComplete: 'Every topic is agreed or marked not applicable.',
  progressLabel: 'Topics agreed or not applicable',
  filterLegend: 'Show',
  filterAll: (n: number) => `All topics (${n})`,
  filterToAgree: (n: number) => `Still to agree (${n})`,
  filterDone: (n: number) => `Agreed or not applicable (${n})`,
  filterHint: 'Topics stay in view while you work on them; choose again to refresh the list.',
  filterEmptyToAgree: 'Nothing left to agree in this list.',
  filterEmptyDone: 'No topic is agreed or marked not applicable yet.',
  sectionFindings: 'About the boundaries as a whole',
  /** The one action that marks every written, not-started position Proposed (one undo step). */
  proposeWritten: (n: number) => (n === 1 ? 'Mark the written position as proposed' : `Mark the ${n} written positions as proposed`),
  proposeWrittenHint:
    'Marks each topic that has a position written and is still Not started as Proposed: the team’s starting position before anyone is appointed. Read the positions first; each stays open to change, and is agreed with the post-holder in their first weeks.',
  proposeWrittenLabel: 'Mark written positions as proposed',

  // Topic card
  essential: 'Every role',
  essentialHint: 'Part of the minimum set every peer role should cover',
  whyItMatters: 'Why it matters',
  sources: 'Sources',
  noSources: 'no source found',
  unconfirmed:
    'No guidance specific to peer work was found for this topic: the advice is borrowed from general employer policy, so treat it as unconfirmed.',
  showDetails: 'Show details',
  hideDetails: 'Hide details',
  ofTopic: (topic: string) => `of ${topic}`,
  leftFix: (n: number) => `${n} to fix`,
  leftCheck: (n: number) => `${n} to check`,
  leftNothing: 'Nothing to fix or check',

  statusLegend: 'Status',
  statusNotStarted: 'Not started',
  statusProposed: 'Proposed',
  statusAgreed: 'Agreed',
  statusNotApplicable: 'Not applicable',
  statusReviewHint: 'A position is suggested. Read it, change it if needed, then choose Proposed; choose Agreed once the post-holder has agreed it.',
  agreedWithLabel: 'Agreed with',
  agreedWithHint: 'Who agreed it, for example the post-holder and their supervisor.',
  agreedOnLabel: 'Agreed on',
  reasonLabel: 'Reason it does not apply',
  reasonHint: 'Needed: say why the topic does not apply to this role, so others can check.',

  positionLabel: 'Position',
  positionHint: 'What is agreed, in plain words.',
  rationaleLabel: 'Rationale',
  rationaleHint: 'Why the line is drawn here.',
  modeLegend: 'How the boundary is held',
  modeFixed: 'Fixed',
  modeNegotiable: 'Negotiable within limits',
  modeCaseByCase: 'Decided case by case in supervision',
  modeSuggestion: (mode: string) => `Suggested starting point: ${mode}. This is a default of this tool, not evidence.`,
  escalationLabel: 'Who to go to / how to escalate',
  escalationHint: 'Who the peer support worker asks, and how, when the boundary is tested.',

  nothingWritten: 'Nothing written yet.',

  // Custom topics
  customHeading: 'Your own topics',
  customIntro: 'Add any boundary this role needs that the list above does not cover.',
  customUntitled: 'Untitled topic',
  customLabel: 'Topic name',
  addCustom: 'Add a custom topic',
  removeCustom: 'Remove topic',
  removeCustomNamed: (name: string) => `Remove topic “${name}”`,
  removed: (name: string) => `Removed “${name}”.`,
  undoRemove: 'Undo',
} as const;

export type BoundaryStrings = typeof boundaryStrings;

export const BOUNDARY_AREA = 'boundaries';
