/**
 * One pass over the document that gathers what several rules, the balance, the theme checklist and
 * the banding check all need, so each of them reads a few prepared values instead of walking the
 * lists again. Built once per assessment.
 */
import type { Boundary, Duty, RoleDocument, SupervisionArrangement } from '../model/schema.js';
import type { SupervisionTypeId } from '../catalogue/ids.js';
import { DRIFT_CATEGORIES, FIELD_SEPARATOR, scanText, SUPERVISES_OTHERS_GROUP, toMatch, type DriftMatch } from './drift-vocabulary.js';
import type { ResolvedPolicy } from './policy.js';
import { computeBalance } from './balance.js';
import type { Balance } from './types.js';
import { filled } from '../model/visible-text.js';

/** The rules read `filled` from here, beside the facts (src/model/visible-text.ts). */
export { filled };

/** Supervision proper: the arrangements that look at the practice of peer work, not line management. */
export const SUPERVISION_TYPES: ReadonlySet<SupervisionTypeId> = new Set<SupervisionTypeId>([
  'peer-supervision',
  'group-peer-supervision',
  'clinical-supervision',
  'reflective-practice',
]);
export const PEER_SUPERVISION_TYPES: ReadonlySet<SupervisionTypeId> = new Set<SupervisionTypeId>(['peer-supervision', 'group-peer-supervision']);

const SESSIONS_PER_MONTH = { week: 52 / 12, month: 1, quarter: 1 / 3 } as const;

const LIVED_EXPERIENCE = /\blived[- ]experience\b|\b(?:personal|own) experience of\b/i;

export interface DriftFact {
  index: number;
  duty: Duty;
  field: 'title' | 'description';
  match: DriftMatch;
}

export interface IndexedBoundary {
  index: number;
  boundary: Boundary;
}

export interface RoleFacts {
  doc: RoleDocument;
  policy: ResolvedPolicy;
  coreCount: number;
  flexibleCount: number;
  excludedCount: number;
  /** Core duties whose description is blank. */
  coreWithoutDescription: number;
  /** Excluded duties that give a reason. */
  excludedWithReason: number;
  /** Flexible duties with a maximum share or bounds in words, and with a review interval. */
  flexibleBounded: number;
  flexibleReviewed: number;
  /** Percent of contracted time declared on duties of each kind. */
  time: { core: number; flexible: number; excluded: number; declared: boolean };
  balance: Balance;
  /**
   * Core and flexible duties whose words describe non-peer work (never excluded ones): per duty, the
   * first clinical/ward/admin match and the first staffing-cover match, title before description.
   */
  drift: DriftFact[];
  /** Index of the first core or flexible duty that gives responsibility for other staff, or -1. */
  supervisesOthersAt: number;
  /** The first boundary of each catalogue topic (the schema allows each topic once). */
  boundaryByTopic: Map<string, IndexedBoundary>;
  /** Boundaries with a position written, or marked not applicable with a reason. */
  documentedBoundaries: number;
  agreedBoundaries: number;
  /** Boundaries marked proposed (the team's starting position before anyone is appointed). */
  proposedBoundaries: number;
  /** Indices of supervision arrangements proper (SUPERVISION_TYPES). */
  supervisionIdx: number[];
  /** Indices of peer-supervision arrangements (one-to-one or group). */
  peerSupervisionIdx: number[];
  /** A peer-supervision arrangement whose provider has a peer background exists. */
  peerSupervisorWithBackground: boolean;
  /** Sessions a month of supervision proper, counting arrangements with a frequency. */
  supervisionSessionsPerMonth: number;
  /** Every arrangement of supervision proper states a frequency. */
  supervisionFrequenciesKnown: boolean;
  livedExperienceCriterion: boolean;
}

const STAFFING_GROUP = DRIFT_CATEGORIES.findIndex((c) => c.id === 'staffing-cover');

/** What scanning one duty found, without its place in the list (so it can be reused). */
interface DutyScan {
  matches: { field: 'title' | 'description'; match: DriftMatch }[];
  supervises: boolean;
}
/**
 * The scans of the duties assessed last, by place. An edit makes a new object only for the duty it
 * changes, so on a keystroke in a 1,000-duty role one duty is scanned, not all (the scan was the
 * assessment's largest cost). By place and identity rather than in a WeakMap by duty: a WeakMap
 * entry per duty made every fresh document twice as slow to assess (bench/node-throughput.mjs).
 */
let lastDuties: readonly Duty[] = [];
let lastScans: DutyScan[] = [];

/**
 * Adds a duty's drift facts to `into` (at most one clinical/ward/admin match and one staffing-cover
 * match, the earlier in the text, so the title's first) and returns its scan.
 */
function scanDuty(into: DriftFact[], index: number, duty: Duty): DutyScan {
  const scan = lastDuties[index] === duty ? lastScans[index]! : scanDutyText(duty);
  for (const m of scan.matches) into.push({ index, duty, field: m.field, match: m.match });
  return scan;
}

function scanDutyText(duty: Duty): DutyScan {
  const title = duty.title;
  const text = (duty.description === undefined ? title : title + FIELD_SEPARATOR + duty.description).toLowerCase();
  // Lower-casing keeps the length of all but a few characters (e.g. "İ"); at worst a match near the
  // join is attributed to the wrong field.
  const titleEnd = title.length;
  const matches: DutyScan['matches'] = [];
  let clinical = false, staffing = false, supervises = false;
  scanText(text, (k, phrase, at) => {
    if (k === SUPERVISES_OTHERS_GROUP) supervises = true;
    else if (k === STAFFING_GROUP ? !staffing : !clinical) {
      if (k === STAFFING_GROUP) staffing = true;
      else clinical = true;
      matches.push({ field: at < titleEnd ? 'title' : 'description', match: toMatch(k, phrase) });
    }
    return clinical && staffing && supervises;
  });
  return { matches, supervises };
}

function supervisionFacts(arrangements: SupervisionArrangement[]) {
  const supervisionIdx: number[] = [];
  const peerSupervisionIdx: number[] = [];
  let peerSupervisorWithBackground = false;
  let sessions = 0;
  let known = true;
  for (let i = 0; i < arrangements.length; i++) {
    const a = arrangements[i]!;
    if (!SUPERVISION_TYPES.has(a.type)) continue;
    supervisionIdx.push(i);
    if (PEER_SUPERVISION_TYPES.has(a.type)) {
      peerSupervisionIdx.push(i);
      if (a.providerHasPeerBackground === true) peerSupervisorWithBackground = true;
    }
    if (a.frequency) sessions += a.frequency.count * SESSIONS_PER_MONTH[a.frequency.per];
    else known = false;
  }
  return {
    supervisionIdx,
    peerSupervisionIdx,
    peerSupervisorWithBackground,
    supervisionSessionsPerMonth: sessions,
    supervisionFrequenciesKnown: known,
  };
}

export function gatherFacts(doc: RoleDocument, policy: ResolvedPolicy): RoleFacts {
  let coreCount = 0, flexibleCount = 0, excludedCount = 0, coreWithoutDescription = 0, excludedWithReason = 0;
  let flexibleBounded = 0, flexibleReviewed = 0;
  let core = 0, flexible = 0, excluded = 0, declared = false;
  let supervisesOthersAt = -1;
  const drift: DriftFact[] = [];
  const duties = doc.duties;
  const scans: DutyScan[] = new Array<DutyScan>(duties.length);
  for (let i = 0; i < duties.length; i++) {
    const d = duties[i]!;
    const share = d.timeShare;
    if (share !== undefined) declared = true;
    if (d.kind === 'excluded') {
      excludedCount++;
      if (filled(d.exclusionReason)) excludedWithReason++;
      if (share !== undefined) excluded += share;
      continue;
    }
    if (d.kind === 'core') {
      coreCount++;
      if (!filled(d.description)) coreWithoutDescription++;
      if (share !== undefined) core += share;
    } else {
      flexibleCount++;
      const fx = d.flexibility;
      if (fx && (fx.maxShare !== undefined || filled(fx.bounds))) flexibleBounded++;
      if (fx && fx.reviewEveryWeeks !== undefined) flexibleReviewed++;
      if (share !== undefined) flexible += share;
    }
    const scan = scanDuty(drift, i, d);
    scans[i] = scan;
    if (scan.supervises && supervisesOthersAt < 0) supervisesOthersAt = i;
  }
  lastDuties = duties;
  lastScans = scans;

  const boundaryByTopic = new Map<string, IndexedBoundary>();
  let documentedBoundaries = 0, agreedBoundaries = 0, proposedBoundaries = 0;
  const boundaries = doc.boundaries;
  for (let i = 0; i < boundaries.length; i++) {
    const b = boundaries[i]!;
    if (b.topic !== 'custom' && !boundaryByTopic.has(b.topic)) boundaryByTopic.set(b.topic, { index: i, boundary: b });
    if (filled(b.position) || (b.status === 'not-applicable' && filled(b.notApplicableReason))) documentedBoundaries++;
    if (b.status === 'agreed') agreedBoundaries++;
    else if (b.status === 'proposed') proposedBoundaries++;
  }

  let livedExperienceCriterion = false;
  for (const c of doc.recruitment.personSpec.essential) {
    // A criterion with no text asks for nothing (R82), whatever its mark.
    if (filled(c.text) && (c.livedExperience === true || LIVED_EXPERIENCE.test(c.text))) {
      livedExperienceCriterion = true;
      break;
    }
  }

  return {
    doc,
    policy,
    coreCount,
    flexibleCount,
    excludedCount,
    coreWithoutDescription,
    excludedWithReason,
    flexibleBounded,
    flexibleReviewed,
    time: { core, flexible, excluded, declared },
    balance: computeBalance({ core, flexible, excluded }, flexibleCount, flexibleBounded, flexibleReviewed, policy.balance),
    drift,
    supervisesOthersAt,
    boundaryByTopic,
    documentedBoundaries,
    agreedBoundaries,
    proposedBoundaries,
    ...supervisionFacts(doc.supervision.arrangements),
    livedExperienceCriterion,
  };
}
