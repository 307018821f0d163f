import { describe, it } from 'node:test';
import { expect } from 'chai';
import { parseRoleDocument, SCHEMA_VERSION } from '../../../src/model/index.js';
import { migrate, migrations } from '../../../src/model/migrations.js';
import { migrateEmbedded } from '../../../src/model/migrate-embedded.js';
import { jobDescriptionModel, modelText } from '../../../src/export/jd-model.js';
import { toMarkdown } from '../../../src/export/markdown.js';
import { goodRole } from '../../fixtures/roles.js';

type Data = Record<string, unknown>;

/** The good role as version 1 wrote it, with `employment` replaced. */
function v1(employment: Data, extra: Data = {}): Data {
  return { ...(goodRole() as unknown as Data), schemaVersion: 1, employment, ...extra };
}

const parsed = (input: unknown) => {
  const r = parseRoleDocument(input);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r;
};

describe('migration 1 → 2: the contract’s length leaves the funding term', () => {
  it('is the last step of the chain and the current version is 2', () => {
    expect(SCHEMA_VERSION).to.equal(2);
    expect(migrations.at(-1)!.from).to.equal(1);
  });

  it('moves a fixed-term post’s funding term to employment.fixedTermMonths, keeping the rest of the funding', () => {
    const funding = { source: 'Transformation fund', termMonths: 9, endDate: '2027-03-31', exitPlan: 'Seek recurrent funding.' };
    for (const input of [v1({ contractType: 'fixed-term', funding }), JSON.stringify(v1({ contractType: 'fixed-term', funding }))]) {
      const r = parsed(input);
      expect(r.migratedFrom).to.equal(1);
      expect(r.document.schemaVersion).to.equal(2);
      expect(r.document.employment).to.deep.equal({
        contractType: 'fixed-term', fixedTermMonths: 9,
        funding: { source: 'Transformation fund', endDate: '2027-03-31', exitPlan: 'Seek recurrent funding.' },
      });
    }
  });

  it('drops a funding group that held only the term', () => {
    const r = parsed(v1({ contractType: 'fixed-term', funding: { termMonths: 18 } }));
    expect(r.document.employment).to.deep.equal({ contractType: 'fixed-term', fixedTermMonths: 18 });
  });

  it('moves a template’s unconfirmed suggestion of the term with it', () => {
    const doc = v1({ contractType: 'fixed-term', funding: { termMonths: 12 } });
    doc.meta = { ...(doc.meta as Data), suggested: ['employment.contractType', 'employment.funding.termMonths'] };
    expect(parsed(doc).document.meta.suggested).to.deep.equal(['employment.contractType', 'employment.fixedTermMonths']);
    // Listed under both names, it is listed once.
    doc.meta = { ...(doc.meta as Data), suggested: ['employment.fixedTermMonths', 'employment.funding.termMonths', 'role.title'] };
    expect(parsed(doc).document.meta.suggested).to.deep.equal(['employment.fixedTermMonths', 'role.title']);
  });

  it('changes only the version of a post that is not fixed-term, or already gives its length', () => {
    const cases: Data[] = [
      { contractType: 'permanent', funding: { source: 'Grant', termMonths: 24 } },
      { contractType: 'apprenticeship', funding: { termMonths: 18 } },
      { funding: { termMonths: 24 } },
      { contractType: 'fixed-term', fixedTermMonths: 12, funding: { termMonths: 36 } },
      { contractType: 'fixed-term', funding: { source: 'Grant', endDate: '2027-03-31' } },
      { contractType: 'fixed-term' },
    ];
    for (const employment of cases) {
      const r = parsed(v1(employment));
      expect(r.migratedFrom).to.equal(1);
      expect(r.document.employment, JSON.stringify(employment)).to.deep.equal(employment);
      expect({ ...r.document, schemaVersion: 1 }).to.deep.equal(v1(employment));
    }
  });

  it('never touches a version 2 document: a funding term without a contract length is a fact of its own there', () => {
    const employment = { contractType: 'fixed-term', funding: { source: 'Grant', termMonths: 36 } };
    const r = parsed({ ...v1(employment), schemaVersion: 2 });
    expect(r.migratedFrom).to.equal(undefined);
    expect(r.document.employment).to.deep.equal(employment);
  });

  it('does not change the value it is given', () => {
    const input = v1({ contractType: 'fixed-term', funding: { termMonths: 9, source: 'Grant' } }, { meta: { status: 'draft', createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z', suggested: ['employment.funding.termMonths'] } });
    const copy = structuredClone(input);
    parsed(input);
    expect(input).to.deep.equal(copy);
  });

  it('leaves a term version 1 would have refused where it is, so the issue names the field of the file', () => {
    for (const termMonths of ['9', 0, 121, 9.5, null, true, [9], { months: 9 }]) {
      const r = parseRoleDocument(v1({ contractType: 'fixed-term', funding: { termMonths } }));
      expect(r.ok, JSON.stringify(termMonths)).to.equal(false);
      if (!r.ok) {
        expect(r.issues.map((i) => i.path)).to.deep.equal(['employment.funding.termMonths']);
        expect(r.issues[0]!.message).to.match(/^Employment › Funding › Term \(months\) /);
      }
    }
  });

  it('survives malformed and hostile version 1 data without throwing', () => {
    const shapes: Data[] = [
      { employment: 'fixed-term' }, { employment: null }, { employment: [] },
      { employment: { contractType: 'fixed-term', funding: [9] } },
      { employment: { contractType: 'fixed-term', funding: null } },
      { employment: { contractType: 'fixed-term', funding: 'nine months' } },
      { employment: { contractType: ['fixed-term'], funding: { termMonths: 9 } } },
      { employment: { contractType: 'fixed-term', funding: { termMonths: 9 } }, meta: 'x' },
      { employment: { contractType: 'fixed-term', funding: { termMonths: 9 } }, meta: { suggested: 'employment.funding.termMonths' } },
      { employment: { contractType: 'fixed-term', funding: { termMonths: 9 } }, meta: { suggested: [1, null, {}] } },
    ];
    for (const shape of shapes) {
      const r = parseRoleDocument({ kind: 'psw-role-document', schemaVersion: 1, ...shape });
      expect(r.ok, JSON.stringify(shape)).to.equal(false);
      if (!r.ok) for (const i of r.issues) expect(i.message).to.be.a('string').and.not.match(/could not be read|\[object/);
    }
    // Prototype keys are refused before any migration runs, in text and in a value.
    const text = '{"kind":"psw-role-document","schemaVersion":1,"employment":{"contractType":"fixed-term","__proto__":{"fixedTermMonths":3},"funding":{"termMonths":9}}}';
    const proto = parseRoleDocument(text);
    expect(proto.ok).to.equal(false);
    expect(({} as Data).fixedTermMonths).to.equal(undefined);
    const value = JSON.parse(text) as Data;
    expect(parseRoleDocument(value).ok).to.equal(false);
    // The step itself copes with anything a caller could hand it.
    for (const doc of [{}, { employment: Object.create(null) }, { employment: { contractType: 'fixed-term', funding: Object.create(null) } }]) {
      const m = migrate(doc as Data, 1);
      expect(m.ok && m.doc.schemaVersion).to.equal(2);
    }
  });

  it('migrates a role document embedded elsewhere, and leaves anything else as it is', () => {
    const doc = v1({ contractType: 'fixed-term', funding: { termMonths: 9 } });
    expect((migrateEmbedded(doc) as Data).employment).to.deep.equal({ contractType: 'fixed-term', fixedTermMonths: 9 });
    expect((migrateEmbedded(doc) as Data).schemaVersion).to.equal(2);
    for (const other of [null, 'x', [doc], { ...doc, kind: 'invoice' }, { ...doc, schemaVersion: 2 }, { ...doc, schemaVersion: 3 }, { ...doc, schemaVersion: '1' }, { ...doc, schemaVersion: 0.5 }]) {
      expect(migrateEmbedded(other)).to.equal(other);
    }
  });

  it('a migrated fixed-term post now gives its length in the candidate’s job description', () => {
    const r = parsed(v1({ contractType: 'fixed-term', hoursPerWeek: 37.5, funding: { source: 'Transformation fund', termMonths: 9 } }));
    const text = modelText(jobDescriptionModel(r.document)).join('\n');
    expect(text).to.contain('Fixed term, 9 months');
    expect(toMarkdown(r.document)).to.contain('Fixed term, 9 months');
  });
});
