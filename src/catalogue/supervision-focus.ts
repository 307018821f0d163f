/** What supervision can cover, offered as a pick list by the planner (sources: docs/sources.md). */
import type { ThemedEntry } from './types.js';

export const SUPERVISION_FOCUS_IDS = [
  'boundaries', 'self-disclosure', 'wellbeing', 'risk-safeguarding', 'confidentiality', 'endings', 'team-barriers', 'development',
] as const;
export type SupervisionFocusId = (typeof SUPERVISION_FOCUS_IDS)[number];

export const supervisionFocusOptions: readonly ThemedEntry<SupervisionFocusId>[] = [
  { id: 'boundaries', label: 'Boundaries and relationships', description: 'Keeping peer relationships within agreed limits.', themes: ['T1', 'T2'], sources: ['S8'] },
  { id: 'self-disclosure', label: 'Sharing lived experience', description: 'Sharing one’s own experience purposefully and safely.', themes: ['T1', 'T2'], sources: ['S8'] },
  { id: 'wellbeing', label: 'Wellbeing and emotional load', description: 'The emotional impact of the work, early warning signs and adjustments.', themes: ['T2'], sources: ['S9', 'S41'] },
  { id: 'risk-safeguarding', label: 'Risk and safeguarding', description: 'Concerns about risk or safeguarding and how to escalate them.', themes: ['T2'], sources: ['S24'] },
  { id: 'confidentiality', label: 'Confidentiality dilemmas', description: 'What to keep private, what to record and when to share.', themes: ['T2'], sources: ['S38'] },
  { id: 'endings', label: 'Endings', description: 'Preparing for and managing the end of peer relationships.', themes: ['T1', 'T2'], sources: ['S8', 'S24'] },
  { id: 'team-barriers', label: 'Team barriers and role drift', description: 'Resistance or discrimination in the team, and being pulled into non-peer tasks.', themes: ['T3', 'T4'], sources: ['S12', 'S34'] },
  { id: 'development', label: 'Reflection and development', description: 'Feedback, reflection and growing competence against the framework.', themes: ['T2', 'T5'], sources: ['S29', 'S19'] },
];
