/**
 * Banding readiness: whether the job description and person specification hold what an NHS job
 * evaluation panel needs to match or evaluate the post (from the NHS Employers job evaluation
 * handbook): an accurate title; the purpose; the responsibilities; where the post
 * sits; the decisions the post-holder makes and their autonomy; a person specification whose
 * essential and desirable criteria say how they are assessed; the hours; and the pay scheme and band.
 */
import { filled, type RoleFacts } from './facts.js';
import type { BandingItem, BandingReadiness } from './types.js';

interface BandingCheck extends BandingItem {
  present(f: RoleFacts): boolean;
}

const CHECKS: readonly BandingCheck[] = [
  { id: 'title', label: 'Job title', path: 'role.title', present: (f) => filled(f.doc.role.title) },
  { id: 'purpose', label: 'Job purpose', path: 'role.purpose', present: (f) => filled(f.doc.role.purpose) },
  {
    id: 'responsibilities',
    label: 'Responsibilities: core duties, each with a description',
    path: 'duties',
    present: (f) => f.coreCount > 0 && f.coreWithoutDescription === 0,
  },
  { id: 'reports-to', label: 'Where the post sits: whom it reports to', path: 'role.reportsTo', present: (f) => filled(f.doc.role.reportsTo) },
  { id: 'level', label: 'Where the post sits: the role level', path: 'role.level', present: (f) => f.doc.role.level !== undefined },
  { id: 'autonomy', label: 'Decisions the post-holder makes and how much autonomy they have', path: 'role.autonomy', present: (f) => filled(f.doc.role.autonomy) },
  { id: 'essential-criteria', label: 'Person specification: essential criteria', path: 'recruitment.personSpec.essential', present: (f) => f.doc.recruitment.personSpec.essential.some((c) => filled(c.text)) },
  { id: 'desirable-criteria', label: 'Person specification: desirable criteria', path: 'recruitment.personSpec.desirable', present: (f) => f.doc.recruitment.personSpec.desirable.some((c) => filled(c.text)) },
  {
    id: 'criteria-assessed',
    label: 'How each criterion is assessed',
    path: 'recruitment.personSpec',
    present: (f) => {
      const s = f.doc.recruitment.personSpec;
      return s.essential.every((c) => filled(c.assessedBy)) && s.desirable.every((c) => filled(c.assessedBy));
    },
  },
  { id: 'hours', label: 'Hours per week', path: 'employment.hoursPerWeek', present: (f) => f.doc.employment.hoursPerWeek !== undefined },
  {
    id: 'pay',
    label: 'Pay scheme and band or grade',
    path: 'employment.band',
    present: (f) => f.doc.employment.payScheme !== undefined && filled(f.doc.employment.band),
  },
];

/** What banding readiness checks, as data. */
export const bandingChecklist: readonly BandingItem[] = Object.freeze(CHECKS.map(({ id, label, path }) => Object.freeze({ id, label, path })));

export function bandingReadiness(f: RoleFacts): BandingReadiness {
  const missing: string[] = [];
  const missingItems: BandingItem[] = [];
  for (let i = 0; i < CHECKS.length; i++) {
    if (CHECKS[i]!.present(f)) continue;
    missing.push(CHECKS[i]!.label);
    missingItems.push(bandingChecklist[i]!);
  }
  return { ready: missing.length === 0, missing, missingItems };
}
