import { describe, it } from 'node:test';
import { expect } from 'chai';
import { createRoleDocument, parseRoleDocument, SCHEMA_VERSION, newId, type RoleDocument } from '../../../src/model/index.js';
import { assessRole } from '../../../src/assess/index.js';
import { clockToday } from '../../../src/assess/policy.js';
import { payTableInForce, payTableYearOf } from '../../../src/catalogue/index.js';
import { parseOrganisationProfile, type OrganisationProfile } from '../../../src/organisation/index.js';

const hasUndefined = (v: unknown): boolean =>
  v === undefined || (v !== null && typeof v === 'object' && Object.values(v).some(hasUndefined));

describe('createRoleDocument', () => {
  it('gives an empty canonical draft: every section and list present, no optional scalars', () => {
    const doc = createRoleDocument({ now: '2026-11-25T10:00:00.000Z', id: 'doc-1' });
    expect(doc).to.deep.equal({
      kind: 'psw-role-document', schemaVersion: SCHEMA_VERSION, id: 'doc-1',
      meta: { status: 'draft', createdAt: '2026-11-25T10:00:00.000Z', updatedAt: '2026-11-25T10:00:00.000Z' },
      context: {}, role: {}, duties: [], boundaries: [], supervision: { arrangements: [] }, training: { peerSpecific: [] },
      team: {}, leadership: {}, employment: {}, progression: { steps: [] }, wellbeing: {},
      recruitment: { personSpec: { essential: [], desirable: [] } },
    });
  });
  it('writes keys in schema order, so its JSON text is stable', () => {
    const doc = createRoleDocument({ now: '2026-11-25T10:00:00.000Z', id: 'doc-1' });
    expect(Object.keys(doc)).to.deep.equal(['kind', 'schemaVersion', 'id', 'meta', 'context', 'role', 'duties', 'boundaries',
      'supervision', 'training', 'team', 'leadership', 'employment', 'progression', 'wellbeing', 'recruitment']);
    const r = parseRoleDocument(JSON.stringify(doc));
    expect(r.ok && JSON.stringify(r.document)).to.equal(JSON.stringify(doc));
  });
  it('defaults: a random id and the current time for createdAt = updatedAt', () => {
    const before = Date.now();
    const doc = createRoleDocument();
    const t = Date.parse(doc.meta.createdAt);
    expect(t).to.be.within(before, Date.now());
    expect(doc.meta.updatedAt).to.equal(doc.meta.createdAt);
    expect(doc.id).to.match(/^[a-z][a-z2-9]{15}$/);
    expect(createRoleDocument().id).to.not.equal(doc.id);
  });
  it('accepts now as a Date', () => {
    expect(createRoleDocument({ now: new Date(Date.UTC(2026, 0, 2, 3, 4, 5)) }).meta.createdAt).to.equal('2026-01-02T03:04:05.000Z');
  });
  it('round-trips through JSON to an equal document, with no undefined values anywhere', () => {
    for (const doc of [createRoleDocument(), createRoleDocument({ template: 'vcse-community' })]) {
      expect(hasUndefined(doc)).to.equal(false);
      const r = parseRoleDocument(JSON.stringify(doc));
      expect(r.ok).to.equal(true);
      if (r.ok) expect(r.document).to.deep.equal(doc);
    }
  });
  it('returns independent documents (no shared arrays between calls or duties)', () => {
    const a = createRoleDocument({ template: 'crisis' });
    const b = createRoleDocument({ template: 'crisis' });
    const flexible = (d: typeof a) => d.duties.filter((x) => x.kind === 'flexible');
    flexible(a)[0]!.flexibility!.agreedWith!.push('someone');
    expect(flexible(b)[0]!.flexibility!.agreedWith).to.not.include('someone');
    expect(flexible(a)[1]!.flexibility!.agreedWith).to.not.include('someone');
  });
  it('throws a TypeError for programmer errors: unknown template, bad now, bad id, a day that is not one', () => {
    expect(() => createRoleDocument({ template: 'nope' as never })).to.throw(TypeError, /unknown template "nope"/);
    expect(() => createRoleDocument({ now: new Date(NaN) })).to.throw(TypeError, /now/);
    expect(() => createRoleDocument({ now: 'yesterday' })).to.throw(TypeError, /now/);
    expect(() => createRoleDocument({ id: '' })).to.throw(TypeError, /id/);
    expect(() => createRoleDocument({ id: 'has space' })).to.throw(TypeError, /id/);
    for (const today of ['2026-13-01', '2026-02-30', '05/12/2026']) expect(() => createRoleDocument({ template: 'crisis', today }), today).to.throw(TypeError, /"today" must be a day of the calendar/);
  });
});

describe('createRoleDocument: pay from the table in force on the day', () => {
  it('fills Band 3 of adult-community from the 2026/27 table on 5 December 2026', () => {
    const e = createRoleDocument({ template: 'adult-community', today: '2026-12-05' }).employment;
    expect([e.payScheme, e.band, e.payTableYear]).to.deep.equal(['agenda-for-change', '3', '2026/27']);
    expect(e.salary).to.deep.equal({ min: 25760, max: 27476, currency: 'GBP', period: 'year' });
  });
  it('takes the table of the day given, and the clock’s day by default', () => {
    expect(createRoleDocument({ template: 'adult-community', today: '2026-03-31' }).employment.salary).to.include({ min: 24937, max: 26598 });
    expect(createRoleDocument({ template: 'primary-care', today: '2026-04-01' }).employment.salary).to.include({ min: 28392, max: 31157 });
    const inForce = payTableInForce('agenda-for-change', clockToday());
    expect(createRoleDocument({ template: 'crisis' }).employment.payTableYear).to.equal(inForce ? payTableYearOf(inForce) : undefined);
  });
  it('past the newest table held, leaves the salary and year unset rather than using an old table', () => {
    const e = createRoleDocument({ template: 'adult-community', today: '2027-06-01' }).employment;
    expect(e.band).to.equal('3');
    expect(e).to.not.have.any.keys('salary', 'payTableYear');
  });
  it('a role holding the 2025/26 figures gets R59 on 5 December 2026; past the newest table a finding says it may be out of date', () => {
    const old = createRoleDocument({ template: 'adult-community', today: '2026-03-01' });
    expect(old.employment.payTableYear).to.equal('2025/26');
    const r59 = (d: RoleDocument, today: string) => assessRole(d, { today }).findings.filter((f) => f.ruleId === 'R59').map((f) => f.message);
    expect(r59(old, '2026-03-01')).to.deep.equal([]);
    expect(r59(old, '2026-12-05')).to.have.length(1);
    expect(r59(old, '2026-12-05')[0]).to.include('2026/27');
    const now = createRoleDocument({ template: 'adult-community', today: '2026-12-05' });
    expect(r59(now, '2026-12-05')).to.deep.equal([]);
    expect(r59(now, '2027-06-01')[0]).to.include('knows pay tables up to 2026/27').and.include('may be out of date');
  });
  it('throws a TypeError for a today that is not YYYY-MM-DD', () => {
    expect(() => createRoleDocument({ template: 'crisis', today: '5/12/2026' })).to.throw(TypeError, /today/);
  });
});

describe('createRoleDocument: with an organisation profile', () => {
  const base = createRoleDocument({ template: 'crisis', today: '2026-03-01', now: '2026-03-01T09:00:00.000Z', id: 'saved' });
  const profile = (over: object = {}): OrganisationProfile => {
    const r = parseOrganisationProfile({
      kind: 'psw-organisation-profile', schemaVersion: 1, id: 'org', asOf: '2026-11-01', organisation: { name: 'Org Trust', employerType: 'nhs-trust' },
      facts: { peerSupervision: { providerRole: 'Lead peer practitioner', frequency: { count: 2, per: 'month' } } },
      pay: { scheme: 'agenda-for-change' }, policy: {},
      templates: { hide: ['crisis'], add: [{ id: 'our-crisis', label: 'Our crisis café role', document: { ...base, meta: { ...base.meta, status: 'approved', reviewDate: '2026-06-01' } } }] },
      jobDescription: {}, extensions: {}, ...over,
    });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    return r.profile;
  };
  const ids = (d: RoleDocument) => [...d.duties, ...d.boundaries, ...d.supervision.arrangements, ...d.training.peerSpecific, ...d.progression.steps,
    ...d.recruitment.personSpec.essential, ...d.recruitment.personSpec.desirable].map((x) => x.id);

  it('makes one of its own templates: a copy with fresh ids and timestamps, a draft, pay brought up to the table in force', () => {
    const organisation = profile();
    const doc = createRoleDocument({ template: 'our-crisis', organisation, today: '2026-12-05', now: '2026-12-05T10:00:00.000Z' });
    expect(doc.meta).to.deep.equal({
      status: 'draft', createdAt: '2026-12-05T10:00:00.000Z', updatedAt: '2026-12-05T10:00:00.000Z',
      suggested: ['role.reportsTo', 'employment.band', 'employment.hoursPerWeek', 'employment.contractType', 'employment.workPattern', 'employment.dbs.level', 'employment.unsocialHours', 'training.induction', 'training.peerSpecific', 'training.mandatory', 'training.development', 'supervision.arrangements', 'progression.steps'],
    });
    expect(doc.id).to.not.equal('saved');
    expect(doc.duties.map((d) => d.title)).to.deep.equal(base.duties.map((d) => d.title));
    const fresh = ids(doc);
    expect(fresh.filter((id) => ids(base).includes(id))).to.deep.equal([]);
    expect(new Set(fresh).size).to.equal(fresh.length);
    expect(doc.employment.payTableYear).to.equal('2026/27');
    expect(doc.employment.salary).to.include({ min: 25760, max: 27476 });
    const r = parseRoleDocument(JSON.stringify(doc));
    expect(r.ok).to.equal(true);
    expect(organisation.templates.add![0]!.document.duties[0]!.id, 'the profile is untouched').to.equal(base.duties[0]!.id);
  });
  it('still makes a built-in template the profile hides (hiding decides what managers are offered)', () => {
    expect(createRoleDocument({ template: 'crisis', organisation: profile(), today: '2026-12-05' }).context.setting).to.equal('crisis');
  });
  it('leaves to the profile what it answers: pay scheme, employer type, the peer supervisor and frequency', () => {
    const doc = createRoleDocument({ template: 'adult-community', organisation: profile(), today: '2026-12-05' });
    expect(doc.context).to.not.have.property('employerType');
    expect(doc.employment).to.not.have.property('payScheme');
    expect(doc.employment).to.include({ band: '3', payTableYear: '2026/27' });
    const peer = doc.supervision.arrangements.find((a) => a.type === 'peer-supervision')!;
    expect(peer).to.not.have.any.keys('providerRole', 'frequency');
    expect(peer.durationMinutes).to.equal(60);
  });
  it('uses the profile’s own table and scheme', () => {
    const own = { id: 'own', scheme: 'agenda-for-change', label: 'Our AfC 2026/27', effectiveFrom: '2026-04-01', bands: [{ band: '3', min: 26000, max: 28000, period: 'year' }] };
    expect(createRoleDocument({ template: 'adult-community', organisation: profile({ pay: { scheme: 'agenda-for-change', tables: [own] } }), today: '2026-12-05' }).employment.salary)
      .to.include({ min: 26000, max: 28000 });
    const vcse = createRoleDocument({ template: 'adult-community', organisation: profile({ pay: { scheme: 'vcse-own-grades' } }), today: '2026-12-05' }).employment;
    expect(vcse).to.not.have.any.keys('payScheme', 'band', 'salary', 'payTableYear');
  });
  it('throws for an id that is neither a setting nor one of the organisation’s templates, naming both', () => {
    expect(() => createRoleDocument({ template: 'our-ward', organisation: profile() })).to.throw(TypeError, /our-crisis/);
    expect(() => createRoleDocument({ template: 'our-crisis' })).to.throw(TypeError, /unknown template/);
  });
});

describe('newId', () => {
  it('makes 16-character ids that start with a letter and fit the id schema', () => {
    for (let i = 0; i < 200; i++) expect(newId()).to.match(/^[a-z][a-z2-9]{15}$/);
  });
  it('does not repeat over 20,000 ids', () => {
    const seen = new Set(Array.from({ length: 20000 }, () => newId()));
    expect(seen.size).to.equal(20000);
  });
  it('adds a prefix with a dash', () => {
    expect(newId('duty')).to.match(/^duty-[a-z][a-z2-9]{15}$/);
  });
});
