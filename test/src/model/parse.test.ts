import { describe, it } from 'node:test';
import { expect } from 'chai';
import { parseRoleDocument, MAX_LISTED_ISSUES, type ParseResult } from '../../../src/model/index.js';
import { readRoleDocument } from '../../../src/model/read-role-document.js';
import { locateJsonError } from '../../../src/model/json-error.js';
import { goodRole, roleWithDuties } from '../../fixtures/roles.js';

const issuesOf = (r: ParseResult) => (r.ok ? [] : r.issues);
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Doc = any; // tests write wrong types on purpose
const mutate = (fn: (d: Doc) => void) => { const d: Doc = goodRole(); fn(d); return d; };

describe('parseRoleDocument: valid input', () => {
  it('accepts the good role as a value and as JSON text, equal to the input', () => {
    for (const input of [goodRole(), JSON.stringify(goodRole()), JSON.stringify(goodRole(), null, 2)]) {
      const r = parseRoleDocument(input);
      expect(r.ok, JSON.stringify(issuesOf(r))).to.equal(true);
      if (r.ok) expect(r.document).to.deep.equal(goodRole());
    }
  });
  it('returns a copy: the document shares nothing with the input value', () => {
    const input = goodRole();
    const r = parseRoleDocument(input);
    if (!r.ok) throw new Error('expected ok');
    expect(r.document).to.not.equal(input);
    expect(r.document.duties).to.not.equal(input.duties);
    expect(r.document.duties[4]!.flexibility!.agreedWith).to.not.equal(input.duties[4]!.flexibility!.agreedWith);
  });
  it('reads -0 as 0, from a value and from JSON text, so the document saves and reads back the same', () => {
    const withNegativeZero = mutate((d) => { d.duties[4].flexibility.maxShare = -0; d.duties[4].timeShare = -0; });
    for (const input of [withNegativeZero, JSON.stringify(withNegativeZero).replace('"maxShare":0', '"maxShare":-0')]) {
      const r = parseRoleDocument(input);
      if (!r.ok) throw new Error(JSON.stringify(r.issues));
      expect(Object.is(r.document.duties[4]!.flexibility!.maxShare, 0), 'maxShare is +0').to.equal(true);
      expect(Object.is(r.document.duties[4]!.timeShare, 0), 'timeShare is +0').to.equal(true);
      expect(JSON.parse(JSON.stringify(r.document))).to.deep.equal(r.document);
    }
  });
  it('accepts a half-written draft: optional fields absent, lists empty', () => {
    const r = parseRoleDocument(mutate((d) => { d.duties = [{ id: 'a', title: '', kind: 'core' }]; d.role = {}; d.boundaries = []; }));
    expect(r.ok).to.equal(true);
  });
  it('keeps stable list-item ids through export and import', () => {
    const r = parseRoleDocument(JSON.stringify(goodRole()));
    if (!r.ok) throw new Error('expected ok');
    expect(r.document.duties.map((d) => d.id)).to.deep.equal(goodRole().duties.map((d) => d.id));
    expect(r.document.recruitment.personSpec.essential.map((c) => c.id)).to.deep.equal(['ess-le', 'ess-reflect', 'ess-comms', 'ess-flex']);
  });
  it('accepts host data of any shape inside extensions', () => {
    const ext = { 'acme-hr': { ref: 'JD-42', tags: ['a', { deep: [1, null, true] }] }, 'my key': 1 };
    const r = parseRoleDocument(mutate((d) => { d.extensions = ext; }));
    expect(r.ok && r.document.extensions).to.deep.equal(ext);
  });
  it('accepts an export envelope and returns its document', () => {
    const envelope = { kind: 'psw-job-description', schemaVersion: 1, document: goodRole(), assessment: { findings: [] }, provenance: { generator: 'x' } };
    for (const input of [envelope, JSON.stringify(envelope)]) {
      const r = parseRoleDocument(input);
      expect(r.ok && r.document).to.deep.equal(goodRole());
    }
  });
  it('ignores a byte order mark at the start of JSON text', () => {
    expect(parseRoleDocument('\uFEFF' + JSON.stringify(goodRole())).ok).to.equal(true);
  });
  it('handles 1,000 duties', () => {
    const r = parseRoleDocument(JSON.stringify(roleWithDuties(1000)));
    expect(r.ok && r.document.duties.length).to.equal(1000);
  });
  it('leaves migratedFrom out for current documents', () => {
    expect(parseRoleDocument(goodRole())).to.not.have.property('migratedFrom');
  });
});

describe('parseRoleDocument: one issue per section, named in words', () => {
  const cases: [string, (d: Doc) => void, string, RegExp][] = [
    ['top level', (d) => { d.id = 'has space'; }, 'id', /^Document id may only contain letters/],
    ['meta', (d) => { d.meta.status = 'done'; }, 'meta.status', /^Document information › Status must be one of “draft”, “review” or “approved” \(found “done”\)\.$/],
    ['meta dates', (d) => { d.meta.reviewDate = '01/10/2027'; }, 'meta.reviewDate', /Review date must be a date written YYYY-MM-DD/],
    ['meta timestamps', (d) => { d.meta.createdAt = '2026-09-01'; }, 'meta.createdAt', /Created must be an ISO 8601 date and time/],
    ['context', (d) => { d.context.setting = 'moon-base'; }, 'context.setting', /^Context › Setting must be one of “adult-community”/],
    ['role', (d) => { d.role.title = 42; }, 'role.title', /^Role › Job title must be text \(found 42\)\.$/],
    ['role cap', (d) => { d.role.involvementRequestCap = 120; }, 'role.involvementRequestCap', /Cap on involvement requests must be 100 or less/],
    ['duties', (d) => { d.duties[4]!.flexibility!.maxShare = 101; }, 'duties[4].flexibility.maxShare',
      /^Duty 5 “Accompany people to appointments and…” › Flexibility › Maximum share must be 100 or less\.$/],
    ['duty kind', (d) => { d.duties[0]!.kind = 'optional'; }, 'duties[0].kind', /^Duty 1 “Offer one-to-one peer support” › Kind must be one of “core”, “flexible” or “excluded”/],
    ['duty review', (d) => { d.duties[4]!.flexibility!.reviewEveryWeeks = 2.5; }, 'duties[4].flexibility.reviewEveryWeeks', /Review every \(weeks\) must be a whole number/],
    ['duty ids', (d) => { d.duties[3]!.id = d.duties[0]!.id; }, 'duties[3].id', /^Duty 4 .* › Id repeats the id "duty-1to1"/],
    ['boundaries', (d) => { d.boundaries[2]!.mode = 'loose'; }, 'boundaries[2].mode', /^Boundary 3 “Dual relationships and friendship” › Mode must be one of/],
    ['boundary topics', (d) => { d.boundaries[1]!.topic = 'agreeing-boundaries'; }, 'boundaries[1].topic', /covers the topic "agreeing-boundaries" a second time/],
    ['supervision', (d) => { d.supervision.arrangements[1]!.frequency = { count: 2, per: 'fortnight' }; }, 'supervision.arrangements[1].frequency.per',
      /^Supervision arrangement 2 “Peer supervision \(one-to-one\)” › Frequency › Per must be one of “week”, “month” or “quarter”/],
    ['supervision cover', (d) => { d.supervision.cover = ['a']; }, 'supervision.cover', /^Supervision › Cover when the supervisor is away must be text \(found a list\)\.$/],
    ['training', (d) => { d.training.peerSpecific[0]!.competenceDomains = [1, 10]; }, 'training.peerSpecific[0].competenceDomains[1]', /^Training item 1 “.*” › Domain 2 must be 9 or less\.$/],
    ['training domains', (d) => { d.training.peerSpecific[1]!.competenceDomains = [3, 3]; }, 'training.peerSpecific[1].competenceDomains', /Competence domains lists a domain more than once/],
    ['team', (d) => { d.team.otherPeerWorkers = -1; }, 'team.otherPeerWorkers', /^Team › Other peer workers in the team must be 0 or more\.$/],
    ['leadership', (d) => { d.leadership.peerLeadInOrganisation = 'yes'; }, 'leadership.peerLeadInOrganisation', /^Leadership › Peer lead in the organisation must be true or false \(found “yes”\)\.$/],
    ['employment', (d) => { d.employment.salary!.min = 30000; }, 'employment.salary.min', /^Employment › Salary › Minimum must not be above the maximum\.$/],
    ['employment year', (d) => { d.employment.payTableYear = '2025'; }, 'employment.payTableYear', /Pay table year must be a pay year written like 2025\/26/],
    ['employment dbs', (d) => { d.employment.dbs!.feePaidBy = 'candidate'; }, 'employment.dbs.feePaidBy', /^Employment › DBS check › Fee paid by must be one of “employer” or “employee”/],
    ['progression', (d) => { d.progression.steps[1]!.title = undefined; }, 'progression.steps[1].title', /^Progression step 2 › Title is missing\.$/],
    ['wellbeing', (d) => { d.wellbeing.accessToWorkSignposted = 1; }, 'wellbeing.accessToWorkSignposted', /^Wellbeing › Access to Work signposted must be true or false \(found 1\)\.$/],
    ['recruitment', (d) => { d.recruitment.personSpec.essential[0]!.livedExperience = 'true'; }, 'recruitment.personSpec.essential[0].livedExperience',
      /^Essential criterion 1 “Lived experience of mental health…” › Lived experience criterion must be true or false/],
    ['recruitment desirable', (d) => { d.recruitment.personSpec.desirable.push({ id: 'x' }); }, 'recruitment.personSpec.desirable[2].text', /^Desirable criterion 3 › Text is missing\.$/],
    ['extensions', (d) => { d.extensions = [1]; }, 'extensions', /^Extensions must be a group of fields \(found a list\)\.$/],
  ];
  for (const [section, fn, path, message] of cases) {
    it(`${section}: ${path}`, () => {
      const r = parseRoleDocument(mutate(fn));
      expect(r.ok).to.equal(false);
      const issues = issuesOf(r);
      expect(issues.map((i) => i.path)).to.deep.equal([path]);
      expect(issues[0]!.message).to.match(message);
    });
  }
  it('missing sections and lists are named, with the right verb', () => {
    const r = parseRoleDocument(mutate((d) => { delete d.meta; delete d.duties; delete d.supervision.arrangements; }));
    expect(issuesOf(r)).to.deep.equal([
      { path: 'meta', message: 'Document information is missing.' },
      { path: 'duties', message: 'Duties are missing.' },
      { path: 'supervision.arrangements', message: 'Supervision › Supervision arrangements are missing.' },
    ]);
  });
  it('unknown keys are reported by name, not dropped', () => {
    const r = parseRoleDocument(mutate((d) => { d.colour = 'red'; d.duties[1]!.priority = 1; d.duties[1]!.owner = 'x'; }));
    expect(issuesOf(r).map((i) => i.path)).to.deep.equal(['duties[1].owner', 'duties[1].priority', 'colour']);
    expect(issuesOf(r)[0]!.message).to.equal('Duty 2 “Support recovery and wellness planning” › “owner” is not a field psw-role-kit knows; remove it, or keep your own data inside “extensions”.');
    expect(issuesOf(r)[2]!.message).to.match(/^“colour” is not a field/);
  });
  it('sorts issues in document order, whatever order they were found in', () => {
    const r = parseRoleDocument(mutate((d) => {
      d.recruitment.coProduced = 'no'; d.duties[10]!.title = 1; d.duties[2]!.title = 1; d.meta.status = 'x'; d.boundaries[0]!.mode = 'x';
      d.role.level = 'boss'; d.role.title = 1;
    }));
    expect(issuesOf(r).map((i) => i.path)).to.deep.equal([
      'meta.status', 'role.title', 'role.level', 'duties[2].title', 'duties[10].title', 'boundaries[0].mode', 'recruitment.coProduced',
    ]);
  });
  it(`lists at most ${MAX_LISTED_ISSUES} issues and says how many more there were`, () => {
    const r = parseRoleDocument(mutate((d) => { d.duties = Array.from({ length: 80 }, (_, i) => ({ id: `d${i}`, title: i, kind: 'core' })); }));
    const issues = issuesOf(r);
    expect(issues).to.have.length(MAX_LISTED_ISSUES + 1);
    expect(issues[0]!.path).to.equal('duties[0].title');
    expect(issues[MAX_LISTED_ISSUES]).to.deep.equal({ path: '', message: '…and 30 more problems not listed here.' });
  });
  it('issues inside an export envelope have paths relative to the document', () => {
    const r = parseRoleDocument({ kind: 'psw-job-description', schemaVersion: 1, document: mutate((d) => { d.role.title = 1; }) });
    expect(issuesOf(r).map((i) => i.path)).to.deep.equal(['role.title']);
  });
});

describe('parseRoleDocument: refused documents get one clear message', () => {
  const only = (input: unknown) => { const i = issuesOf(parseRoleDocument(input)); expect(i).to.have.length(1); return i[0]!; };
  it('JSON syntax errors give a line and a column', () => {
    expect(only('{\n  "kind": "psw-role-document",\n  "id": "x"\n  "meta": {}\n}').message)
      .to.equal('The text is not valid JSON: expected “,” or “}”, found “"” at line 4, column 3.');
    expect(only('{"a": [1, 2,]}').message).to.match(/a comma before “]” is not allowed in JSON at line 1, column 13/);
    expect(only("{'a': 1}").message).to.match(/expected a field name in double quotes, found “'” at line 1, column 2/);
    expect(only('{"a": "line\nbreak"}').message).to.match(/line break or control character inside text .* at line 1, column 12/);
    expect(only('{"a": 1} x').message).to.match(/unexpected “x” after the end of the JSON at line 1, column 10/);
    expect(only('{"a": tru}').message).to.match(/unexpected “t” where a value should be at line 1, column 7/);
    expect(only('{"a": "never closed').message).to.match(/text in quotes that is never closed at line 1, column 7/);
    expect(only('{"a": 01}').message).to.match(/expected “,” or “}”, found “1” at line 1, column 8/);
    expect(only('[[[').message).to.match(/the text ends too early/);
  });
  it('without the scanner (readRoleDocument, as the drop-in entry reads): the engine\'s words, and the same verdicts otherwise', () => {
    const bad = '{\n  "kind": "psw-role-document",\n  "id": "x"\n  "meta": {}\n}';
    const plain = readRoleDocument(bad);
    expect(plain.ok).to.equal(false);
    const message = issuesOf(plain)[0]!.message;
    expect(message).to.match(/^The text is not valid JSON \(.+\)\.$/);
    expect(message).not.to.include('line 4, column 3');
    expect(issuesOf(readRoleDocument(bad, locateJsonError))[0]!.message).to.equal(only(bad).message);
    for (const input of [JSON.stringify(goodRole()), goodRole(), '', '[]', JSON.stringify(mutate((d) => { d.role.title = 1; }))]) {
      expect(readRoleDocument(input)).to.deep.equal(parseRoleDocument(input));
    }
  });
  it('empty text, non-objects, lists and null', () => {
    expect(only('').message).to.match(/The text is empty/);
    expect(only('   ').message).to.match(/The text is empty/);
    expect(only('[]').message).to.match(/must be a group of fields .* but it is a list/);
    expect(only([goodRole()]).message).to.match(/but it is a list/);
    expect(only('null').message).to.match(/but it is empty \(null\)/);
    expect(only(null).message).to.match(/but it is empty \(null\)/);
    expect(only(42).message).to.match(/but it is the number 42/);
    expect(only(true).message).to.match(/but it is the value true/);
    expect(only('"text"').message).to.match(/but it is text/);
    expect(only(undefined).message).to.equal('The document has no value (undefined).');
  });
  it('a wrong or missing kind', () => {
    expect(only({ kind: 'invoice' }).message).to.equal('This is not a psw-role-kit role document: its kind is “invoice”, expected “psw-role-document”.');
    expect(only({ ...goodRole(), kind: undefined }).message).to.match(/it has no “kind” field/);
    expect(only({ kind: 'psw-job-description' }).message).to.match(/This export holds no role document/);
    expect(only({ kind: 'psw-job-description', document: 'x' }).message).to.match(/This export holds no role document/);
  });
  it('a newer schema version names the version and says to update psw-role-kit', () => {
    const m = only({ ...goodRole(), schemaVersion: 3 }).message;
    expect(m).to.match(/made by a newer version of psw-role-kit \(document schema version 3\)/);
    expect(m).to.match(/reads schema version 2 and older: update psw-role-kit to a release that supports schema version 3 to open it\.$/);
  });
  it('an export’s own schema version: a newer one says to update, a wrong or missing one is named', () => {
    const m = only({ kind: 'psw-job-description', schemaVersion: 99, document: goodRole() }).message;
    expect(m).to.match(/made by a newer version of psw-role-kit \(export schema version 99\).* reads schema version 1 and older/);
    expect(only({ kind: 'psw-job-description', schemaVersion: 'banana', document: goodRole() }).message)
      .to.equal('This export\'s “schemaVersion” must be 1.');
    expect(only({ kind: 'psw-job-description', document: goodRole() }).message).to.equal('This export\'s “schemaVersion” must be 1.');
    // Large exports are read by their document alone: their version is checked all the same.
    const big = JSON.stringify({ kind: 'psw-job-description', schemaVersion: 2, document: goodRole(), padding: 'x'.repeat(1_100_000) });
    expect(only(big).message).to.match(/export schema version 2/);
  });
  it('a hand-edited export’s provenance cannot remove a section, the kind or the id', () => {
    const envelope = (filled: string[]) => ({ kind: 'psw-job-description', schemaVersion: 1, document: goodRole(), provenance: { organisationProfile: { filled } } });
    const r = parseRoleDocument(envelope(['kind', 'id', 'schemaVersion', 'duties', 'role']));
    expect(r.ok, JSON.stringify(issuesOf(r))).to.equal(true);
    if (r.ok) expect(r.document).to.deep.equal(goodRole());
  });
  it('a missing or malformed schema version', () => {
    expect(only({ ...goodRole(), schemaVersion: undefined })).to.deep.equal({ path: 'schemaVersion', message: 'Schema version is missing.' });
    expect(only({ ...goodRole(), schemaVersion: '1' }).message).to.match(/Schema version must be a whole number such as 2 \(found “1”\)/);
    expect(only({ ...goodRole(), schemaVersion: 1.5 }).path).to.equal('schemaVersion');
    expect(only({ ...goodRole(), schemaVersion: -1 }).path).to.equal('schemaVersion');
  });
});
