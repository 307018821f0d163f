/**
 * parseOrganisationProfile has parseRoleDocument's guarantees: it never throws, refuses hostile
 * input without polluting a prototype, names the field of every problem in words, migrates older
 * versions and refuses newer ones; the shipped JSON Schema agrees with it on the examples below.
 */
import { describe, it } from 'node:test';
import { compileSchema } from '../../util/ajv.js';
import { expect } from 'chai';
import { parseOrganisationProfile, PROFILE_SCHEMA_VERSION, type ProfileParseResult } from '../../../src/organisation/index.js';
import { organisationProfileJsonSchema, PROFILE_PARSER_ONLY_CHECKS, PROFILE_SCHEMA_ID } from '../../../src/organisation/json-schema.js';
import { goodProfile } from '../../fixtures/profiles.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type P = any;
const withProfile = (fn: (p: P) => void): P => { const p = goodProfile() as P; fn(p); return p; };
const issues = (r: ProfileParseResult) => (r.ok ? [] : r.issues);

function refused(input: unknown, path: string, message: RegExp) {
  let r: ProfileParseResult | undefined;
  expect(() => { r = parseOrganisationProfile(input); }).to.not.throw();
  expect(r!.ok, 'refused').to.equal(false);
  const found = issues(r!).find((i) => i.path === path);
  expect(found, `an issue at "${path}" in ${JSON.stringify(issues(r!))}`).to.not.equal(undefined);
  expect(found!.message).to.match(message);
}

describe('parseOrganisationProfile: accepts', () => {
  it('a complete profile, as a value and as JSON text (with a BOM)', () => {
    const a = parseOrganisationProfile(goodProfile());
    expect(a.ok).to.equal(true);
    const b = parseOrganisationProfile('\ufeff' + JSON.stringify(goodProfile()));
    expect(b.ok && b.profile).to.deep.equal(goodProfile());
  });
  it('a minimal profile: only identity and the date, every section empty', () => {
    const r = parseOrganisationProfile({ kind: 'psw-organisation-profile', schemaVersion: 1, id: 'min', asOf: '2026-12-01', organisation: { name: 'Small charity' }, facts: {}, pay: {}, policy: {}, templates: {}, jobDescription: {} });
    expect(r.ok).to.equal(true);
  });
  it('version 0 (name as text, sections missing), migrated and saying so', () => {
    const r = parseOrganisationProfile({ kind: 'psw-organisation-profile', schemaVersion: 0, id: 'old', asOf: '2026-01-01', organisation: 'Old Trust' });
    expect(r.ok).to.equal(true);
    if (!r.ok) return;
    expect(r.migratedFrom).to.equal(0);
    expect(r.profile.schemaVersion).to.equal(PROFILE_SCHEMA_VERSION);
    expect(r.profile.organisation.name).to.equal('Old Trust');
    expect(r.profile.facts).to.deep.equal({});
  });
  it('logos as a PNG data: URL, an https address or a same-site path', () => {
    for (const src of ['data:image/png;base64,iVBORw0KGgo=', 'https://cdn.example/logo.png', '/img/logo.png', './logo.jpg']) {
      const r = parseOrganisationProfile(withProfile((p) => { p.organisation.logo = { src, alt: 'Trust logo' }; }));
      expect(r.ok, src).to.equal(true);
    }
  });
});

describe('parseOrganisationProfile: refuses, naming the field', () => {
  it('a role document, an export or anything without the profile kind', () => {
    refused({ kind: 'psw-role-document' }, '', /not a psw-role-kit organisation profile: its kind is “psw-role-document”/);
    refused({}, '', /has no “kind” field/);
    refused('[1]', '', /group of fields/);
    refused('', '', /empty/);
    refused('{"kind": "psw-organisation-profile",', '', /not valid JSON: .* line 1, column/);
  });
  it('a newer schema version, naming what is needed', () => {
    refused(withProfile((p) => { p.schemaVersion = PROFILE_SCHEMA_VERSION + 1; }), '', /newer version of psw-role-kit \(profile schema version 2\)/);
  });
  it('wrong types and values, each in words', () => {
    refused(withProfile((p) => { p.facts.peerOnPanel = 'yes'; }), 'facts.peerOnPanel', /^Facts › Peer on the panel must be true or false/);
    refused(withProfile((p) => { p.asOf = '01/10/2026'; }), 'asOf', /^Facts confirmed on must be a date written YYYY-MM-DD/);
    refused(withProfile((p) => { p.organisation.name = ''; }), 'organisation.name', /Name must not be empty/);
    refused(withProfile((p) => { p.organisation.name = ' \u200b '; }), 'organisation.name', /Name must have words in it, not only spaces/);
    refused(withProfile((p) => { p.policy.minCoreDuties = 2.5; }), 'policy.minCoreDuties', /Fewest core duties must be a whole number/);
    refused(withProfile((p) => { p.pay.highCostArea = 'mars'; }), 'pay.highCostArea', /High Cost Area Supplement zone/);
    refused(withProfile((p) => { p.templates.hide = ['moon-base']; }), 'templates.hide[0]', /Hidden template 1/);
    refused(withProfile((p) => { p.facts.peerSupervision.frequency.per = 'year'; }), 'facts.peerSupervision.frequency.per', /Peer supervision › Frequency › Per/);
  });
  it('a pay band whose minimum is above its maximum, and a table that ends before it starts', () => {
    refused(withProfile((p) => { p.pay.tables[0].bands[0].min = 99_999; }), 'pay.tables[0].bands[0].min', /Pay table 1 “Fixture grades 2026” › Band 1 “P1” › Minimum must not be above the maximum/);
    refused(withProfile((p) => { p.pay.tables[0].effectiveTo = '2025-01-01'; }), 'pay.tables[0].effectiveTo', /must not be before the date the table takes effect/);
  });
  it('two tables of one scheme that start on the same day, which would leave the table in force unknown', () => {
    refused(withProfile((p) => { p.pay.tables.push({ ...p.pay.tables[0], id: 'second', bands: [{ ...p.pay.tables[0].bands[0], min: 1 }] }); }),
      'pay.tables[1].effectiveFrom', /takes effect on the same day as table 1 of the same scheme/);
    expect(parseOrganisationProfile(withProfile((p) => { p.pay.tables.push({ ...p.pay.tables[0], id: 'other', scheme: p.pay.tables[0].scheme === 'agenda-for-change' ? 'vcse-own-grades' : 'agenda-for-change' }); })).ok, 'another scheme').to.equal(true);
  });
  it('a confirmation date still to come', () => {
    refused(withProfile((p) => { p.asOf = '2999-01-01'; }), 'asOf', /must not be in the future/);
  });
  it('the day each answer was set: a field that answers a role field, a date, not in the future', () => {
    const r = parseOrganisationProfile(withProfile((p) => { p.answeredOn = { 'facts.peerOnPanel': '2026-11-02', 'facts.peerSupervision.frequency': '2026-11-03' }; }));
    expect(r.ok && r.profile.answeredOn).to.deep.equal({ 'facts.peerOnPanel': '2026-11-02', 'facts.peerSupervision.frequency': '2026-11-03' });
    refused(withProfile((p) => { p.answeredOn = { 'facts.nothing': '2026-11-02' }; }), 'answeredOn["facts.nothing"]', /“facts.nothing” is not a field psw-role-kit knows/);
    refused(withProfile((p) => { p.answeredOn = { 'facts.peerOnPanel': '2999-01-01' }; }), 'answeredOn["facts.peerOnPanel"]', /must not be in the future/);
  });
  it('a band listed twice in a table ("3" and "Band 3" are one band)', () => {
    refused(withProfile((p) => { p.pay.tables[0].bands.push({ ...p.pay.tables[0].bands[0], band: ` band ${p.pay.tables[0].bands[0].band}`, min: 1 }); }),
      'pay.tables[0].bands[1].band', /repeats the band of band 1; a table lists each band once/);
    // A band that is not text is named as such, and the check of repeats does not stumble on it.
    refused(withProfile((p) => { p.pay.tables[0].bands.push({ ...p.pay.tables[0].bands[0], band: 3 }); }), 'pay.tables[0].bands[1].band', /must be text/);
  });
  it('balance thresholds no role could meet, with the defaults for those left out', () => {
    refused(withProfile((p) => { p.policy.balance = { tooRigidFlexibleBelow: 80, tooLooseFlexibleAbove: 10 }; }),
      'policy.balance.tooLooseFlexibleAbove', /leaves no balanced share of flexible time: under 80 % is too rigid, over 10 % too loose/);
    refused(withProfile((p) => { p.policy.balance = { tooRigidFlexibleBelow: 65, tooLooseFlexibleAbove: 70 }; }),
      'policy.balance.tooRigidFlexibleBelow', /65 % flexible time and 40 % core time add up to more than 100 %/);
    refused(withProfile((p) => { p.policy.balance = { tooRigidFlexibleBelow: 55 }; }), 'policy.balance.tooRigidFlexibleBelow', /under 55 % is too rigid, over 50 % too loose/);
    refused(withProfile((p) => { p.policy.balance = { tooLooseCoreBelow: 95 }; }), 'policy.balance.tooLooseCoreBelow', /10 % flexible time and 95 % core time/);
    expect(parseOrganisationProfile(withProfile((p) => { p.policy.balance = { tooRigidFlexibleBelow: 20, tooLooseFlexibleAbove: 20, tooLooseCoreBelow: 80 }; })).ok,
      'a single balanced point is enough').to.equal(true);
  });
  it('an organisation template whose role document is invalid, named as the role document names it', () => {
    refused(withProfile((p) => { p.templates.add[0].document.duties[0].timeShare = 101; }), 'templates.add[0].document.duties[0].timeShare', /^Template 1 “Crisis café PSW” › Duty 1 “Offer one-to-one peer support” › Share of time must be 100 or less/);
  });
  it('unknown keys, but keeps host data in extensions', () => {
    refused(withProfile((p) => { p.facts.colour = 'red'; }), 'facts.colour', /not a field psw-role-kit knows/);
    expect(parseOrganisationProfile(withProfile((p) => { p.extensions = { 'acme/hr': { cost: 1 } }; })).ok).to.equal(true);
  });
  it('logo addresses that could run code or smuggle markup', () => {
    for (const src of ['javascript:alert(1)', 'data:image/svg+xml;base64,PHN2Zz4=', 'data:text/html,<script>', '//evil.example/x.png', 'https://x.example/"onerror="a', 'vbscript:x']) {
      refused(withProfile((p) => { p.organisation.logo = { src, alt: 'x' }; }), 'organisation.logo.src', /must be a PNG or JPEG data: URL/);
    }
  });
  it('a website that is not http(s)', () => {
    refused(withProfile((p) => { p.organisation.website = 'javascript:alert(1)'; }), 'organisation.website', /must be a web address/);
  });
});

describe('parseOrganisationProfile: hostile input', () => {
  const clean = () => {
    for (const k of ['polluted', 'isAdmin']) expect((Object.prototype as Record<string, unknown>)[k]).to.equal(undefined);
  };
  it('refuses __proto__, constructor and prototype keys without polluting anything', () => {
    const text = JSON.stringify(goodProfile()).replace('"facts":{', '"facts":{"__proto__":{"polluted":true},');
    refused(text, 'facts.__proto__', /./);
    refused(JSON.parse(JSON.stringify(goodProfile()).replace('"policy":{', '"policy":{"constructor":{"prototype":{"isAdmin":true}},')), 'policy.constructor', /./);
    clean();
  });
  it('never throws on proxies, throwing getters, cycles, functions or huge text', () => {
    const cyclic = goodProfile() as P; cyclic.extensions = { self: cyclic };
    const getter = goodProfile() as P; Object.defineProperty(getter.facts, 'peerNetwork', { enumerable: true, get() { throw new Error('boom'); } });
    const proxy = new Proxy(goodProfile(), { ownKeys() { throw new Error('trap'); } });
    const fn = withProfile((p) => { p.organisation.name = () => 'x'; });
    for (const input of [cyclic, getter, proxy, fn, 'x'.repeat(1024 * 1024 + 1), null, undefined, 42, Symbol('s')]) {
      let r: ProfileParseResult | undefined;
      expect(() => { r = parseOrganisationProfile(input); }).to.not.throw();
      expect(r!.ok).to.equal(false);
      expect(issues(r!).length).to.be.greaterThan(0);
    }
    clean();
  });
  it('refuses nesting deeper than the limit inside extensions', () => {
    const deep = goodProfile() as P; let o: P = {}; deep.extensions = { o }; for (let i = 0; i < 40; i++) o = o.n = {};
    expect(parseOrganisationProfile(deep).ok).to.equal(false);
  });
});

describe('organisation.schema.json', () => {
  const schema = organisationProfileJsonSchema();
  it('is draft 2020-12 with a neutral $id and lists the parser-only checks', () => {
    expect(schema.$id).to.equal(PROFILE_SCHEMA_ID);
    for (const check of PROFILE_PARSER_ONLY_CHECKS) expect(schema.description).to.include(check);
    expect((schema.properties as Record<string, Record<string, unknown>>).kind!.const).to.equal('psw-organisation-profile');
  });
});

{
  const validate = compileSchema(organisationProfileJsonSchema());
  const VALID: P[] = [goodProfile(), withProfile((p) => { p.organisation.logo = { src: 'data:image/jpeg;base64,/9j/4AAQ', alt: 'Logo' }; })];
  const INVALID: P[] = [
    withProfile((p) => { p.facts.peerOnPanel = 'yes'; }), withProfile((p) => { delete p.asOf; }), withProfile((p) => { p.extra = 1; }),
    withProfile((p) => { p.organisation.logo = { src: 'javascript:alert(1)', alt: '' }; }), withProfile((p) => { p.pay.tables[0].bands = []; }),
    withProfile((p) => { p.templates.add[0].document.meta.suggested = ['employment.band', 'employment.band']; }),
  ];
  describe('organisation.schema.json and parseOrganisationProfile agree (Node, ajv)', () => {
    it('on valid and invalid examples', () => {
      for (const p of VALID) { expect(validate(p), JSON.stringify(validate.errors)).to.equal(true); expect(parseOrganisationProfile(p).ok).to.equal(true); }
      for (const p of INVALID) { expect(validate(p)).to.equal(false); expect(parseOrganisationProfile(p).ok).to.equal(false); }
    });
    it('differ on the parser-only checks (a band minimum above its maximum)', () => {
      const p = withProfile((x) => { x.pay.tables[0].bands[0].min = 99_999; });
      expect(validate(p)).to.equal(true);
      expect(parseOrganisationProfile(p).ok).to.equal(false);
    });
  });
}
