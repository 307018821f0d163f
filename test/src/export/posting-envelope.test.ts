import { describe, it } from 'node:test';
import { expect } from 'chai';
import type { RoleDocument } from '../../../src/model/schema.js';
import { toJobPosting } from '../../../src/export/job-posting.js';
import { makeExportEnvelope } from '../../../src/export/envelope.js';
import { completeDoc, emptyDoc, sampleAssessment } from '../../fixtures/export-docs.js';

const apprenticeship = (frameworkRefs: string[]): RoleDocument => ({
  ...emptyDoc(),
  role: { frameworkRefs },
  employment: { contractType: 'apprenticeship' },
  duties: [{ id: 'd1', title: ' ', kind: 'core' }],
});

describe('JobPosting: apprenticeships and untitled duties', () => {
  it('names the ST0896 standard and its occupation code when the role refers to them', () => {
    const p = toJobPosting(apprenticeship(['ST0896 Peer worker', 'OCC896']));
    expect(p.jobBenefits).to.include('Apprenticeship: the post includes training towards the Level 3 Peer Worker apprenticeship standard (ST0896)');
    const ids = (p.relevantOccupation as { identifier: { value: string }[] }).identifier.map((i) => i.value);
    expect(ids).to.deep.equal(['ST0896', 'OCC0896']);
  });
  it('an apprenticeship without the standard is a plain apprenticeship, with no identifiers', () => {
    const p = toJobPosting(apprenticeship([]));
    expect(p.jobBenefits).to.include('Apprenticeship: the post includes training towards an apprenticeship');
    expect((p.relevantOccupation as { identifier?: unknown }).identifier).to.equal(undefined);
  });
  it('a duty with a blank title is listed as “Untitled duty”', () => {
    const p = toJobPosting(apprenticeship([]));
    expect(p.responsibilities).to.deep.equal(['Untitled duty']);
  });
});

describe('export envelope: the generator', () => {
  it('a host can name itself and its version', () => {
    const env = makeExportEnvelope(completeDoc, sampleAssessment, { generator: { name: 'Trust planner', version: '2.1.0' } });
    expect(env.provenance.generator).to.deep.equal({ name: 'Trust planner', version: '2.1.0' });
  });
  it('blank names keep psw-role-kit’s own', () => {
    const env = makeExportEnvelope(completeDoc, sampleAssessment, { generator: { name: '', version: '' } });
    expect(env.provenance.generator.name).to.equal('psw-role-kit');
    expect(env.provenance.generator.version).to.be.a('string').and.not.equal('');
  });
});
