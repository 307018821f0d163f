/**
 * The nine domains of the Competence Framework for Mental Health Peer Support Workers (HEE, 2020;
 * sources S17–S20). Training items refer to them by `number`. Domains 1–4 were read in the
 * framework's table of contents; the names and numbering of 5–9 come from a summary and are
 * unconfirmed (`confirmed: false`) until checked against Part 2.
 */
import type { CatalogueEntry } from './types.js';

export type CompetenceDomainNumber = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;

export interface CompetenceDomain extends CatalogueEntry<`domain-${CompetenceDomainNumber}`> {
  readonly number: CompetenceDomainNumber;
  readonly confirmed: boolean;
}

export const competenceDomains: readonly CompetenceDomain[] = [
  { id: 'domain-1', number: 1, confirmed: true, label: 'Values and principles', description: 'The values of peer workers and the principles of peer support.', sources: ['S17', 'S18'] },
  { id: 'domain-2', number: 2, confirmed: true, label: 'Knowledge', description: 'Mental health, trauma-informed care, local services, legal and ethical frameworks, confidentiality, safeguarding, and self-harm and suicide prevention.', sources: ['S17', 'S18'] },
  { id: 'domain-3', number: 3, confirmed: true, label: 'Core relational skills', description: 'Recovery-focused work, drawing on and sharing lived experience, mutual relationships, families and carers, listening, and working with difference.', sources: ['S17', 'S18'] },
  { id: 'domain-4', number: 4, confirmed: true, label: 'Supporting people as a peer worker', description: 'Supporting personal recovery and helping people take part in activities that matter to them.', sources: ['S17', 'S18'] },
  { id: 'domain-5', number: 5, confirmed: false, label: 'Working with teams and promoting rights', description: 'Working within teams and promoting people’s rights (name and number unconfirmed).', sources: ['S19', 'S20'] },
  { id: 'domain-6', number: 6, confirmed: false, label: 'Self-care and support', description: 'Looking after oneself and making good use of supervision (name and number unconfirmed).', sources: ['S19', 'S20'] },
  { id: 'domain-7', number: 7, confirmed: false, label: 'Meta-competences', description: 'Judgement, decision-making and self-reflection (name and number unconfirmed).', sources: ['S19'] },
  { id: 'domain-8', number: 8, confirmed: false, label: 'Organisational competences', description: 'How organisations recruit, support and supervise peer workers, including co-produced recruitment and adjustments (name and number unconfirmed).', sources: ['S19', 'S20'] },
  { id: 'domain-9', number: 9, confirmed: false, label: 'Psychological approaches (optional)', description: 'An optional set on using psychological approaches to support personal recovery (name and number unconfirmed).', sources: ['S19', 'S20'] },
];
