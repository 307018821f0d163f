/**
 * Shared building blocks of every template, and `buildTemplate`, which turns a setting's
 * `TemplateSpec` into the sections of a role document. The shape applies the study's "flexibility
 * with some structure" (T1): a few core duties give structure; flexible duties have a usual share,
 * a ceiling, who agrees their use and a review interval; excluded duties name the non-peer work the
 * setting tends to drift into, with a reason (T4). Numbers such as review intervals (12 weeks),
 * frequencies, the involvement-request cap (10%) and "the same day" for raising concerns are this
 * tool's suggestions (heuristics), not evidence; the editors' hints where they are set, and the
 * boundaries' own text, say so. The duties' text does not: the candidate's advert prints it.
 * Progression steps above the post carry no band (see STEPS).
 *
 * A template holds what the evidence says about the post and nothing about the organisation: no
 * team, leadership, recruitment-process or wellbeing facts, no DBS fee payer, and nothing about who
 * provides peer supervision or whether supervisors are trained. Those stay unset, so the rules that
 * need them ask (once for the organisation in its profile, or for the post).
 */
import type { BoundaryTopicId, PaySchemeId, SettingId } from '../ids.js';
import type { RoleDocument, SupervisionArrangement } from '../../model/schema.js';
import { boundaryTopics } from '../boundary-topics.js';
import { commonExclusions } from '../exclusions.js';
import { payTableBand, payTableYearOf, type AnyPayTable } from '../pay.js';
import { settings } from '../settings.js';
import type { TemplateSpec, CoreSpec, FlexSpec } from './spec.js';
import { DEFAULT_CHECKS, POST_CHECKS } from './vetting.js';

export type TemplateBody = Omit<RoleDocument, 'kind' | 'schemaVersion' | 'id' | 'meta'>;

/**
 * The facts of the post a template can only suggest: where it reports, its band, hours, contract,
 * working pattern, DBS level, funding source and base. A new role from a template lists those the
 * template filled in `meta.suggested` until a person confirms or changes them (salary and pay table
 * year follow the band). Duties, boundaries and support are the evidence's proposals and are
 * reviewed through their own rules.
 */
/**
 * What a template writes about what the employer will provide, which only the organisation can
 * promise: the induction, the peer-specific training, mandatory training in paid time, the
 * development offer, the supervision pattern (sessions, their length, protected time) and the
 * progression route. Marked as suggestions like the post facts, so no advert promises them before a
 * person confirms them (a list as a whole).
 */
export const EMPLOYER_COMMITMENTS = [
  'training.induction', 'training.peerSpecific', 'training.mandatory', 'training.development',
  'supervision.arrangements', 'progression.steps',
] as const;

export const POST_FACTS = [
  'role.reportsTo', 'employment.band', 'employment.hoursPerWeek', 'employment.contractType', 'employment.location',
  'employment.workPattern', 'employment.dbs.level', 'employment.funding.source',
  'employment.unsocialHours', 'employment.policeVetting.required',
] as const;

// Duties most settings share, so templates can reuse the wording.
export const ONE_TO_ONE = 'Offer one-to-one peer support';
export const ONE_TO_ONE_TEXT = 'Build hopeful, mutual relationships and share lived experience with purpose to support each person’s own recovery.';
export const PLANS: CoreSpec = ['Support recovery and wellness planning', 15, 'Help people set their own goals and write recovery, wellness or crisis plans in their own words.'];
export const CONNECT: CoreSpec = ['Connect people with community resources', 15, 'Signpost to, and where wanted go along to, groups, services and activities that matter to the person.'];
export const TEAM: CoreSpec = ['Bring the peer perspective to the team', 5, 'Take part in team meetings and help colleagues understand recovery-focused, peer ways of working.'];
export const GROUPS = 'Co-facilitate peer groups';
export const ACCOMPANY: FlexSpec = ['Accompany people to appointments and activities', 10, 20];
export const INVOLVEMENT: FlexSpec = ['Involvement and co-production work', 5, 10, 'Service improvement and involvement requests, within the cap on involvement requests agreed with the supervisor.'];
/**
 * Two duties every PSW job description has: keeping records (a section of real job descriptions
 * [S31]) and helping people have their say in decisions about their care (the standard's
 * self-advocacy skill [S24]; the framework's domain on promoting people's rights [S19]).
 */
export const RECORDS: CoreSpec = ['Keep records of peer support', 5, 'Write up peer support in the service’s records as its policy requires, in the person’s own words where possible.'];
export const VOICE: CoreSpec = ['Help people have their voice heard', 5, 'Support people to speak for themselves in reviews, ward rounds and care planning meetings, or to be heard through the PSW when they ask.'];
/** The sources of the duties every template shares (listed on docs/sources.md). */
export const SHARED_DUTY_SOURCES: readonly { label: string; sources: readonly string[] }[] = [
  { label: RECORDS[0], sources: ['S31'] },
  { label: VOICE[0], sources: ['S24', 'S19'] },
];
export const FAMILIES = 'Support families and carers';

const POSITIONS: Partial<Record<BoundaryTopicId, string>> = {
  'agreeing-boundaries': 'Purpose and limits are agreed with each person at the start and revisited when things change.',
  'self-disclosure': 'The PSW decides what to share, keeping it brief and focused on the person; no one may require them to disclose.',
  confidentiality: 'The PSW explains at the start what stays private and what the team must know, and records as policy requires.',
  'risk-safeguarding': 'The PSW talks concerns through with the person where safe and raises them the same day (a timescale this tool suggests: the safeguarding policy’s own comes first); their view is heard in risk discussions.',
  'clinical-tasks': 'The PSW does not take on the excluded duties; such requests go to the line manager.',
  'staffing-cover': 'The PSW is not counted in staffing numbers and is not asked to cover rota gaps.',
  endings: 'The expected length of support is agreed at the start and the ending prepared together.',
  'own-wellbeing': 'The PSW and their manager agree how the PSW’s wellbeing is looked after at work, including early signs and the support wanted.',
  'reasonable-adjustments': 'Any adjustments the PSW needs are talked through before they start and reviewed as needs change.',
};
const LONE_WORKING = 'Lone-working policy: a risk check before first visits, a check-in after each visit, escalation if contact is missed.';
const ESCALATION: Partial<Record<BoundaryTopicId, string>> = {
  'risk-safeguarding': 'Supervisor or duty worker the same day (this tool’s suggestion; follow the safeguarding policy); 999 if life is at risk.',
};

const AGREED_WITH = ['peer support worker', 'line manager'];
const REVIEW_WEEKS = 12;

const TRAINING: readonly (readonly [string, readonly number[]])[] = [
  ['Peer support training mapped to the competence framework', [1, 2, 3, 4]],
  ['Boundaries and purposeful sharing of lived experience', [1, 3]],
  ['Confidentiality, safeguarding and escalation for peer workers', [2]],
  ['Self-care, wellness planning and using supervision', [6]],
  ['Helping people have their say and promoting their rights', [5]],
];

/** The mandatory training line, unless a template has its own. */
const MANDATORY = 'The same mandatory training as the rest of the team, in paid time.';

/**
 * The steps a template proposes above the post. They carry no band: only the organisation knows the
 * bands of its senior peer roles (the role catalogue's typical bands, roles.ts, are what adverts
 * showed, not a national rule), so an advert never promises one nobody set.
 */
const STEPS = ['Senior peer support worker', 'Peer support coordinator'] as const;

/** How a template's pay is filled: decided by the caller, which knows the date and the organisation. */
export interface TemplatePay {
  /**
   * The pay scheme the organisation names. When given, the template leaves `employment.payScheme`
   * unset (the profile fills it) and keeps its Agenda for Change band only on that scheme.
   */
  scheme?: PaySchemeId;
  /** The table in force on the day, for the template's band's salary and the pay table year. */
  table?: AnyPayTable;
}

export function buildTemplate(settingId: SettingId, spec: TemplateSpec, id: () => string, payOptions: TemplatePay = {}): TemplateBody {
  const setting = settings.find((s) => s.id === settingId)!;
  const afcBand = spec.band === undefined ? '3' : spec.band;
  const scheme = payOptions.scheme;
  // The template's band is an Agenda for Change band: it applies only on that scheme.
  const band = scheme === undefined || scheme === 'agenda-for-change' ? afcBand : null;
  const pay = band ? payTableBand(payOptions.table, band) : undefined;
  const reportsTo = spec.reportsTo ?? 'Team leader';
  const positions: Partial<Record<BoundaryTopicId, string>> = { ...POSITIONS, ...(setting.community ? { 'lone-working': LONE_WORKING } : {}), ...spec.boundaries };
  // Catalogue order keeps boundaries in the order the checklist shows them.
  const boundaries = boundaryTopics.filter((t) => positions[t.id]).map((t) => ({
    id: id(), topic: t.id, position: positions[t.id], rationale: t.whyItMatters, mode: t.defaultMode,
    escalation: ESCALATION[t.id], status: 'not-started' as const,
  }));
  const arrangements: Omit<SupervisionArrangement, 'id'>[] = [
    { type: 'line-management', providerRole: reportsTo, format: 'one-to-one', frequency: { count: 1, per: 'month' }, durationMinutes: 60, focus: ['development', 'team-barriers'], protectedTime: true },
    // Who provides peer supervision, and their background and training, are the organisation's to say.
    { type: 'peer-supervision', format: 'one-to-one', frequency: { count: 1, per: 'month' }, durationMinutes: 60, focus: ['boundaries', 'self-disclosure', 'wellbeing', 'endings'], protectedTime: true },
    { type: 'group-peer-supervision', format: 'group', frequency: { count: 1, per: 'month' }, durationMinutes: 90, focus: ['team-barriers', 'risk-safeguarding', 'confidentiality'], protectedTime: true },
    ...(spec.supervision ?? []),
  ];
  const steps: (readonly [string, string?])[] = [['Peer support worker', band ?? undefined], ...STEPS.map((title) => [title] as const)];
  const criterion = (text: string, extra: object = {}) => ({ id: id(), text, ...extra });
  return {
    context: { setting: settingId, employerType: spec.employer ?? 'nhs-trust', service: spec.service, ageGroup: spec.ageGroup, livedExperienceFocus: spec.focus },
    role: {
      title: spec.title, level: 'psw', purpose: spec.purpose, reportsTo,
      frameworkRefs: ['Competence Framework for Mental Health Peer Support Workers (HEE, 2020)', 'ST0896 Peer worker (Level 3)'],
      autonomy: 'Plans peer work with each person within agreed boundaries; escalates concerns to the supervisor.',
      involvementRequestCap: 10,
    },
    duties: [
      ...[...spec.core, RECORDS, VOICE].map(([title, timeShare, description]) => ({ id: id(), title, description, kind: 'core' as const, timeShare })),
      ...spec.flexible.map(([title, timeShare, maxShare, description]) => ({
        id: id(), title, description, kind: 'flexible' as const, timeShare,
        flexibility: { maxShare, agreedWith: AGREED_WITH, reviewEveryWeeks: REVIEW_WEEKS },
      })),
      ...spec.excluded.map((x) => {
        const [title, exclusionReason] = typeof x === 'string' ? (({ label, description }) => [label, description])(commonExclusions.find((e) => e.id === x)!) : x;
        return { id: id(), title: title!, kind: 'excluded' as const, exclusionReason };
      }),
    ],
    boundaries,
    supervision: { arrangements: arrangements.map((a) => ({ id: id(), ...a })) },
    training: {
      induction: 'Induction with shadowing and an introduction to local services.',
      peerSpecific: [...TRAINING, ...(spec.training ?? [])].map(([title, domains]) => ({ id: id(), title, competenceDomains: [...domains] })),
      mandatory: spec.mandatoryTraining ?? MANDATORY,
      development: 'A yearly development review, which can lead to the Level 3 peer worker apprenticeship (ST0896).',
    },
    team: {},
    leadership: {},
    employment: {
      payScheme: scheme !== undefined ? undefined : afcBand ? 'agenda-for-change' : 'vcse-own-grades',
      band: band ?? undefined, payTableYear: pay ? payTableYearOf(payOptions.table!) : undefined,
      salary: pay ? { min: pay.min, max: pay.max, currency: 'GBP', period: pay.period } : undefined,
      hoursPerWeek: spec.hoursPerWeek ?? 37.5, contractType: 'permanent', funding: spec.funding,
      workPattern: spec.workPattern ?? 'Weekday daytimes, flexible by agreement.',
      // The arrangements are the organisation's policy: the template proposes an approach as the
      // lone-working boundary (a position for the team to propose), and leaves the arrangements unset.
      loneWorking: { expected: setting.community },
      ...(POST_CHECKS[settingId] ?? DEFAULT_CHECKS),
    },
    progression: { steps: steps.map(([title, b], i) => ({ id: id(), title, band: b, criteria: i ? 'Experience in post and agreement at the yearly review.' : 'Induction and peer support training completed.' })) },
    wellbeing: {},
    recruitment: {
      personSpec: {
        essential: [
          criterion(spec.focus, { assessedBy: 'Application and interview', livedExperience: true }),
          criterion('Able to reflect on your own experience and share it with purpose to help others', { assessedBy: 'Interview' }),
          criterion('Good listening and communication skills', { assessedBy: 'Interview' }),
          criterion('Able to work flexibly within agreed boundaries and make good use of supervision', { assessedBy: 'Interview' }),
          ...(spec.essential ?? []).map((t) => criterion(t, { assessedBy: 'Application and interview' })),
        ],
        desirable: [
          criterion('Completed peer support training or a peer worker qualification', { assessedBy: 'Application' }),
          criterion('Experience of running or co-facilitating groups', { assessedBy: 'Application and interview' }),
          criterion('Knowledge of local community services', { assessedBy: 'Interview' }),
          ...(spec.desirable ?? []).map((t) => criterion(t, { assessedBy: 'Application and interview' })),
        ],
      },
    },
  };
}
