/**
 * How a profile's answers reach a role. A profile's facts are defaults: where the role leaves a
 * field unset, the effective document takes the profile's value; where the role sets it, the role's
 * value stands (an override for that post). The assessment and every export work on the effective
 * document; the editors show which fields came from the profile (`profileDefaults`).
 *
 * `PROFILE_DEFAULTS` is the one table of which profile field fills which role field.
 */
import type { RoleDocument } from '../model/schema.js';
import { formatPath, type PathSegment } from '../model/paths.js';
import type { OrganisationProfile } from './schema.js';

type Get = (p: OrganisationProfile) => unknown;

export interface Mapping {
  /** Where the value lands in the role document. */
  readonly path: readonly string[];
  /** The profile field, for people and for the editor ("facts.peerOnPanel"). */
  readonly from: string;
  readonly get: Get;
  /** When set, the profile's value applies only to roles for which this holds. */
  readonly applies?: (doc: RoleDocument) => boolean;
}

const fact = (key: keyof OrganisationProfile['facts'], ...path: string[]): Mapping => ({ path, from: `facts.${key}`, get: (p) => p.facts[key] });

/** Role fields filled from the profile, outside supervision arrangements. */
export const PROFILE_DEFAULTS: readonly Mapping[] = [
  { path: ['meta', 'organisation'], from: 'organisation.name', get: (p) => p.organisation.name },
  { path: ['context', 'employerType'], from: 'organisation.employerType', get: (p) => p.organisation.employerType },
  { path: ['employment', 'payScheme'], from: 'pay.scheme', get: (p) => p.pay.scheme },
  fact('teamBriefingOffered', 'team', 'briefingBeforeStart'),
  fact('briefingCoDeliveredByPeer', 'team', 'briefingCoDeliveredByPeer'),
  fact('peerNetwork', 'team', 'peerNetwork'),
  fact('peerLeadInOrganisation', 'leadership', 'peerLeadInOrganisation'),
  fact('peerVoiceForum', 'leadership', 'peerVoiceForum'),
  fact('wellnessPlanOffered', 'wellbeing', 'wellnessPlanOffered'),
  fact('adjustmentsProcess', 'wellbeing', 'adjustmentsProcess'),
  fact('accessToWorkSignposted', 'wellbeing', 'accessToWorkSignposted'),
  fact('coProducedRecruitment', 'recruitment', 'coProduced'),
  fact('peerOnPanel', 'recruitment', 'peerOnPanel'),
  fact('recruitmentAdjustmentsOffered', 'recruitment', 'adjustmentsOffered'),
  fact('healthQuestionsBeforeOffer', 'recruitment', 'healthQuestionsBeforeOffer'),
  fact('convictionsApproach', 'recruitment', 'convictionsApproach'),
  fact('livedExperienceBasis', 'recruitment', 'livedExperienceBasis'),
  {
    path: ['employment', 'dbs', 'feePaidBy'], from: 'facts.dbsFeePaidBy',
    get: (p) => (p.facts.dbsFeePaidBy === 'post-holder' ? 'employee' : p.facts.dbsFeePaidBy),
    // Who pays for a check says nothing until the role says it has one: never for "no DBS check", and
    // not while the level is unset (the fee would read as a check the role never asked for).
    applies: (doc) => doc.employment.dbs?.level !== undefined && doc.employment.dbs.level !== 'none',
  },
];

/** The profile's answer for a mapped field of this role, or undefined when it has none for it (or none that applies). */
export const answerFor = (m: Mapping, profile: OrganisationProfile, doc: RoleDocument): unknown => ((m.applies?.(doc) ?? true) ? m.get(profile) : undefined);

/** Supervision arrangements whose provider the profile's `facts.peerSupervision` describes. */
export const PEER_SUPERVISION_TYPES: ReadonlySet<string> = new Set(['peer-supervision', 'group-peer-supervision']);
/** Fields of such an arrangement filled from `facts.peerSupervision`. */
export const PEER_SUPERVISION_FIELDS = ['providerRole', 'providerHasPeerBackground', 'providerTrainedInPeerSupervision', 'frequency'] as const;

/**
 * Every profile field that answers a role field ("facts.peerOnPanel", "facts.peerSupervision.frequency"):
 * the keys of a profile's `answeredOn`.
 */
export const ANSWER_PATHS: readonly [string, ...string[]] = [
  ...new Set(PROFILE_DEFAULTS.map((m) => m.from)),
  ...PEER_SUPERVISION_FIELDS.map((f) => `facts.peerSupervision.${f}`),
] as [string, ...string[]];

/**
 * The day the profile's answer at `from` (an `ANSWER_PATHS` entry) was last confirmed: the day it was
 * set (`answeredOn`), or the day all answers were confirmed (`asOf`), whichever is later.
 */
export function confirmedOn(profile: OrganisationProfile, from: string): string {
  const day = profile.answeredOn?.[from];
  return day !== undefined && day > profile.asOf ? day : profile.asOf;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

function getAt(doc: unknown, path: readonly PathSegment[]): unknown {
  let node = doc;
  for (const seg of path) node = isObj(node) || Array.isArray(node) ? (node as Record<PathSegment, unknown>)[seg] : undefined;
  return node;
}

/** A copy of `obj` with `value` at `path`, copying only the objects on the way. */
function setAt(obj: Obj, path: readonly string[], value: unknown): Obj {
  const [head, ...rest] = path;
  const child = isObj(obj[head!]) ? (obj[head!] as Obj) : {};
  return { ...obj, [head!]: rest.length ? setAt(child, rest, value) : value };
}

/**
 * Each role field whose effective value comes from the profile, as a formatted path
 * ("team.peerNetwork", "supervision.arrangements[1].providerRole") → the profile field it came from.
 */
export function profileDefaults(doc: RoleDocument, profile: OrganisationProfile | undefined): Map<string, string> {
  const out = new Map<string, string>();
  if (!profile) return out;
  for (const m of PROFILE_DEFAULTS) {
    if (answerFor(m, profile, doc) !== undefined && getAt(doc, m.path) === undefined) out.set(formatPath(m.path), m.from);
  }
  const ps = profile.facts.peerSupervision;
  if (ps) {
    doc.supervision.arrangements.forEach((a, i) => {
      if (!PEER_SUPERVISION_TYPES.has(a.type)) return;
      for (const f of PEER_SUPERVISION_FIELDS) {
        if (ps[f] !== undefined && a[f] === undefined) out.set(formatPath(['supervision', 'arrangements', i, f]), `facts.peerSupervision.${f}`);
      }
    });
  }
  return out;
}

const memo = new WeakMap<RoleDocument, { profile: OrganisationProfile; result: RoleDocument }>();

/**
 * The document the assessment and exports read: the role's own values, and the profile's where the
 * role has none. Without a profile, or when nothing is filled, the document itself. Memoised per
 * (document, profile) by identity.
 */
export function applyOrganisation(doc: RoleDocument, profile: OrganisationProfile | undefined): RoleDocument {
  if (!profile) return doc;
  const hit = memo.get(doc);
  if (hit && hit.profile === profile) return hit.result;
  let out = doc as unknown as Obj;
  for (const m of PROFILE_DEFAULTS) {
    const value = answerFor(m, profile, doc);
    if (value !== undefined && getAt(doc, m.path) === undefined) out = setAt(out, m.path, value);
  }
  const ps = profile.facts.peerSupervision;
  if (ps && doc.supervision.arrangements.some((a) => PEER_SUPERVISION_TYPES.has(a.type))) {
    const arrangements = doc.supervision.arrangements.map((a) => {
      if (!PEER_SUPERVISION_TYPES.has(a.type)) return a;
      let next = a;
      for (const f of PEER_SUPERVISION_FIELDS) if (ps[f] !== undefined && next[f] === undefined) next = { ...next, [f]: ps[f] };
      return next;
    });
    out = setAt(out, ['supervision', 'arrangements'], arrangements);
  }
  const result = out as unknown as RoleDocument;
  memo.set(doc, { profile, result });
  return result;
}
