import { describe, it } from 'node:test';
import { expect } from 'chai';
import { AUTOSAVE_FORMAT, readStored, type ParseFn } from '../../../src/store/persistence.js';
import { validateChange, validateDocument } from '../../../src/store/validate.js';
import { setIn } from '../../../src/store/ops.js';
import { addItem, removeItem } from '../../../src/store/list-ops.js';
import { createDocumentStore } from '../../../src/store/store.js';
import { parseRoleDocument } from '../../../src/model/parse.js';
import { emptyDoc } from './fixtures.js';

const parse: ParseFn = parseRoleDocument;
const doc = setIn(emptyDoc(), ['role', 'title'], 'Peer support worker');

describe('readStored: envelopes with odd parts', () => {
  it('a document that is not a group of fields is reported at “document”', () => {
    const r = readStored(JSON.stringify({ format: AUTOSAVE_FORMAT, version: 1, document: [1] }), parse);
    expect(r.ok).to.equal(false);
    if (!r.ok) {
      expect(r.issues).to.have.length(1);
      expect(r.issues[0]!.path).to.equal('document');
      expect(r.issues[0]!.message).to.match(/must be a group of fields .* but it is a list/);
    }
  });
  it('a time and tab that are not text are left out', () => {
    const r = readStored(JSON.stringify({ format: AUTOSAVE_FORMAT, version: 1, savedAt: 5, tabId: null, document: doc }), parse);
    expect(r).to.deep.equal({ ok: true, document: doc, savedAt: undefined, tabId: undefined, migratedFrom: undefined });
  });
});

describe('validateChange: candidates it does not check part by part get the whole check', () => {
  it('a copy without a prototype is judged like validateDocument would', () => {
    const copy = Object.assign(Object.create(null) as object, doc);
    const r = validateChange(doc, copy);
    expect(r).to.deep.equal(validateDocument(copy));
    expect(r.ok).to.equal(true);
  });
  it('a section nested too deep is refused, naming the nesting', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 40; i++) deep = { a: deep };
    const r = validateChange(doc, { ...doc, extensions: { deep } });
    expect(r.ok).to.equal(false);
    // Named as too deep where it is, not as too large (it is a few hundred characters).
    if (!r.ok) {
      expect(r.issues).to.have.length(1);
      expect(r.issues[0]!.path).to.match(/^extensions\.deep(\.a)+$/);
      expect(r.issues[0]!.message).to.match(/^Extensions › .* is nested more than 32 levels deep/);
    }
  });
});

describe('list operations on a missing list', () => {
  it('addItem creates the list; removeItem of an unknown id changes nothing', () => {
    const root = { a: {} as Record<string, unknown> };
    const added = addItem(root, ['a', 'items'], { id: 'x' });
    expect(added).to.deep.equal({ a: { items: [{ id: 'x' }] } });
    expect(removeItem(root, ['a', 'items'], 'x')).to.equal(root);
    expect(() => removeItem({ a: 1 }, ['a'], 'x')).to.throw(TypeError, 'a is not a list');
  });
});

describe('store: undo and redo labels', () => {
  it('name the edit to undo and the edit to redo', () => {
    const store = createDocumentStore({ initial: doc });
    expect(store.undoLabel).to.equal(undefined);
    expect(store.redoLabel).to.equal(undefined);
    store.edit((d) => setIn(d, ['role', 'purpose'], 'Support'), { label: 'Edit purpose' });
    expect(store.undoLabel).to.equal('Edit purpose');
    store.undo();
    expect(store.undoLabel).to.equal(undefined);
    expect(store.redoLabel).to.equal('Edit purpose');
  });
});
