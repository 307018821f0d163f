/**
 * The nine domains of the Competence Framework for Mental Health Peer Support Workers (HEE, 2020;
 * sources S17–S20). Training items refer to them by `number`. Domains 1–4, names and numbers, were
 * read in the table of contents of Part 2 (`confirmed: true`). The names of the other domains are
 * the headings Part 1 lists (as quoted in S19) and the curriculum's sections (S20); their numbers
 * follow the order of that list and could not be checked against Part 2, so they stay
 * `confirmed: false` and say so.
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
  { id: 'domain-5', number: 5, confirmed: false, label: 'Working with teams and promoting people’s rights', description: 'Working within teams, and promoting the rights of the people supported, including helping them have their say. Name from Part 1; the number follows the order of its list and is not confirmed.', sources: ['S17', 'S19', 'S20'] },
  { id: 'domain-6', number: 6, confirmed: false, label: 'Self-care and support', description: 'Looking after oneself, including making good use of supervision. Name from Part 1; the number follows the order of its list and is not confirmed.', sources: ['S19', 'S20'] },
  { id: 'domain-7', number: 7, confirmed: false, label: 'Meta-competences', description: 'The judgement, decision-making and self-reflection that guide peer support work. Name from Part 1; number not confirmed.', sources: ['S19'] },
  { id: 'domain-8', number: 8, confirmed: false, label: 'Organisational competences', description: 'How services employ, support and supervise peer support workers, including co-produced recruitment and adjustments. Name from Part 1; number not confirmed.', sources: ['S19', 'S20'] },
  { id: 'domain-9', number: 9, confirmed: false, label: 'Using psychological approaches to support personal recovery (optional)', description: 'An optional set of skills for peer workers who develop further. Name from the curriculum’s last section; number not confirmed.', sources: ['S18', 'S20'] },
];
