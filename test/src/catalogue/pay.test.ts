import { describe, it } from 'node:test';
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import {
  ROLE_LEVEL_IDS, newestBuiltInPayTable, newestPayTable, payTableBand, payTableInForce, payTables, payTablesFor, payTableYearOf, payYearOf,
} from '../../../src/catalogue/index.js';
import { parseOrganisationProfile, type OrganisationProfile, type PayTable } from '../../../src/organisation/index.js';

const AFC_2025_26 = payTables.find((t) => t.year === '2025/26')!;
const AFC_2026_27 = payTables.find((t) => t.year === '2026/27')!;

/** A valid profile with the given nation and pay section. */
function profile(pay: object, nation?: string): OrganisationProfile {
  const r = parseOrganisationProfile({
    kind: 'psw-organisation-profile', schemaVersion: 1, id: 'pay-test', asOf: '2026-11-01',
    organisation: { name: 'Pay Test Trust', ...(nation ? { nation } : {}) }, facts: {}, pay, policy: {}, templates: {}, jobDescription: {}, extensions: {},
  });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.profile;
}
const ownTable = (over: Partial<PayTable>): PayTable => ({
  id: 'own', scheme: 'agenda-for-change', label: 'Our table', effectiveFrom: '2026-04-01',
  bands: [{ band: '3', min: 26000, max: 28000, period: 'year' }], ...over,
});

describe('pay tables: the built-in Agenda for Change tables (England)', () => {
  it('holds 2025/26 and 2026/27, dated April to March, with ordered points and rising bands', () => {
    expect(payTables.map((t) => [t.year, t.effectiveFrom, t.effectiveTo, t.scheme, t.nation])).to.deep.equal([
      ['2025/26', '2025-04-01', '2026-03-31', 'agenda-for-change', 'england'],
      ['2026/27', '2026-04-01', '2027-03-31', 'agenda-for-change', 'england'],
    ]);
    expect(newestBuiltInPayTable).to.equal(AFC_2026_27);
    for (const t of payTables) {
      expect(t.bands.map((b) => b.band)).to.deep.equal(['2', '3', '4', '5', '6', '7', '8a']);
      expect(t.label).to.include(t.year).and.include('England');
      expect(t.source).to.be.a('string').with.length.greaterThan(40);
      for (const b of t.bands) {
        expect(b.period).to.equal('year');
        expect([b.points[0], b.points[b.points.length - 1]]).to.deep.equal([b.min, b.max]);
        expect([...b.points].sort((x, y) => x - y)).to.deep.equal(b.points);
        for (const l of b.typicalFor ?? []) expect(ROLE_LEVEL_IDS).to.include(l);
      }
      for (let i = 1; i < t.bands.length; i++) expect(t.bands[i]!.min).to.be.greaterThan(t.bands[i - 1]!.max - 1);
    }
  });
  it('2025/26: the figures the catalogue always had (S30)', () => {
    const b3 = payTableBand(AFC_2025_26, '3')!;
    expect([b3.min, b3.max]).to.deep.equal([24937, 26598]);
    expect(b3.hourly).to.deep.equal({ min: 12.75, max: 13.6 });
    expect(b3.typicalFor).to.include('psw');
    expect([payTableBand(AFC_2025_26, '4')!.min, payTableBand(AFC_2025_26, '4')!.max]).to.deep.equal([27485, 30162]);
    expect(payTableBand(AFC_2025_26, '8a')!.max).to.equal(62682);
  });
  it('2026/27: every 2025/26 point × 1.033 rounded to the pound, and says it is computed from the award (S30-b)', () => {
    AFC_2025_26.bands.forEach((old, i) => {
      const now = AFC_2026_27.bands[i]!;
      expect(now.band).to.equal(old.band);
      expect(now.points).to.deep.equal(old.points.map((p) => Math.round(p * 1.033)));
      expect(now.sources).to.include('S30-b');
    });
    expect([payTableBand(AFC_2026_27, '3')!.min, payTableBand(AFC_2026_27, '3')!.max]).to.deep.equal([25760, 27476]);
    expect([payTableBand(AFC_2026_27, '4')!.min, payTableBand(AFC_2026_27, '4')!.max]).to.deep.equal([28392, 31157]);
    expect(payTableBand(AFC_2026_27, '3')!.hourly).to.deep.equal({ min: 13.17, max: 14.05 });
    expect(AFC_2026_27.source).to.match(/computed, not copied/i).and.include('3.3%').and.include('S30-b');
  });
  it('every band source is explained in docs/sources.md', () => {
    const key = readFileSync('docs/sources.md', 'utf8');
    for (const t of payTables) for (const b of t.bands) for (const s of b.sources) expect(key, s).to.include(`<a id="${s.toLowerCase()}"></a>`);
  });
});

describe('pay tables: which table is in force', () => {
  it('picks the built-in table covering the date, and none outside them', () => {
    expect(payTableInForce('agenda-for-change', '2026-03-31')).to.equal(AFC_2025_26);
    expect(payTableInForce('agenda-for-change', '2026-04-01')).to.equal(AFC_2026_27);
    expect(payTableInForce('agenda-for-change', '2026-12-05')).to.equal(AFC_2026_27);
    expect(payTableInForce('agenda-for-change', '2027-03-31')).to.equal(AFC_2026_27);
    expect(payTableInForce('agenda-for-change', '2027-04-01')).to.equal(undefined);
    expect(payTableInForce('agenda-for-change', '2025-03-31')).to.equal(undefined);
    expect(payTableInForce('vcse-own-grades', '2026-12-05')).to.equal(undefined);
    expect(newestPayTable('agenda-for-change')).to.equal(AFC_2026_27);
    expect(newestPayTable('other')).to.equal(undefined);
  });
  it('a profile’s own table wins for the same scheme and date, and counts past the built-in ones', () => {
    const own = ownTable({ effectiveTo: '2027-03-31' });
    const later = ownTable({ id: 'later', label: 'Our 2027 table', effectiveFrom: '2027-04-01' });
    const organisation = profile({ scheme: 'agenda-for-change', tables: [own, later] });
    expect(payTableInForce('agenda-for-change', '2026-12-05', { organisation })).to.deep.equal(own);
    expect(payTableInForce('agenda-for-change', '2026-03-01', { organisation })).to.equal(AFC_2025_26);
    expect(payTableInForce('agenda-for-change', '2030-01-01', { organisation })).to.deep.equal(later);
    expect(newestPayTable('agenda-for-change', { organisation })).to.deep.equal(later);
    expect(payTablesFor('agenda-for-change', { organisation })).to.have.length(4);
  });
  it('a voluntary-sector profile brings its own scheme’s table', () => {
    const organisation = profile({ scheme: 'vcse-own-grades', tables: [ownTable({ scheme: 'vcse-own-grades', bands: [{ band: 'Grade 2', min: 23000, max: 24000, period: 'year' }] })] });
    const t = payTableInForce('vcse-own-grades', '2026-12-05', { organisation })!;
    expect(payTableBand(t, 'grade 2')!.min).to.equal(23000);
    expect(payTableYearOf(t)).to.equal('2026/27');
  });
  it('holds no table for a nation other than England unless the profile brings one', () => {
    for (const nation of ['scotland', 'wales', 'northern-ireland']) {
      expect(payTablesFor('agenda-for-change', { organisation: profile({}, nation) }), nation).to.deep.equal([]);
      expect(payTableInForce('agenda-for-change', '2026-12-05', { organisation: profile({}, nation) })).to.equal(undefined);
    }
    expect(payTableInForce('agenda-for-change', '2026-12-05', { organisation: profile({}, 'england') })).to.equal(AFC_2026_27);
  });
  it('finds a band as "3", "Band 3" or "band 3", and nothing for unknown bands', () => {
    for (const b of ['3', 'Band 3', ' band 3 ']) expect(payTableBand(AFC_2026_27, b)!.min, b).to.equal(25760);
    expect(payTableBand(AFC_2026_27, '9')).to.equal(undefined);
    expect(payTableBand(AFC_2026_27, undefined)).to.equal(undefined);
    expect(payTableBand(undefined, '3')).to.equal(undefined);
  });
  it('names pay years April to March', () => {
    expect(payYearOf('2026-04-01')).to.equal('2026/27');
    expect(payYearOf('2027-03-31')).to.equal('2026/27');
    expect(payYearOf('2099-12-31')).to.equal('2099/00');
    expect(payTableYearOf(AFC_2025_26)).to.equal('2025/26');
  });
});
