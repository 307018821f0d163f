import { describe, it } from 'node:test';
import { expect } from 'chai';
import { assessRole, defaultPolicy, type Finding } from '../../../src/assess/index.js';
import { PATH_ORDER, pathOrder, pathRank } from '../../../src/assess/paths.js';
import { clockToday, policyKey, resolvePolicy } from '../../../src/assess/policy.js';
import type { RoleDocument } from '../../../src/model/schema.js';
import { arrangement, boundary, criterion, duty, emptyDocument, goodRole, step, thirtyDutyRole, TODAY, training } from '../../fixtures/assess-docs.js';

/** A role with something wrong in most sections, so it yields findings of every severity. */
function poorRole(): RoleDocument {
  const d = emptyDocument();
  d.meta.reviewDate = '2025-01-01';
  d.context.setting = 'adult-community';
  d.role = { title: 'Peer Support Worker', level: 'senior-psw' };
  d.duties = [
    duty('core', 'Ward support', { description: 'Taking observations and covering rota gaps.', timeShare: 60 }),
    duty('flexible', 'Outreach', { timeShare: 55 }),
    duty('core', ''),
    duty('excluded', 'Medication', { timeShare: 5 }),
  ];
  for (let i = 0; i < 8; i++) d.duties.push(duty('core', `Duty ${i}`, { timeShare: 1 }));
  d.duties.push(duty('core', 'Doing obs', { timeShare: 1 }));
  d.boundaries = [boundary('endings', { position: 'Planned.' }), boundary('social-media', { status: 'not-applicable' })];
  d.supervision.arrangements = [arrangement('line-management'), arrangement('peer-supervision', { frequency: { count: 1, per: 'quarter' } })];
  d.training.peerSpecific = [training('Course')];
  d.team = { otherPeerWorkers: 0 };
  d.employment = { payScheme: 'agenda-for-change', band: '3', payTableYear: '2021/22', contractType: 'fixed-term', fixedTermMonths: 6, funding: { endDate: '2025-12-31' }, dbs: { feePaidBy: 'employee' } };
  d.progression.steps = [step('Senior PSW')];
  d.recruitment.personSpec.essential = [criterion('Good communication')];
  d.recruitment.personSpec.desirable = [criterion('Driving licence')];
  return d;
}

const SEVERITY = { error: 0, warning: 1, info: 2 } as const;
const templateOf = (path: string) => path.replace(/\[\d+\]/g, '[]');
const indexOf = (path: string) => {
  const m = /\[(\d+)\]/.exec(path);
  return m ? Number(m[1]) : undefined;
};
const key = (f: Finding) => {
  const o = pathOrder(templateOf(f.path!), indexOf(f.path!));
  return [SEVERITY[f.severity], o.primary, o.index, o.secondary];
};

describe('assessRole: findings', () => {
  it('gives every finding a path the ordering knows', () => {
    for (const d of [emptyDocument(), goodRole(), thirtyDutyRole(), poorRole()]) {
      for (const f of assessRole(d, { today: TODAY }).findings) expect(pathRank(templateOf(f.path!)), f.path).to.be.lessThan(PATH_ORDER.length);
    }
  });

  it('sorts findings by severity, then document order', () => {
    const fs = assessRole(poorRole(), { today: TODAY }).findings;
    expect(new Set(fs.map((f) => f.severity))).to.deep.equal(new Set(['error', 'warning', 'info']));
    for (let i = 1; i < fs.length; i++) {
      const a = key(fs[i - 1]!), b = key(fs[i]!);
      const cmp = a.findIndex((x, j) => x !== b[j]);
      expect(cmp < 0 || a[cmp]! < b[cmp]!, `${fs[i - 1]!.ruleId} ${fs[i - 1]!.path} before ${fs[i]!.ruleId} ${fs[i]!.path}`).to.equal(true);
    }
  });

  it('puts a list before its items, and items in list order (duties[2] before duties[10])', () => {
    const paths = assessRole(poorRole(), { today: TODAY }).findings.filter((f) => f.severity === 'warning').map((f) => f.path!);
    const list = paths.indexOf('duties');
    const d0 = paths.findIndex((p) => p.startsWith('duties[0]'));
    const d12 = paths.findIndex((p) => p.startsWith('duties[12]'));
    expect(list).to.be.greaterThan(-1);
    expect(list).to.be.lessThan(d0);
    expect(d0).to.be.lessThan(d12);
    expect(paths.indexOf('role.reportsTo')).to.be.lessThan(list);
  });

  it('names the item of every finding about a list item', () => {
    const d = poorRole();
    for (const f of assessRole(d, { today: TODAY }).findings) {
      const m = /^([a-zA-Z.]+)\[(\d+)\]/.exec(f.path!);
      if (!m) {
        expect(f.itemId, f.path).to.equal(undefined);
        continue;
      }
      const list = m[1]!.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], d) as { id: string }[];
      expect(f.itemId, f.path).to.equal(list[Number(m[2])]!.id);
    }
  });

  it('is deterministic: the same content gives equal assessments', () => {
    expect(assessRole(poorRole(), { today: TODAY }).findings.map((f) => [f.ruleId, f.path])).to.deep.equal(
      assessRole(poorRole(), { today: TODAY }).findings.map((f) => [f.ruleId, f.path]),
    );
  });
});

describe('assessRole: memoisation', () => {
  it('returns the same object for the same document', () => {
    const d = goodRole();
    expect(assessRole(d)).to.equal(assessRole(d));
    expect(assessRole(d, { today: TODAY })).to.equal(assessRole(d, { today: TODAY }));
  });

  it('returns the same object for a new policy object with equal values', () => {
    const d = goodRole();
    const a = assessRole(d, { today: TODAY, minCoreDuties: 3 });
    expect(assessRole(d, { minCoreDuties: 3, today: TODAY })).to.equal(a);
    expect(assessRole(d, { ...defaultPolicy, today: TODAY })).to.equal(a); // defaults spelt out
    expect(assessRole(d, { today: TODAY })).to.equal(a); // defaults left out
    expect(assessRole(d, { today: TODAY, balance: { ...defaultPolicy.balance } })).to.equal(a);
    // One balance threshold alone is a policy too (the others are the defaults); its type says so.
    expect(assessRole(d, { today: TODAY, balance: { tooRigidFlexibleBelow: defaultPolicy.balance.tooRigidFlexibleBelow } })).to.equal(a);
  });

  it('recomputes for a different policy, and keeps both', () => {
    const d = goodRole();
    const a = assessRole(d, { today: TODAY });
    const b = assessRole(d, { today: TODAY, minCoreDuties: 6 });
    expect(b).to.not.equal(a);
    expect(b.findings.map((f) => f.ruleId)).to.include('R29');
    expect(assessRole(d, { today: TODAY })).to.equal(a);
    expect(assessRole(d, { today: '2026-03-02' })).to.not.equal(a);
  });

  it('assesses a new snapshot afresh, even with equal content', () => {
    const d = goodRole();
    const a = assessRole(d, { today: TODAY });
    const copy = { ...d, duties: d.duties.slice() };
    const b = assessRole(copy, { today: TODAY });
    expect(b).to.not.equal(a);
    expect(b).to.deep.equal(a);
  });

  it('still answers from the cache after other snapshots were assessed', () => {
    const d = goodRole();
    const a = assessRole(d, { today: TODAY });
    for (let i = 0; i < 5; i++) assessRole({ ...d }, { today: TODAY });
    expect(assessRole(d, { today: TODAY })).to.equal(a);
  });

  it('sees an edit, which is a new snapshot', () => {
    const d = goodRole();
    const a = assessRole(d, { today: TODAY });
    const edited = { ...d, role: { ...d.role, purpose: undefined } } as RoleDocument;
    expect(assessRole(edited, { today: TODAY }).readiness).to.equal('incomplete');
    expect(a.readiness).to.equal('ready');
  });
});

describe('policy', () => {
  it('fills in the defaults and the clock’s date', () => {
    const p = resolvePolicy();
    expect(p).to.deep.include({ minFixedTermMonths: 12, maxInvolvementRequestCap: 20, minCoreDuties: 3, minSupervisionSessionsPerMonth: 1 });
    expect(p.today).to.match(/^\d{4}-\d{2}-\d{2}$/);
    expect(p.today).to.equal(clockToday());
  });

  it('writes the clock’s date as YYYY-MM-DD in local time', () => {
    expect(clockToday(new Date(2026, 0, 5, 23, 30))).to.equal('2026-01-05');
    expect(clockToday(new Date(2026, 10, 25))).to.equal('2026-11-25');
  });

  it('falls back to a default for a value that is not a finite number or a date', () => {
    const p = resolvePolicy({ minCoreDuties: Number.NaN, maxInvolvementRequestCap: Infinity, today: '1 March 2026' });
    expect(p.minCoreDuties).to.equal(3);
    expect(p.maxInvolvementRequestCap).to.equal(20);
    expect(p.today).to.equal(clockToday());
  });

  it('keys equal values equally and different values differently', () => {
    expect(policyKey(resolvePolicy({ today: TODAY }))).to.equal(policyKey(resolvePolicy({ ...defaultPolicy, today: TODAY })));
    expect(policyKey(resolvePolicy({ today: TODAY }))).to.not.equal(policyKey(resolvePolicy({ today: TODAY, minFixedTermMonths: 18 })));
    expect(policyKey(resolvePolicy({ today: TODAY }))).to.not.equal(
      policyKey(resolvePolicy({ today: TODAY, balance: { tooRigidFlexibleBelow: 10, tooLooseFlexibleAbove: 50, tooLooseCoreBelow: 41 } })),
    );
  });
});

describe('drift: scans reused for the duties an edit did not change', () => {
  it('follow a duty that moves and a duty that changes, from one edit to the next', () => {
    const drifting = duty('core', 'Doing obs on the ward');
    const base = goodRole();
    const first = { ...base, duties: [drifting, ...base.duties] };
    const at = (doc: RoleDocument) => assessRole(doc, { today: TODAY }).findings
      .filter((f) => f.ruleId === 'R07' && f.itemId === drifting.id).map((f) => f.path);
    expect(at(first)).to.deep.equal(['duties[0].title']);
    // The same duty object one place further down (its scan is not reused by place): the finding points at its new place.
    const moved = { ...first, duties: [...base.duties.slice(0, 1), drifting, ...base.duties.slice(1)] };
    expect(at(moved)).to.deep.equal(['duties[1].title']);
    // A changed duty is a new object with the same id: scanned again, the finding goes.
    const reworded = { ...moved, duties: moved.duties.map((d) => (d === drifting ? { ...d, title: 'Peer support on the ward' } : d)) };
    expect(at(reworded)).to.deep.equal([]);
    // Another duty edited, the drifting one kept in place: its finding stays, from the reused scan.
    const other = { ...moved, duties: moved.duties.map((d, i) => (i === 0 ? { ...d, title: `${d.title}!` } : d)) };
    expect(at(moved)).to.deep.equal(['duties[1].title']);
    expect(at(other)).to.deep.equal(['duties[1].title']);
  });
});

describe('rules that check duties one by one: findings kept for the duties an edit did not change', () => {
  /** The same content in new objects throughout: nothing of an earlier assessment can be reused. */
  const fresh = (doc: RoleDocument) => assessRole(structuredClone(doc), { today: TODAY });
  const chain = () => {
    const base = poorRole();
    base.duties.push(duty('flexible', 'Groups'), duty('flexible', ''), duty('excluded', 'Restraint'));
    const edits: RoleDocument[] = [base];
    const last = () => edits[edits.length - 1]!;
    const retitle = (i: number, title: string) => ({ ...last(), duties: last().duties.map((d, k) => (k === i ? { ...d, title } : d)) });
    edits.push(retitle(1, 'Outreach work'));
    edits.push(retitle(1, ''));
    edits.push({ ...last(), duties: [...last().duties.slice(1), last().duties[0]!] }); // moved: every index changes
    edits.push({ ...last(), duties: last().duties.slice(2) }); // removed
    edits.push(retitle(0, 'Doing obs'));
    edits.push({ ...last(), duties: last().duties.map((d, k) => (k === 3 ? { ...d, kind: 'excluded' as const } : d)) });
    return edits;
  };

  it('gives after each edit the assessment a fresh document of the same content gets', () => {
    for (const doc of chain()) expect(assessRole(doc, { today: TODAY })).to.deep.equal(fresh(doc));
  });

  it('keeps the same finding objects for a duty that did not change or move, and new ones for the changed duty', () => {
    const [before, after] = chain();
    const a = assessRole(before!, { today: TODAY }).findings;
    const b = assessRole(after!, { today: TODAY }).findings;
    const changed = after!.duties[1]!.id;
    const untouched = after!.duties[4]!.id;
    const of = (list: Finding[], id: string) => list.filter((f) => f.itemId === id && f.ruleId !== 'R07' && f.ruleId !== 'R08');
    expect(of(b, untouched)).to.not.be.empty;
    expect(of(b, untouched).every((f, i) => f === of(a, untouched)[i])).to.equal(true);
    expect(of(b, changed).some((f) => of(a, changed).includes(f))).to.equal(false);
  });
});
