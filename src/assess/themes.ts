/**
 * Theme coverage: how much of what a role document can say about each of the study's themes it
 * says. Each theme has a checklist of document features with weights that add up to 100; a theme's
 * score is the total weight of the features present. The checklist is exported as data, so a view
 * can list what is missing; the weights are this tool's judgement (a heuristic), not evidence.
 */
import { THEME_IDS, type ThemeId } from '../catalogue/ids.js';
import { filled, type RoleFacts } from './facts.js';
import { payStatus } from './pay-status.js';
import type { ThemeCoverage } from './types.js';

/** The study's five themes (Foye et al. 2025), in this tool's words. */
export const themeNames: Readonly<Record<ThemeId, string>> = Object.freeze({
  T1: 'Flexibility with structure and boundaries',
  T2: 'Supervision and training for the unique parts of peer work',
  T3: 'A strong team and leaders who value peer workers',
  T4: 'Flexible peer work meeting the structures of health systems',
  T5: 'Funding, pay and progression',
});

export interface ThemeChecklistItem {
  /** Stable id, e.g. "t1-core-duties". */
  id: string;
  theme: ThemeId;
  /** The feature, in plain words. */
  label: string;
  /** Its share of the theme's score; a theme's weights add up to 100. */
  weight: number;
  /** Where in the document the feature lives. */
  path: string;
}

interface Check extends ThemeChecklistItem {
  present(f: RoleFacts): boolean;
}

const MINIMUM_TOPICS = ['self-disclosure', 'confidentiality', 'risk-safeguarding', 'endings'] as const;

function boundaryWritten(f: RoleFacts, topic: string): boolean {
  const b = f.boundaryByTopic.get(topic)?.boundary;
  return b !== undefined && (filled(b.position) || (b.status === 'not-applicable' && filled(b.notApplicableReason)));
}

function secureContract(f: RoleFacts): boolean {
  const e = f.doc.employment;
  switch (e.contractType) {
    case 'permanent':
      return true;
    case 'fixed-term':
      return (e.fixedTermMonths ?? 0) >= f.policy.minFixedTermMonths && filled(e.funding?.exitPlan);
    case 'apprenticeship':
      return filled(e.funding?.exitPlan);
    default:
      return false;
  }
}

const CHECKS: readonly Check[] = [
  // T1 — weights add up to 100
  { id: 't1-core-duties', theme: 'T1', label: 'Core duties set out (at least the organisation’s minimum)', weight: 15, path: 'duties', present: (f) => f.coreCount >= f.policy.minCoreDuties },
  { id: 't1-flexible-duties', theme: 'T1', label: 'At least one flexible duty', weight: 10, path: 'duties', present: (f) => f.flexibleCount > 0 },
  {
    id: 't1-flexibility-bounded',
    theme: 'T1',
    label: 'Every flexible duty has a limit and a review interval',
    weight: 15,
    path: 'duties',
    present: (f) => f.flexibleCount > 0 && f.flexibleBounded === f.flexibleCount && f.flexibleReviewed === f.flexibleCount,
  },
  { id: 't1-purpose', theme: 'T1', label: 'A purpose statement', weight: 10, path: 'role.purpose', present: (f) => filled(f.doc.role.purpose) },
  { id: 't1-boundaries-agreed', theme: 'T1', label: 'At least one boundary proposed or agreed', weight: 10, path: 'boundaries', present: (f) => f.agreedBoundaries + f.proposedBoundaries > 0 },
  {
    id: 't1-minimum-boundaries',
    theme: 'T1',
    label: 'Positions on self-disclosure, confidentiality, risk and safeguarding, and endings',
    weight: 15,
    path: 'boundaries',
    present: (f) => MINIMUM_TOPICS.every((t) => boundaryWritten(f, t)),
  },
  { id: 't1-exclusions', theme: 'T1', label: 'Excluded duties, each with a reason', weight: 10, path: 'duties', present: (f) => f.excludedCount > 0 && f.excludedWithReason === f.excludedCount },
  { id: 't1-lived-experience', theme: 'T1', label: 'Lived experience as an essential criterion', weight: 15, path: 'recruitment.personSpec.essential', present: (f) => f.livedExperienceCriterion },

  // T2
  { id: 't2-supervision', theme: 'T2', label: 'Supervision beyond line management', weight: 20, path: 'supervision.arrangements', present: (f) => f.supervisionIdx.length > 0 },
  { id: 't2-peer-supervisor', theme: 'T2', label: 'Peer supervision from someone with a peer background', weight: 20, path: 'supervision.arrangements', present: (f) => f.peerSupervisorWithBackground },
  {
    id: 't2-frequency',
    theme: 'T2',
    label: 'Every arrangement (debriefs aside) says how often it happens',
    weight: 10,
    path: 'supervision.arrangements',
    present: (f) => f.doc.supervision.arrangements.length > 0 && f.doc.supervision.arrangements.every((a) => a.frequency !== undefined || a.type === 'debrief'),
  },
  {
    id: 't2-protected-time',
    theme: 'T2',
    label: 'Supervision time is protected',
    weight: 10,
    path: 'supervision.arrangements',
    present: (f) => f.supervisionIdx.length > 0 && f.supervisionIdx.every((i) => f.doc.supervision.arrangements[i]!.protectedTime === true),
  },
  { id: 't2-cover', theme: 'T2', label: 'Cover when the supervisor is away', weight: 5, path: 'supervision.cover', present: (f) => filled(f.doc.supervision.cover) },
  { id: 't2-peer-training', theme: 'T2', label: 'Peer-specific training', weight: 20, path: 'training.peerSpecific', present: (f) => f.doc.training.peerSpecific.length > 0 },
  {
    id: 't2-training-mapped',
    theme: 'T2',
    label: 'Training mapped to the competence framework',
    weight: 5,
    path: 'training.peerSpecific',
    present: (f) => f.doc.training.peerSpecific.some((t) => (t.competenceDomains?.length ?? 0) > 0),
  },
  { id: 't2-adjustments', theme: 'T2', label: 'A reasonable-adjustments process', weight: 5, path: 'wellbeing.adjustmentsProcess', present: (f) => f.doc.wellbeing.adjustmentsProcess === true },
  { id: 't2-wellness-plan', theme: 'T2', label: 'A wellness action plan offered', weight: 5, path: 'wellbeing.wellnessPlanOffered', present: (f) => f.doc.wellbeing.wellnessPlanOffered === true },

  // T3
  { id: 't3-briefing', theme: 'T3', label: 'Team briefed before the start', weight: 20, path: 'team.briefingBeforeStart', present: (f) => f.doc.team.briefingBeforeStart === true },
  { id: 't3-briefing-by-peer', theme: 'T3', label: 'Briefing co-delivered by a peer', weight: 5, path: 'team.briefingCoDeliveredByPeer', present: (f) => f.doc.team.briefingCoDeliveredByPeer === true },
  {
    id: 't3-peer-colleagues',
    theme: 'T3',
    label: 'Other peer workers in the team, or a peer network',
    weight: 20,
    path: 'team',
    present: (f) => (f.doc.team.otherPeerWorkers ?? 0) > 0 || f.doc.team.peerNetwork === true,
  },
  { id: 't3-sponsor', theme: 'T3', label: 'A named senior sponsor', weight: 15, path: 'leadership.namedSponsor', present: (f) => filled(f.doc.leadership.namedSponsor) },
  { id: 't3-peer-lead', theme: 'T3', label: 'A peer support lead in the organisation', weight: 10, path: 'leadership.peerLeadInOrganisation', present: (f) => f.doc.leadership.peerLeadInOrganisation === true },
  { id: 't3-reporting-line', theme: 'T3', label: 'A reporting line', weight: 10, path: 'role.reportsTo', present: (f) => filled(f.doc.role.reportsTo) },
  {
    id: 't3-recruitment',
    theme: 'T3',
    label: 'Co-produced recruitment or a peer on the panel',
    weight: 10,
    path: 'recruitment',
    present: (f) => f.doc.recruitment.coProduced === true || f.doc.recruitment.peerOnPanel === true,
  },
  { id: 't3-team-meetings', theme: 'T3', label: 'Attends team meetings as a full member', weight: 5, path: 'team.attendsTeamMeetings', present: (f) => f.doc.team.attendsTeamMeetings === true },
  { id: 't3-peer-voice', theme: 'T3', label: 'A forum that gives peer workers a collective voice', weight: 5, path: 'leadership.peerVoiceForum', present: (f) => f.doc.leadership.peerVoiceForum === true },

  // T4
  {
    id: 't4-no-drift',
    theme: 'T4',
    label: 'Core and flexible duties free of clinical, ward and admin tasks',
    weight: 30,
    path: 'duties',
    present: (f) => f.coreCount + f.flexibleCount > 0 && f.drift.length === 0,
  },
  { id: 't4-exclusions', theme: 'T4', label: 'Excluded duties that protect the role', weight: 20, path: 'duties', present: (f) => f.excludedCount > 0 },
  { id: 't4-clinical-boundary', theme: 'T4', label: 'A boundary on clinical tasks', weight: 15, path: 'boundaries', present: (f) => boundaryWritten(f, 'clinical-tasks') },
  { id: 't4-staffing-boundary', theme: 'T4', label: 'A boundary on covering staffing gaps', weight: 10, path: 'boundaries', present: (f) => boundaryWritten(f, 'staffing-cover') },
  {
    id: 't4-involvement-cap',
    theme: 'T4',
    label: 'Time protected from involvement requests (within the organisation’s cap)',
    weight: 15,
    path: 'role.involvementRequestCap',
    present: (f) => f.doc.role.involvementRequestCap !== undefined && f.doc.role.involvementRequestCap <= f.policy.maxInvolvementRequestCap,
  },
  { id: 't4-autonomy', theme: 'T4', label: 'The decisions and autonomy of the post-holder', weight: 10, path: 'role.autonomy', present: (f) => filled(f.doc.role.autonomy) },

  // T5
  { id: 't5-band', theme: 'T5', label: 'A pay scheme and band or grade', weight: 15, path: 'employment.band', present: (f) => f.doc.employment.payScheme !== undefined && filled(f.doc.employment.band) },
  {
    id: 't5-pay-current',
    theme: 'T5',
    label: 'Pay from the pay table in force',
    weight: 10,
    path: 'employment.payTableYear',
    present: (f) => {
      const s = payStatus(f.doc, f.policy);
      if (s.kind === 'not-applicable') return f.doc.employment.payScheme !== undefined && f.doc.employment.salary !== undefined;
      return s.kind === 'current';
    },
  },
  { id: 't5-salary', theme: 'T5', label: 'A salary', weight: 15, path: 'employment.salary', present: (f) => f.doc.employment.salary !== undefined },
  { id: 't5-secure-contract', theme: 'T5', label: 'A permanent post, or a term long enough with an exit plan', weight: 20, path: 'employment.contractType', present: secureContract },
  {
    id: 't5-funding',
    theme: 'T5',
    label: 'Where the funding comes from',
    weight: 10,
    path: 'employment.funding',
    present: (f) => filled(f.doc.employment.funding?.source) || f.doc.employment.funding?.recurrent === true,
  },
  { id: 't5-progression', theme: 'T5', label: 'A progression route', weight: 20, path: 'progression.steps', present: (f) => f.doc.progression.steps.length > 0 },
  {
    id: 't5-progression-criteria',
    theme: 'T5',
    label: 'What each progression step takes',
    weight: 10,
    path: 'progression.steps',
    present: (f) => f.doc.progression.steps.length > 0 && f.doc.progression.steps.every((s) => filled(s.criteria)),
  },
];

/** The checklist behind the theme scores, as data (no functions). */
export const themeChecklist: readonly ThemeChecklistItem[] = Object.freeze(
  CHECKS.map(({ id, theme, label, weight, path }) => Object.freeze({ id, theme, label, weight, path })),
);

export function scoreThemes(f: RoleFacts): Record<ThemeId, ThemeCoverage> {
  const result = {} as Record<ThemeId, ThemeCoverage>;
  const got = {} as Record<ThemeId, number>;
  const total = {} as Record<ThemeId, number>;
  for (const t of THEME_IDS) {
    result[t] = { score: 0, addressedBy: [], missing: [] };
    got[t] = 0;
    total[t] = 0;
  }
  for (const c of CHECKS) {
    const r = result[c.theme];
    total[c.theme] += c.weight;
    if (c.present(f)) {
      got[c.theme] += c.weight;
      if (!r.addressedBy.includes(c.path)) r.addressedBy.push(c.path);
    } else {
      r.missing!.push(c.id);
    }
  }
  for (const t of THEME_IDS) result[t].score = total[t] === 0 ? 0 : Math.round((100 * got[t]) / total[t]);
  return result;
}
