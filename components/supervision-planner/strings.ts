/**
 * en-GB strings of <psw-supervision-planner> ('supervision' area). Another language is one more
 * file passed to `registerStrings('supervision', lang, …)`. Guidance is in our own words, each
 * piece tied to a theme and to source ids listed in docs/sources.md.
 */
export const SUPERVISION_AREA = 'supervision';

export const supervisionStrings = {
  heading: 'Supervision and support',
  intro: 'Plan the supervision, training and support that help a peer worker do the parts of the job that are unique to peer work.',

  // Arrangements
  arrangementsHeading: 'Supervision arrangements',
  arrangementsPattern: 'the supervision pattern',
  arrangementsHint: 'Who supports the peer worker, how, and how often. Supervision should fit peer work; where it comes from matters.',
  noArrangements: 'No supervision arrangements yet.',
  add: 'Add supervision arrangement',
  added: (name: string) => `Added ${name}.`,
  removed: (name: string) => `Removed ${name}.`,
  moved: (name: string, pos: number, of: number) => `Moved ${name} to position ${pos} of ${of}.`,
  arrangementName: (n: number, type: string) => `${n}. ${type}`,
  type: 'Type',
  typicalProvider: (who: string) => `Usually provided by: ${who}.`,
  providerRole: 'Provided by',
  providerRoleHint: 'A role, not a person’s name, e.g. “Peer support lead”.',
  peerBackground: 'The provider has a peer background',
  peerBackgroundHint: 'Supervisors with their own peer-support experience tend to understand the role in more depth (US evidence, S46, S47).',
  trained: 'The provider is trained in peer supervision',
  format: 'Format',
  oneToOne: 'One-to-one',
  group: 'Group',
  frequency: 'How often',
  frequencyHint:
    'No national guidance sets how often peer workers should have supervision (no figure was found for England). Use your organisation’s policy. This tool flags fewer than one session a month besides line management: its own default, which the organisation can change.',
  count: 'Number of sessions',
  per: 'Per',
  perWeek: 'week',
  perMonth: 'month',
  perQuarter: 'quarter',
  duration: 'Length of a session',
  minutes: 'minutes',
  focus: 'What the sessions cover',
  otherFocus: (text: string) => `${text} (own wording)`,
  protectedTime: 'Protected time within contracted hours',
  moveUp: 'Move up',
  moveDown: 'Move down',
  remove: 'Remove',
  edit: 'Edit',
  done: 'Done',
  leftFix: (n: number) => `${n} to fix`,
  leftCheck: (n: number) => `${n} to check`,
  leftNothing: 'Nothing to fix or check',
  summaryFrequency: (count: number, per: string) => `${count} per ${per}`,
  summaryDuration: (min: number) => `${min} min`,
  summaryNoFrequency: 'frequency not set',
  cover: 'Cover when the supervisor is away',
  coverHint: 'Who the peer worker can turn to when their supervisor is on leave or unavailable.',

  // Year view
  yearHeading: 'A year of supervision',
  showTable: 'Show as a table',
  pictureLabel: 'Planned sessions by month (picture)',
  tableCaption: 'Planned sessions by month in a year',
  tableScrollLabel: 'Planned sessions by month (table, scrolls sideways)',
  arrangementColumn: 'Arrangement',
  yearColumn: 'Year',
  totalRow: 'All sessions',
  emptyYear: 'Nothing to show yet: give an arrangement a frequency to see it here.',
  hoursSummary: (hours: string, share: string, contracted: string) =>
    `About ${hours} a month of supervision and reflection: ${share} of contracted hours (about ${contracted} a month).`,
  hoursNoContract: (hours: string) =>
    `About ${hours} a month of supervision and reflection. Add the contracted hours per week to see the share of working time.`,
  hours: (n: string) => `${n} hours`,
  hour: (n: string) => `${n} hour`,
  notShown: (names: string) => `Not shown (no frequency set): ${names}.`,
  notCounted: (names: string) => `Not counted in the hours (no session length): ${names}.`,
  weeklyNote: (n: string) => `Weekly sessions count as about ${n} a month (52 weeks ÷ 12 months).`,
  quarterlyNote: (months: string) => `Quarterly sessions are shown in ${months}.`,
  notBenchmark: 'These figures are your plan, not a benchmark: no national figure exists to compare them with.',

  // Training
  trainingHeading: 'Training plan',
  trainingOffer: 'the training offer',
  trainingHint:
    'Map the peer-specific training to the nine domains of the Competence Framework for Mental Health Peer Support Workers (HEE, 2020; S17, S18).',
  induction: 'Induction',
  peerSpecific: 'Peer-specific training',
  noTraining: 'No peer-specific training yet.',
  addTraining: 'Add training',
  trainingName: (n: number, title: string) => (title ? `${n}. ${title}` : `${n}. Untitled training`),
  trainingTitle: 'Title',
  trainingHours: 'Hours',
  domainsLegend: 'Competence domains it covers',
  domainLabel: (n: number, name: string) => `${n}. ${name}`,
  unconfirmed: '(number unconfirmed)',
  mandatory: 'Mandatory training',
  development: 'Development',
  coverageHeading: 'Competence framework coverage',
  coverageSummary: (n: number) => `${n} of 9 domains covered by the peer-specific training.`,
  covered: 'Covered',
  notCovered: 'Not covered',
  coveredBy: (titles: string) => `by ${titles}`,
  unconfirmedNote: 'The names of domains 5 to 9 are the headings of Part 1 of the framework; their numbers follow the order of that list and are not yet confirmed against its full listing.',

  // Team and leadership
  teamHeading: 'Team and leadership support',
  teamHint: 'A team prepared for the role, other peer workers to belong with and leaders who value the role (S8, S11, S13, S7).',
  briefingBeforeStart: 'The team is briefed about the role before the peer worker starts',
  briefingCoDelivered: 'The briefing is co-delivered by a peer worker',
  otherPeerWorkers: 'Other peer workers in the team',
  peerNetwork: 'Access to a peer network',
  attendsTeamMeetings: 'Attends team meetings as a full member',
  namedSponsor: 'Named sponsor or leader',
  namedSponsorHint: 'The senior person who champions the role, e.g. “Service manager”.',
  peerLead: 'The organisation has a peer lead',
  peerVoiceForum: 'A peer voice forum gives peer workers a collective say',

  // Wellbeing
  wellbeingHeading: 'Wellbeing and reasonable adjustments',
  wellnessPlan: 'A wellness action plan is offered',
  wellnessPlanHint:
    'Voluntary: the peer worker decides whether to have one. It records early signs and the support they would like. Never a condition of the job.',
  adjustments: 'There is a process for agreeing reasonable adjustments',
  adjustmentsHint:
    'The Equality Act 2010 requires reasonable adjustments for disabled staff, which can include long-term mental health conditions: e.g. flexible start times, rest breaks, home working or extra supervision. For conditions that come and go, agree them as needs change.',
  accessToWork: 'Access to Work is signposted',
  accessToWorkHint:
    'Access to Work is a discretionary grant from the Department for Work and Pensions for people in paid work (apprenticeships included) in England, Scotland or Wales. Its Mental Health Support Service gives free, confidential, non-clinical support with a support plan for up to about nine months. Check current eligibility before relying on it.',
  sourcesLine: (ids: string) => `Sources: ${ids}`,
} as const;

export type SupervisionStrings = typeof supervisionStrings;
