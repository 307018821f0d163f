import { describe, it } from 'node:test';
import { expect } from 'chai';
import type { RoleDocument } from '../../../src/model/schema.js';
import { jobDescriptionModel, modelText } from '../../../src/export/jd-model.js';
import { toMarkdown } from '../../../src/export/markdown.js';
import { assessRole } from '../../../src/assess/index.js';
import { completeDoc, emptyDoc } from '../../fixtures/export-docs.js';
import { trustProfile } from '../../fixtures/profiles.js';

const text = (doc: RoleDocument, opts = {}) => modelText(jobDescriptionModel(doc, opts)).join('\n');
const ids = (doc: RoleDocument, opts = {}) => jobDescriptionModel(doc, opts).sections.map((s) => s.key ?? s.id);

describe('job description audiences', () => {
  it('is the candidate’s by default: no boundaries, supervision detail, funding, exit plan or assessment', () => {
    const model = jobDescriptionModel(completeDoc);
    expect(model.audience).to.equal('candidate');
    expect(ids(completeDoc)).not.to.include.members(['boundaries', 'terms', 'flexible', 'excluded', 'assessment']);
    const t = text(completeDoc);
    for (const b of completeDoc.boundaries) if (b.rationale) expect(t).not.to.contain(b.rationale);
    if (completeDoc.employment.funding?.exitPlan) expect(t).not.to.contain(completeDoc.employment.funding.exitPlan);
    if (completeDoc.employment.funding?.source) expect(t).not.to.contain(completeDoc.employment.funding.source);
    expect(t).not.to.contain('Document status');
  });

  it('the internal record keeps everything and adds the assessment summary when given one', () => {
    const assessment = assessRole(completeDoc);
    const internal = ids(completeDoc, { audience: 'internal', assessment });
    expect(internal).to.include.members(['boundaries', 'terms', 'supervision', 'assessment']);
    expect(text(completeDoc, { audience: 'internal', assessment })).to.contain('Readiness');
  });

  it('a 30-hour Band 3 post says its salary is pro rata, with the full-time range, band and pay year', () => {
    const d = emptyDoc();
    d.employment = { payScheme: 'agenda-for-change', band: '3', payTableYear: '2025/26', hoursPerWeek: 30,
      salary: { min: 24937, max: 26598, currency: 'GBP', period: 'year' } };
    expect(text(d)).to.contain('£19,950–£21,278 a year pro rata (£24,937–£26,598 full time), Band 3, Agenda for Change (England) 2025/26 pay table');
    d.employment.hoursPerWeek = 37.5;
    expect(text(d)).to.contain('£24,937–£26,598 a year, Band 3').and.not.to.contain('pro rata');
  });

  it('the contract length is the contract’s, never the funding term', () => {
    const d = emptyDoc();
    d.employment = { contractType: 'fixed-term', fixedTermMonths: 12, funding: { termMonths: 36, source: 'Grant' } };
    expect(text(d)).to.contain('Fixed term, 12 months').and.not.to.contain('36 months');
  });

  it('groups the person specification by category (own or from the wording), essential and desirable, with how assessed', () => {
    const d = emptyDoc();
    d.recruitment.personSpec.essential = [
      { id: 'a', text: 'Lived experience of mental ill-health', assessedBy: 'Application' },
      { id: 'b', text: 'Able to listen well', category: 'skills' },
      { id: 'c', text: 'Commitment to recovery', assessedBy: 'Interview' },
    ];
    d.recruitment.personSpec.desirable = [{ id: 'd', text: 'Peer support training', assessedBy: 'Certificate' }];
    const spec = jobDescriptionModel(d).sections.find((s) => s.id === 'person-spec')!;
    const captions = spec.blocks.map((b) => (b.kind === 'table' ? b.caption : undefined));
    expect(captions).to.deep.equal(['Qualifications and training', 'Experience', 'Skills and abilities', 'Values and other requirements']);
    const quals = spec.blocks[0]!;
    expect(quals.kind === 'table' && quals.rows[0]).to.deep.equal(['Peer support training', 'Desirable', 'Certificate']);
  });

  it('carries standard clauses: the defaults without a profile, the profile’s own with one', () => {
    const heads = jobDescriptionModel(emptyDoc()).sections.filter((s) => s.id === 'clause').map((s) => s.heading);
    expect(heads).to.include.members(['Equality, diversity and inclusion', 'Safeguarding', 'Confidentiality and information governance',
      'Health and safety', 'Infection prevention and control', 'About this job description']);
    expect(text(emptyDoc())).to.contain('This job description is not exhaustive');
    const own = (trustProfile.jobDescription.standardClauses ?? []).map((c) => c.title);
    if (own.length) expect(jobDescriptionModel(emptyDoc(), { organisation: trustProfile }).sections.filter((s) => s.id === 'clause').map((s) => s.heading)).to.deep.equal(own);
  });

  it('shows the job reference, closing date and contact: the role’s own first, else the profile’s', () => {
    const d = emptyDoc();
    d.recruitment.reference = '123-PSW-456';
    d.recruitment.closingDate = '2027-01-31';
    d.recruitment.contact = 'Sam Lee, 01234 567890';
    const t = text(d);
    expect(t).to.contain('123-PSW-456').and.contain('31 January 2027').and.contain('Sam Lee, 01234 567890');
    const withOrg = jobDescriptionModel(d, { organisation: trustProfile });
    expect(withOrg.organisation?.reference).to.equal('123-PSW-456');
    expect(withOrg.organisation?.recruitmentContact).to.equal('Sam Lee, 01234 567890');
    const bare = jobDescriptionModel(emptyDoc(), { organisation: trustProfile });
    expect(bare.reference).to.equal(bare.organisation?.reference);
    expect(bare.reference).to.match(/^RDT/);
  });

  it('Markdown follows the audience', () => {
    const md = toMarkdown(completeDoc);
    expect(md).to.contain('## Main duties');
    expect(md).not.to.contain('## Boundaries');
    expect(toMarkdown(completeDoc, { audience: 'internal' })).to.contain('## Boundaries');
  });
});
