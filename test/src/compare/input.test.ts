/**
 * What compareRoles takes: documents, exports and JSON text of either, alike; invalid input is
 * refused with an error naming the side and the field, never compared.
 */
import { describe, it } from 'node:test';
import { expect } from 'chai';
import { compareRoles, CompareInputError } from '../../../src/compare/index.js';
import { exportJobDescription } from '../../../src/export/export-job-description.js';
import { goodRole } from '../../fixtures/roles.js';
import { trustProfile } from '../../fixtures/profiles.js';

const TODAY = '2026-12-05';
const pair = () => {
  const a = goodRole(), b = goodRole();
  b.employment.band = '4';
  b.duties.pop();
  return [a, b] as const;
};
const labels = (r: ReturnType<typeof compareRoles>) => r.changes.map((c) => c.label);

function refusal(fn: () => unknown): CompareInputError {
  try {
    fn();
  } catch (e) {
    expect(e).to.be.instanceOf(CompareInputError);
    return e as CompareInputError;
  }
  throw new Error('expected compareRoles to throw');
}

describe('compareRoles: its input', () => {
  it('an export compares like its document, and so does JSON text of either', () => {
    const [a, b] = pair();
    const expected = labels(compareRoles(a, b, { today: TODAY }));
    expect(expected).to.deep.equal(['Excluded duty “Covering gaps in the duty rota” removed', 'Band 3 → Band 4']);
    const exported = exportJobDescription(b, { now: '2026-12-05T10:00:00Z' });
    expect(labels(compareRoles(a, exported, { today: TODAY }))).to.deep.equal(expected);
    expect(labels(compareRoles(JSON.stringify(exportJobDescription(a)), JSON.stringify(b), { today: TODAY }))).to.deep.equal(expected);
  });

  it('an export made with an organisation profile compares as the role’s own document', () => {
    const [a, b] = pair();
    delete a.team.peerNetwork;
    delete b.team.peerNetwork;
    const exported = exportJobDescription(b, { organisation: trustProfile });
    expect(labels(compareRoles(a, exported, { today: TODAY, organisation: trustProfile }))).to.deep.equal(['Excluded duty “Covering gaps in the duty rota” removed', 'Band 3 → Band 4']);
  });

  it('refuses an invalid side, naming the side and the field', () => {
    const [a, b] = pair();
    (b.duties[1] as { timeShare: unknown }).timeShare = 140;
    const e = refusal(() => compareRoles(a, b));
    expect(e.side).to.equal('after');
    expect(e.issues[0]!.path).to.equal('duties[1].timeShare');
    expect(e.message).to.match(/^The “after” role cannot be compared: .*Share of time.*\(duties\[1\]\.timeShare\)/);
    const f = refusal(() => compareRoles({ kind: 'something else' }, a));
    expect(f.side).to.equal('before');
    expect(f.message).to.contain('not a psw-role-kit role document');
    expect(refusal(() => compareRoles(a, undefined)).side).to.equal('after');
    expect(refusal(() => compareRoles('{ not json', a)).message).to.contain('not valid JSON');
  });

  it('parses a plain object once: comparing the same objects again gives the same assessments', () => {
    const [a, b] = pair();
    const first = compareRoles(a, b, { today: TODAY });
    const again = compareRoles(a, b, { today: TODAY });
    expect(again.assessment.before).to.equal(first.assessment.before);
    expect(again.assessment.after).to.equal(first.assessment.after);
    expect(again.changes).to.not.equal(first.changes);
  });
});
