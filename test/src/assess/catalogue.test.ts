import { describe, it } from 'node:test';
import { expect } from 'chai';
import { defaultPolicy, ruleCatalogue, themeNames } from '../../../src/assess/index.js';
import { THEME_IDS } from '../../../src/catalogue/ids.js';
import { sources } from '../../../src/catalogue/sources.js';

/** Source ids of the evidence base (S1…S90, with letter suffixes such as S31-g, S30-b). */
const SOURCE_ID = /^S\d{1,2}(?:-[a-z0-9]+)?$/;
/** The source registry: docs/sources.md is generated from it. */
const KNOWN_SOURCES = new Set(sources.map((s) => s.id));

describe('rule catalogue', () => {
  it('has at least 25 rules with unique ids', () => {
    expect(ruleCatalogue.length).to.be.at.least(25);
    expect(new Set(ruleCatalogue.map((r) => r.id)).size).to.equal(ruleCatalogue.length);
  });

  it('keeps the 28 rules of the first rule catalogue (R01–R28)', () => {
    for (let i = 1; i <= 28; i++) expect(ruleCatalogue.some((r) => r.id === `R${String(i).padStart(2, '0')}`), `R${i}`).to.equal(true);
  });

  it('is in id order', () => {
    const n = ruleCatalogue.map((r) => Number(r.id.slice(1)));
    expect(n).to.deep.equal([...n].sort((a, b) => a - b));
  });

  it('covers every theme with at least three rules', () => {
    for (const t of THEME_IDS) expect(ruleCatalogue.filter((r) => r.themes.includes(t)).length, t).to.be.at.least(3);
  });

  it('gives every rule a title, a summary, a fix, a theme and a valid severity and basis', () => {
    for (const r of ruleCatalogue) {
      expect(r.title, r.id).to.be.a('string').with.length.greaterThan(3);
      expect(r.summary, r.id).to.be.a('string').with.length.greaterThan(20);
      expect(r.fix, r.id).to.be.a('string').with.length.greaterThan(10);
      expect(r.themes.length, r.id).to.be.greaterThan(0);
      for (const t of r.themes) expect(THEME_IDS as readonly string[], r.id).to.include(t);
      expect(['error', 'warning', 'info'], r.id).to.include(r.severity);
      expect(['study', 'evidence', 'heuristic'], r.id).to.include(r.basis);
    }
  });

  it('cites only source ids of the evidence base', () => {
    for (const r of ruleCatalogue) {
      for (const s of r.sources) {
        expect(s, r.id).to.match(SOURCE_ID);
        expect(KNOWN_SOURCES.has(s), `${r.id} cites ${s}`).to.equal(true);
      }
    }
  });

  it('grounds "study" rules in the study (S1) and "evidence" rules in at least one source', () => {
    for (const r of ruleCatalogue) {
      if (r.basis === 'study') expect(r.sources, r.id).to.include('S1');
      if (r.basis === 'evidence') expect(r.sources.length, r.id).to.be.greaterThan(0);
    }
  });

  it('says "tool heuristic" in the summary of every heuristic rule, and only there', () => {
    for (const r of ruleCatalogue) {
      const says = r.summary!.toLowerCase().includes('tool heuristic');
      expect(says, r.id).to.equal(r.basis === 'heuristic');
    }
  });

  it('uses en-GB spelling in its text', () => {
    const text = ruleCatalogue.map((r) => `${r.title} ${r.summary} ${r.fix}`).join(' ');
    expect(text).to.not.match(/\b(?:organization|prioritize|behavior|program\b|center|favor|color|recognize|minimize)/i);
  });

  it('cannot be changed by a caller', () => {
    expect(Object.isFrozen(ruleCatalogue)).to.equal(true);
    expect(Object.isFrozen(ruleCatalogue[0])).to.equal(true);
    expect(Object.isFrozen(ruleCatalogue[0]!.themes)).to.equal(true);
  });
});

describe('theme names and default policy', () => {
  it('names each theme', () => {
    for (const t of THEME_IDS) expect(themeNames[t]).to.be.a('string').with.length.greaterThan(5);
  });

  it('documents the default thresholds', () => {
    expect(defaultPolicy).to.deep.include({ minFixedTermMonths: 12, maxInvolvementRequestCap: 20, minCoreDuties: 3, minSupervisionSessionsPerMonth: 1 });
    expect(defaultPolicy.balance).to.deep.equal({ tooRigidFlexibleBelow: 10, tooLooseFlexibleAbove: 50, tooLooseCoreBelow: 40 });
    expect(defaultPolicy.today).to.equal(undefined);
    expect(Object.isFrozen(defaultPolicy)).to.equal(true);
  });
});
