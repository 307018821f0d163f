// What the templates say, checked against the catalogues and the sources: the duties every PSW job
// description has, progression bands from the role catalogue, setting-specific content, and the
// numbers of this tool labelled as its suggestions wherever a template shows them.
import { describe, it } from 'node:test';
import { expect } from 'chai';
import { SETTING_IDS, roleLevels } from '../../../src/catalogue/index.js';
import { createRoleDocument } from '../../../src/model/index.js';

const make = (template: (typeof SETTING_IDS)[number]) => createRoleDocument({ template, now: '2026-11-25T10:00:00.000Z', today: '2026-12-05' });
const LEVEL_OF: Record<string, string> = { 'Senior peer support worker': 'senior-psw', 'Peer support coordinator': 'peer-coordinator' };

describe('template content', () => {
  for (const setting of SETTING_IDS) {
    describe(setting, () => {
      const doc = make(setting);
      const core = doc.duties.filter((d) => d.kind === 'core');

      it('has record-keeping (in the person’s own words where possible) and helping people be heard in reviews as core duties', () => {
        const records = core.find((d) => /records/i.test(d.title!));
        expect(records?.description).to.match(/own words where possible/);
        const voice = core.find((d) => /voice heard/i.test(d.title!));
        expect(voice?.description).to.match(/reviews, ward rounds/);
      });

      it('maps training to competence domain 5 (promoting people’s rights)', () => {
        expect(doc.training.peerSpecific.some((t) => t.competenceDomains?.includes(5))).to.equal(true);
      });

      it('proposes the senior steps of the role catalogue, leaving their bands to the organisation', () => {
        for (const step of doc.progression.steps.slice(1)) {
          expect(roleLevels.some((l) => l.id === LEVEL_OF[step.title!]), step.title).to.equal(true);
          expect(step.band, step.title).to.equal(undefined);
        }
      });

      it('labels “the same day” as this tool’s suggestion in the boundaries, and keeps the tool’s commentary out of the duties, which the advert prints', () => {
        const boundaryTexts = doc.boundaries.flatMap((b) => [b.position, b.escalation]).filter((t): t is string => typeof t === 'string');
        for (const t of boundaryTexts.filter((x) => /same day/.test(x))) expect(t, t).to.match(/this tool/);
        // The 10% involvement cap is labelled as this tool's suggestion where it is edited (the builder's hint).
        const dutyTexts = doc.duties.flatMap((d) => [d.title, d.description]).filter((t): t is string => typeof t === 'string');
        for (const t of dutyTexts) expect(t, t).to.not.match(/this tool|10%|same day/);
      });
    });
  }

  it('proposes the steps above the post without bands, which only the organisation can set (the post’s own step has its band)', () => {
    expect(make('primary-care').progression.steps.map((s) => s.band)).to.deep.equal(['4', undefined, undefined]);
    expect(make('adult-community').progression.steps.map((s) => [s.title, s.band])).to.deep.equal([
      ['Peer support worker', '3'], ['Senior peer support worker', undefined], ['Peer support coordinator', undefined],
    ]);
  });

  it('the inpatient template’s mandatory training is breakaway and de-escalation, not restraint', () => {
    const doc = make('acute-inpatient');
    expect(doc.training.mandatory).to.match(/breakaway and de-escalation/).and.match(/no restraint training/);
    expect(doc.duties.some((d) => d.kind === 'excluded' && /restraint/i.test(d.title!))).to.equal(true);
  });

  it('children and young people: Level 3 safeguarding training and a minimum age, said to be the tool’s suggestion', () => {
    const doc = make('children-young-people');
    expect(doc.training.peerSpecific.some((t) => /Level 3/.test(t.title!) && t.competenceDomains?.includes(2))).to.equal(true);
    const age = doc.recruitment.personSpec.essential.find((c) => /Aged 18 or over/.test(c.text!));
    expect(age?.text).to.match(/this tool suggests/);
  });

  it('older adults: personal care is excluded, with a reason', () => {
    const x = make('older-adults').duties.find((d) => d.kind === 'excluded' && /personal care/i.test(d.title!));
    expect(x?.exclusionReason).to.match(/care staff/);
  });

  it('primary care: the clinical-tasks boundary says the local agreement must release the PSW from triage', () => {
    const b = make('primary-care').boundaries.find((x) => x.topic === 'clinical-tasks');
    expect(b?.position).to.match(/local agreement/).and.match(/released from triage/);
  });

  it('other settings keep the team’s usual mandatory training line', () => {
    expect(make('adult-community').training.mandatory).to.equal('The same mandatory training as the rest of the team, in paid time.');
  });
});
