/**
 * The labels of the boundary topics and supervision types without the rest of their catalogue
 * entries (long explanations, sources). The parser names list items with them ("Boundary 3
 * “Endings”"), and the parser is in the drop-in bundle's entry, where the full catalogues would
 * weigh about 2 KiB brotli; the elements that show the catalogues load them with their views.
 * test/src/catalogue/short-labels.test.ts keeps these equal to the catalogues' labels.
 */
import type { BoundaryTopicId, SupervisionTypeId } from './ids.js';

export const boundaryTopicLabels: Readonly<Record<BoundaryTopicId, string>> = {
  'agreeing-boundaries': 'Agreeing boundaries',
  'self-disclosure': 'Sharing lived experience',
  'dual-relationships': 'Dual relationships and friendship',
  'outside-contact': 'Contact outside working hours',
  'social-media': 'Social media',
  'gifts-and-money': 'Gifts and money',
  confidentiality: 'Confidentiality and information sharing',
  'risk-safeguarding': 'Risk and safeguarding',
  'clinical-tasks': 'Clinical and generic tasks',
  'staffing-cover': 'Covering staffing gaps',
  endings: 'Endings',
  'lone-working': 'Lone working and safety',
  'own-wellbeing': 'Own wellbeing',
  'reasonable-adjustments': 'Reasonable adjustments',
};

export const supervisionTypeLabels: Readonly<Record<SupervisionTypeId, string>> = {
  'line-management': 'Line management',
  'peer-supervision': 'Peer supervision (one-to-one)',
  'group-peer-supervision': 'Group peer supervision',
  'clinical-supervision': 'Clinical supervision',
  'reflective-practice': 'Reflective practice space',
  'peer-network': 'Peer network link',
  debrief: 'Debrief',
};
