/**
 * Common duties that pull a PSW away from peer work: clinical tasks, and what PSWs should not do
 * (each entry's `sources`: docs/sources.md). Templates list the relevant ones as excluded duties
 * with these reasons, and the builder can offer them as a pick list. `description` is the reason, in our words.
 */
import type { CatalogueEntry } from './types.js';

export const EXCLUSION_IDS = [
  'observations', 'physical-health-checks', 'mealtimes', 'medication', 'restraint', 'clinicians-admin',
  'rota-gaps', 'risk-assessment', 'therapy', 'care-coordination', 'security', 'triage', 'outcome-measures',
] as const;
export type ExclusionId = (typeof EXCLUSION_IDS)[number];

export const commonExclusions: readonly CatalogueEntry<ExclusionId>[] = [
  { id: 'observations', label: 'Carrying out patient observations', description: 'A nursing task that casts the PSW as a watcher, at odds with a mutual relationship.', sources: ['S31-g'] },
  { id: 'physical-health-checks', label: 'Recording physical health checks', description: 'Clinical work that needs clinical training and takes time from peer work.', sources: ['S31-g'] },
  { id: 'mealtimes', label: 'Supervising mealtimes', description: 'A ward task; a PSW may share a meal as a peer but does not supervise it.', sources: ['S31-g'] },
  { id: 'medication', label: 'Giving or prompting medication', description: 'A clinical responsibility the PSW is not trained or registered for.', sources: ['S37'] },
  { id: 'restraint', label: 'Taking part in restraint or seclusion', description: 'Coercion conflicts with non-coercive peer practice and would break trust.', sources: ['S24'] },
  { id: 'clinicians-admin', label: 'Doing clinicians’ admin (letters, bookings, diaries)', description: 'Team admin crowds out peer work and belongs with admin staff.', sources: ['S36'] },
  // Covering staffing gaps is not a confirmed finding of the study (docs/the-study.md, what could not be
  // read; R08 is a tool heuristic): the reason is the role's, read from the study's tension theme (S1).
  { id: 'rota-gaps', label: 'Covering gaps in the staffing rota', description: 'Covering the rota would pull the PSW away from peer work.', sources: ['S1'] },
  { id: 'risk-assessment', label: 'Completing formal risk assessments', description: 'The PSW raises concerns and adds their insight, but the assessment stays with clinicians.', sources: ['S6', 'S24'] },
  { id: 'therapy', label: 'Delivering therapy', description: 'PSWs are not therapists; peer support sits alongside treatment, not in place of it.', sources: ['S37'] },
  { id: 'care-coordination', label: 'Holding a caseload as care coordinator', description: 'A clinical role; peer work stays voluntary and led by the relationship.', sources: ['S4', 'S37'] },
  { id: 'security', label: 'Searches and security escorts', description: 'Security duties would make the PSW part of the controls the person lives under.', sources: ['S49', 'S50'] },
  { id: 'triage', label: 'Clinical triage and assessment', description: 'Deciding clinical priority needs clinical training and registration.', sources: ['S52', 'S37'] },
  { id: 'outcome-measures', label: 'Collecting outcome measures for therapists', description: 'Turns peer time into clinical admin; no source specific to this setting was found.', sources: ['S36'] },
];
