/**
 * The shape of the assessment (a public contract). `assessRole(doc, policy?)` returns
 * an `Assessment`; `ruleCatalogue` lists every `Rule`.
 */
import type { ThemeId } from '../catalogue/ids.js';
import type { OrganisationProfile } from '../organisation/schema.js';

export type Severity = 'error' | 'warning' | 'info';

/**
 * How strong the ground under a rule is:
 * - `study`: what the 2025 study's abstract states (themes T1–T5) — only that;
 * - `evidence`: another named source (docs/sources.md);
 * - `heuristic`: a default of this tool with no evidence behind it (always said to be one).
 */
export type Basis = 'study' | 'evidence' | 'heuristic';

export interface Rule {
  /** Stable id, e.g. "R01". */
  id: string;
  themes: ThemeId[];
  severity: Severity;
  basis: Basis;
  /** Source ids, e.g. ["S1", "S24"]; docs/sources.md is the key. */
  sources: string[];
  /** A short title, e.g. "No flexible duties". */
  title: string;
  /** What the rule checks and why, in plain English (static; findings carry a specific message). */
  summary?: string;
  /** The usual way to fix what the rule finds (static; findings carry a specific fix). */
  fix?: string;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  themes: ThemeId[];
  basis: Basis;
  sources: string[];
  /** What is wrong and why it matters, in plain English. */
  message: string;
  /** A concrete way to fix it. */
  fix: string;
  /** The field to fix, e.g. "duties[2].flexibility.maxShare" or "boundaries". */
  path?: string;
  /** For a finding about a list item: its id, so focusing it survives reordering. */
  itemId?: string;
  /** For a finding about a boundary topic that has no record yet: the catalogue topic id. */
  topic?: string;
}

export type BalanceVerdict = 'too-rigid' | 'balanced' | 'too-loose' | 'unknown';

export interface Balance {
  /** Percent of contracted time declared on core duties (0–100). */
  core: number;
  flexible: number;
  excluded: number;
  /** The rest of 100 (never below 0). */
  unallocated: number;
  /** The declared shares added up (more than 100 when over-allocated), to two decimals. */
  total: number;
  /** Declared shares add up to more than 100 %. */
  overAllocated: boolean;
  /** Flexible duties with no bounds (no maximum share and no bounds text). */
  flexibleWithoutBounds: number;
  /** Flexible duties with no review interval. */
  flexibleWithoutReview: number;
  verdict: BalanceVerdict;
}

export interface ThemeCoverage {
  /** 0–100: how much of what the document can say about this theme it says. */
  score: number;
  /** Paths of the parts of the document that address the theme. */
  addressedBy: string[];
  /** Ids of the theme's checklist items (`themeChecklist`) the document does not yet have. */
  missing?: string[];
}

export type Readiness = 'incomplete' | 'needs-attention' | 'ready';

export interface BandingReadiness {
  ready: boolean;
  /** What a job evaluation panel would still need, in plain words. */
  missing: string[];
  /** The same items with the field to fill in, so an editor can focus it. */
  missingItems?: BandingItem[];
}

export interface BandingItem {
  /** Stable id, e.g. "purpose". */
  id: string;
  /** In plain words, as in `missing`. */
  label: string;
  /** The field to fill in, e.g. "role.purpose". */
  path: string;
}

export interface Assessment {
  findings: Finding[];
  balance: Balance;
  themes: Record<ThemeId, ThemeCoverage>;
  readiness: Readiness;
  banding: BandingReadiness;
  /**
   * Set only on the placeholder the elements show while the assessment engine is still loading
   * (a lazy chunk of the drop-in bundle): no findings, zero balance with verdict "unknown",
   * readiness "incomplete". `assessRole` never returns it; a document snapshot replaces it with
   * the real assessment as soon as the engine has loaded.
   */
  pending?: true;
}

/**
 * An organisation's thresholds. Every one is a heuristic of this tool, not evidence; organisations
 * set their own. `today` makes date-dependent rules deterministic.
 */
export interface Policy {
  /** Fixed-term posts shorter than this many months are flagged. */
  minFixedTermMonths: number;
  /** Involvement-request caps above this percent are flagged. */
  maxInvolvementRequestCap: number;
  /** Fewer core duties than this are flagged. */
  minCoreDuties: number;
  /** Supervision (other than line management) less often than this many sessions a month is flagged. */
  minSupervisionSessionsPerMonth: number;
  /**
   * Balance thresholds, in percent of contracted time: the verdict is "too-rigid" when flexible time
   * is below `tooRigidFlexibleBelow`, else "too-loose" when flexible time is above
   * `tooLooseFlexibleAbove` or core time is below `tooLooseCoreBelow`, else "balanced".
   */
  balance: { tooRigidFlexibleBelow: number; tooLooseFlexibleAbove: number; tooLooseCoreBelow: number };
  /** The date rules compare with, `YYYY-MM-DD`; defaults to the clock. */
  today?: string;
  /**
   * The organisation profile (src/organisation): its facts fill what the role leaves unset, its
   * `policy` gives the thresholds this object does not set, its pay tables join the built-in ones.
   */
  organisation?: OrganisationProfile;
}

/**
 * The thresholds a caller passes (`assessRole(doc, policy)`, `compareRoles`, the exports): any of
 * them, and any of the balance thresholds; the rest are the organisation's or the defaults.
 */
export type PolicyInput = Partial<Omit<Policy, 'balance'>> & { balance?: Partial<Policy['balance']> };
