import { describe, it } from 'node:test';
import { expect } from 'chai';
import { PENDING_ASSESSMENT } from '../../../src/assess/pending.js';
import { assessRole } from '../../../src/assess/index.js';
import { createRoleDocument } from '../../../src/model/index.js';

describe('PENDING_ASSESSMENT', () => {
  it('says nothing yet: pending, no findings, an unknown balance, incomplete readiness, every theme at zero', () => {
    expect(PENDING_ASSESSMENT.pending).to.equal(true);
    expect(PENDING_ASSESSMENT.findings).to.deep.equal([]);
    expect(PENDING_ASSESSMENT.balance.verdict).to.equal('unknown');
    expect(PENDING_ASSESSMENT.readiness).to.equal('incomplete');
    expect(PENDING_ASSESSMENT.banding).to.deep.equal({ ready: false, missing: [] });
    expect(Object.values(PENDING_ASSESSMENT.themes).map((t) => t.score)).to.deep.equal([0, 0, 0, 0, 0]);
  });
  it('has the same theme keys as a real assessment, and is frozen so no element can change it', () => {
    expect(Object.keys(PENDING_ASSESSMENT.themes)).to.deep.equal(Object.keys(assessRole(createRoleDocument()).themes));
    expect(Object.isFrozen(PENDING_ASSESSMENT)).to.equal(true);
    expect(Object.isFrozen(PENDING_ASSESSMENT.balance)).to.equal(true);
    expect(Object.isFrozen(PENDING_ASSESSMENT.themes.T1)).to.equal(true);
  });
});
