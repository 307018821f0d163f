// The rules whose basis, sources or wording were checked against their sources: each fires and
// stays quiet where it should, claims only the basis and sources it has, and says in its message
// what is the tool's own (a heuristic, or a number this tool suggests).
import { describe, it } from 'node:test';
import { expect } from 'chai';
import { assessRole, ruleCatalogue, type Finding } from '../../../src/assess/index.js';
import type { RoleDocument } from '../../../src/model/schema.js';
import { duty, goodRole, TODAY } from '../../fixtures/assess-docs.js';

const rule = (id: string) => ruleCatalogue.find((r) => r.id === id)!;
// A copy each time: the assessment is memoised per document object, and the tests mutate theirs.
const findingsOf = (d: RoleDocument, id: string): Finding[] => assessRole(structuredClone(d), { today: TODAY }).findings.filter((f) => f.ruleId === id);
const flexibleIndex = (d: RoleDocument) => d.duties.findIndex((x) => x.kind === 'flexible');

describe('rule basis: what each rule may claim', () => {
  const expected: Record<string, { basis: string; sources: string[] }> = {
    R03: { basis: 'study', sources: ['S1'] },
    R07: { basis: 'evidence', sources: ['S4', 'S24', 'S31-g', 'S36', 'S37'] },
    R17: { basis: 'evidence', sources: ['S34'] },
    R19: { basis: 'heuristic', sources: [] },
    R27: { basis: 'heuristic', sources: ['S31-d'] },
    R30: { basis: 'heuristic', sources: [] },
    R31: { basis: 'heuristic', sources: [] },
    R33: { basis: 'heuristic', sources: [] },
    R35: { basis: 'evidence', sources: ['S24', 'S38'] },
    R41: { basis: 'heuristic', sources: [] },
    R54: { basis: 'heuristic', sources: [] },
  };
  for (const [id, want] of Object.entries(expected)) {
    it(`${id} is ${want.basis}, citing ${want.sources.join(', ') || 'nothing'}`, () => {
      expect(rule(id).basis).to.equal(want.basis);
      expect([...rule(id).sources]).to.deep.equal(want.sources);
    });
  }
  it('no rule cites Gillard et al. 2013 (S5) for who agrees flexible duties', () => {
    for (const id of ['R03', 'R30', 'R31']) expect(rule(id).sources, id).to.not.include('S5');
  });
  it('no rule cites the news summary of the study (S3)', () => {
    expect(ruleCatalogue.filter((r) => r.sources.includes('S3')).map((r) => r.id)).to.deep.equal([]);
  });
});

describe('rule basis: fires and stays quiet', () => {
  it('R03 fires on an open-ended flexible duty and says the limit is the tool’s way of applying the study', () => {
    const d = goodRole();
    const i = flexibleIndex(d);
    delete d.duties[i]!.flexibility!.maxShare;
    delete d.duties[i]!.flexibility!.bounds;
    const [f] = findingsOf(d, 'R03');
    expect(f!.message).to.include('how this tool applies that');
    d.duties[i]!.flexibility!.bounds = 'Two evenings a month at most.';
    expect(findingsOf(d, 'R03')).to.deep.equal([]);
  });

  it('R30 fires without a review interval, as a heuristic, and stays quiet with one', () => {
    const d = goodRole();
    const i = flexibleIndex(d);
    delete d.duties[i]!.flexibility!.reviewEveryWeeks;
    const [f] = findingsOf(d, 'R30');
    expect(f!.basis).to.equal('heuristic');
    expect(f!.message).to.include('Tool heuristic');
    expect(rule('R30').fix).to.include('this tool’s suggestion');
    d.duties[i]!.flexibility!.reviewEveryWeeks = 26;
    expect(findingsOf(d, 'R30')).to.deep.equal([]);
  });

  it('R31 fires when nobody agrees a flexible duty, without claiming a source for it', () => {
    const d = goodRole();
    const i = flexibleIndex(d);
    d.duties[i]!.flexibility!.agreedWith = [' '];
    const [f] = findingsOf(d, 'R31');
    expect(f!.sources).to.deep.equal([]);
    expect(f!.message).to.include('Tool heuristic').and.not.include('hierarch');
    d.duties[i]!.flexibility!.agreedWith = ['peer support worker'];
    expect(findingsOf(d, 'R31')).to.deep.equal([]);
  });

  it('R33 fires on a listed topic with no position, as a completeness check', () => {
    const d = goodRole();
    d.boundaries.push({ id: 'b-empty', topic: 'gifts-and-money' });
    const [f] = findingsOf(d, 'R33');
    expect(f!.itemId).to.equal('b-empty');
    expect(f!.message).to.include('consistency check');
    d.boundaries[d.boundaries.length - 1]!.position = 'Small gifts are declared to the line manager.';
    expect(findingsOf(d, 'R33')).to.deep.equal([]);
  });

  it('R35 speaks of agreeing boundaries with the post-holder and with the person supported', () => {
    const d = goodRole();
    d.boundaries[1]!.status = 'not-started';
    const [f] = findingsOf(d, 'R35');
    expect(f!.message).to.include('the post-holder agrees it').and.include('each person they support');
    expect(f!.message).to.not.include('supervisor');
    d.boundaries[1]!.status = 'proposed';
    expect(findingsOf(d, 'R35')).to.deep.equal([]);
  });

  it('R19 fires on a fixed-term post with no exit plan, as a heuristic, and not on a permanent one', () => {
    const d = goodRole();
    d.employment = { ...d.employment, contractType: 'fixed-term', fixedTermMonths: 24, funding: {} };
    const [f] = findingsOf(d, 'R19');
    expect(f!.basis).to.equal('heuristic');
    expect(f!.message).to.include('Tool heuristic');
    d.employment.contractType = 'permanent';
    expect(findingsOf(d, 'R19')).to.deep.equal([]);
  });

  it('R27 keeps the fact (employers deduct the fee) apart from the inference (valued less)', () => {
    const d = goodRole();
    d.employment.dbs = { ...d.employment.dbs, feePaidBy: 'employee' };
    const [f] = findingsOf(d, 'R27');
    expect(f!.message).to.match(/One trust was seen deducting the fee/);
    expect(f!.message).to.match(/valued less than others is this tool’s reading/);
    expect(rule('R27').summary).to.include('The fact:').and.include('The inference');
    d.employment.dbs = { ...d.employment.dbs, feePaidBy: 'employer' };
    expect(findingsOf(d, 'R27')).to.deep.equal([]);
  });

  it('R54 fires without a job title and calls itself a convention, not evidence', () => {
    const d = goodRole();
    d.role.title = '';
    const [f] = findingsOf(d, 'R54');
    expect(f!.message).to.include('a convention of job descriptions');
    d.role.title = 'Peer Support Worker';
    expect(findingsOf(d, 'R54')).to.deep.equal([]);
  });

  it('R17 fires without a cap and says no source gives the figure it suggests', () => {
    const d = goodRole();
    delete d.role.involvementRequestCap;
    const [f] = findingsOf(d, 'R17');
    expect(f!.fix).to.include('No source gives a figure').and.include('10%');
    d.role.involvementRequestCap = 15;
    expect(findingsOf(d, 'R17')).to.deep.equal([]);
  });
});

describe('R07: the observation task, not the topic', () => {
  const withCore = (title: string, description?: string) => {
    const d = goodRole();
    d.duties.push(duty('core', title, { description: description ?? 'Peer work on the ward.', timeShare: 0 }));
    return d;
  };
  for (const title of ['Carry out close observations', 'Do obs on the ward', 'Close observations', 'Allocated to 1:1 obs at night']) {
    it(`fires on “${title}”`, () => {
      const [f] = findingsOf(withCore(title), 'R07');
      expect(f?.message).to.include('clinical observations');
    });
  }
  for (const title of ['Spend time with people on close observations', 'Offer company to people on 1:1 observations', 'Escorting patients on section 17 leave']) {
    it(`does not fire on “${title}”`, () => {
      expect(findingsOf(withCore(title), 'R07')).to.deep.equal([]);
    });
  }
  it('still fires on taking part in restraint, now citing the apprenticeship standard’s non-coercive approach', () => {
    const [f] = findingsOf(withCore('Taking part in restraint when needed'), 'R07');
    expect(f?.sources).to.include('S24');
    expect(rule('R07').summary).to.include('non-coercive');
  });
});
