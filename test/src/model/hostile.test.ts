/**
 * Hostile input: parseRoleDocument must never throw, hang, execute anything or pollute a prototype,
 * and must say what is wrong. Each case states the input and what the result must be.
 */
import { describe, it, afterEach } from 'node:test';
import { expect } from 'chai';
import { parseRoleDocument, INPUT_LIMITS, type ParseResult } from '../../../src/model/index.js';
import { goodRole } from '../../fixtures/roles.js';

/** Tests write wrong types on purpose, so the document is loosely typed here. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Doc = any;
const withDoc = (fn: (d: Doc) => void): Doc => { const d = goodRole() as Doc; fn(d); return d; };
const issues = (r: ParseResult) => (r.ok ? [] : r.issues);

function refused(input: unknown, path: string, message: RegExp) {
  let r: ParseResult | undefined;
  expect(() => { r = parseRoleDocument(input); }).to.not.throw();
  expect(r!.ok, 'refused').to.equal(false);
  const found = issues(r!).find((i) => i.path === path);
  expect(found, `an issue at "${path}" in ${JSON.stringify(issues(r!))}`).to.not.equal(undefined);
  expect(found!.message).to.match(message);
  for (const i of issues(r!)) { expect(i.path).to.be.a('string'); expect(i.message).to.be.a('string'); }
}

const prototypeIsClean = () => {
  for (const k of ['polluted', 'x', 'isAdmin']) {
    expect((Object.prototype as Record<string, unknown>)[k], `Object.prototype.${k}`).to.equal(undefined);
    expect(({} as Record<string, unknown>)[k]).to.equal(undefined);
  }
};

describe('hostile input: prototype pollution', () => {
  afterEach(prototypeIsClean);
  it('1. "__proto__" at the top of JSON text', () =>
    refused(JSON.stringify(goodRole()).replace('{', '{"__proto__":{"polluted":true},'), '__proto__', /reserved name “__proto__”/));
  it('2. "__proto__" inside a duty, from JSON text', () =>
    refused(JSON.stringify(goodRole()).replace('"id":"duty-1to1"', '"__proto__":{"isAdmin":true},"id":"duty-1to1"'), 'duties[0].__proto__', /reserved name/));
  it('3. "__proto__" as an own property of a value (as JSON.parse makes it)', () =>
    refused(JSON.parse(JSON.stringify(goodRole()).replace('{', '{"__proto__":{"polluted":1},')), '__proto__', /reserved name/));
  it('4. "constructor.prototype" inside extensions', () =>
    refused(withDoc((d) => { d.extensions = { a: JSON.parse('{"constructor":{"prototype":{"polluted":1}}}') }; }), 'extensions.a.constructor', /reserved name “constructor”/));
  it('5. "prototype" deep inside extensions', () =>
    refused(withDoc((d) => { d.extensions = { a: { b: [{ prototype: { x: 1 } }] } }; }), 'extensions.a.b[0].prototype', /reserved name “prototype”/));
  it('4b. "constructor" at the top is named as the key, never as what every object inherits', () => {
    const text = JSON.stringify(goodRole()).replace('{', '{"constructor":{"x":1},');
    refused(text, 'constructor', /^“constructor” uses the reserved name “constructor”/);
    const r = parseRoleDocument(text);
    expect(JSON.stringify(issues(r))).to.not.include('native code');
  });
  it('6. an export envelope with "__proto__" inside its document', () => {
    const text = JSON.stringify({ kind: 'psw-job-description', document: goodRole() }).replace('"meta":{', '"meta":{"__proto__":{"x":1},');
    refused(text, 'meta.__proto__', /reserved name/);
  });
});

describe('hostile input: size and depth', () => {
  it('7. JSON text over 1 MB is refused before parsing', () => {
    const big = JSON.stringify(withDoc((d) => { d.role.purpose = 'x'.repeat(INPUT_LIMITS.maxChars); }));
    refused(big, '', /too large: [\d,]+ characters .* at most 1,048,576 characters \(1 MiB\)/);
  });
  it('7b. an export over 1 MB is read when its document is within the limit; its document is still measured', () => {
    const bigExport = JSON.stringify({ kind: 'psw-job-description', schemaVersion: 1, document: goodRole(), assessment: { findings: [] }, provenance: { pad: 'x'.repeat(INPUT_LIMITS.maxChars) } }, null, 2);
    expect(bigExport.length).to.be.above(INPUT_LIMITS.maxChars);
    const r = parseRoleDocument(bigExport);
    expect(r.ok, JSON.stringify(issues(r))).to.equal(true);
    const fatDocument = JSON.stringify({ kind: 'psw-job-description', schemaVersion: 1, document: withDoc((d) => { d.extensions = { blob: 'z'.repeat(INPUT_LIMITS.maxChars) }; }) });
    refused(fatDocument, '', /larger than 1 MiB/);
    refused(' '.repeat(INPUT_LIMITS.maxExportChars + 1), '', /too large/);
  });
  it('8. a value over 1 MB (estimated while walking) is refused', () =>
    refused(withDoc((d) => { d.extensions = { blob: Array.from({ length: 120 }, () => 'y'.repeat(9000)) }; }), '', /larger than 1 MiB/));
  it('9. a string over 10,000 characters in a text field', () =>
    refused(withDoc((d) => { d.role.title = 'a'.repeat(10_001); }), 'role.title', /at most 10,000 characters/));
  it('10. nesting deeper than 32 levels in a value', () => {
    let deep: Record<string, unknown> = {};
    const root = deep;
    for (let i = 0; i < 10_000; i++) { deep.n = {}; deep = deep.n as Record<string, unknown>; }
    refused(withDoc((d) => { d.extensions = root; }), 'extensions' + '.n'.repeat(INPUT_LIMITS.maxDepth - 1), /^Extensions › “n” › … › “n” › “n” is nested more than 32 levels/);
  });
  it('11. nesting 100,000 levels deep in JSON text (balanced) does not overflow the stack', () => {
    const text = '{"extensions":' + '['.repeat(100_000) + ']'.repeat(100_000) + '}';
    let r: ParseResult | undefined;
    expect(() => { r = parseRoleDocument(text); }).to.not.throw();
    expect(r!.ok).to.equal(false);
  });
  it('12. unbalanced deep JSON text is located without recursion', () =>
    refused('['.repeat(200_000), '', /not valid JSON: the text ends too early/));
  it('13. 1,001 duties is over the limit', () =>
    refused(withDoc((d) => { d.duties = Array.from({ length: 1001 }, (_, i) => ({ id: `d${i}`, title: 't', kind: 'core' })); }), 'duties', /at most 1,000 items/));
  it('14. a sparse array with a huge length does not hang', () => {
    const duties: unknown[] = [];
    duties.length = 2 ** 32 - 1;
    refused(withDoc((d) => { d.duties = duties as never; }), 'duties[0]', /has no value/);
  });
  it('15. an object with 200,000 keys is refused by size, quickly', () => {
    const wide: Record<string, number> = {};
    for (let i = 0; i < 200_000; i++) wide[`key${i}`] = i;
    refused(withDoc((d) => { d.extensions = wide; }), '', /larger than 1 MiB/);
  });
});

describe('hostile input: values that are not data', () => {
  it('16. NaN in a number field', () => refused(withDoc((d) => { d.duties[0]!.timeShare = NaN; }), 'duties[0].timeShare', /finite number \(found NaN\)/));
  it('17. Infinity and -Infinity', () => {
    refused(withDoc((d) => { d.employment.hoursPerWeek = Infinity; }), 'employment.hoursPerWeek', /finite number \(found Infinity\)/);
    refused(withDoc((d) => { d.team.otherPeerWorkers = -Infinity; }), 'team.otherPeerWorkers', /finite number/);
  });
  it('18. a BigInt', () => refused(withDoc((d) => { d.team.otherPeerWorkers = 2n; }), 'team.otherPeerWorkers', /BigInt/));
  it('19. a function (including toJSON)', () => {
    refused(withDoc((d) => { d.role.title = () => 'x'; }), 'role.title', /is a function/);
    refused(withDoc((d) => { d.toJSON = () => ({}); }), 'toJSON', /is a function/);
  });
  it('20. a Symbol value', () => refused(withDoc((d) => { d.role.title = Symbol('x'); }), 'role.title', /Symbol/));
  it('21. a Date object', () => refused(withDoc((d) => { d.meta.createdAt = new Date(); }), 'meta.createdAt', /Date object; write dates as text/));
  it('22. class instances, Map, Set, RegExp, Error, boxed strings, typed arrays, promises', () => {
    class Duty { id = 'x'; title = 't'; kind = 'core'; }
    const cases: [unknown, RegExp][] = [
      [new Duty(), /a Duty object, not plain data/], [new Map(), /a Map object/], [new Set(), /a Set object/], [/x/, /a RegExp object/],
      [new Error('e'), /an? Error object|a Error object/], [new String('x'), /a String object/], [new Uint8Array(2), /a Uint8Array object/],
      [Promise.resolve(), /a Promise object/],
    ];
    for (const [value, message] of cases) refused(withDoc((d) => { d.duties[0] = value as never; }), 'duties[0]', message);
  });
  it('23. a circular reference does not hang', () => {
    const doc = goodRole() as Doc;
    doc.extensions = { self: doc };
    refused(doc, 'extensions.self', /refers back to itself/);
    const list: unknown[] = [];
    list.push(list);
    refused(withDoc((d) => { d.extensions = { list }; }), 'extensions.list[0]', /refers back to itself/);
  });
  it('24. a shared (not circular) object is fine', () => {
    const shared = { note: 'same object twice' };
    const r = parseRoleDocument(withDoc((d) => { d.extensions = { a: shared, b: shared }; }));
    expect(r.ok).to.equal(true);
  });
  it('25. a getter that throws', () => {
    const doc = goodRole() as Doc;
    Object.defineProperty(doc.role, 'title', { enumerable: true, get() { throw new Error('boom'); } });
    refused(doc, 'role.title', /could not be read \(boom\)/);
  });
  it('26. a getter that throws something that is not an Error, with a toString that throws', () => {
    const doc = goodRole() as Doc;
    const nasty = { toString() { throw new Error('again'); } };
    Object.defineProperty(doc.meta, 'status', { enumerable: true, get() { throw nasty; } });
    refused(doc, 'meta.status', /could not be read \(an unreadable error\)/);
  });
  it('27. a Proxy whose traps throw (ownKeys, get, getPrototypeOf)', () => {
    const boom = () => { throw new Error('trap'); };
    for (const handler of [{ ownKeys: boom }, { get: boom }, { getPrototypeOf: boom }, { getOwnPropertyDescriptor: boom }]) {
      refused(withDoc((d) => { d.role = new Proxy({ title: 'x' }, handler as ProxyHandler<object>) as never; }), 'role', /could not be read|trap/);
    }
  });
  it('28. a revoked Proxy as the whole input', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    let r: ParseResult | undefined;
    expect(() => { r = parseRoleDocument(proxy); }).to.not.throw();
    expect(r!.ok).to.equal(false);
    expect(issues(r!)[0]!.message).to.match(/could not be read/);
  });
  it('29. a harmless Proxy around a valid document is read and copied', () => {
    const r = parseRoleDocument(new Proxy(goodRole(), {}));
    expect(r.ok && r.document).to.deep.equal(goodRole());
  });
  it('30. undefined inside a list, and a hole in an array', () => {
    refused(withDoc((d) => { d.role.frameworkRefs = ['a', undefined as never]; }), 'role.frameworkRefs[1]', /has no value/);
    refused(withDoc((d) => { d.role.frameworkRefs = [, 'a'] as never; }), 'role.frameworkRefs[0]', /has no value/); // eslint-disable-line no-sparse-arrays
  });
  it('31. undefined object properties are dropped, as JSON would', () => {
    const r = parseRoleDocument(withDoc((d) => { d.role.autonomy = undefined; d.context.service = undefined; }));
    expect(r.ok).to.equal(true);
    if (r.ok) expect(r.document.role).to.not.have.property('autonomy');
  });
  it('32. symbol keys and non-enumerable properties are ignored, as JSON would', () => {
    const doc = goodRole() as Doc;
    doc[Symbol('hidden') as unknown as string] = 1;
    Object.defineProperty(doc, 'secret', { value: 1, enumerable: false });
    expect(parseRoleDocument(doc).ok).to.equal(true);
  });
  it('33. objects without a prototype are plain data', () => {
    const doc = Object.assign(Object.create(null), goodRole());
    expect(parseRoleDocument(doc).ok).to.equal(true);
  });
});

describe('hostile input: wrong types everywhere', () => {
  it('34. every section replaced by a string, a number, null and a list', () => {
    for (const section of ['meta', 'context', 'role', 'supervision', 'training', 'team', 'leadership', 'employment', 'progression', 'wellbeing', 'recruitment']) {
      for (const bad of ['x', 1, null, []]) refused(withDoc((d) => { d[section] = bad; }), section, /must be a group of fields/);
    }
  });
  it('35. every list replaced by an object', () => {
    for (const list of ['duties', 'boundaries']) refused(withDoc((d) => { d[list] = { 0: {} }; }), list, /must be a list/);
  });
  it('36. list items that are not objects', () => {
    refused(withDoc((d) => { d.duties = ['clean the ward' as never]; }), 'duties[0]', /must be a group of fields \(found “clean the ward”\)/);
    refused(withDoc((d) => { d.boundaries = [null as never]; }), 'boundaries[0]', /must be a group of fields \(found null\)/);
  });
  it('37. numbers as text, text as numbers, booleans as text', () => {
    refused(withDoc((d) => { d.duties[0]!.timeShare = '35' as never; }), 'duties[0].timeShare', /must be a number \(found “35”\)/);
    refused(withDoc((d) => { d.employment.band = 3 as never; }), 'employment.band', /must be text \(found 3\)/);
    refused(withDoc((d) => { d.recruitment.peerOnPanel = 'true' as never; }), 'recruitment.peerOnPanel', /must be true or false/);
  });
  it('38. ids that are empty, too long or have markup', () => {
    refused(withDoc((d) => { d.duties[0]!.id = ''; }), 'duties[0].id', /must not be empty/);
    refused(withDoc((d) => { d.duties[0]!.id = 'x'.repeat(65); }), 'duties[0].id', /at most 64 characters/);
    refused(withDoc((d) => { d.duties[0]!.id = '<b>'; }), 'duties[0].id', /may only contain/);
  });
  it('39. impossible dates', () => {
    refused(withDoc((d) => { d.meta.reviewDate = '2027-02-30'; }), 'meta.reviewDate', /YYYY-MM-DD/);
    refused(withDoc((d) => { d.employment.funding = { endDate: '2027-13-01' }; }), 'employment.funding.endDate', /YYYY-MM-DD/);
  });
  it('40. huge and negative numbers', () => {
    refused(withDoc((d) => { d.employment.salary!.max = 1e308; }), 'employment.salary.max', /at most 1,000,000/);
    refused(withDoc((d) => { d.duties[0]!.timeShare = -0.5; }), 'duties[0].timeShare', /0 or more/);
  });
});

describe('hostile input: markup is text, never code', () => {
  const g = globalThis as { __pwned?: boolean };
  it('41. script tags and event-handler markup are accepted as text, unchanged, and never run', () => {
    const evil = ['<script>globalThis.__pwned = true</script>', '"><img src=x onerror="globalThis.__pwned=true">', '</script><!--', '${globalThis.__pwned = true}', 'javascript:globalThis.__pwned=true'];
    for (const text of evil) {
      for (const input of [withDoc((d) => { d.role.title = text; d.duties[0]!.title = text; }), JSON.stringify(withDoc((d) => { d.role.title = text; }))]) {
        const r = parseRoleDocument(input);
        expect(r.ok).to.equal(true);
        if (r.ok) expect(r.document.role.title).to.equal(text);
      }
    }
    expect(g.__pwned).to.equal(undefined);
  });
  it('42. markup in unknown keys and in values echoed in messages stays inert text', () => {
    const r = parseRoleDocument(withDoc((d) => { d['<img src=x onerror=alert(1)>'] = 1; d.meta.status = '<script>x</script>'; }));
    const text = issues(r).map((i) => i.message).join('\n');
    expect(text).to.include('“<img src=x onerror=alert(1)>”');
    expect(g.__pwned).to.equal(undefined);
  });
  it('43. control characters, lone surrogates and NUL are text', () => {
    const odd = 'a\u0000b\u0007c\ud800d\u202ee';
    const r = parseRoleDocument(JSON.stringify(withDoc((d) => { d.role.title = odd; })));
    expect(r.ok && r.document.role.title).to.equal(odd);
  });
});

describe('hostile input: the input itself', () => {
  it('44. the input value is never changed', () => {
    const input = withDoc((d) => { d.colour = 'red'; d.duties[0]!.title = 5 as never; });
    const before = JSON.stringify(input);
    parseRoleDocument(input);
    expect(JSON.stringify(input)).to.equal(before);
  });
  it('45. frozen input is fine', () => {
    const deepFreeze = (o: any): any => { Object.values(o).forEach((v) => { if (v && typeof v === 'object') deepFreeze(v); }); return Object.freeze(o); };
    expect(parseRoleDocument(deepFreeze(goodRole())).ok).to.equal(true);
  });
  it('46. top-level functions, symbols and bigints', () => {
    refused(() => goodRole(), '', /function/);
    refused(Symbol('doc'), '', /Symbol/);
    refused(1n, '', /BigInt/);
  });
});
