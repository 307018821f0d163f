import { describe, it } from 'node:test';
import { expect } from 'chai';
import {
  RoleDocumentSchema, comparePaths, describePath, fieldLabel, fieldLabels, formatPath, parsePath, type PathSegment,
} from '../../../src/model/index.js';
import { goodRole } from '../../fixtures/roles.js';

/** Every field path pattern the schema defines, in schema order (read from zod's definitions). */
function schemaPatterns(): string[] {
  const out: string[] = [];
  const visit = (schema: unknown, pattern: string) => {
    const def = (schema as { _zod: { def: Record<string, unknown> } })._zod.def;
    switch (def.type) {
      case 'optional': return visit(def.innerType, pattern);
      case 'object':
        for (const [key, child] of Object.entries(def.shape as Record<string, unknown>)) {
          const p = pattern ? `${pattern}.${key}` : key;
          out.push(p);
          visit(child, p);
        }
        return;
      case 'array': {
        const element = (def.element as { _zod: { def: { type: string } } });
        if (element._zod.def.type === 'object') visit(element, `${pattern}[]`);
        return;
      }
    }
  };
  visit(RoleDocumentSchema, '');
  return out;
}

describe('field labels', () => {
  it('label every field of the schema, in the schema’s order', () => {
    const patterns = schemaPatterns();
    expect(patterns.length).to.be.greaterThan(100);
    for (const p of patterns) expect(fieldLabels[p], p).to.be.a('string');
    // The table is in document order, which is the order issues are sorted in.
    const known = Object.keys(fieldLabels);
    expect(known).to.deep.equal(patterns);
  });
  it('use the fixed field names of the editors (the labels people and tests find fields by)', () => {
    expect(fieldLabel('role.title')).to.equal('Job title');
    expect(fieldLabel('boundaries[3].position')).to.equal('Position');
    expect(fieldLabel(['duties', 0, 'flexibility', 'maxShare'])).to.equal('Maximum share');
    expect(fieldLabel('duties[2]')).to.equal('Duty');
    expect(fieldLabel('extensions.anything')).to.equal(undefined);
  });
  it('describe a path in words, naming list items by their title', () => {
    const doc = goodRole();
    expect(describePath('duties[4].flexibility.maxShare', doc)).to.equal('Duty 5 “Accompany people to appointments and…” › Flexibility › Maximum share');
    expect(describePath('duties[4].flexibility.maxShare')).to.equal('Duty 5 › Flexibility › Maximum share');
    expect(describePath('boundaries[13].notApplicableReason', doc)).to.equal('Boundary 14 “Reasonable adjustments” › Reason it does not apply');
    expect(describePath('supervision.arrangements[1].focus[2]', doc)).to.equal('Supervision arrangement 2 “Peer supervision (one-to-one)” › Focus 3 “wellbeing”');
    expect(describePath('training.peerSpecific[0].competenceDomains[1]', doc)).to.equal('Training item 1 “Peer support training (40 hours) mapped…” › Domain 2');
    expect(describePath('employment.salary.min', doc)).to.equal('Employment › Salary › Minimum');
    expect(describePath('', doc)).to.equal('The document');
    expect(describePath('extensions["my key"]')).to.equal('Extensions › “my key”');
  });
  it('survive odd data when naming items', () => {
    expect(describePath('duties[0].title', { duties: [null] })).to.equal('Duty 1 › Title');
    expect(describePath('duties[0].title', { duties: [{ title: 5 }] })).to.equal('Duty 1 › Title');
    expect(describePath('duties[0].title', { duties: [{ title: '   ' }] })).to.equal('Duty 1 › Title');
    expect(describePath('duties[0].title', { duties: 'x' })).to.equal('Duty 1 › Title');
  });
});

describe('paths', () => {
  const cases: [PathSegment[], string][] = [
    [[], ''], [['meta'], 'meta'], [['duties', 2, 'flexibility', 'maxShare'], 'duties[2].flexibility.maxShare'],
    [['extensions', 'my key', 0], 'extensions["my key"][0]'], [['extensions', 'a"b'], 'extensions["a\\"b"]'], [[0, 'x'], '[0].x'],
  ];
  it('format and parse back', () => {
    for (const [segs, text] of cases) {
      expect(formatPath(segs)).to.equal(text);
      expect(parsePath(text)).to.deep.equal(segs);
    }
  });
  it('parsePath refuses text that is not a path', () => {
    for (const bad of ['a..b', '.a', 'a[', 'a[x]', 'a b']) expect(parsePath(bad), bad).to.equal(undefined);
  });
  it('comparePaths orders by the document, then list position', () => {
    const paths = ['recruitment.coProduced', 'duties[10].title', 'meta.status', 'duties[2].kind', 'duties[2].title', 'zzz', 'id', 'duties'];
    const sorted = paths.map((p) => parsePath(p)!).sort(comparePaths).map(formatPath);
    expect(sorted).to.deep.equal(['id', 'meta.status', 'duties', 'duties[2].title', 'duties[2].kind', 'duties[10].title', 'recruitment.coProduced', 'zzz']);
  });
});
