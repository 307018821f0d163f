/** Levels of the peer career ladder and who employs PSWs (each entry's `sources`: docs/sources.md). */
import type { EmployerTypeId, RoleLevelId } from './ids.js';
import type { CatalogueEntry } from './types.js';

export interface RoleLevel extends CatalogueEntry<RoleLevelId> {
  /** Agenda for Change bands commonly seen for this level (observed, not a national rule). */
  readonly typicalBands: readonly string[];
  /** False where the band was not captured in any source. */
  readonly bandConfirmed: boolean;
}

export const roleLevels: readonly RoleLevel[] = [
  { id: 'apprentice', label: 'Peer worker apprentice', typicalBands: [], bandConfirmed: false, description: 'Training on the Level 3 peer worker apprenticeship (ST0896, about 15 months); pay may follow separate arrangements.', sources: ['S24', 'S25', 'S30'] },
  { id: 'psw', label: 'Peer support worker', typicalBands: ['3', '4'], bandConfirmed: true, description: 'Offers one-to-one and group peer support drawing on lived experience.', sources: ['S29', 'S31', 'S23'] },
  { id: 'senior-psw', label: 'Senior peer support worker', typicalBands: ['4', '5'], bandConfirmed: false, description: 'An experienced PSW who may guide newer colleagues or work more independently.', sources: ['S31-h'] },
  { id: 'peer-coordinator', label: 'Peer support coordinator', typicalBands: ['5'], bandConfirmed: true, description: 'Coordinates a peer team and its day-to-day support.', sources: ['S31-i'] },
  { id: 'advanced-practitioner', label: 'Advanced peer support practitioner', typicalBands: ['5', '6'], bandConfirmed: false, description: 'Supervises peer colleagues, runs reflective spaces and deputises for the peer lead.', sources: ['S31-i'] },
  { id: 'peer-lead', label: 'Peer support lead', typicalBands: ['6', '7'], bandConfirmed: false, description: 'Leads peer support across a service or organisation: supervision, banding and development.', sources: ['S11', 'S31-i'] },
  { id: 'head-of-lived-experience', label: 'Head of lived experience workforce', typicalBands: ['8a'], bandConfirmed: false, description: 'Leads the lived-experience workforce across a trust.', sources: ['S68'] },
];

export const employerTypes: readonly CatalogueEntry<EmployerTypeId>[] = [
  { id: 'nhs-trust', label: 'NHS trust', description: 'An NHS mental health or community trust, usually paying on Agenda for Change.', sources: ['S29', 'S31'] },
  { id: 'vcse', label: 'Voluntary sector organisation (VCSE)', description: 'A charity or social enterprise, often commissioned by the NHS, with its own grades.', sources: ['S31-k', 'S53'] },
  { id: 'primary-care-network', label: 'Primary care network', description: 'A group of GP practices; ARRS mental health roles are deployed here, usually employed by the mental health provider.', sources: ['S52'] },
  { id: 'local-authority', label: 'Local authority', description: 'A council, for example in social care or public health services.', sources: ['S24'] },
  { id: 'independent', label: 'Independent provider', description: 'A private provider, for example of specialist or secure services.', sources: ['S24'] },
];
