/**
 * The topics of the boundary checklist (each entry's `sources`: docs/sources.md). `minimum` marks the
 * set every role should cover (rule R05); `defaultMode` is the tool's suggestion only — a heuristic,
 * not evidence — for how the boundary is usually held.
 */
import type { BoundaryTopicId } from './ids.js';
import type { BoundaryMode } from '../model/schema.js';
import type { ThemedEntry } from './types.js';

export interface BoundaryTopic extends ThemedEntry<BoundaryTopicId> {
  /** Why the topic matters for a peer role, in a sentence or two. */
  readonly whyItMatters: string;
  /** Suggested starting mode (a tool heuristic). */
  readonly defaultMode: BoundaryMode;
  /** Part of the minimum set every role should cover. */
  readonly minimum: boolean;
  /** False where no peer-specific guidance was found and the advice is borrowed from general policy. */
  readonly confirmed: boolean;
}

export const boundaryTopics: readonly BoundaryTopic[] = [
  {
    id: 'agreeing-boundaries', label: 'Agreeing boundaries',
    description: 'How the purpose and limits of each peer relationship are agreed with the person.',
    whyItMatters: 'Limits agreed together at the start ease the pull between peer values and a formal post; policy sets the outer edge and supervision helps apply it.',
    defaultMode: 'negotiable', minimum: false, confirmed: true, themes: ['T1'], sources: ['S24', 'S38'],
  },
  {
    id: 'self-disclosure', label: 'Sharing lived experience',
    description: 'When and how the PSW shares their own experience.',
    whyItMatters: 'Purposeful sharing is what makes the role peer work. The PSW chooses what to share and is never pressed to disclose, and over-cautious rules can silence them.',
    defaultMode: 'case-by-case', minimum: true, confirmed: true, themes: ['T1', 'T2'], sources: ['S24', 'S17', 'S38', 'S39', 'S6'],
  },
  {
    id: 'dual-relationships', label: 'Dual relationships and friendship',
    description: 'Keeping the peer relationship distinct from friendship, favours and local ties.',
    whyItMatters: 'PSWs often come from the same services and live locally, so chance meetings happen; the relationship must serve the person supported, not the worker.',
    defaultMode: 'case-by-case', minimum: false, confirmed: true, themes: ['T1'], sources: ['S38', 'S40', 'S5'],
  },
  {
    id: 'outside-contact', label: 'Contact outside working hours',
    description: 'Whether and how the PSW can be contacted outside agreed times and channels.',
    whyItMatters: 'Clear contact limits protect the PSW’s rest and stop the relationship sliding into friendship.',
    defaultMode: 'fixed', minimum: false, confirmed: true, themes: ['T1'], sources: ['S38', 'S40'],
  },
  {
    id: 'social-media', label: 'Social media',
    description: 'Connecting with people supported on social media, and what the PSW posts about their work.',
    whyItMatters: 'No peer-specific guidance was found, so the employer’s social media policy is the starting point; say how it applies to a role built on shared experience.',
    defaultMode: 'fixed', minimum: false, confirmed: false, themes: ['T1'], sources: [],
  },
  {
    id: 'gifts-and-money', label: 'Gifts and money',
    description: 'Accepting gifts, lending or borrowing money, and buying things for people.',
    whyItMatters: 'Lending money is a textbook boundary crossing; beyond that, follow the employer’s conflicts-of-interest policy, as no peer-specific guidance was found.',
    defaultMode: 'fixed', minimum: false, confirmed: false, themes: ['T1'], sources: ['S38'],
  },
  {
    id: 'confidentiality', label: 'Confidentiality and information sharing',
    description: 'What the PSW keeps private, what they record, and when they must share.',
    whyItMatters: 'As team members PSWs share information, which can strain trust. Be open with the person about the limits from the start, and take extra care where the PSW was once a patient of the same service.',
    defaultMode: 'fixed', minimum: true, confirmed: true, themes: ['T1', 'T4'], sources: ['S17', 'S38', 'S39'],
  },
  {
    id: 'risk-safeguarding', label: 'Risk and safeguarding',
    description: 'How the PSW raises concerns about risk or safeguarding, and with whom.',
    whyItMatters: 'PSWs talk concerns through with the person and escalate when needed. They are often left out of risk discussions, though their experience can add to them.',
    defaultMode: 'fixed', minimum: true, confirmed: true, themes: ['T1', 'T4'], sources: ['S17', 'S24', 'S6', 'S54'],
  },
  {
    id: 'clinical-tasks', label: 'Clinical and generic tasks',
    description: 'Tasks that are not peer work, such as observations, health checks or the team’s admin.',
    whyItMatters: 'PSWs are not clinicians or therapists. Without a clear line, roles drift into ward tasks and admin that crowd out peer work.',
    defaultMode: 'fixed', minimum: false, confirmed: true, themes: ['T4'], sources: ['S37', 'S31-g', 'S36', 'S34'],
  },
  {
    id: 'staffing-cover', label: 'Covering staffing gaps',
    description: 'Whether the PSW can be asked to fill gaps in the rota.',
    whyItMatters: 'Using PSWs to plug gaps pulls them away from peer work. The study names the strain between peer work and system structures; gap-filling itself is not confirmed as a finding.',
    defaultMode: 'fixed', minimum: false, confirmed: false, themes: ['T4', 'T3'], sources: ['S1'],
  },
  {
    id: 'endings', label: 'Endings',
    description: 'How peer relationships end, and how the ending is prepared for.',
    whyItMatters: 'Endings planned from the start, with the person choosing when to end where possible, avoid sudden losses for both sides.',
    defaultMode: 'negotiable', minimum: true, confirmed: true, themes: ['T1'], sources: ['S8', 'S24', 'S39'],
  },
  {
    id: 'lone-working', label: 'Lone working and safety',
    description: 'Safety when the PSW meets people alone, at home or in the community.',
    whyItMatters: 'No peer-specific guidance was found; general lone-working practice covers a risk check, a buddy or check-in, what happens when contact is missed, and a debrief.',
    defaultMode: 'fixed', minimum: false, confirmed: false, themes: ['T1'], sources: ['S67'],
  },
  {
    id: 'own-wellbeing', label: 'Own wellbeing',
    description: 'How the PSW looks after their own wellbeing and what happens if they become unwell.',
    whyItMatters: 'The emotional load can lead to burnout. A voluntary wellness plan agreed early helps spot signs and agree support.',
    defaultMode: 'negotiable', minimum: false, confirmed: true, themes: ['T2'], sources: ['S4', 'S9', 'S19', 'S41', 'S44'],
  },
  {
    id: 'reasonable-adjustments', label: 'Reasonable adjustments',
    description: 'Adjustments at work under the Equality Act 2010, and Access to Work.',
    whyItMatters: 'Employers must make reasonable adjustments for disabled staff, including for mental health; for fluctuating conditions they are agreed as needs change.',
    defaultMode: 'negotiable', minimum: false, confirmed: true, themes: ['T2'], sources: ['S41', 'S42', 'S43'],
  },
];
