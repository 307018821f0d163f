import { describe, it } from 'node:test';
import { expect } from 'chai';
import { assessRole, bandingChecklist } from '../../../src/assess/index.js';
import type { RoleDocument } from '../../../src/model/schema.js';
import { emptyDocument, goodRole, TODAY } from '../../fixtures/assess-docs.js';

const assess = (d: RoleDocument) => assessRole(d, { today: TODAY });

describe('readiness', () => {
  it('is incomplete while any error stands', () => {
    expect(assess(emptyDocument()).readiness).to.equal('incomplete');
    const d = goodRole();
    delete d.role.purpose;
    expect(assess(d).readiness).to.equal('incomplete');
  });

  it('needs attention when the worst finding is a warning', () => {
    const d = goodRole();
    delete d.supervision.cover;
    const a = assess(d);
    expect(a.findings.map((f) => f.severity)).to.deep.equal(['warning']);
    expect(a.readiness).to.equal('needs-attention');
  });

  it('is ready with information findings only', () => {
    const d = goodRole();
    delete d.training.induction;
    const a = assess(d);
    expect(a.findings.map((f) => f.ruleId)).to.deep.equal(['R47']);
    expect(a.readiness).to.equal('ready');
  });
});

describe('banding readiness', () => {
  it('is ready for the good role', () => {
    expect(assess(goodRole()).banding).to.deep.equal({ ready: true, missing: [], missingItems: [] });
  });

  it('lists everything a job evaluation panel needs for an empty document', () => {
    const b = assess(emptyDocument()).banding;
    expect(b.ready).to.equal(false);
    // An empty person specification has no criteria without an assessment method.
    expect(b.missing).to.deep.equal(bandingChecklist.filter((c) => c.id !== 'criteria-assessed').map((c) => c.label));
    expect(b.missingItems!.map((c) => c.path)).to.include('role.autonomy').and.include('employment.hoursPerWeek');
  });

  const gaps: [string, (d: RoleDocument) => void][] = [
    ['title', (d) => delete d.role.title],
    ['purpose', (d) => delete d.role.purpose],
    ['responsibilities', (d) => delete d.duties[1]!.description],
    ['responsibilities', (d) => void (d.duties = d.duties.filter((x) => x.kind !== 'core'))],
    ['reports-to', (d) => delete d.role.reportsTo],
    ['level', (d) => delete d.role.level],
    ['autonomy', (d) => void (d.role.autonomy = '  ')],
    ['essential-criteria', (d) => void (d.recruitment.personSpec.essential = [])],
    ['desirable-criteria', (d) => void (d.recruitment.personSpec.desirable = [])],
    ['criteria-assessed', (d) => delete d.recruitment.personSpec.essential[2]!.assessedBy],
    ['hours', (d) => delete d.employment.hoursPerWeek],
    ['pay', (d) => delete d.employment.band],
    ['pay', (d) => delete d.employment.payScheme],
  ];
  for (const [id, change] of gaps) {
    it(`misses exactly "${id}" when it is taken away`, () => {
      const d = goodRole();
      change(d);
      const b = assess(d).banding;
      expect(b.ready).to.equal(false);
      expect(b.missingItems!.map((m) => m.id)).to.deep.equal([id]);
      expect(b.missing).to.deep.equal([bandingChecklist.find((c) => c.id === id)!.label]);
    });
  }

  it('covers every checklist item in the cases above', () => {
    const ids = new Set(gaps.map(([id]) => id));
    expect(bandingChecklist.filter((c) => !ids.has(c.id)).map((c) => c.id)).to.deep.equal([]);
  });
});
