/** Supervision and support arrangements seen in England (each entry's `sources`: docs/sources.md). */
import type { SupervisionTypeId } from './ids.js';
import type { ThemedEntry } from './types.js';

export interface SupervisionType extends ThemedEntry<SupervisionTypeId> {
  /** Who usually provides it. */
  readonly typicalProvider: string;
  /** Usually provided by someone with a peer background. */
  readonly peerLed: boolean;
}

export const supervisionTypes: readonly SupervisionType[] = [
  {
    id: 'line-management', label: 'Line management',
    description: 'Day-to-day management: workload, appraisal and pay-step reviews.',
    typicalProvider: 'Team leader or ward manager (in secure services, sometimes an occupational therapy lead)',
    peerLed: false, themes: ['T2', 'T3'], sources: ['S31', 'S45', 'S48'],
  },
  {
    id: 'peer-supervision', label: 'Peer supervision (one-to-one)',
    description: 'Professional supervision from a more experienced peer worker, focused on the parts of the job that are unique to peer work. Growing, but little researched.',
    typicalProvider: 'Peer support lead or senior or advanced peer worker',
    peerLed: true, themes: ['T2'], sources: ['S31-e', 'S31-i', 'S45', 'S12', 'S46', 'S47'],
  },
  {
    id: 'group-peer-supervision', label: 'Group peer supervision',
    description: 'Regular supervision for the peer team together, with support reachable when the coordinator is away.',
    typicalProvider: 'Peer worker coordinator',
    peerLed: true, themes: ['T2', 'T3'], sources: ['S8'],
  },
  {
    id: 'clinical-supervision', label: 'Clinical supervision',
    description: 'Supervision from a clinician; the usual default in the NHS, and required for ARRS roles in primary care.',
    typicalProvider: 'Nurse, psychologist or other clinician',
    peerLed: false, themes: ['T2'], sources: ['S45', 'S52'],
  },
  {
    id: 'reflective-practice', label: 'Reflective practice space',
    description: 'A regular space for peer workers to reflect together and develop, such as a lived-experience support group.',
    typicalProvider: 'Advanced peer practitioner or peer lead',
    peerLed: true, themes: ['T2', 'T3'], sources: ['S31-i'],
  },
  {
    id: 'peer-network', label: 'Peer network link',
    description: 'A link to the organisation’s wider peer team, for example a named link person when the line manager is not a peer.',
    typicalProvider: 'The trust’s peer support team',
    peerLed: true, themes: ['T3'], sources: ['S48', 'S7'],
  },
  {
    id: 'debrief', label: 'Debrief',
    description: 'A short conversation after a difficult contact or incident. Part of general lone-working and safety practice rather than peer-specific guidance.',
    typicalProvider: 'Supervisor, team leader or a colleague on shift',
    peerLed: false, themes: ['T2'], sources: ['S67'],
  },
];
