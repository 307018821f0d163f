import { describe, it } from 'node:test';
import { expect } from 'chai';
import fc from 'fast-check';
import type { RoleDocument } from '../../../src/model/schema.js';
import {
  criterionKind,
  employmentTypes,
  PSW_NAMESPACE,
  toJobPosting,
  toJobPostingScript,
  toScriptSafeJson,
  type JsonLdValue,
} from '../../../src/export/job-posting.js';
import { completeDoc, emptyDoc, hostileDoc, roleWithDuties } from '../../fixtures/export-docs.js';

/** schema.org JobPosting properties this export may use (confirmed names, source S57). */
const SCHEMA_ORG_PROPERTIES = new Set([
  '@context', '@type', 'title', 'description', 'identifier', 'datePosted', 'validThrough', 'url', 'hiringOrganization',
  'employmentUnit', 'jobLocation', 'employmentType', 'workHours', 'baseSalary', 'salaryCurrency', 'responsibilities',
  'qualifications', 'skills', 'experienceRequirements', 'eligibilityToWorkRequirement', 'securityClearanceRequirement',
  'jobBenefits', 'relevantOccupation',
]);

const withEmployment = (employment: RoleDocument['employment']): RoleDocument => ({ ...emptyDoc(), employment });

/** Walks every value; calls `visit` on each (key, value) pair of every object. */
function walk(value: JsonLdValue, visit: (key: string, v: JsonLdValue, parent: Record<string, JsonLdValue>) => void): void {
  if (Array.isArray(value)) (value as JsonLdValue[]).forEach((v) => walk(v, visit));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value as Record<string, JsonLdValue>)) {
      visit(k, v, value as Record<string, JsonLdValue>);
      walk(v, visit);
    }
  }
}

describe('toJobPosting', () => {
  it('is a schema.org JobPosting with the role in schema.org terms', () => {
    const jp = toJobPosting(completeDoc);
    expect(jp['@context']).to.equal('https://schema.org');
    expect(jp['@type']).to.equal('JobPosting');
    expect(jp.title).to.equal('Peer Support Worker');
    expect(jp.description).to.match(/^To offer hope and practical support/);
    expect(jp.description).to.contain('Setting: Crisis services.');
    expect(jp.hiringOrganization).to.deep.equal({ '@type': 'Organization', name: 'Riverside Mental Health NHS Foundation Trust' });
    expect(jp.employmentUnit).to.deep.equal({ '@type': 'Organization', name: 'Crisis Resolution and Home Treatment Team' });
    expect(jp.jobLocation).to.deep.equal({
      '@type': 'Place', name: 'Riverside House, Leeds, with travel across the city',
      address: { '@type': 'PostalAddress', streetAddress: 'Riverside House', addressLocality: 'Leeds', addressCountry: 'GB' },
    });
    expect(jp.employmentType).to.deep.equal(['PART_TIME', 'TEMPORARY']);
    expect(jp.workHours).to.equal('22.5 hours a week; Monday to Friday, with some evenings');
    expect(jp.baseSalary).to.deep.equal({
      '@type': 'MonetaryAmount', currency: 'GBP',
      // 22.5 of 37.5 hours on Agenda for Change: the pro-rata range, and the full-time one in words.
      value: { '@type': 'QuantitativeValue', minValue: 14962, maxValue: 15959, unitText: 'YEAR' },
      description: 'Pro rata for 22.5 hours a week (£24,937–£26,598 a year full time)',
    });
    expect(jp.salaryCurrency).to.equal('GBP');
    expect(jp.identifier).to.deep.equal({ '@type': 'PropertyValue', propertyID: 'psw-role-kit document id', value: 'role-crisis-psw-01' });
    expect(jp.relevantOccupation).to.deep.equal({
      '@type': 'Occupation', name: 'Peer worker',
      identifier: [{ '@type': 'PropertyValue', propertyID: 'Apprenticeship standard (England)', value: 'ST0896' }],
    });
    expect(jp.securityClearanceRequirement).to.equal('Enhanced Disclosure and Barring Service (DBS) check');
    for (const key of Object.keys(jp)) expect(SCHEMA_ORG_PROPERTIES.has(key), key).to.equal(true);
  });

  it('lists core duties, then flexible duties with their bounds in words, as responsibilities', () => {
    const r = toJobPosting(completeDoc).responsibilities as string[];
    expect(r[0]).to.equal('One-to-one peer support: Meet people at home or in the community to build a mutual, hopeful relationship.');
    expect(r).to.include('Signposting to community resources');
    expect(r).to.include('Flexible: Accompanying people to appointments (limits: to be agreed)');
    expect(r.find((x) => x.startsWith('Flexible: Co-facilitating'))).to.contain('up to 15% of contracted hours').and.contain('reviewed every 6 weeks');
    expect(r.join('\n')).not.to.contain('Medication administration'); // excluded duties are not responsibilities
    const thirty = roleWithDuties(30);
    expect(toJobPosting(thirty).responsibilities).to.have.length(30);
  });

  it('splits the person specification into qualifications, skills and experience, saying essential or desirable', () => {
    const jp = toJobPosting(completeDoc);
    expect(jp.experienceRequirements).to.deep.equal([
      'Essential: Lived experience of mental health challenges and willingness to use it purposefully',
      'Desirable: Experience of running groups',
    ]);
    expect(jp.qualifications).to.deep.equal(['Desirable: Completed peer support training or qualification', 'Desirable: Full driving licence']);
    expect(jp.skills).to.include('Essential: Ability to reflect on own experience');
    expect(jp.eligibilityToWorkRequirement).to.deep.equal(['Essential: Right to work in the UK']);
    expect(criterionKind({ id: 'x', text: 'Anything', livedExperience: true })).to.equal('experienceRequirements');
  });

  it('maps hours and contract to employmentType', () => {
    expect(employmentTypes(withEmployment({ hoursPerWeek: 37.5, contractType: 'permanent' }))).to.deep.equal(['FULL_TIME']);
    expect(employmentTypes(withEmployment({ hoursPerWeek: 15 }))).to.deep.equal(['PART_TIME']);
    expect(employmentTypes(withEmployment({ hoursPerWeek: 40, contractType: 'fixed-term' }))).to.deep.equal(['FULL_TIME', 'TEMPORARY']);
    expect(employmentTypes(withEmployment({ hoursPerWeek: 20, contractType: 'bank' }))).to.deep.equal(['PER_DIEM']);
    expect(employmentTypes(withEmployment({ hoursPerWeek: 30, contractType: 'apprenticeship' }))).to.deep.equal(['PART_TIME']);
    expect(toJobPosting(withEmployment({ hoursPerWeek: 15 })).employmentType).to.equal('PART_TIME');
    expect(toJobPosting(withEmployment({ contractType: 'apprenticeship' })).jobBenefits)
      .to.deep.equal(['Apprenticeship: the post includes training towards an apprenticeship']);
  });

  it('uses HOUR for hourly pay and a single value when min equals max', () => {
    const jp = toJobPosting(withEmployment({ salary: { min: 12.75, max: 12.75, currency: 'GBP', period: 'hour' } }));
    expect(jp.baseSalary).to.deep.equal({ '@type': 'MonetaryAmount', currency: 'GBP', value: { '@type': 'QuantitativeValue', value: 12.75, unitText: 'HOUR' } });
  });

  it('leaves out what the document does not say: no empty strings, arrays, objects or nulls', () => {
    const jp = toJobPosting(emptyDoc(), { today: '2026-12-05' });
    expect(jp).to.deep.equal({
      '@context': 'https://schema.org',
      '@type': 'JobPosting',
      identifier: { '@type': 'PropertyValue', propertyID: 'psw-role-kit document id', value: 'role-empty' },
      datePosted: '2026-12-05',
      relevantOccupation: { '@type': 'Occupation', name: 'Peer worker' },
    });
    const blank: RoleDocument = { ...emptyDoc(), role: { title: '   ', purpose: '\n' }, meta: { ...emptyDoc().meta, organisation: '' } };
    expect(Object.keys(toJobPosting(blank))).to.deep.equal(['@context', '@type', 'identifier', 'datePosted', 'relevantOccupation']);
    for (const doc of [completeDoc, hostileDoc, emptyDoc()]) {
      walk(toJobPosting(doc, { extensions: true }), (k, v) => {
        expect(v, k).not.to.equal(undefined);
        expect(v, k).not.to.equal(null);
        if (typeof v === 'string') expect(v.trim(), k).not.to.equal('');
        if (Array.isArray(v)) expect(v, k).not.to.be.empty;
        if (v && typeof v === 'object' && !Array.isArray(v)) expect(Object.keys(v).filter((x) => x !== '@type'), k).not.to.be.empty;
      });
    }
  });

  it('posts today unless given a date; closes on the role’s closing date; reads a postal address from the base', () => {
    const d = { ...emptyDoc(), recruitment: { ...emptyDoc().recruitment, closingDate: '2027-01-31' } };
    d.employment = { location: 'Orchard Centre, 4 Mill Lane, Leeds LS2 7QP', contractType: 'fixed-term', fixedTermMonths: 12, hoursPerWeek: 37.5 };
    const jp = toJobPosting(d, { today: '2026-12-05' });
    expect(jp.datePosted).to.equal('2026-12-05');
    expect(jp.validThrough).to.equal('2027-01-31');
    expect(jp.employmentType).to.deep.equal(['FULL_TIME', 'TEMPORARY']);
    expect(toJobPosting(d, { extensions: true })['psw:fixedTermMonths']).to.equal(12);
    expect((jp.jobLocation as Record<string, unknown>).address).to.deep.equal({
      '@type': 'PostalAddress', streetAddress: 'Orchard Centre, 4 Mill Lane', addressLocality: 'Leeds', postalCode: 'LS2 7QP', addressCountry: 'GB',
    });
    d.employment.location = 'To be agreed';
    expect(toJobPosting(d)).not.to.have.property('jobLocation');
    d.employment.location = 'Harrogate';
    expect(((toJobPosting(d).jobLocation as Record<string, unknown>).address as Record<string, unknown>).addressLocality).to.equal('Harrogate');
  });

  it('adds the given datePosted, validThrough and url', () => {
    const jp = toJobPosting(completeDoc, { datePosted: '2026-12-01', validThrough: '2027-01-15', url: 'https://jobs.example/123' });
    expect(jp.datePosted).to.equal('2026-12-01');
    expect(jp.validThrough).to.equal('2027-01-15');
    expect(jp.url).to.equal('https://jobs.example/123');
  });

  it('with extensions, adds the psw: namespace and the PSW-specific parts as psw: terms', () => {
    const jp = toJobPosting(completeDoc, { extensions: true });
    expect(jp['@context']).to.deep.equal(['https://schema.org', { psw: PSW_NAMESPACE }]);
    const duties = jp['psw:duty'] as Record<string, JsonLdValue>[];
    expect(duties).to.have.length(completeDoc.duties.length);
    expect(duties.find((d) => d.name === 'Co-facilitating peer groups')).to.deep.equal({
      '@type': 'psw:Duty', name: 'Co-facilitating peer groups', description: 'Run groups with people who use the service.',
      'psw:dutyKind': 'flexible', 'psw:timeShare': 10, 'psw:maxShare': 15,
      'psw:agreedWith': ['the peer support worker', 'the peer supervisor'], 'psw:reviewEveryWeeks': 6,
    });
    expect(duties.find((d) => d['psw:dutyKind'] === 'excluded')).to.have.property('psw:exclusionReason');
    expect(jp['psw:boundary']).to.have.length(completeDoc.boundaries.length);
    expect((jp['psw:funding'] as Record<string, JsonLdValue>)['psw:recurrent']).to.equal(false); // a "no" is data here
    for (const key of ['psw:supervision', 'psw:training', 'psw:team', 'psw:leadership', 'psw:progressionStep', 'psw:wellbeing']) {
      expect(jp, key).to.have.property(key);
    }
    // Valid JSON-LD: inside extension nodes every key is a keyword, schema.org's name/description, or psw:.
    walk(jp, (k, _v, parent) => {
      const inExtension = typeof parent['@type'] === 'string' && (parent['@type'] as string).startsWith('psw:');
      if (inExtension) expect(k === '@type' || k === 'name' || k === 'description' || k.startsWith('psw:'), k).to.equal(true);
    });
    for (const key of Object.keys(jp)) expect(SCHEMA_ORG_PROPERTIES.has(key) || key.startsWith('psw:'), key).to.equal(true);
  });

  it('without extensions uses schema.org terms only', () => {
    const text = JSON.stringify(toJobPosting(completeDoc));
    expect(text).not.to.contain('psw:');
    expect(text).not.to.contain(PSW_NAMESPACE);
  });
});

describe('toJobPostingScript', () => {
  it('parses back to toJobPosting(doc)', () => {
    for (const doc of [completeDoc, hostileDoc, emptyDoc()]) {
      expect(JSON.parse(toJobPostingScript(doc))).to.deep.equal(toJobPosting(doc));
      expect(JSON.parse(toJobPostingScript(doc, { extensions: true }))).to.deep.equal(toJobPosting(doc, { extensions: true }));
    }
  });

  it('contains no raw </script, <!--, -->, <, >, &, U+2028 or U+2029 even from hostile text', () => {
    const text = toJobPostingScript(hostileDoc, { extensions: true });
    expect(JSON.stringify(toJobPosting(hostileDoc))).to.contain('</script'); // the hostile text is really there
    expect(text).not.to.match(/<\/script|<!--|-->|[<>&\u2028\u2029]/i);
    expect(text).to.contain('\\u003c/script\\u003e');
  });

  it('escapes any value safely (property)', () => {
    fc.assert(fc.property(fc.jsonValue(), fc.string({ unit: fc.constantFrom('<', '>', '&', '/', '!', '-', 's', '\u2028', '\u2029', '"', '\\') }), (v, s) => {
      const value = { v, s };
      const text = toScriptSafeJson(value);
      expect(text).not.to.match(/[<>&\u2028\u2029]/);
      expect(JSON.parse(text)).to.deep.equal(JSON.parse(JSON.stringify(value)));
    }));
  });
});
