import { describe, it } from '../../util/harness.js';
import { expect } from 'chai';
import { createRoleDocument, parseRoleDocument, SCHEMA_VERSION, newId } from '../../../src/model/index.js';

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
    a.duties[4]!.flexibility!.agreedWith!.push('someone');
    expect(b.duties[4]!.flexibility!.agreedWith).to.not.include('someone');
    expect(a.duties[5]!.flexibility!.agreedWith).to.not.include('someone');
  });
  it('throws a TypeError for programmer errors: unknown template, bad now, bad id', () => {
    expect(() => createRoleDocument({ template: 'nope' as never })).to.throw(TypeError, /unknown template "nope"/);
    expect(() => createRoleDocument({ now: new Date(NaN) })).to.throw(TypeError, /now/);
    expect(() => createRoleDocument({ now: 'yesterday' })).to.throw(TypeError, /now/);
    expect(() => createRoleDocument({ id: '' })).to.throw(TypeError, /id/);
    expect(() => createRoleDocument({ id: 'has space' })).to.throw(TypeError, /id/);
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
