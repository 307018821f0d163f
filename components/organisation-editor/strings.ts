/**
 * en-GB strings of `<psw-organisation-editor>` ('organisation' area). Other languages:
 * registerStrings('organisation', lang, {...}); missing strings fall back to these one by one.
 * "Why it matters" texts are this toolkit's own summaries; the sources they rest on are listed
 * beside them by id (docs/sources.md).
 */
export const ORGANISATION_AREA = 'organisation';

export const organisationStrings = {
  heading: 'Organisation profile',
  intro:
    'What holds for the whole organisation, written once by HR and used for every peer support worker role. A manager can still change any of it for one post.',
  newOrganisationName: 'New organisation',
  undo: 'Undo',
  redo: 'Redo',

  // Identity
  identityHeading: 'Who you are',
  name: 'Organisation name',
  nation: 'Nation',
  nationEngland: 'England',
  nationWales: 'Wales',
  nationScotland: 'Scotland',
  nationNorthernIreland: 'Northern Ireland',
  employerType: 'Employer type',
  website: 'Website',
  websiteHint: 'The full address, starting with https://',
  jobReferencePrefix: 'Job reference prefix',
  jobReferencePrefixHint: 'Put in front of every job reference, for example RAT-PSW-',
  recruitmentContact: 'Recruitment contact',
  recruitmentContactHint: 'Who candidates contact about a post when the role names nobody.',
  logoHeading: 'Logo',
  logoFile: 'Logo image (PNG or JPEG)',
  logoFileHint: 'Kept inside the profile, so the Word export can show it. At most about 290 KB.',
  logoAlt: 'Logo text alternative',
  logoAltHint: 'What the logo says, for people who cannot see it, for example the organisation’s name.',
  logoSummary: (kind: string, kb: number) => `${kind} image, ${kb} KB, kept in the profile`,
  removeLogo: 'Remove logo',
  logoNotImage: (name: string) => `“${name}” is not a PNG or JPEG image.`,
  logoTooLarge: (name: string) => `“${name}” is too large for the profile; choose an image under 290 KB.`,
  logoUnreadable: (name: string) => `“${name}” could not be read.`,
  none: 'Not set',
  enterNumber: 'Enter a number, for example 12.',

  // Facts
  factsHeading: 'What holds across the organisation',
  factsIntro:
    'Answer only what is true for every post. A fact left “Not answered” is asked about in each role instead.',
  asOf: 'Facts confirmed on',
  asOfHint: 'The day someone last checked that all these answers are still true. An answer changed after it is shown to managers with the day it changed.',
  confirmToday: 'Confirm today',
  confirmedToday: 'The facts are confirmed as of today.',
  yes: 'Yes',
  no: 'No',
  notAnswered: 'Not answered',
  whyItMatters: 'Why it matters',
  checkedBy: (rules: string) => `Checked by rule ${rules}`,
  sourcesLine: (ids: string) => `Sources: ${ids}`,
  noSources: 'No published source: counts towards theme T3 of the assessment.',
  peerLeadInOrganisation: 'There is a peer lead in the organisation',
  peerLeadInOrganisationWhy:
    'A senior peer worker who speaks for peer work keeps roles true to their purpose and gives peer workers someone to take questions about their practice to.',
  peerNetwork: 'Peer workers can join a peer network',
  peerNetworkWhy:
    'A peer worker who is the only one in their team can feel alone in the role; a network across the organisation gives them colleagues who do the same work.',
  peerVoiceForum: 'There is a forum that gives peer workers a collective voice',
  peerVoiceForumWhy: 'A place where peer workers raise matters together gives their experience weight in how services are run.',
  teamBriefingOffered: 'Teams are briefed about peer work before a peer support worker starts',
  teamBriefingOfferedWhy:
    'A team that knows what the role is for, and what it is not for, is less likely to pull the peer worker into other work or to doubt what they bring.',
  briefingCoDeliveredByPeer: 'A peer worker helps give that briefing',
  briefingCoDeliveredByPeerWhy: 'Hearing about the role from someone who does it answers questions a manager cannot.',
  coProducedRecruitment: 'Recruitment is designed with people with lived experience',
  coProducedRecruitmentWhy:
    'A process shaped by people with lived experience is better at recognising and valuing that experience in candidates.',
  peerOnPanel: 'A peer worker sits on interview panels',
  peerOnPanelWhy: 'A peer on the panel can judge how a candidate would use their own experience with the people they support.',
  wellnessPlanOffered: 'A voluntary wellness action plan is offered',
  wellnessPlanOfferedWhy:
    'Peer work draws on personal experience and can be heavy; a plan agreed early lets the worker and their manager spot warning signs and know what helps.',
  adjustmentsProcess: 'There is a clear way to agree reasonable adjustments',
  adjustmentsProcessWhy:
    'Employers must make reasonable adjustments for disabled staff, and a condition that comes and goes needs a way to agree and review them as it changes.',
  accessToWorkSignposted: 'Access to Work is signposted',
  accessToWorkSignpostedWhy:
    'Access to Work can pay for support at work and has a free mental-health support service, but only helps people who know about it.',
  dbsFeePaidBy: 'Who pays for the DBS check',
  dbsEmployer: 'The organisation',
  dbsPostHolder: 'The new post-holder',
  dbsFeePaidByWhy: 'Charging a new peer worker for their own check can tell them the role is valued less than others.',
  recruitmentAdjustmentsOffered: 'Adverts offer reasonable adjustments at every stage of recruitment',
  recruitmentAdjustmentsOfferedWhy:
    'Employers must make reasonable adjustments for disabled applicants, and asking what a candidate needs for the process is allowed before an offer.',
  healthQuestionsBeforeOffer: 'Applicants are asked health questions before an offer',
  healthQuestionsBeforeOfferWhy:
    'The Equality Act 2010 allows health questions before an offer only for narrow purposes, such as adjustments to the process; lived experience is not assessed through them.',
  livedExperienceBasis: 'The lawful basis for asking peer workers for lived experience',
  basisOccupational: 'An occupational requirement (Equality Act 2010, Schedule 9)',
  basisPositiveAction: 'Positive action (sections 158–159)',
  basisNone: 'None',
  livedExperienceBasisWhy:
    'Restricting a post to people with lived experience needs an occupational requirement: crucial to the post and proportionate. Positive action only allows preferring such a candidate over an equally qualified one.',
  convictionsApproach: 'Applicants with criminal convictions',
  convictionsIndividual: 'Each conviction is assessed individually (fair chance)',
  convictionsBar: 'Any conviction rules an applicant out',
  convictionsApproachWhy:
    'Lived experience can include contact with the criminal justice system; a blanket bar shuts out people the role is for.',

  // Peer supervision
  supervisionHeading: 'Peer supervision',
  supervisionIntro:
    'How peer supervision is provided across the organisation. It fills the peer supervision arrangements of every role that leaves these unset.',
  providerRole: 'Provided by (role)',
  providerRoleHint: 'For example Peer Support Lead.',
  providerHasPeerBackground: 'The supervisor has a peer work background',
  providerHasPeerBackgroundWhy: 'Someone who has done peer work understands its particular pressures and can supervise the practice itself.',
  providerTrainedInPeerSupervision: 'The supervisor is trained in peer supervision',
  providerTrainedInPeerSupervisionWhy: 'Supervising peer work is a skill of its own, and there is national training for it.',
  frequency: 'How often',
  frequencyCount: 'Sessions',
  frequencyPer: 'Per',
  perWeek: 'week',
  perMonth: 'month',
  perQuarter: 'quarter',
  frequencyWhy: 'The assessment compares this with your threshold for sessions a month (a policy setting, not evidence).',
  frequencyNeedsBoth: 'Choose how many sessions and per what.',

  // Pay
  payHeading: 'Pay',
  payScheme: 'Pay scheme',
  payTableSource: 'Pay table',
  builtInTables: 'The toolkit’s built-in tables for this scheme',
  ownTable: 'Our own table',
  builtInList: 'Built-in tables this version holds:',
  noBuiltIn: 'This version holds no built-in table for this scheme: add your own table.',
  tableLabel: 'Table name',
  newTableLabel: (name: string) => `${name} pay scale`,
  effectiveFrom: 'In force from',
  effectiveTo: 'In force until',
  effectiveToHint: 'Leave empty while the table is current.',
  tableSourceField: 'Where the figures come from',
  bandsHeading: 'Bands',
  band: 'Band or grade',
  bandMin: 'Minimum',
  bandMax: 'Maximum',
  bandPeriod: 'Period',
  perYear: 'a year',
  perHour: 'an hour',
  addBand: 'Add band',
  removeBand: (band: string) => `Remove band ${band}`,
  removeTable: 'Remove our own table',
  highCostArea: 'High Cost Area Supplement zone',
  hcaNone: 'None (outside London)',
  hcaInner: 'Inner London',
  hcaOuter: 'Outer London',
  hcaFringe: 'Fringe',

  // Policy
  policyHeading: 'Thresholds of the assessment',
  policyIntro:
    'Each threshold is your organisation’s choice. Leave a field empty to use the toolkit’s default, which is a heuristic, not a finding of research.',
  toolDefault: (n: number) => `Toolkit default: ${n}`,
  yourChoice: 'Your organisation’s choice',
  usingDefault: 'Using the toolkit default',
  minFixedTermMonths: 'Shortest fixed term (months)',
  minFixedTermMonthsNote:
    'Fixed-term posts shorter than this are flagged (rule R18). The study names funding among the systemic factors; the number of months is the toolkit’s.',
  maxInvolvementRequestCap: 'Highest share of time for involvement requests (%)',
  maxInvolvementRequestCapNote:
    'One trust protects its peer workers’ time from ad hoc involvement requests (source S34); the 20% ceiling is the toolkit’s.',
  minCoreDuties: 'Fewest core duties',
  minCoreDutiesNote: 'Fewer core duties than this is flagged as too little structure. A toolkit heuristic.',
  minSupervisionSessionsPerMonth: 'Fewest supervision sessions a month',
  minSupervisionSessionsPerMonthNote: 'Supervision besides line management less often than this is flagged. No UK source gives a frequency.',
  balanceHeading: 'Balance of structure and flexibility (% of contracted hours)',
  tooRigidFlexibleBelow: 'Too rigid below (% flexible)',
  tooLooseFlexibleAbove: 'Too loose above (% flexible)',
  tooLooseCoreBelow: 'Too loose below (% core)',
  balanceNote: 'Where the assessment calls a role too rigid or too loose. Toolkit heuristics.',

  // Templates
  templatesHeading: 'Templates',
  hideHeading: 'Built-in templates to hide from managers',
  ownTemplatesHeading: 'Your organisation’s templates',
  noOwnTemplates: 'None yet.',
  addCurrentRole: 'Add the current role as an organisation template',
  addCurrentRoleHint: 'Managers can then start new roles from it.',
  noCurrentRole: 'There is no current role to add: this editor is not connected to a role on the page.',
  templateAdded: (label: string) => `Added the template “${label}”.`,
  untitledRole: 'Untitled role',
  templateLabel: 'Template name',
  templateDescription: 'Description',
  removeTemplate: (label: string) => `Remove template ${label}`,

  // Job description
  jdHeading: 'Job description',
  aboutUs: 'About us',
  aboutUsHint: 'Printed in every job description.',
  clausesHeading: 'Standard clauses',
  clausesHint: 'Printed at the end of every job description, in this order.',
  clauseTitle: 'Title',
  clauseText: 'Text',
  newClauseTitle: 'New clause',
  addClause: 'Add clause',
  removeClause: (title: string) => `Remove clause ${title}`,
  moveUp: (title: string) => `Move ${title} up`,
  moveDown: (title: string) => `Move ${title} down`,
  clauseN: (n: number) => `Clause ${n}`,
  moved: (title: string, n: number) => `Moved ${title} to position ${n}.`,
  removed: (title: string) => `Removed ${title}.`,

  // File
  fileHeading: 'Load or download',
  loadFile: 'Load a profile (JSON file)',
  loadFileHint: 'It is checked field by field; if anything is wrong, nothing changes.',
  download: 'Download JSON',
  loaded: (name: string) => `Loaded “${name}”.`,
  refused: (name: string) => `“${name}” was not loaded; the profile is unchanged. What needs fixing:`,
  unreadableFile: (name: string) => `“${name}” could not be read.`,

  // Status
  statusNew: 'New profile. It is saved in this browser as you go.',
  statusRestored: 'Your earlier profile has been brought back from this browser.',
  statusSaving: 'Saving in this browser…',
  statusSaved: 'Saved in this browser.',
  statusMemoryOnly: 'Changes are kept while this page is open. Download the profile to keep a copy.',
  statusStorageError: 'This browser is not saving the profile. You can carry on, but download it before you close the page.',
  statusKeptAside: 'A profile saved earlier could not be read, so it was set aside (not deleted).',
  statusOtherTab: 'This profile has been changed in another tab or window. Nothing here is saved until you choose which version to keep.',
  loadTheirs: "Load the other tab's version",
  keepMine: 'Keep mine',
};
export type OrganisationStrings = typeof organisationStrings;
