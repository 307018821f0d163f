import { describe, it } from 'node:test';
import { expect } from 'chai';
import { assessRole, themeChecklist } from '../../../src/assess/index.js';
import { THEME_IDS, type ThemeId } from '../../../src/catalogue/ids.js';
import type { RoleDocument } from '../../../src/model/schema.js';
import { duty, emptyDocument, goodRole, TODAY } from '../../fixtures/assess-docs.js';

const scores = (d: RoleDocument) => {
  const t = assessRole(d, { today: TODAY }).themes;
  return Object.fromEntries(THEME_IDS.map((id) => [id, t[id].score])) as Record<ThemeId, number>;
};

describe('theme checklist', () => {
  it('gives each theme items whose weights add up to 100', () => {
    for (const t of THEME_IDS) {
      const items = themeChecklist.filter((c) => c.theme === t);
      expect(items.length, t).to.be.at.least(5);
      expect(items.reduce((a, c) => a + c.weight, 0), t).to.equal(100);
    }
  });

  it('has unique ids, labels and paths', () => {
    expect(new Set(themeChecklist.map((c) => c.id)).size).to.equal(themeChecklist.length);
    for (const c of themeChecklist) {
      expect(c.label.length, c.id).to.be.greaterThan(5);
      expect(c.path, c.id).to.match(/^[a-zA-Z.]+$/);
    }
  });

  it('is plain data', () => {
    expect(JSON.parse(JSON.stringify(themeChecklist))).to.deep.equal(themeChecklist);
  });
});

describe('theme coverage', () => {
  it('scores an empty document 0 on every theme, with everything missing', () => {
    const t = assessRole(emptyDocument(), { today: TODAY }).themes;
    for (const id of THEME_IDS) {
      expect(t[id].score, id).to.equal(0);
      expect(t[id].addressedBy, id).to.deep.equal([]);
      expect(t[id].missing, id).to.deep.equal(themeChecklist.filter((c) => c.theme === id).map((c) => c.id));
    }
  });

  it('scores the good role 100 on every theme, naming what addresses it', () => {
    const t = assessRole(goodRole(), { today: TODAY }).themes;
    for (const id of THEME_IDS) {
      expect(t[id].score, id).to.equal(100);
      expect(t[id].missing, id).to.deep.equal([]);
      expect(t[id].addressedBy.length, id).to.be.greaterThan(0);
    }
    expect(t.T2.addressedBy).to.include('supervision.arrangements').and.include('training.peerSpecific');
    expect(t.T5.addressedBy).to.include('progression.steps');
  });

  it('rises (never falls) as a document gains the good role’s sections one by one', () => {
    const good = goodRole();
    const d = emptyDocument();
    let before = scores(d);
    const steps: ((x: RoleDocument) => void)[] = [
      (x) => void (x.role = good.role),
      ...good.duties.map((du) => (x: RoleDocument) => void (x.duties = [...x.duties, du])),
      ...good.boundaries.map((b) => (x: RoleDocument) => void (x.boundaries = [...x.boundaries, b])),
      ...good.supervision.arrangements.map((a) => (x: RoleDocument) => void (x.supervision = { ...x.supervision, arrangements: [...x.supervision.arrangements, a] })),
      (x) => void (x.supervision = good.supervision),
      (x) => void (x.training = good.training),
      (x) => void (x.team = good.team),
      (x) => void (x.leadership = good.leadership),
      (x) => void (x.employment = good.employment),
      (x) => void (x.progression = good.progression),
      (x) => void (x.wellbeing = good.wellbeing),
      (x) => void (x.recruitment = good.recruitment),
    ];
    let current = d;
    for (const step of steps) {
      current = { ...current };
      step(current);
      const after = scores(current);
      for (const id of THEME_IDS) expect(after[id], `${id} after a step`).to.be.at.least(before[id]);
      before = after;
    }
    for (const id of THEME_IDS) expect(before[id], id).to.equal(100);
  });

  it('lowers T4 when a core duty drifts into clinical work', () => {
    const d = goodRole();
    d.duties.push(duty('core', 'Administering medication on the ward', { description: 'x', timeShare: 0 }));
    const t = assessRole(d, { today: TODAY }).themes.T4;
    expect(t.score).to.equal(70);
    expect(t.missing).to.deep.equal(['t4-no-drift']);
  });

  it('lowers T2 when supervision is only line management', () => {
    const d = goodRole();
    d.supervision.arrangements = [d.supervision.arrangements[0]!];
    const t = assessRole(d, { today: TODAY }).themes.T2;
    expect(t.missing).to.include('t2-supervision').and.include('t2-peer-supervisor');
    expect(t.score).to.equal(50); // 100 - 20 - 20 - 10 (protected time needs supervision proper)
  });

  it('follows the policy (core-duty minimum)', () => {
    const d = goodRole();
    expect(assessRole(d, { today: TODAY, minCoreDuties: 5 }).themes.T1.missing).to.deep.equal(['t1-core-duties']);
  });
});
