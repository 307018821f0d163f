import { describe, it } from 'node:test';
import { expect } from 'chai';
import {
  DRIFT_ANCHORS,
  DRIFT_CATEGORIES,
  findAllDrift,
  scanText,
  SUPERVISES_OTHERS,
  SUPERVISES_OTHERS_GROUP,
  type DriftCategoryId,
} from '../../../src/assess/drift-vocabulary.js';

/**
 * One example text per pattern, in the order of each category's patterns: the scan skips a text
 * holding none of DRIFT_ANCHORS, so each example must still be found through the scan.
 */
const EXAMPLES: Record<DriftCategoryId, string[]> = {
  observations: [
    'Carry out close observations', 'Obs on the ward', 'Close observations', 'Allocated to 1:1 obs', 'Helping the nurses with obs',
    'Enhanced observation of patients', 'Observation charts', 'Recording vital signs', 'NEWS2 scoring',
  ],
  'physical-health': [
    'Taking physical health checks', 'Physical health monitoring', 'Checking blood pressure', 'Drawing blood', 'Phlebotomy clinics',
    'Bloods on Tuesdays',
  ],
  mealtimes: ['Supervising mealtimes', 'Mealtime supervision'],
  medication: ['Administering medication', 'Administration of medicines', 'Medication rounds', 'Medication administration'],
  restraint: ['Assisting with physical restraint', 'Restraint team member', 'Responding to alarms'],
  'clinician-admin': [
    'Diary management', 'Managing the consultant diary', 'Doctors diaries', 'Typing clinic letters', 'Writing discharge letters',
    'Audio-typing', 'Booking appointments for the team', 'Clinic bookings', 'Team admin', 'Reception duties',
  ],
  'ward-tasks': ['General ward duties', 'HCA duties', 'Working as a healthcare assistant', 'Bed-making', 'Making beds', 'Helping with personal care'],
  'care-coordination': ['Acting as care coordinator', 'Care coordination duties', 'Care-coordinating a caseload', 'Clinical caseload'],
  'staffing-cover': [
    'Rota gaps', 'Gaps in the rota', 'Staffing shortages', 'Making up the numbers', 'Counted in the staffing numbers', 'When short-staffed',
    'Understaffed wards', 'Backfilling posts', 'Covering sickness',
  ],
};
const SUPERVISING = ['Supervising peer support workers', 'Providing supervision to volunteers'];

describe('drift scan: the words a text needs before it is scanned', () => {
  it('every pattern has an example here, which that pattern matches', () => {
    for (const c of DRIFT_CATEGORIES) {
      const examples = EXAMPLES[c.id];
      expect(examples, c.id).to.have.length(c.patterns.length);
      c.patterns.forEach((p, i) => expect(new RegExp(p, 'm').test(examples[i]!.toLowerCase()), `${c.id} #${i}: ${examples[i]}`).to.equal(true));
    }
  });

  it('each example holds an anchor word and is found by the scan', () => {
    for (const c of DRIFT_CATEGORIES) {
      for (const text of EXAMPLES[c.id]) {
        expect(DRIFT_ANCHORS.some((a) => text.toLowerCase().includes(a)), text).to.equal(true);
        expect(findAllDrift(text).map((m) => m.category), text).to.include(c.id);
      }
    }
  });

  it('supervising others is found through the same words', () => {
    for (const text of SUPERVISING) {
      expect(SUPERVISES_OTHERS.test(text.toLowerCase()), text).to.equal(true);
      const groups: number[] = [];
      scanText(text.toLowerCase(), (k) => void groups.push(k));
      expect(groups, text).to.include(SUPERVISES_OTHERS_GROUP);
    }
  });

  it('a text without any anchor word reports nothing', () => {
    const groups: number[] = [];
    scanText('describe what duty 3 involves, how often, and for whom.', (k) => void groups.push(k));
    expect(groups).to.deep.equal([]);
  });
});
