import { describe, it } from 'node:test';
import { expect } from 'chai';
import { migrations, parseRoleDocument, SCHEMA_VERSION } from '../../../src/model/index.js';
import { migrate } from '../../../src/model/migrations.js';
import { isVouchedFor } from '../../../src/model/vouched.js';
import { goodRole } from '../../fixtures/roles.js';

/** The good role as the synthetic version 0 wrote it (see src/model/migrations.ts). */
function goodRoleV0(): Record<string, unknown> {
  const { leadership: _l, wellbeing: _w, ...doc } = goodRole() as unknown as Record<string, unknown> & ReturnType<typeof goodRole>;
  const { title, ...role } = goodRole().role;
  const { salary, ...employment } = goodRole().employment;
  return {
    ...doc,
    schemaVersion: 0,
    role: { name: title, ...role },
    duties: goodRole().duties.map(({ title: label, kind, timeShare, ...rest }) => ({
      label, class: kind === 'flexible' ? 'optional' : kind, ...(timeShare === undefined ? {} : { share: timeShare }), ...rest,
    })),
    employment: { ...employment, salaryMin: salary!.min, salaryMax: salary!.max },
  };
}

describe('migrations', () => {
  it('form a chain from version 0 up to the current version', () => {
    expect(migrations.map((m) => m.from)).to.deep.equal(Array.from({ length: SCHEMA_VERSION }, (_, i) => i));
    for (const m of migrations) expect(m.description.length).to.be.greaterThan(10);
  });
  it('migrate a version 0 document to an equal current one, saying so with migratedFrom: 0', () => {
    const expected = goodRole();
    expected.leadership = {};
    expected.wellbeing = {};
    for (const input of [goodRoleV0(), JSON.stringify(goodRoleV0())]) {
      const r = parseRoleDocument(input);
      expect(r.ok, JSON.stringify(!r.ok && r.issues)).to.equal(true);
      if (r.ok) {
        expect(r.migratedFrom).to.equal(0);
        // Its size was measured before the migration, not in its new shape: the store checks it again.
        expect(isVouchedFor(r.document)).to.equal(false);
        expect(r.document.schemaVersion).to.equal(SCHEMA_VERSION);
        expect(r.document).to.deep.equal(expected);
      }
    }
  });
  it('turn v0 "optional" duties into flexible ones and keep stable ids', () => {
    const r = parseRoleDocument(goodRoleV0());
    expect(r.ok && r.document.duties.filter((d) => d.kind === 'flexible').map((d) => d.id)).to.deep.equal(['duty-accompany', 'duty-groups', 'duty-involve']);
  });
  it('do not change the input value', () => {
    const v0 = goodRoleV0();
    const copy = JSON.parse(JSON.stringify(v0));
    parseRoleDocument(v0);
    expect(v0).to.deep.equal(copy);
  });
  it('leave sections present in a v0 document that already has them', () => {
    const v0 = { ...goodRoleV0(), wellbeing: { wellnessPlanOffered: true } };
    const r = parseRoleDocument(v0);
    expect(r.ok && r.document.wellbeing).to.deep.equal({ wellnessPlanOffered: true });
  });
  it('report what is still wrong after migrating a broken v0 document, without throwing', () => {
    const v0 = goodRoleV0();
    (v0.duties as Record<string, unknown>[])[0]!.class = 'sometimes';
    v0.role = 'not an object';
    v0.employment = { salaryMin: 'lots' };
    const r = parseRoleDocument(v0);
    expect(r.ok).to.equal(false);
    if (!r.ok) {
      expect(r.issues.map((i) => i.path)).to.include.members(['role', 'duties[0].kind', 'employment.salary.min', 'employment.salary.max']);
    }
  });
  it('survive malformed v0 data of every shape', () => {
    for (const bad of [{ duties: [null, 1, 'x', []] }, { duties: 'no' }, { role: null }, { employment: [] }, {}]) {
      const r = parseRoleDocument({ kind: 'psw-role-document', schemaVersion: 0, ...bad });
      expect(r.ok).to.equal(false);
    }
  });
  it('report a missing step rather than throwing', () => {
    const r = migrate({}, -1);
    expect(r.ok).to.equal(false);
    if (!r.ok) expect(r.reason).to.match(/no migration from schema version -1/);
  });
});
