/**
 * Each kind of change on a hand-made edit of a complete role: the change, its path, item id, section
 * and label, word-level differences, and the findings it fixed or introduced.
 */
import { describe, it } from 'node:test';
import { expect } from 'chai';
import { compareRoles, type Change } from '../../../src/compare/index.js';
import type { RoleDocument } from '../../../src/model/schema.js';
import { goodRole } from '../../fixtures/roles.js';

const TODAY = '2026-12-05';
const compare = (a: RoleDocument, b: RoleDocument) => compareRoles(a, b, { today: TODAY });
const edited = (edit: (d: RoleDocument) => void): [RoleDocument, RoleDocument] => {
  const a = goodRole(), b = goodRole();
  edit(b);
  return [a, b];
};
const only = (changes: Change[]): Change => {
  expect(changes, changes.map((c) => c.label).join(' | ')).to.have.length(1);
  return changes[0]!;
};

describe('compareRoles: each kind of change', () => {
  it('a duty added, with its kind in the label', () => {
    const [a, b] = edited((d) => d.duties.splice(2, 0, { id: 'duty-new', kind: 'flexible', title: 'Run a peer-led walking group', timeShare: 5 }));
    const c = only(compare(a, b).changes);
    expect(c).to.include({ change: 'added', path: 'duties[2]', itemId: 'duty-new', section: 'duties', label: 'Flexible duty “Run a peer-led walking group” added' });
    expect(c.after).to.deep.equal(b.duties[2]);
    expect(c).to.not.have.property('before');
  });

  it('a duty removed, at its place in the old role', () => {
    const [a, b] = edited((d) => d.duties.splice(1, 1));
    const c = only(compare(a, b).changes);
    expect(c).to.include({ change: 'removed', path: 'duties[1]', itemId: 'duty-plans', label: 'Core duty “Support recovery and wellness planning” removed' });
    expect(c.before).to.deep.equal(a.duties[1]);
  });

  it('a duty moved: only the one that moved, with both positions', () => {
    const [a, b] = edited((d) => d.duties.unshift(d.duties.splice(3, 1)[0]!));
    const c = only(compare(a, b).changes);
    expect(c).to.include({ change: 'moved', path: 'duties[0]', beforePath: 'duties[3]', itemId: 'duty-team', label: 'Duty “Bring the peer perspective to team meetings” moved from position 4 to position 1' });
  });

  it('a duty from core to flexible', () => {
    const [a, b] = edited((d) => { d.duties[5] = { ...d.duties[5]!, kind: 'core' }; d.duties[0] = { ...d.duties[0]!, kind: 'flexible' }; });
    const labels = compare(a, b).changes.map((c) => c.label);
    expect(labels).to.include('“Offer one-to-one peer support” moved from Core to Flexible');
    expect(labels).to.include('“Co-facilitate a weekly wellbeing group” moved from Flexible to Core');
    const kind = compare(a, b).changes.find((c) => c.path === 'duties[0].kind')!;
    expect(kind).to.include({ before: 'core', after: 'flexible', beforeText: 'Core', afterText: 'Flexible', field: 'Kind' });
  });

  it('band, hours, a yes/no and a catalogue value, in words', () => {
    const [a, b] = edited((d) => {
      d.employment.band = '4';
      d.employment.hoursPerWeek = 37.5;
      d.team.peerNetwork = false;
      d.context.setting = 'crisis';
      d.role.level = 'senior-psw';
    });
    const byPath = Object.fromEntries(compare(a, b).changes.map((c) => [c.path, c]));
    expect(byPath['employment.band']).to.include({ change: 'changed', label: 'Band 3 → Band 4', before: '3', after: '4', beforeText: 'Band 3', afterText: 'Band 4', field: 'Band' });
    expect(byPath['employment.hoursPerWeek']!.label).to.equal('Hours per week: 30 hours a week → 37.5 hours a week');
    expect(byPath['team.peerNetwork']!.label).to.equal('Peer network: Yes → No');
    expect(byPath['context.setting']!.label).to.equal('Setting: Adult community mental health → Crisis services');
    expect(byPath['role.level']!.label).to.equal('Role level: Peer support worker → Senior peer support worker');
  });

  it('a field set and a field cleared', () => {
    const [a, b] = edited((d) => {
      delete d.role.reportsTo;
      d.employment.fixedTermMonths = 18;
    });
    const labels = compare(a, b).changes.map((c) => [c.change, c.label]);
    expect(labels).to.deep.include(['removed', 'Reports to cleared (was “Community team leader”)']);
    expect(labels).to.deep.include(['added', 'Contract length (months) set to 18 months']);
  });

  it('a long text rewritten, with word-level differences that rebuild both texts', () => {
    const [a, b] = edited((d) => {
      const gifts = d.boundaries.find((x) => x.topic === 'gifts-and-money')!;
      d.boundaries = d.boundaries.map((x) => (x === gifts ? { ...x, position: 'Small gifts may be accepted and are declared; money is never lent or borrowed.' } : x));
      d.role.purpose = d.role.purpose!.replace('practical peer support', 'practical, hopeful peer support');
    });
    const cs = compare(a, b).changes;
    const gifts = cs.find((c) => c.path.endsWith('.position'))!;
    expect(gifts).to.include({ change: 'changed', label: 'Position on gifts and money rewritten', itemId: 'bd-gifts-and-money', section: 'boundaries' });
    const text = (kinds: string[]) => gifts.words!.filter((w) => kinds.includes(w.kind)).map((w) => w.text).join('');
    expect(text(['same', 'removed'])).to.equal(a.boundaries[5]!.position);
    expect(text(['same', 'added'])).to.equal('Small gifts may be accepted and are declared; money is never lent or borrowed.');
    const purpose = cs.find((c) => c.path === 'role.purpose')!;
    expect(purpose.label).to.equal('Purpose edited');
    expect(purpose.words!.filter((w) => w.kind !== 'same').map((w) => [w.kind, w.text.trim()])).to.deep.equal([['added', ', hopeful']]);
    expect(purpose).to.not.have.property('beforeText');
  });

  it('a renamed duty and an edited field of an item name the item', () => {
    const [a, b] = edited((d) => {
      d.duties[2] = { ...d.duties[2]!, title: 'Connect people with local groups', timeShare: 12 };
      d.supervision.arrangements[1] = { ...d.supervision.arrangements[1]!, frequency: { count: 1, per: 'month' } };
    });
    const labels = compare(a, b).changes.map((c) => c.label);
    expect(labels).to.deep.equal([
      'Duty “Connect people with community resources” renamed “Connect people with local groups”',
      'Share of time for “Connect people with local groups”: 10% → 12%',
      'Frequency of peer supervision (one-to-one): twice a month → once a month',
    ]);
  });

  it('ignores timestamps and the document id; names the status', () => {
    const [a, b] = edited((d) => {
      d.id = 'another-id';
      d.meta = { ...d.meta, updatedAt: '2026-12-01T10:00:00.000Z', createdAt: '2026-11-01T10:00:00.000Z', status: 'approved' };
    });
    expect(compare(a, b).changes.map((c) => c.label)).to.deep.equal(['Status: In review → Approved']);
  });

  it('a Confirm of a suggested field is a change in the field\'s section; an edit that settles it is the edit alone', () => {
    const a = goodRole();
    a.meta.suggested = ['employment.band', 'employment.hoursPerWeek', 'supervision.arrangements'];
    const b = structuredClone(a);
    b.meta.suggested = ['employment.hoursPerWeek']; // the band and the arrangements confirmed
    const confirmed = compare(a, b);
    expect(confirmed.changes.map((c) => [c.section, c.path, c.confirmation])).to.deep.equal([
      ['supervision', 'supervision.arrangements', 'confirmed'],
      ['employment', 'employment.band', 'confirmed'],
    ]);
    expect(confirmed.sections.map((s) => s.section)).to.deep.equal(['supervision', 'employment']);
    const band = confirmed.changes[1]!;
    expect(band).to.not.have.property('before');
    expect(band.label).to.equal('Band: suggested by a template, to be confirmed → confirmed');
    expect(band.fixes?.map((f) => f.ruleId), 'R66 asked for it').to.include('R66');
    // The other way round: someone else's version confirmed them, this one has not.
    expect(compare(b, a).changes.map((c) => c.confirmation)).to.deep.equal(['unconfirmed', 'unconfirmed']);
    // The band changed as well: the change of value says it all.
    const edit = structuredClone(b);
    edit.employment.band = a.employment.band === '4' ? '5' : '4';
    expect(compare(a, edit).changes.filter((c) => c.path === 'employment.band').map((c) => c.confirmation)).to.deep.equal([undefined]);
  });

  it('items with new ids are paired by what identifies them, and the delta follows the pairing', () => {
    const [a, b] = edited((d) => {
      d.duties = d.duties.map((x, i) => ({ ...x, id: `other-${i}` }));
      d.boundaries = d.boundaries.map((x, i) => ({ ...x, id: `b-${i}` }));
      delete d.duties[0]!.timeShare;
    });
    const r = compare(a, b);
    const c = only(r.changes);
    expect(c).to.include({ path: 'duties[0].timeShare', itemId: 'other-0', change: 'removed' });
    expect(r.assessment.fixed).to.deep.equal([]);
  });

  it('findings fixed and introduced, tied to the change that moved them', () => {
    const [a, b] = edited((d) => {
      d.boundaries = d.boundaries.filter((x) => x.topic !== 'endings');
      d.employment.contractType = 'fixed-term';
      d.employment.fixedTermMonths = 6;
    });
    const r = compare(a, b);
    // What was found about the boundary itself goes with it.
    expect(r.assessment.fixed.every((f) => f.itemId === 'bd-endings')).to.equal(true);
    expect(r.assessment.introduced.length).to.be.greaterThan(0);
    const removed = r.changes.find((c) => c.change === 'removed')!;
    expect(removed.label).to.equal('Boundary on endings removed');
    expect(removed.introduces?.length).to.be.greaterThan(0);
    // And back: the reverse comparison fixes what this one introduced.
    const back = compare(b, a);
    expect(back.assessment.fixed.map((f) => f.ruleId).sort()).to.deep.equal(r.assessment.introduced.map((f) => f.ruleId).sort());
    expect(back.assessment.introduced.map((f) => f.ruleId).sort()).to.deep.equal(r.assessment.fixed.map((f) => f.ruleId).sort());
    expect(back.changes.find((c) => c.label === 'Boundary on endings added')?.fixes?.length).to.be.greaterThan(0);
    const tied = new Set(r.changes.flatMap((c) => c.introduces ?? []));
    expect([...tied].every((f) => r.assessment.introduced.includes(f))).to.equal(true);
  });

  it('a finding about an item goes to the change of its field, else to the item’s first change', () => {
    const [a, b] = edited((d) => {
      const i = d.duties.findIndex((x) => x.id === 'duty-groups');
      const { flexibility: _f, ...duty } = d.duties[i]!;
      d.duties[i] = { ...duty, kind: 'core' };
    });
    const r = compare(a, b);
    const about = r.assessment.introduced.filter((f) => f.itemId === 'duty-groups');
    expect(about.length).to.be.greaterThan(0);
    for (const f of about) {
      const holders = r.changes.filter((c) => c.introduces?.includes(f));
      expect(holders.map((c) => c.path), f.ruleId).to.have.length(1);
    }
    expect(r.changes[0]!.label).to.equal('“Co-facilitate a weekly wellbeing group” moved from Flexible to Core');
    expect(r.changes[0]!.introduces?.length).to.be.greaterThan(0);
  });

  it('groups changes by section in document order, with the sections’ names', () => {
    const [a, b] = edited((d) => {
      d.recruitment.peerOnPanel = false;
      d.role.title = 'Senior Peer Support Worker';
      d.duties.pop();
    });
    const r = compare(a, b);
    expect(r.sections.map((s) => [s.section, s.label, s.changes.length])).to.deep.equal([['role', 'Role', 1], ['duties', 'Duties', 1], ['recruitment', 'Recruitment', 1]]);
  });
});
