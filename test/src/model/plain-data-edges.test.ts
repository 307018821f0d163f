import { describe, it } from 'node:test';
import { expect } from 'chai';
import { parseRoleDocument, type ParseResult } from '../../../src/model/index.js';
import { goodRole } from '../../fixtures/roles.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Doc = any; // tests write wrong types on purpose
const withDoc = (fn: (d: Doc) => void): Doc => { const d = goodRole() as Doc; fn(d); return d; };
const issuesOf = (r: ParseResult) => (r.ok ? [] : r.issues);

describe('plain data: lists, prototypes and error texts', () => {
  it('a list item whose getter throws is named by its index, with the error', () => {
    const list: unknown[] = ['a'];
    Object.defineProperty(list, 0, { get() { throw new Error('no access'); }, enumerable: true });
    const is = issuesOf(parseRoleDocument(withDoc((d) => { d.role.frameworkRefs = list; })));
    expect(is.map((i) => i.path)).to.include('role.frameworkRefs[0]');
    expect(is.find((i) => i.path === 'role.frameworkRefs[0]')!.message).to.match(/could not be read \(no access\)/);
  });
  it('-0 inside a list of JSON text reads as 0', () => {
    const text = JSON.stringify(withDoc((d) => { d.extensions = { list: [1] }; })).replace('"list":[1]', '"list":[-0]');
    const r = parseRoleDocument(text);
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(Object.is((r.document.extensions as { list: number[] }).list[0], 0)).to.equal(true);
  });
  it('JSON text nested too deep is refused where it goes too deep', () => {
    const text = JSON.stringify(withDoc((d) => { d.extensions = { deep: 'X' }; })).replace('"X"', '['.repeat(40) + ']'.repeat(40));
    const is = issuesOf(parseRoleDocument(text));
    expect(is).to.have.length(1);
    expect(is[0]!.path).to.match(/^extensions\.deep(\[0\])+$/);
    expect(is[0]!.message).to.match(/is nested more than 32 levels deep/);
  });
  it('an object whose prototype has no constructor, or a constructor with an odd name, is named by its tag', () => {
    const orphan = Object.create(Object.create({ __proto__: null, x: 1 }) as object) as object;
    expect(issuesOf(parseRoleDocument(withDoc((d) => { d.role = orphan; })))[0]!.message)
      .to.match(/is a Object object, not plain data/);
    const Odd = class {};
    Object.defineProperty(Odd, 'name', { value: 'not a name!' });
    expect(issuesOf(parseRoleDocument(withDoc((d) => { d.role = new Odd(); })))[0]!.message)
      .to.match(/is a Object object, not plain data/).and.not.to.contain('not a name');
  });
  it('a very long error message is cut to 200 characters', () => {
    const role = {};
    Object.defineProperty(role, 'title', { get() { throw new Error('e'.repeat(500)); }, enumerable: true });
    const m = issuesOf(parseRoleDocument(withDoc((d) => { d.role = role; })))[0]!.message;
    expect(m).to.contain(`could not be read (${'e'.repeat(199)}…)`);
    expect(m).not.to.contain('e'.repeat(200));
  });
});
