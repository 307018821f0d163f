import { describe, it } from 'node:test';
import { expect } from 'chai';
import fc from 'fast-check';
import { formatPath, getIn, setIn, shareUnchanged } from '../../../src/store/ops.js';
import { samePlaces } from '../../../src/model/paths.js';
import { addItem, moveItem, removeItem, updateItem } from '../../../src/store/list-ops.js';
import { emptyDoc } from './fixtures.js';
import type { Duty } from '../../../src/model/schema.js';

const duty = (id: string, title = id): Duty => ({ id, title, kind: 'core' });
const withDuties = (...ids: string[]) => ({ ...emptyDoc(), duties: ids.map((id) => duty(id)) });
const deepFreeze = <T>(v: T): T => {
  if (v && typeof v === 'object') {
    Object.values(v).forEach(deepFreeze);
    Object.freeze(v);
  }
  return v;
};

describe('ops: setIn', () => {
  it('sets a nested value and shares every untouched branch', () => {
    const doc = deepFreeze(emptyDoc());
    const next = setIn(doc, ['role', 'title'], 'Peer support worker');
    expect(next.role.title).to.equal('Peer support worker');
    expect(doc.role.title).to.equal(undefined);
    expect(next.duties).to.equal(doc.duties);
    expect(next.meta).to.equal(doc.meta);
    expect(next).to.not.equal(doc);
  });

  it('deletes an optional key for undefined or an empty string (absent, not empty)', () => {
    const doc = setIn(emptyDoc(), ['role', 'title'], 'X');
    const cleared = setIn(doc, ['role', 'title'], '');
    expect(Object.prototype.hasOwnProperty.call(cleared.role, 'title')).to.equal(false);
    const cleared2 = setIn(doc, ['role', 'title'], undefined);
    expect('title' in cleared2.role).to.equal(false);
  });

  it('returns the same object when nothing changes', () => {
    const doc = setIn(emptyDoc(), ['role', 'title'], 'X');
    expect(setIn(doc, ['role', 'title'], 'X')).to.equal(doc);
    expect(setIn(doc, ['role', 'purpose'], undefined)).to.equal(doc);
    expect(setIn(doc, ['role', 'purpose'], '')).to.equal(doc);
    expect(setIn(doc, ['employment', 'funding', 'source'], undefined)).to.equal(doc);
  });

  it('creates missing objects and lists on the way', () => {
    const doc = emptyDoc();
    const next = setIn(doc, ['employment', 'funding', 'termMonths'], 24);
    expect(next.employment.funding).to.deep.equal({ termMonths: 24 });
    const withList = setIn(doc, ['role', 'frameworkRefs', 0], 'ST0896');
    expect(withList.role.frameworkRefs).to.deep.equal(['ST0896']);
  });

  it('addresses list elements by index; undefined removes one', () => {
    const doc = withDuties('a', 'b', 'c');
    const renamed = setIn(doc, ['duties', 1, 'title'], 'B');
    expect(renamed.duties.map((d) => d.title)).to.deep.equal(['a', 'B', 'c']);
    expect(renamed.duties[0]).to.equal(doc.duties[0]);
    const removed = setIn(doc, ['duties', 1], undefined);
    expect(removed.duties.map((d) => d.id)).to.deep.equal(['a', 'c']);
    expect(() => setIn(doc, ['duties', 'x', 'title'], 'y')).to.throw(RangeError);
  });

  it('with an empty path replaces the root (empty value: no change)', () => {
    const doc = emptyDoc();
    expect(setIn(doc, [], undefined)).to.equal(doc);
    const other = emptyDoc('other');
    expect(setIn(doc, [], other)).to.equal(other);
  });

  it('getIn reads along a path, undefined when missing', () => {
    const doc = withDuties('a');
    expect(getIn(doc, ['duties', 0, 'id'])).to.equal('a');
    expect(getIn(doc, ['employment', 'funding', 'source'])).to.equal(undefined);
    expect(getIn(doc, ['duties', 0, 'id', 'length', 'x'])).to.equal(undefined);
  });
});

describe('ops: list items', () => {
  it('addItem appends, or inserts at a clamped index', () => {
    const doc = deepFreeze(withDuties('a', 'b'));
    expect(addItem(doc, ['duties'], duty('c')).duties.map((d) => d.id)).to.deep.equal(['a', 'b', 'c']);
    expect(addItem(doc, ['duties'], duty('c'), 0).duties.map((d) => d.id)).to.deep.equal(['c', 'a', 'b']);
    expect(addItem(doc, ['duties'], duty('c'), 99).duties.map((d) => d.id)).to.deep.equal(['a', 'b', 'c']);
    expect(addItem(doc, ['duties'], duty('c'), -5).duties.map((d) => d.id)).to.deep.equal(['c', 'a', 'b']);
    expect(doc.duties.length).to.equal(2);
  });

  it('addItem creates a missing list', () => {
    const doc = emptyDoc();
    const next = addItem(doc, ['recruitment', 'personSpec', 'essential'], { id: 'e1', text: 'Lived experience' });
    expect(next.recruitment.personSpec.essential).to.have.length(1);
    expect(next.recruitment.personSpec.desirable).to.equal(doc.recruitment.personSpec.desirable);
  });

  it('updateItem merges a patch (empty values delete keys) or applies a function', () => {
    const doc = deepFreeze(withDuties('a', 'b'));
    const patched = updateItem(doc, ['duties'], 'b', { kind: 'flexible', description: 'Groups' });
    expect(patched.duties[1]).to.deep.equal({ id: 'b', title: 'b', kind: 'flexible', description: 'Groups' });
    expect(patched.duties[0]).to.equal(doc.duties[0]);
    const cleared = updateItem(patched, ['duties'], 'b', { description: '' });
    expect('description' in cleared.duties[1]!).to.equal(false);
    const fn = updateItem(doc, ['duties'], 'a', (d: Duty) => ({ ...d, title: 'A' }));
    expect(fn.duties[0]!.title).to.equal('A');
  });

  it('updateItem, removeItem and moveItem return the input for an unknown id or no change', () => {
    const doc = withDuties('a', 'b');
    expect(updateItem(doc, ['duties'], 'zz', { title: 'x' })).to.equal(doc);
    expect(updateItem(doc, ['duties'], 'a', { title: 'a' })).to.equal(doc);
    expect(updateItem(doc, ['duties'], 'a', (d: Duty) => d)).to.equal(doc);
    expect(removeItem(doc, ['duties'], 'zz')).to.equal(doc);
    expect(moveItem(doc, ['duties'], 'zz', 0)).to.equal(doc);
    expect(moveItem(doc, ['duties'], 'a', 0)).to.equal(doc);
    expect(removeItem(doc, ['boundaries'], 'x')).to.equal(doc);
  });

  it('removeItem removes by id', () => {
    const doc = withDuties('a', 'b', 'c');
    expect(removeItem(doc, ['duties'], 'b').duties.map((d) => d.id)).to.deep.equal(['a', 'c']);
  });

  it('moveItem moves by id to a clamped index', () => {
    const doc = withDuties('a', 'b', 'c', 'd');
    expect(moveItem(doc, ['duties'], 'a', 2).duties.map((d) => d.id)).to.deep.equal(['b', 'c', 'a', 'd']);
    expect(moveItem(doc, ['duties'], 'd', 0).duties.map((d) => d.id)).to.deep.equal(['d', 'a', 'b', 'c']);
    expect(moveItem(doc, ['duties'], 'b', 99).duties.map((d) => d.id)).to.deep.equal(['a', 'c', 'd', 'b']);
  });

  it('refuses a path that is not a list', () => {
    expect(() => addItem(emptyDoc(), ['role'], duty('a'))).to.throw(TypeError);
  });

  it('moveItem keeps the same items whatever the move (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.nat(20), fc.integer({ min: -3, max: 20 }), (n, pick, to) => {
        const ids = Array.from({ length: n }, (_, i) => `d${i}`);
        const doc = deepFreeze(withDuties(...ids));
        const id = ids[pick % n]!;
        const moved = moveItem(doc, ['duties'], id, to);
        const out = moved.duties.map((d) => d.id);
        expect([...out].sort()).to.deep.equal([...ids].sort());
        expect(out.indexOf(id)).to.equal(Math.min(Math.max(to, 0), n - 1));
      }),
    );
  });
});

describe('ops: formatPath', () => {
  it('names fields the way issues and findings do', () => {
    expect(formatPath(['duties', 2, 'flexibility', 'maxShare'])).to.equal('duties[2].flexibility.maxShare');
    expect(formatPath([])).to.equal('');
    expect(formatPath([0, 'id'])).to.equal('[0].id');
  });
});

describe('samePlaces: paths into the document before an edit name the same items after it', () => {
  const doc = deepFreeze(withDuties('a', 'b', 'c'));
  it('holds for values typed, changed or cleared, with or without a field being added', () => {
    expect(samePlaces(doc, doc)).to.equal(true);
    expect(samePlaces(doc, setIn(doc, ['duties', 1, 'title'], 'Groups'))).to.equal(true);
    expect(samePlaces(doc, setIn(doc, ['duties', 1, 'description'], 'x'))).to.equal(true);
    const described = setIn(doc, ['duties', 1, 'description'], 'x');
    expect(samePlaces(described, setIn(described, ['duties', 1, 'description'], undefined))).to.equal(true);
    expect(samePlaces(doc, setIn(doc, ['role', 'title'], 'Peer support worker'))).to.equal(true);
  });
  it('fails when a list grows, shrinks or is reordered, or a list or object appears or goes', () => {
    expect(samePlaces(doc, addItem(doc, ['duties'], duty('d')))).to.equal(false);
    expect(samePlaces(doc, moveItem(doc, ['duties'], 'a', 2))).to.equal(false);
    expect(samePlaces(doc, removeItem(doc, ['duties'], 'b'))).to.equal(false);
    expect(samePlaces(doc, setIn(doc, ['duties', 0, 'flexibility', 'bounds'], 'x')), 'an object appears').to.equal(false);
    const limited = setIn(doc, ['duties', 0, 'flexibility', 'bounds'], 'x');
    expect(samePlaces(limited, setIn(limited, ['duties', 0, 'flexibility'], undefined)), 'an object goes').to.equal(false);
    expect(samePlaces(doc, setIn(doc, ['duties', 0, 'flexibility', 'agreedWith'], ['supervisor'])), 'a list appears').to.equal(false);
  });
});

describe('ops: shareUnchanged', () => {
  const doc = deepFreeze(withDuties('a', 'b', 'c'));
  const copy = <T>(v: T): T => JSON.parse(JSON.stringify(v));
  it('gives back the current document for an equal copy, and shares every equal part of a changed one', () => {
    expect(shareUnchanged(doc, copy(doc))).to.equal(doc);
    const next = copy(doc);
    next.duties[1]!.title = 'Groups';
    const shared = shareUnchanged(doc, next);
    expect(shared).to.deep.equal(next);
    expect(shared.duties[0]).to.equal(doc.duties[0]);
    expect(shared.duties[2]).to.equal(doc.duties[2]);
    expect(shared.duties[1]).to.equal(next.duties[1]);
    expect(shared.role).to.equal(doc.role);
    expect(shared.meta).to.equal(doc.meta);
  });
  it('finds list items by id wherever they moved; returns what it was given when nothing is equal', () => {
    const moved = copy(doc);
    moved.duties.reverse();
    const shared = shareUnchanged(doc, moved);
    expect(shared.duties.map((d) => d.id)).to.deep.equal(['c', 'b', 'a']);
    expect(shared.duties[0]).to.equal(doc.duties[2]);
    const other = { ...emptyDoc('other'), role: { title: 'X' } };
    expect(shareUnchanged(doc.role, other.role)).to.equal(other.role);
    expect(shareUnchanged(undefined, other)).to.equal(other);
  });
  it('leaves as given what is not plain data, so the checks see it', () => {
    const hostile = JSON.parse('{"role":{"__proto__":{"title":"x"}}}') as Record<string, unknown>;
    const shared = shareUnchanged({ role: {} }, hostile);
    expect(Object.keys(shared.role as object)).to.deep.equal(['__proto__']);
    expect(Object.getPrototypeOf(shared.role)).to.equal(Object.prototype);
    class Odd { title = 'x'; }
    const odd = { role: new Odd() };
    expect(shareUnchanged({ role: { title: 'x' } }, odd).role).to.equal(odd.role);
  });
  it('always equals what it was given (property)', () => {
    const value = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: 'small' }, fc.string(), fc.integer(), fc.boolean(), fc.constant(null),
        fc.array(tie('node'), { maxLength: 4 }), fc.dictionary(fc.constantFrom('id', 'a', 'b', 'title'), tie('node'), { maxKeys: 3 })),
    })).node;
    fc.assert(fc.property(value, value, (a, b) => {
      expect(shareUnchanged(a, b)).to.deep.equal(b);
      expect(shareUnchanged(a, copy(a) ?? a)).to.equal(a);
    }));
  });
});
