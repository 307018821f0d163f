import { describe, it } from 'node:test';
import { compileSchema } from '../../util/ajv.js';
import { expect } from 'chai';
import { EXPORT_KIND, makeExportEnvelope, STUDY, type ExportEnvelope } from '../../../src/export/envelope.js';
import { ExportEnvelopeSchema } from '../../../src/export/envelope-schema.js';
import { exportEnvelopeJsonSchema } from '../../../src/export/export-json-schema.js';
import { completeDoc, emptyDoc, hostileDoc, sampleAssessment } from '../../fixtures/export-docs.js';

const NOW = '2026-11-25T12:00:00.000Z';
const envelope = (doc = completeDoc): ExportEnvelope => makeExportEnvelope(doc, sampleAssessment, { now: NOW });

/** The envelope's JSON Schema, compiled (ajv). */
const validate = compileSchema(exportEnvelopeJsonSchema());

describe('makeExportEnvelope', () => {
  it('wraps the document and its assessment with provenance', () => {
    const env = envelope();
    expect(env.kind).to.equal('psw-job-description');
    expect(env.schemaVersion).to.equal(1);
    expect(env.document).to.equal(completeDoc);
    expect(env.assessment).to.equal(sampleAssessment);
    expect(env.provenance.study.doi).to.equal('10.1186/s12888-025-06850-z');
    expect(env.provenance.study.citation).to.contain('Foye U').and.contain('BMC Psychiatry 25:480');
    expect(Object.keys(env.provenance.study.themes)).to.deep.equal(['T1', 'T2', 'T3', 'T4', 'T5']);
    expect(env.provenance.generator).to.deep.equal({ name: 'psw-role-kit', version: __PSW_VERSION__ });
    expect(env.provenance.generatedAt).to.equal(NOW);
  });

  it('takes the time from the clock by default and accepts a generator url', () => {
    const before = Date.now();
    const env = makeExportEnvelope(completeDoc, sampleAssessment, { generator: { url: 'https://example.org/psw' } });
    const at = Date.parse(env.provenance.generatedAt);
    expect(at).to.be.within(before, Date.now());
    expect(env.provenance.generator.url).to.equal('https://example.org/psw');
    expect(() => makeExportEnvelope(completeDoc, sampleAssessment, { now: 'not a date' })).to.throw(RangeError);
  });

  it('does not share the study constant (editing one export cannot change the next)', () => {
    const env = envelope();
    env.provenance.study.themes.T1 = 'changed';
    expect(STUDY.themes.T1).not.to.equal('changed');
    expect(envelope().provenance.study.themes.T1).to.equal(STUDY.themes.T1);
  });
});

describe('export envelope schema', () => {
  it('validates exports of complete, empty and hostile documents, as JSON (ajv, JSON Schema 2020-12)', () => {
    for (const doc of [completeDoc, emptyDoc(), hostileDoc]) {
      const json = JSON.parse(JSON.stringify(envelope(doc)));
      expect(validate(json), JSON.stringify(validate.errors?.slice(0, 3))).to.equal(true);
    }
  });

  it('parses exports of complete, empty and hostile documents with the zod schema', () => {
    for (const doc of [completeDoc, emptyDoc(), hostileDoc]) {
      const json = JSON.parse(JSON.stringify(envelope(doc)));
      expect(ExportEnvelopeSchema.safeParse(json).success).to.equal(true);
    }
  });

  it('embeds the document schema and names itself', () => {
    const schema = exportEnvelopeJsonSchema();
    expect(schema.$id).to.equal('urn:psw-role-kit:export-schema:v1');
    expect(schema.$schema).to.equal('https://json-schema.org/draft/2020-12/schema');
    const props = schema.properties as Record<string, { properties?: Record<string, unknown>; const?: unknown }>;
    expect(props.kind?.const).to.equal(EXPORT_KIND);
    expect(props.document?.properties).to.have.property('duties');
    expect(schema.additionalProperties).to.equal(false);
  });

  it('agrees with the zod schema on invalid exports', () => {
    const base = JSON.parse(JSON.stringify(envelope())) as Record<string, unknown> & ExportEnvelope;
    const cases: [string, unknown][] = [
      ['wrong kind', { ...base, kind: 'psw-role-document' }],
      ['newer version', { ...base, schemaVersion: 2 }],
      ['unknown top-level key', { ...base, extra: true }],
      ['document without an id', { ...base, document: { ...base.document, id: undefined } }],
      ['document with an unknown key', { ...base, document: { ...base.document, salary: 1 } }],
      ['duty of an unknown kind', { ...base, document: { ...base.document, duties: [{ id: 'a', title: 't', kind: 'maybe' }] } }],
      ['unknown readiness', { ...base, assessment: { ...base.assessment, readiness: 'done' } }],
      ['finding without a fix', { ...base, assessment: { ...base.assessment, findings: [{ ...base.assessment.findings[0], fix: undefined }] } }],
      ['balance above 100', { ...base, assessment: { ...base.assessment, balance: { ...base.assessment.balance, core: 120 } } }],
      ['generatedAt not a timestamp', { ...base, provenance: { ...base.provenance, generatedAt: 'yesterday' } }],
      ['no provenance', { ...base, provenance: undefined }],
    ];
    for (const [name, value] of cases) {
      const json = JSON.parse(JSON.stringify(value));
      expect(validate(json), `JSON Schema accepted: ${name}`).to.equal(false);
      expect(ExportEnvelopeSchema.safeParse(json).success, `zod accepted: ${name}`).to.equal(false);
    }
  });

  it('accepts provenance.organisationProfile and refuses a malformed one (JSON Schema and zod agree)', () => {
    const ref = { id: 'riverside-trust', name: 'Riverdale Community Health NHS Trust', asOf: '2026-11-30', filled: ['team.peerNetwork'] };
    const good = JSON.parse(JSON.stringify(makeExportEnvelope(completeDoc, sampleAssessment, { now: NOW, organisationProfile: ref })));
    expect(good.provenance.organisationProfile).to.deep.equal(ref);
    expect(validate(good)).to.equal(true);
    expect(ExportEnvelopeSchema.safeParse(good).success).to.equal(true);
    for (const bad of [{ ...ref, asOf: 'last year' }, { ...ref, name: undefined }, { ...ref, filled: 'team' }, 'riverside-trust']) {
      const json = JSON.parse(JSON.stringify({ ...good, provenance: { ...good.provenance, organisationProfile: bad } }));
      expect(validate(json), JSON.stringify(bad)).to.equal(false);
      expect(ExportEnvelopeSchema.safeParse(json).success, JSON.stringify(bad)).to.equal(false);
    }
  });

  it('lets the assessment and provenance gain fields (they are derived data)', () => {
    const base = JSON.parse(JSON.stringify(envelope()));
    const grown = { ...base, assessment: { ...base.assessment, newMetric: 3 }, provenance: { ...base.provenance, host: 'x' } };
    expect(validate(grown)).to.equal(true);
    expect(ExportEnvelopeSchema.safeParse(grown).success).to.equal(true);
  });
});
