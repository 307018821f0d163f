import { describe, it } from 'node:test';
import { expect } from 'chai';
import { parseRoleDocument, INPUT_LIMITS, type ParseResult } from '../../../src/model/index.js';
import { describeValue, schemaErrorMap, toIssues, MAX_LISTED_ISSUES } from '../../../src/model/issues.js';
import type * as core from 'zod/v4/core';
import { goodRole } from '../../fixtures/roles.js';

const issuesOf = (r: ParseResult) => (r.ok ? [] : r.issues);
const only = (input: unknown) => { const i = issuesOf(parseRoleDocument(input)); expect(i).to.have.length(1); return i[0]!.message; };
// The error map reads only the fields each issue code has; tests build them by hand.
const word = (iss: Record<string, unknown>) => schemaErrorMap({ input: 'x', path: [], ...iss } as unknown as core.$ZodRawIssue);

describe('JSON syntax errors name the problem, line and column', () => {
  it('escapes, numbers, quotes and stray characters', () => {
    expect(only('{"a": "\\x"}')).to.equal('The text is not valid JSON: a backslash starts an escape JSON does not allow at line 1, column 8.');
    expect(only('{"a": -}')).to.match(/a badly written number at line 1, column 7\.$/);
    expect(only("{\"a\": 'x'}")).to.match(/text must be in double quotes \("\), not single quotes at line 1, column 7\.$/);
    expect(only('{"a": 1,}')).to.match(/a comma before “}” is not allowed in JSON at line 1, column 9\.$/);
    expect(only('{"a" 1}')).to.match(/expected “:” after the field name, found “1” at line 1, column 6\.$/);
    expect(only('[1 2]')).to.match(/expected “,” or “]”, found “2” at line 1, column 4\.$/);
    expect(only('{"a": }')).to.match(/unexpected “}” where a value should be at line 1, column 7\.$/);
    expect(only('{"a": [}')).to.match(/unexpected “}” where a value should be at line 1, column 8\.$/);
    expect(only('{"a": [1,]}')).to.match(/a comma before “]” is not allowed in JSON at line 1, column 10\.$/);
    // An invisible space where a value should be is described in words, not shown between quotes.
    const nbsp = only('\u00a0{}');
    expect(nbsp).to.match(/unexpected a control character where a value should be at line 1, column 1\.$/);
    expect(nbsp).not.to.contain('“\u00a0”');
    expect(only('{"a": 1}\n\n  }')).to.match(/unexpected “}” after the end of the JSON at line 3, column 3\.$/);
  });
  it('valid pieces before the error are read through: nested lists, escapes, words and exponents', () => {
    expect(only('{"a": [[], {}, "q\\"\\u00e9", true, false, null, -1.5e3], "b": [1 }'))
      .to.match(/expected “,” or “]”, found “}” at line 1, column 65\.$/);
  });
  it('text over the document limit that is not JSON is refused for its size, not its syntax', () => {
    const text = '{"a": "' + 'x'.repeat(INPUT_LIMITS.maxChars) + '"';
    expect(only(text)).to.match(/^The text is too large: 1,048,584 characters \(1 MiB\); a role document may be at most 1,048,576 characters/);
  });
});

describe('schema predicates for issues the schema leaves to defaults', () => {
  it('types: missing, wanted type in words, the value found', () => {
    expect(word({ code: 'invalid_type', expected: 'string', input: undefined })).to.equal('is missing');
    // A missing field with a list of allowed values is missing too, not "(found undefined)".
    expect(word({ code: 'invalid_value', values: ['draft', 'review'], input: undefined })).to.equal('is missing');
    expect(word({ code: 'invalid_type', expected: 'int', input: 1.5 })).to.equal('must be a whole number (found 1.5)');
    expect(word({ code: 'invalid_type', expected: 'array', input: { a: 1 } })).to.equal('must be a list (found a group of fields)');
    expect(word({ code: 'invalid_type', expected: 'bigint', input: [] })).to.equal('must be bigint (found a list)');
  });
  it('a text where a list belongs is that one problem, not also a length the text is measured against', () => {
    const d = goodRole() as unknown as { recruitment: Record<string, unknown>; duties: unknown };
    d.recruitment.accessibleSteps = 'Questions in advance';
    d.duties = 'y'.repeat(1001);
    expect(issuesOf(parseRoleDocument(d)).map((i) => i.message)).to.deep.equal([
      'Duties must be a list (found text “yyyyyyyyyyyyyyyyyyyyyyyyyyyyy…”).',
      'Recruitment › Accessible steps must be a list (found “Questions in advance”).',
    ]);
  });
  it('values: one, several, and a long list cut after 16', () => {
    expect(word({ code: 'invalid_value', values: ['GBP'], input: 'EUR' })).to.equal('must be “GBP” (found “EUR”)');
    expect(word({ code: 'invalid_value', values: ['a', 'b', 'c'], input: 2 })).to.equal('must be one of “a”, “b” or “c” (found 2)');
    const many = Array.from({ length: 20 }, (_, i) => `v${i}`);
    const m = word({ code: 'invalid_value', values: many, input: null });
    expect(m).to.match(/^must be one of “v0”, “v1”, .*“v15” or … \(found null\)$/);
    expect(m).not.to.contain('v16');
  });
  it('sizes of text, lists and numbers, inclusive or not', () => {
    expect(word({ code: 'too_small', origin: 'string', minimum: 1 })).to.equal('must not be empty');
    expect(word({ code: 'too_small', origin: 'string', minimum: 1, inclusive: false })).to.equal('must be at least 1 characters');
    expect(word({ code: 'too_small', origin: 'string', minimum: 3 })).to.equal('must be at least 3 characters');
    expect(word({ code: 'too_big', origin: 'string', maximum: 1 })).to.equal('must be at most 1 characters');
    expect(word({ code: 'too_big', origin: 'string', maximum: 2000 })).to.equal('must be at most 2,000 characters');
    expect(word({ code: 'too_big', origin: 'array', maximum: 1000 })).to.equal('can hold at most 1,000 items');
    expect(word({ code: 'too_small', origin: 'set', minimum: 2 })).to.equal('must have at least 2 items');
    expect(word({ code: 'too_big', origin: 'number', maximum: 5, inclusive: false })).to.equal('must be less than 5');
    expect(word({ code: 'too_small', origin: 'number', minimum: 0, inclusive: false })).to.equal('must be more than 0');
    expect(word({ code: 'too_big', origin: 'number', maximum: 100, inclusive: true })).to.equal('must be 100 or less');
    expect(word({ code: 'too_small', origin: 'bigint', minimum: 10n })).to.equal('must be 10 or more');
  });
  it('formats, multiples, keys and anything else', () => {
    expect(word({ code: 'invalid_format', format: 'regex' })).to.equal('is not written in the expected form');
    expect(word({ code: 'invalid_format', format: 'email' })).to.equal('must be a valid email');
    expect(word({ code: 'not_multiple_of', divisor: 0.5 })).to.equal('must be a multiple of 0.5');
    expect(word({ code: 'unrecognized_keys', keys: ['x'] })).to.equal('has fields psw-role-kit does not know');
    expect(word({ code: 'invalid_key', origin: 'record' })).to.equal('has a field name that is not allowed (at most 200 characters)');
    expect(word({ code: 'custom' })).to.equal('is not valid');
  });
  it('a field name over 200 characters inside extensions is refused by the schema', () => {
    const doc = goodRole() as Record<string, unknown>;
    doc.extensions = { ['k'.repeat(201)]: 1 };
    const issues = issuesOf(parseRoleDocument(doc));
    expect(issues.length).to.be.greaterThan(0);
    expect(issues[0]!.path.startsWith('extensions')).to.equal(true);
    expect(issues[0]!.message).to.match(/^Extensions/);
  });
});

describe('describeValue and toIssues', () => {
  it('values in words', () => {
    expect(describeValue('short')).to.equal('“short”');
    expect(describeValue('y'.repeat(31))).to.equal(`text “${'y'.repeat(29)}…”`);
    expect(describeValue(false)).to.equal('false');
    expect(describeValue(undefined)).to.equal('undefined');
    expect(describeValue(() => 1)).to.equal('function');
  });
  it('one problem over the cap is counted in the singular', () => {
    const raw = Array.from({ length: MAX_LISTED_ISSUES + 1 }, (_, i) => ({ path: ['duties', i, 'title'], predicate: 'is missing' }));
    const issues = toIssues(raw, {});
    expect(issues).to.have.length(MAX_LISTED_ISSUES + 1);
    expect(issues[MAX_LISTED_ISSUES]).to.deep.equal({ path: '', message: '…and 1 more problem not listed here.' });
  });
  it('a predicate that ends a sentence gets no second full stop; plural labels take “are”', () => {
    const [a, b] = toIssues([{ path: ['role', 'title'], predicate: 'is wrong!' }, { path: ['duties'], predicate: 'is missing' }], {});
    expect(a!.message).to.match(/title is wrong!$/i);
    expect(b!.message).to.equal('Duties are missing.');
  });
});
