import { describe, it } from 'node:test';
import { expect } from 'chai';
import { assessRole, ruleCatalogue, type Finding, type Policy } from '../../../src/assess/index.js';
import type { RoleDocument } from '../../../src/model/schema.js';
import { RoleDocumentSchema } from '../../../src/model/schema.js';
import { goodRole, TODAY } from '../../fixtures/assess-docs.js';
import { FIRES } from './rule-cases.js';
import { QUIET } from './rule-quiet-cases.js';

const policyFor = (p?: Partial<Policy>) => ({ today: TODAY, ...p });
const findingsOf = (d: RoleDocument, rule: string, p?: Partial<Policy>): Finding[] => assessRole(d, policyFor(p)).findings.filter((f) => f.ruleId === rule);

describe('rules: the good role', () => {
  it('is a valid document of the current schema version', () => {
    expect(RoleDocumentSchema.safeParse(goodRole()).success).to.equal(true);
  });

  it('has no errors and no warnings', () => {
    const a = assessRole(goodRole(), { today: TODAY });
    expect(a.findings.filter((f) => f.severity !== 'info').map((f) => `${f.ruleId}: ${f.message}`)).to.deep.equal([]);
    expect(a.readiness).to.equal('ready');
  });

  for (const r of ruleCatalogue) {
    it(`${r.id} does not fire on the good role`, () => {
      expect(findingsOf(goodRole(), r.id)).to.deep.equal([]);
    });
  }
});

describe('rules: each fires', () => {
  for (const c of FIRES) {
    it(`${c.rule} fires when ${c.when}`, () => {
      const d = goodRole();
      const itemId = c.fire(d);
      expect(RoleDocumentSchema.safeParse(d).success, 'the mutated document is still valid').to.equal(true);
      const found = findingsOf(d, c.rule, c.policy);
      expect(found, `${c.rule} findings`).to.have.length.greaterThan(0);
      const rule = ruleCatalogue.find((r) => r.id === c.rule)!;
      for (const f of found) {
        expect(f.severity).to.equal(rule.severity);
        expect(f.basis).to.equal(rule.basis);
        expect(f.themes).to.deep.equal(rule.themes);
        expect(f.sources).to.deep.equal(rule.sources);
        expect(f.message).to.be.a('string').and.not.equal('');
        expect(f.fix).to.be.a('string').and.not.equal('');
        expect(f.path).to.be.a('string').and.not.equal('');
        if (rule.basis === 'heuristic') expect(f.message.toLowerCase()).to.include('tool heuristic');
      }
      if (c.path) expect(found.map((f) => f.path)).to.include(c.path);
      if (itemId) expect(found.find((f) => f.path === c.path)?.itemId ?? found[0]!.itemId).to.equal(itemId);
    });
  }

  it('has a firing case for every rule in the catalogue', () => {
    const covered = new Set(FIRES.map((c) => c.rule));
    expect(ruleCatalogue.filter((r) => !covered.has(r.id)).map((r) => r.id)).to.deep.equal([]);
  });
});

describe('rules: near misses stay quiet', () => {
  for (const q of QUIET) {
    it(`${q.rule} stays quiet when ${q.when}`, () => {
      const d = goodRole();
      q.change(d);
      expect(RoleDocumentSchema.safeParse(d).success, 'the changed document is still valid').to.equal(true);
      expect(findingsOf(d, q.rule, q.policy).map((f) => f.message)).to.deep.equal([]);
    });
  }
});
