// A template's suggestions for the post that nobody has confirmed (`meta.suggested`): the job
// description says so beside each value, in both audiences and every format, and the schema.org
// JobPosting leaves them out. Once a person confirms or changes them, they print as facts.
import { describe, it } from 'node:test';
import { expect } from 'chai';
import { createRoleDocument } from '../../../src/model/create.js';
import { jobDescriptionModel } from '../../../src/export/jd-model.js';
import { toMarkdown } from '../../../src/export/markdown.js';
import { toJobPosting } from '../../../src/export/job-posting.js';
import { UNCONFIRMED } from '../../../src/export/unconfirmed.js';
import type { KeyValueRow } from '../../../src/export/jd-model-types.js';
import { answered } from '../../fixtures/answered.js';

const TODAY = '2026-12-07';
const fresh = () => createRoleDocument({ template: 'acute-inpatient', today: TODAY });

function rows(doc: ReturnType<typeof fresh>, audience: 'candidate' | 'internal'): KeyValueRow[] {
  return jobDescriptionModel(doc, { audience }).sections.flatMap((s) => s.blocks.flatMap((b) => (b.kind === 'keyValue' ? b.rows : [])));
}

describe('a template’s unconfirmed suggestions in the exports', () => {
  it('are marked as suggestions to confirm beside each value, in the advert and the internal record', () => {
    const doc = fresh();
    expect(doc.meta.suggested).to.include.members(['role.reportsTo', 'employment.band', 'employment.hoursPerWeek', 'employment.contractType', 'employment.dbs.level']);
    for (const audience of ['candidate', 'internal'] as const) {
      const marked = rows(doc, audience).filter((r) => r.suggested);
      const keys = marked.map((r) => r.key);
      expect(keys, audience).to.include.members(['Band', 'Salary', 'Hours', 'Contract', 'Reports to', 'DBS check', 'Mandatory training', 'Development']);
      for (const r of marked) expect(r.value, r.key).to.match(new RegExp(`\\(${UNCONFIRMED}\\)$`));
      expect(rows(doc, audience).find((r) => r.key === 'Job title')!.suggested).to.equal(undefined);
    }
    expect(toMarkdown(doc)).to.contain(`Band 3 (NHS Agenda for Change) (${UNCONFIRMED})`);
  });

  it('say after the supervision pattern, the peer-specific training and the progression route that they are the template’s, until confirmed', () => {
    const doc = fresh();
    const notes = (d: ReturnType<typeof fresh>, audience: 'candidate' | 'internal') => jobDescriptionModel(d, { audience }).sections
      .flatMap((s) => s.blocks.filter((b) => b.kind === 'paragraph' && b.suggested).map((b) => [s.id, (b as { text: string }).text]));
    for (const audience of ['candidate', 'internal'] as const) {
      expect(notes(doc, audience), audience).to.deep.equal([
        ['supervision', `The supervision pattern shown here is ${UNCONFIRMED}.`],
        ['training', `The peer-specific training shown here is ${UNCONFIRMED}.`],
        ['progression', `The progression route shown here is ${UNCONFIRMED}.`],
      ]);
    }
    expect(toMarkdown(doc)).to.contain(`*The supervision pattern shown here is ${UNCONFIRMED}.*`);
    // Confirmed (or changed), the list prints as a fact; the JobPosting leaves an unconfirmed one out.
    const arrangementsConfirmed = { ...doc, meta: { ...doc.meta, suggested: doc.meta.suggested!.filter((p) => p !== 'supervision.arrangements') } };
    expect(notes(arrangementsConfirmed, 'candidate').map(([id]) => id)).to.deep.equal(['training', 'progression']);
    const posting = (d: ReturnType<typeof fresh>) => JSON.stringify(toJobPosting(d, { today: TODAY, extensions: true }));
    const training = doc.training.peerSpecific[0]!.title;
    const step = doc.progression.steps[1]!.title;
    expect(posting(doc)).to.not.contain(training).and.not.contain(step).and.not.contain('psw:SupervisionArrangement');
    const confirmed = posting({ ...doc, meta: { ...doc.meta, suggested: undefined } });
    expect(confirmed).to.contain(training).and.contain(step).and.contain('psw:SupervisionArrangement');
    // An empty list marked as suggested (an imported file can hold one): nothing is shown, so nothing is said.
    const empty = { ...doc, supervision: { ...doc.supervision, arrangements: [] } };
    expect(notes(empty, 'internal').map(([id]) => id)).to.deep.equal(['training', 'progression']);
  });

  it('print as facts once confirmed', () => {
    const doc = answered(fresh());
    expect(doc.meta.suggested ?? []).to.deep.equal([]);
    for (const audience of ['candidate', 'internal'] as const) {
      expect(rows(doc, audience).filter((r) => r.suggested || r.value.includes(UNCONFIRMED)), audience).to.deep.equal([]);
    }
  });

  it('are left out of the JobPosting, as what the role does not say is; confirmed, they are in it', () => {
    const posting = toJobPosting(fresh(), { today: TODAY }) as Record<string, unknown>;
    for (const key of ['employmentType', 'workHours', 'baseSalary', 'salaryCurrency', 'securityClearanceRequirement']) expect(posting, key).to.not.have.property(key);
    expect(JSON.stringify(posting.jobBenefits ?? [])).to.not.match(/unsocial/i);
    const confirmed = toJobPosting(answered(fresh()), { today: TODAY }) as Record<string, unknown>;
    for (const key of ['employmentType', 'workHours', 'baseSalary', 'securityClearanceRequirement']) expect(confirmed, key).to.have.property(key);
  });

  it('marks a part-time salary while the hours it is worked out from are a suggestion', () => {
    const doc = fresh();
    const partTime = { ...doc, employment: { ...doc.employment, hoursPerWeek: 22.5 }, meta: { ...doc.meta, suggested: ['employment.hoursPerWeek'] } };
    const salary = rows(partTime, 'candidate').find((r) => r.key === 'Salary')!;
    expect(salary.value).to.match(/pro rata/);
    expect(salary.suggested).to.equal(true);
    const fullTime = { ...partTime, employment: { ...partTime.employment, hoursPerWeek: 37.5 } };
    expect(rows(fullTime, 'candidate').find((r) => r.key === 'Salary')!.suggested, 'a full-time salary does not depend on them').to.equal(undefined);
  });

  it('only what is still suggested: a confirmed fact prints as it is beside those still to confirm', () => {
    const doc = fresh();
    const hoursConfirmed = { ...doc, meta: { ...doc.meta, suggested: doc.meta.suggested!.filter((p) => p !== 'employment.hoursPerWeek') } };
    const byKey = new Map(rows(hoursConfirmed, 'candidate').map((r) => [r.key, r]));
    expect(byKey.get('Hours')!.suggested).to.equal(undefined);
    expect(byKey.get('Band')!.suggested).to.equal(true);
    const posting = toJobPosting(hoursConfirmed, { today: TODAY }) as Record<string, unknown>;
    expect(posting).to.have.property('workHours');
    expect(posting).to.not.have.property('baseSalary');
  });

  it('marks the DBS level, not the fee, when only the level is a suggestion (the fee, say, the organisation\'s answer)', () => {
    const doc = fresh();
    const withFee = { ...doc, employment: { ...doc.employment, dbs: { ...doc.employment.dbs!, feePaidBy: 'employer' as const } } };
    const dbs = rows(withFee, 'candidate').find((r) => r.key === 'DBS check')!;
    expect(dbs.suggested).to.equal(true);
    expect(dbs.value).to.match(new RegExp(`^Enhanced DBS check.* \\([^()]*${UNCONFIRMED}\\), fee paid by the employer$`));
    const feeToo = { ...withFee, meta: { ...withFee.meta, suggested: [...withFee.meta.suggested!, 'employment.dbs.feePaidBy'] } };
    expect(rows(feeToo, 'candidate').find((r) => r.key === 'DBS check')!.value).to.match(new RegExp(`fee paid by the employer \\(${UNCONFIRMED}\\)$`));
    const feeOnly = { ...withFee, meta: { ...withFee.meta, suggested: ['employment.dbs.feePaidBy'] } };
    const row = rows(feeOnly, 'candidate').find((r) => r.key === 'DBS check')!;
    expect(row.suggested, 'a suggested fee is marked too').to.equal(true);
    expect(row.value).to.match(new RegExp(`^Enhanced DBS check[^;]*, fee paid by the employer \\(${UNCONFIRMED}\\)$`));
  });
});
