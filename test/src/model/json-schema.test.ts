/**
 * The shipped JSON Schema (generated from the zod schema) and parseRoleDocument must agree: on the
 * valid and invalid examples below both accept or both reject. JSON Schema cannot express some
 * zod refinements and some things the parser does beyond validation; those are PARSER_ONLY below,
 * where the test asserts the known difference instead (the parser refuses or accepts, ajv does
 * not), so a change on either side shows up here.
 */
import { describe, it } from 'node:test';
import { compileSchema } from '../../util/ajv.js';
import { expect } from 'chai';
import { roleDocumentJsonSchema, PARSER_ONLY_CHECKS, SCHEMA_ID } from '../../../src/model/json-schema.js';
import { createRoleDocument, parseRoleDocument, SCHEMA_VERSION } from '../../../src/model/index.js';
import { SETTING_IDS } from '../../../src/catalogue/ids.js';
import { goodRole, roleWithDuties } from '../../fixtures/roles.js';

/** Tests write wrong types on purpose, so the document is loosely typed here. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Doc = any;
const withDoc = (fn: (d: Doc) => void): Doc => { const d = goodRole() as Doc; fn(d); return d; };

const VALID: [string, unknown][] = [
  ['the good role', goodRole()],
  ['an empty draft', createRoleDocument({ now: '2026-11-25T10:00:00Z', id: 'x' })],
  ...SETTING_IDS.map((s): [string, unknown] => [`template ${s}`, createRoleDocument({ template: s })]),
  ['30 duties', roleWithDuties(30)],
  ['a custom boundary topic, repeated', withDoc((d) => { d.boundaries.push({ id: 'c1', topic: 'custom', label: 'Phones' }, { id: 'c2', topic: 'custom', label: 'Pets' }); })],
  ['host data in extensions', withDoc((d) => { d.extensions = { 'acme/hr': { a: [1, { b: null }] } }; })],
  ['a timestamp with an offset', withDoc((d) => { d.meta.updatedAt = '2026-10-14T15:30:00+01:00'; })],
  ['an hourly salary', withDoc((d) => { d.employment.salary = { min: 12.75, max: 13.6, currency: 'GBP', period: 'hour' }; })],
  ['a leap day', withDoc((d) => { d.meta.reviewDate = '2028-02-29'; })],
];

const INVALID: [string, unknown][] = [
  ['a wrong kind', withDoc((d) => { d.kind = 'psw-job-description-x'; })],
  ['a newer schema version', withDoc((d) => { d.schemaVersion = SCHEMA_VERSION + 1; })],
  ['a missing section', withDoc((d) => { delete d.meta; })],
  ['a section that is null', withDoc((d) => { d.team = null; })],
  ['an unknown top-level key', withDoc((d) => { d.colour = 'red'; })],
  ['an unknown key in a duty', withDoc((d) => { d.duties[0]!.priority = 1; })],
  ['a share over 100', withDoc((d) => { d.duties[0]!.timeShare = 101; })],
  ['a setting not in the catalogue', withDoc((d) => { d.context.setting = 'moon-base'; })],
  ['an id with a space', withDoc((d) => { d.duties[0]!.id = 'a b'; })],
  ['an empty id', withDoc((d) => { d.boundaries[0]!.id = ''; })],
  ['a title over 10,000 characters', withDoc((d) => { d.role.title = 'x'.repeat(10_001); })],
  ['a date written the British way', withDoc((d) => { d.meta.reviewDate = '01/10/2027'; })],
  ['an impossible date', withDoc((d) => { d.meta.reviewDate = '2027-02-29'; })],
  ['a timestamp without a time zone', withDoc((d) => { d.meta.createdAt = '2026-09-01T09:00:00'; })],
  ['a frequency of 0', withDoc((d) => { d.supervision.arrangements[0]!.frequency!.count = 0; })],
  ['a frequency per year', withDoc((d) => { d.supervision.arrangements[0]!.frequency!.per = 'year'; })],
  ['a review interval that is not whole', withDoc((d) => { d.duties[4]!.flexibility!.reviewEveryWeeks = 2.5; })],
  ['a salary in dollars', withDoc((d) => { d.employment.salary!.currency = 'USD'; })],
  ['competence domain 10', withDoc((d) => { d.training.peerSpecific[0]!.competenceDomains = [10]; })],
  ['a framework reference over 200 characters', withDoc((d) => { d.role.frameworkRefs = ['r'.repeat(201)]; })],
  ['an extensions key over 200 characters', withDoc((d) => { d.extensions = { ['k'.repeat(201)]: 1 }; })],
  ['duties as an object', withDoc((d) => { d.duties = {}; })],
  ['a boundary without a topic', withDoc((d) => { delete d.boundaries[0]!.topic; })],
  ['1,001 duties', withDoc((d) => { d.duties = roleWithDuties(1001).duties; })],
  ['201 progression steps', withDoc((d) => { d.progression.steps = Array.from({ length: 201 }, (_, i) => ({ id: `s${i}`, title: 't' })); })],
  ['a pay year without the slash', withDoc((d) => { d.employment.payTableYear = '2025-26'; })],
  ['hours per week of 0', withDoc((d) => { d.employment.hoursPerWeek = 0; })],
  ['a competence domain listed twice', withDoc((d) => { d.training.peerSpecific[0]!.competenceDomains = [2, 2]; })],
  ['a suggested field listed twice', withDoc((d) => { d.meta.suggested = ['employment.band', 'employment.band']; })],
  ['an accessible step listed twice', withDoc((d) => { d.recruitment.accessibleSteps = ['questions-in-advance', 'questions-in-advance']; })],
];

/**
 * What only the parser does. `parser` is whether parseRoleDocument accepts; JSON Schema (ajv)
 * always gives the opposite answer for these.
 */
const PARSER_ONLY: [string, unknown, boolean][] = [
  ['duplicate duty ids (unique ids)', withDoc((d) => { d.duties[1]!.id = d.duties[0]!.id; }), false],
  ['duplicate criterion ids (unique ids)', withDoc((d) => { d.recruitment.personSpec.desirable[1]!.id = 'des-training'; }), false],
  ['a catalogue boundary topic twice', withDoc((d) => { d.boundaries[1]!.topic = 'agreeing-boundaries'; }), false],
  ['salary minimum above the maximum', withDoc((d) => { d.employment.salary!.min = 30_000; }), false],
  ['a "__proto__" key inside extensions', JSON.parse(JSON.stringify(withDoc((d) => { d.extensions = { a: 1 }; })).replace('"a":1', '"__proto__":{"x":1}')), false],
  ['nesting deeper than 32 levels inside extensions', withDoc((d) => { let o: any = {}; d.extensions = o; for (let i = 0; i < 40; i++) o = o.n = {}; }), false],
  ['a version 0 document (migrated)', withDoc((d) => { d.schemaVersion = 0; d.role = { name: 'PSW' }; delete d.leadership; }), true],
  ['a version 1 fixed-term document (migrated)', withDoc((d) => { d.schemaVersion = 1 as 2; d.employment = { contractType: 'fixed-term', funding: { termMonths: 9 } }; }), true],
  ['an export envelope (its document is read)', { kind: 'psw-job-description', schemaVersion: 1, document: goodRole() }, true],
];

describe('JSON Schema: shape', () => {
  const schema = roleDocumentJsonSchema();
  it('is draft 2020-12 with a neutral $id, a title and a description of parser-only checks', () => {
    expect(schema.$schema).to.equal('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).to.equal(SCHEMA_ID);
    expect(schema.title).to.match(/schema version 2/);
    for (const check of PARSER_ONLY_CHECKS) expect(schema.description).to.include(check);
    expect(Object.keys(schema).slice(0, 4)).to.deep.equal(['$schema', '$id', 'title', 'description']);
  });
  it('requires every section, refuses unknown keys and fixes kind and version', () => {
    expect(schema.type).to.equal('object');
    expect(schema.additionalProperties).to.equal(false);
    expect(schema.required).to.have.members(['kind', 'schemaVersion', 'id', 'meta', 'context', 'role', 'duties', 'boundaries',
      'supervision', 'training', 'team', 'leadership', 'employment', 'progression', 'wellbeing', 'recruitment']);
    const props = schema.properties as Record<string, Record<string, unknown>>;
    expect(props.kind!.const).to.equal('psw-role-document');
    expect(props.schemaVersion!.const).to.equal(2);
  });
  it('is plain JSON and the same on every call', () => {
    expect(JSON.parse(JSON.stringify(schema))).to.deep.equal(schema);
    expect(JSON.stringify(roleDocumentJsonSchema())).to.equal(JSON.stringify(schema));
  });
});

{
  const validate = compileSchema(roleDocumentJsonSchema());
  const json = (v: unknown) => JSON.parse(JSON.stringify(v)); // what a server would validate

  describe('JSON Schema and parseRoleDocument agree (Node, ajv)', () => {
    it(`on ${VALID.length} valid examples`, () => {
      expect(VALID.length).to.be.at.least(10);
      for (const [name, doc] of VALID) {
        expect(validate(json(doc)), `${name}: ${JSON.stringify(validate.errors)}`).to.equal(true);
        expect(parseRoleDocument(doc).ok, name).to.equal(true);
      }
    });
    it(`on ${INVALID.length} invalid examples`, () => {
      expect(INVALID.length).to.be.at.least(15);
      for (const [name, doc] of INVALID) {
        expect(validate(json(doc)), `ajv accepted ${name}`).to.equal(false);
        expect(parseRoleDocument(doc).ok, `parser accepted ${name}`).to.equal(false);
      }
    });
    it(`differ exactly on the ${PARSER_ONLY.length} documented parser-only checks`, () => {
      for (const [name, doc, parserAccepts] of PARSER_ONLY) {
        expect(parseRoleDocument(doc).ok, `parser on ${name}`).to.equal(parserAccepts);
        expect(validate(doc), `ajv on ${name}`).to.equal(!parserAccepts);
      }
    });
  });
}
