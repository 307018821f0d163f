// The checklist's pure helpers: rows, progress, order-keeping record creation, where findings and
// navigation land.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  insertionIndex,
  navigateTarget,
  patchCatalogueTopic,
  progressOf,
  rowFindings,
  sectionFindings,
  topicOfFinding,
  topicRows,
} from '../../../components/boundary-checklist/topic-rows.js';
import { boundaryTopics } from '../../../src/catalogue/boundary-topics.js';
import { BOUNDARY_TOPIC_IDS, type BoundaryTopicId } from '../../../src/catalogue/ids.js';
import type { Boundary } from '../../../src/model/schema.js';
import { docWith, finding } from './helpers.js';

let n = 0;
const makeId = () => `id${++n}`;

describe('boundary checklist rows', () => {
  it('lists every catalogue topic in catalogue order, then custom topics in document order', () => {
    const bs: Boundary[] = [
      { id: 'x', topic: 'custom', label: 'Parking' },
      { id: 'e', topic: 'endings', status: 'agreed' },
      { id: 'y', topic: 'custom' },
    ];
    const rows = topicRows(bs);
    expect(rows.map((r) => r.topic)).to.deep.equal([...BOUNDARY_TOPIC_IDS, 'custom', 'custom']);
    expect(rows.find((r) => r.topic === 'endings')).to.include({ key: 't-endings', index: 1 });
    expect(rows.slice(-2).map((r) => r.key)).to.deep.equal(['c-x', 'c-y']);
    expect(rows.find((r) => r.topic === 'confidentiality')!.boundary).to.equal(undefined);
  });

  it('counts agreed, proposed, not applicable, still to agree and not yet proposed', () => {
    const p = progressOf(topicRows([
      { id: 'a', topic: 'endings', status: 'agreed' },
      { id: 'b', topic: 'social-media', status: 'not-applicable' },
      { id: 'c', topic: 'confidentiality', status: 'not-started', position: 'x' },
      { id: 'd', topic: 'custom', status: 'agreed' },
      { id: 'e', topic: 'self-disclosure', status: 'proposed', position: 'y' },
    ]));
    expect(p).to.deep.equal({ total: 15, agreed: 2, proposed: 1, notApplicable: 1, toAgree: 12, toPropose: 11 });
  });

  it('creates a record on the first edit that writes something, in catalogue order, and updates it afterwards', () => {
    const doc = docWith([{ id: 'e', topic: 'endings' }, { id: 'c', topic: 'custom' }]);
    expect(patchCatalogueTopic(doc, 'confidentiality', { position: '' }, makeId)).to.equal(doc);
    const one = patchCatalogueTopic(doc, 'confidentiality', { position: 'Limits.' }, () => 'new1');
    expect(one.boundaries.map((b) => b.id)).to.deep.equal(['new1', 'e', 'c']);
    expect(one.boundaries[0]).to.deep.equal({ id: 'new1', topic: 'confidentiality', position: 'Limits.' });
    const two = patchCatalogueTopic(one, 'confidentiality', { position: '', status: 'agreed' }, makeId);
    expect(two.boundaries[0]).to.deep.equal({ id: 'new1', topic: 'confidentiality', status: 'agreed' });
    const three = patchCatalogueTopic(two, 'reasonable-adjustments', { mode: 'fixed' }, () => 'new2');
    expect(three.boundaries.map((b) => b.id), 'after every catalogue topic, before custom ones').to.deep.equal(['new1', 'e', 'new2', 'c']);
  });

  it('keeps catalogue order with custom topics last, whatever order topics are started in (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...BOUNDARY_TOPIC_IDS, 'custom' as const), { maxLength: 30 }), (sequence) => {
        let doc = docWith([]);
        let i = 0;
        for (const topic of sequence) {
          if (topic === 'custom') doc = { ...doc, boundaries: [...doc.boundaries, { id: `c${i++}`, topic: 'custom' }] };
          else doc = patchCatalogueTopic(doc, topic, { position: `p${i++}` }, () => `n${i}`);
        }
        const ranks = doc.boundaries.map((b) => (b.topic === 'custom' ? Infinity : BOUNDARY_TOPIC_IDS.indexOf(b.topic as BoundaryTopicId)));
        expect(ranks).to.deep.equal([...ranks].sort((a, b) => a - b));
        expect(new Set(doc.boundaries.filter((b) => b.topic !== 'custom').map((b) => b.topic)).size).to.equal(doc.boundaries.filter((b) => b.topic !== 'custom').length);
      }),
    );
  });

  it('leaves an imported order alone, inserting before the first record that sorts after the new one', () => {
    const bs: Boundary[] = [{ id: 'r', topic: 'reasonable-adjustments' }, { id: 'a', topic: 'agreeing-boundaries' }];
    expect(insertionIndex(bs, 'endings')).to.equal(0);
    expect(insertionIndex([], 'endings')).to.equal(0);
    expect(insertionIndex([{ id: 'a', topic: 'agreeing-boundaries' }], 'endings')).to.equal(1);
  });
});

describe('boundary checklist findings placement', () => {
  it('puts a finding about a missing catalogue topic on that topic, and the rest on the whole list', () => {
    expect(topicOfFinding(finding({ ruleId: 'R28', message: 'x', path: 'boundaries', topic: 'endings' }))).to.equal('endings');
    expect(topicOfFinding(finding({ ruleId: 'R05', message: 'x', path: 'boundaries', topic: 'risk-safeguarding' }))).to.equal('risk-safeguarding');
    expect(topicOfFinding(finding({ ruleId: 'R04', message: 'No boundaries are written down.', path: 'boundaries' }))).to.equal(undefined);
    expect(topicOfFinding(finding({ ruleId: 'R99', message: 'x', path: 'boundaries', topic: 'not-a-topic' })), 'unknown topic').to.equal(undefined);
    expect(topicOfFinding(finding({ ruleId: 'R28', message: 'x', path: 'boundaries[0].position', itemId: 'a', topic: 'endings' }))).to.equal(undefined);
    const all = [
      finding({ ruleId: 'R04', message: 'No boundaries are written down.', path: 'boundaries' }),
      finding({ ruleId: 'R28', message: 'x', path: 'boundaries', topic: 'endings' }),
      finding({ ruleId: 'R10', message: 'x', path: 'duties' }),
    ];
    expect(sectionFindings(all).map((f) => f.ruleId)).to.deep.equal(['R04']);
  });

  it('gives a record its findings by item id, or by index when a finding has no item id', () => {
    const rows = topicRows([{ id: 'a', topic: 'endings' }, { id: 'b', topic: 'custom' }]);
    const endings = rows.find((r) => r.topic === 'endings')!;
    const custom = rows.find((r) => r.topic === 'custom')!;
    const fs = [
      finding({ ruleId: 'R33', message: 'x', path: 'boundaries[0].position', itemId: 'a' }),
      finding({ ruleId: 'R06', message: 'x', path: 'boundaries[1].rationale' }),
      finding({ ruleId: 'R07', message: 'x', path: 'boundaries[10].rationale' }),
      finding({ ruleId: 'R28', message: 'x', path: 'boundaries', topic: 'endings' }),
    ];
    expect(rowFindings(endings, fs).map((f) => f.ruleId)).to.deep.equal(['R33']);
    expect(rowFindings(custom, fs).map((f) => f.ruleId)).to.deep.equal(['R06']);
    const missing = topicRows([]).find((r) => r.topic === 'endings')!;
    expect(rowFindings(missing, fs).map((f) => f.ruleId)).to.deep.equal(['R28']);
  });
});

describe('boundary checklist navigation targets', () => {
  const rows = topicRows([
    { id: 'sd', topic: 'self-disclosure', status: 'agreed' },
    { id: 'co', topic: 'confidentiality', status: 'not-applicable' },
    { id: 'x', topic: 'custom' },
  ]);

  it('ignores other paths and records of other documents', () => {
    expect(navigateTarget(rows, { path: 'duties[0].title' })).to.equal(undefined);
    expect(navigateTarget(rows, { path: 'boundariesX' })).to.equal(undefined);
    expect(navigateTarget(rows, { path: 'boundaries[0].position', itemId: 'elsewhere' })).to.equal(undefined);
    expect(navigateTarget(rows, { path: 'boundaries[9].position' })).to.equal(undefined);
  });

  it('finds the record by item id first, else by index, with the field named', () => {
    expect(navigateTarget(rows, { path: 'boundaries[0].rationale', itemId: 'x' })).to.deep.equal({ key: 'c-x', field: 'rationale' });
    expect(navigateTarget(rows, { path: 'boundaries[1].notApplicableReason' })).to.deep.equal({ key: 't-confidentiality', field: 'notApplicableReason' });
    expect(navigateTarget(rows, { path: 'boundaries[2]' })).to.deep.equal({ key: 'c-x', field: undefined });
  });

  it('sends "boundaries" to the first unsettled core topic, else the first unsettled topic, else the first', () => {
    expect(navigateTarget(rows, { path: 'boundaries' })).to.deep.equal({ key: 't-risk-safeguarding', field: 'position' });
    const settledCore = topicRows(boundaryTopics.filter((t) => t.minimum).map((t) => ({ id: t.id, topic: t.id, status: 'agreed' as const })));
    expect(navigateTarget(settledCore, { path: 'boundaries' })).to.deep.equal({ key: 't-agreeing-boundaries', field: 'position' });
    const allDone = topicRows(boundaryTopics.map((t) => ({ id: t.id, topic: t.id, status: 'agreed' as const })));
    expect(navigateTarget(allDone, { path: 'boundaries' })).to.deep.equal({ key: 't-agreeing-boundaries', field: 'position' });
  });
});
