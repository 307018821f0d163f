import { describe, it } from 'node:test';
import { expect } from 'chai';
import { boundaryTopicLabels, supervisionTypeLabels } from '../../../src/catalogue/short-labels.js';
import { boundaryTopics } from '../../../src/catalogue/boundary-topics.js';
import { supervisionTypes } from '../../../src/catalogue/supervision-types.js';
import { describePath } from '../../../src/model/field-labels.js';

describe('short catalogue labels (the parser names items with them)', () => {
  it('are exactly the boundary topics’ labels, for every topic', () => {
    expect(boundaryTopicLabels).to.deep.equal(Object.fromEntries(boundaryTopics.map((t) => [t.id, t.label])));
  });
  it('are exactly the supervision types’ labels, for every type', () => {
    expect(supervisionTypeLabels).to.deep.equal(Object.fromEntries(supervisionTypes.map((t) => [t.id, t.label])));
  });
  it('name a list item by its catalogue label, and never by an inherited key of untrusted input', () => {
    const doc = { boundaries: [{ topic: 'endings' }, { topic: 'constructor' }], supervision: { arrangements: [{ type: 'debrief' }, { type: '__proto__' }] } };
    expect(describePath('boundaries[0].position', doc)).to.contain('“Endings”');
    expect(describePath('boundaries[1].position', doc)).to.not.contain('function');
    expect(describePath('supervision.arrangements[0].format', doc)).to.contain('“Debrief”');
    expect(describePath('supervision.arrangements[1].format', doc)).to.not.contain('Object');
  });
});
