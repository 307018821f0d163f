// The source registry: every id a rule or a catalogue entry cites is in it; a rule whose basis is
// the study cites the study; the registry's entries are well formed.
import { describe, it } from 'node:test';
import { expect } from 'chai';
import { ruleCatalogue } from '../../../src/assess/index.js';
import { citationsBySource } from '../../../src/assess/citations.js';
import { SOURCE_GROUPS, sourceById, sources } from '../../../src/catalogue/sources.js';

describe('source registry', () => {
  it('holds every source a rule or a catalogue entry cites', () => {
    const missing = [...citationsBySource()].filter(([id]) => !sourceById(id)).map(([id, by]) => `${id} (cited by ${by.map((c) => c.name).join(', ')})`);
    expect(missing).to.deep.equal([]);
  });

  it('a rule whose basis is the study cites the study (S1)', () => {
    expect(ruleCatalogue.filter((r) => r.basis === 'study' && !r.sources.includes('S1')).map((r) => r.id)).to.deep.equal([]);
  });

  it('a rule based on other evidence names at least one source', () => {
    expect(ruleCatalogue.filter((r) => r.basis === 'evidence' && r.sources.length === 0).map((r) => r.id)).to.deep.equal([]);
  });

  it('has unique ids, a known group and confidence, and a citation for each source', () => {
    expect(new Set(sources.map((s) => s.id)).size).to.equal(sources.length);
    for (const s of sources) {
      expect(s.id, s.id).to.match(/^S\d+(?:-[a-z])?$/);
      expect(Object.keys(SOURCE_GROUPS), s.id).to.include(s.group);
      expect(['read', 'partly-read', 'secondary'], s.id).to.include(s.confidence);
      expect(s.citation.length, s.id).to.be.greaterThan(10);
    }
  });

  it('knows who cites what: rules and the templates’ settings', () => {
    const by = citationsBySource();
    expect(by.get('S24')!.map((c) => c.name)).to.include('R07');
    expect(by.get('S90')!.map((c) => c.name)).to.include('Setting: Children and young people (CAMHS) (and its template)');
    expect(by.has('S3'), 'the news summary backs nothing').to.equal(false);
  });
});
