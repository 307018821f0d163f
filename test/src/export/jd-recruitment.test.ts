// Lawful recruitment, vetting, the apprenticeship route and pay beyond the band in the job
// description (both audiences), in Markdown (which renders the model) and in the JSON-LD posting.
import { describe, it } from 'node:test';
import { expect } from 'chai';
import type { RoleDocument } from '../../../src/model/schema.js';
import { jobDescriptionModel, modelText } from '../../../src/export/jd-model.js';
import { toMarkdown } from '../../../src/export/markdown.js';
import { toJobPosting } from '../../../src/export/job-posting.js';
import type { KeyValueBlock } from '../../../src/export/jd-model-types.js';
import { completeDoc } from '../../fixtures/export-docs.js';
import { goodProfile } from '../../fixtures/profiles.js';

const text = (doc: RoleDocument, opts = {}) => modelText(jobDescriptionModel(doc, opts)).join('\n');
const copy = (): RoleDocument => structuredClone(completeDoc);
const detail = (doc: RoleDocument, key: string, opts = {}) =>
  jobDescriptionModel(doc, opts).sections.find((s) => s.id === 'details')!.blocks
    .flatMap((b) => (b.kind === 'keyValue' ? (b as KeyValueBlock).rows : []))
    .find((r) => r.key === key)?.value;
const inLondon = () => {
  const p = goodProfile();
  p.pay.highCostArea = 'inner-london';
  return p;
};

describe('job description: applying for the post', () => {
  it('tells the candidate the lawful basis, the adjustments, the accessible steps, health questions only after an offer, and the fair-chance statement', () => {
    const t = text(completeDoc);
    expect(t).to.contain('Applying');
    expect(t).to.contain('occupational requirement under the Equality Act 2010');
    expect(t).to.contain('Tell us about any adjustments you need');
    expect(t).to.contain('We offer an informal conversation about the post before you apply and the interview questions in advance.');
    expect(t).to.contain('We do not ask about your health before offering you the job');
    expect(t).to.contain(`Criminal records: ${completeDoc.recruitment.convictionsStatement}`);
  });

  it('words positive action as welcoming, not as a restriction', () => {
    const d = copy();
    d.recruitment.livedExperienceBasis = 'positive-action';
    const t = text(d);
    expect(t).to.contain('positive action').and.not.contain('open only to people');
  });

  it('shows a blanket bar for what it is only in the internal record', () => {
    const d = copy();
    d.recruitment.convictionsApproach = 'blanket-bar';
    delete d.recruitment.convictionsStatement;
    expect(text(d, { audience: 'internal' })).to.contain('blanket bar');
    expect(text(d)).not.to.contain('blanket bar');
  });

  it('says nothing about applying when the role says nothing', () => {
    const d = copy();
    for (const k of ['livedExperienceBasis', 'healthQuestionsBeforeOffer', 'adjustmentsOffered', 'accessibleSteps', 'convictionsApproach', 'convictionsStatement'] as const) delete d.recruitment[k];
    expect(text(d)).not.to.contain('Applying');
  });

  it('goes into Markdown through the model', () => {
    expect(toMarkdown(completeDoc)).to.contain('occupational requirement under the Equality Act 2010');
  });
});

describe('job description: vetting', () => {
  it('prints the DBS level with its barred list and reason, and police vetting, for the candidate', () => {
    const d = copy();
    d.employment.dbs = { level: 'enhanced-barred-children', reason: 'Regular work with young people.', feePaidBy: 'employer' };
    d.employment.policeVetting = { required: true, reason: 'Work in police custody suites' };
    expect(detail(d, 'DBS check')).to.equal('Enhanced DBS check with a check of the children’s barred list (Regular work with young people), fee paid by the employer');
    expect(detail(d, 'Police vetting')).to.equal('Police vetting is required (Work in police custody suites), as well as the DBS check');
  });

  it('states no reason or fee for a post with no DBS check', () => {
    const d = copy();
    d.employment.dbs = { level: 'none', reason: 'Office work only.', feePaidBy: 'employer' };
    expect(detail(d, 'DBS check')).to.equal('No DBS check');
  });

  it('puts the DBS level with its barred lists and police vetting in securityClearanceRequirement', () => {
    const d = copy();
    d.employment.dbs = { level: 'enhanced-barred-both' };
    expect(toJobPosting(d).securityClearanceRequirement).to.equal('Enhanced Disclosure and Barring Service (DBS) check with checks of the adults’ and children’s barred lists');
    d.employment.policeVetting = { required: true };
    expect(toJobPosting(d).securityClearanceRequirement).to.deep.equal([
      'Enhanced Disclosure and Barring Service (DBS) check with checks of the adults’ and children’s barred lists',
      'Police vetting is required, as well as the DBS check',
    ]);
  });
});

describe('job description: pay beyond the band', () => {
  it('names the nation of the Agenda for Change table where it is known: England’s tables, or the profile’s own', () => {
    expect(detail(completeDoc, 'Salary')).to.contain('Agenda for Change (England) 2025/26 pay table');
    const wales = goodProfile();
    wales.organisation.nation = 'wales';
    // No Welsh table held: the figures' nation is not known, so none is named (not Wales, not England).
    expect(detail(completeDoc, 'Salary', { organisation: wales })).to.contain(', Agenda for Change 2025/26 pay table');
    wales.pay = { ...wales.pay, tables: [{ id: 'afc-wales', scheme: 'agenda-for-change', label: 'NHS Wales pay 2025/26', effectiveFrom: '2025-04-01', effectiveTo: '2026-03-31', bands: [{ band: '3', min: 24937, max: 26598, period: 'year' }] }] };
    expect(detail(completeDoc, 'Salary', { organisation: wales })).to.contain('Agenda for Change (Wales) 2025/26 pay table');
  });

  it('says so beside the salary when the toolkit worked its table out from an award, unless the profile brings the table', () => {
    const d: RoleDocument = structuredClone(completeDoc);
    d.employment.payTableYear = '2026/27';
    d.employment.salary = { min: 25760, max: 27476, currency: 'GBP', period: 'year' };
    const computed = ' (figures worked out from the 3.3% award from 1 April 2026, not copied from the published table)';
    expect(detail(d, 'Salary')).to.contain(`Agenda for Change (England) 2026/27 pay table${computed}`);
    expect(detail(d, 'Salary', { audience: 'internal' })).to.contain(computed);
    expect(detail(completeDoc, 'Salary')).to.not.contain('worked out');
    // Figures of the role's own are not the table's, so nothing is said of how the table's were made.
    const own2627 = structuredClone(d);
    own2627.employment.salary = { min: 30000, max: 31000, currency: 'GBP', period: 'year' };
    expect(detail(own2627, 'Salary')).to.contain('2026/27 pay table').and.not.contain('worked out');
    const own = goodProfile();
    own.pay = { ...own.pay, tables: [{ id: 'afc-2026', scheme: 'agenda-for-change', label: 'Agenda for Change 2026/27', effectiveFrom: '2026-04-01', effectiveTo: '2027-03-31', bands: [{ band: '3', min: 25760, max: 27476, period: 'year' }] }] };
    expect(detail(d, 'Salary', { organisation: own })).to.contain('2026/27 pay table').and.not.contain('worked out');
  });

  it('adds the High Cost Area Supplement by its share of pay, without amounts, when the profile sets a zone', () => {
    const line = detail(completeDoc, 'Pay supplements', { organisation: inLondon() })!;
    expect(line).to.contain('High Cost Area Supplement for inner London: 20% of basic pay').and.contain('Annex 9');
    expect(line).not.to.match(/£\d/);
    expect(detail(completeDoc, 'Pay supplements', { organisation: goodProfile() })).to.not.contain('High Cost Area');
  });

  it('adds unsocial hours payments under Agenda for Change when the pattern includes them', () => {
    expect(detail(completeDoc, 'Pay supplements')).to.equal('Plus unsocial hours payments under Agenda for Change for evening, night, weekend and public holiday work.');
    const d = copy();
    d.employment.unsocialHours = false;
    expect(detail(d, 'Pay supplements')).to.equal(undefined);
  });

  it('lists the supplements among the posting’s jobBenefits', () => {
    const benefits = toJobPosting(completeDoc, { organisation: inLondon() }).jobBenefits as string[];
    expect(benefits.some((b) => b.includes('High Cost Area Supplement for inner London'))).to.equal(true);
    expect(benefits.some((b) => b.startsWith('Plus unsocial hours payments'))).to.equal(true);
  });
});

describe('job description: the apprenticeship route', () => {
  const apprentice = () => {
    const d = copy();
    d.employment.contractType = 'apprenticeship';
    d.employment.apprenticeship = { standard: 'ST0896', durationMonths: 15, offTheJobShare: 20 };
    return d;
  };

  it('describes the Level 3 Peer Worker apprenticeship, its length and off-the-job training in the training section', () => {
    const t = text(apprentice());
    expect(t).to.contain('Level 3 Peer Worker apprenticeship (standard ST0896)');
    expect(t).to.contain('about 15 months');
    expect(t).to.contain('20% of your paid hours are set aside for off-the-job training');
  });

  it('says apprentices’ pay follows the Agenda for Change apprentice terms, with the figure left to the organisation', () => {
    const line = detail(apprentice(), 'Apprentice pay')!;
    expect(line).to.contain('Annex 21').and.contain('The organisation confirms the figure');
    expect(line).not.to.match(/£\d/);
    expect(detail(completeDoc, 'Apprentice pay')).to.equal(undefined);
  });

  it('names the standard in the posting', () => {
    const benefits = toJobPosting(apprentice()).jobBenefits as string[];
    expect(benefits).to.include('Apprenticeship: the post includes training towards the Level 3 Peer Worker apprenticeship standard (ST0896)');
    expect(benefits).to.include('20% of paid hours for off-the-job training');
  });
});
