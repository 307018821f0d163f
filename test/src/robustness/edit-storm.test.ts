/**
 * Robustness: an edit storm through the store. Thousands of scripted edits (text typed in
 * bursts, duties added, removed, moved and retitled, time shares valid and not) interleaved with undo
 * and redo, with a fake clock that sometimes keeps a burst of typing together and sometimes not. A
 * model applies the same stream in parallel (test/fixtures/edit-storm.ts). After every operation the
 * store and the model agree on the document, the outcome, the undo depth and redo; no notification
 * is lost or extra; the history stays within its limit; the final document is valid and every step
 * back through the history is the model's.
 */
import { describe, it } from 'node:test';
import { expect } from 'chai';
import { createDocumentStore, type DocumentStore } from '../../../src/store/store.js';
import { setIn } from '../../../src/store/ops.js';
import { addItem, moveItem, removeItem, updateItem } from '../../../src/store/list-ops.js';
import { parseRoleDocument } from '../../../src/model/index.js';
import { validateDocument } from '../../../src/store/validate.js';
import { goodRole } from '../../fixtures/roles.js';
import { canonical, rng, StormModel, type Outcome, type StormOp } from '../../fixtures/edit-storm.js';

const LIMIT = 100;
const COALESCE_MS = 1000;

function run(store: DocumentStore, op: StormOp): Outcome {
  if (op.op === 'undo') return store.undo() ? 'changed' : 'unchanged';
  if (op.op === 'redo') return store.redo() ? 'changed' : 'unchanged';
  const result = (() => {
    switch (op.op) {
      case 'text': return store.edit((d) => setIn(d, ['role', op.field], op.value), { coalesceKey: op.key });
      case 'duty-title': return store.edit((d) => updateItem(d, ['duties'], op.id, { title: op.value }), { coalesceKey: op.key });
      case 'add': return store.edit((d) => addItem(d, ['duties'], op.duty, op.index));
      case 'remove': return store.edit((d) => removeItem(d, ['duties'], op.id));
      case 'move': return store.edit((d) => moveItem(d, ['duties'], op.id, op.to));
      case 'share': return store.edit((d) => updateItem(d, ['duties'], op.id, { timeShare: op.value }));
    }
  })();
  return !result.ok ? 'refused' : result.changed ? 'changed' : 'unchanged';
}

describe('robustness: an edit storm through the store', () => {
  for (const seed of [1, 2]) {
    it(`seed ${seed}: 2,000 operations, store and model agree after each one`, () => {
      let t = Date.parse('2026-11-25T09:00:00.000Z');
      const store = createDocumentStore({ initial: goodRole(), now: () => new Date(t), historyLimit: LIMIT, coalesceMs: COALESCE_MS });
      const model = new StormModel(store.get(), LIMIT, COALESCE_MS);
      let notified = 0;
      store.subscribe(() => notified++);
      const random = rng(seed);
      const seen = { changed: 0, refused: 0, unchanged: 0, merged: 0 };
      let deepest = 0;
      for (let i = 0; i < 2000; i++) {
        // Mostly quick keystrokes (a burst stays one undo step), sometimes a pause that ends it.
        t += random() < 0.8 ? Math.floor(random() * 300) : 1000 + Math.floor(random() * 2000);
        const op = model.nextOp(random);
        const depthBefore = model.past.length;
        const expected = model.apply(op, t);
        const actual = run(store, op);
        const at = () => `op ${i} ${JSON.stringify(op).slice(0, 120)}`;
        // chai only when a check fails (to word it): 2,000 operations make 12,000 checks.
        if (actual !== expected) expect(actual, at()).to.equal(expected);
        if (JSON.stringify(store.get()) !== JSON.stringify(model.present)) expect(canonical(store.get()), at()).to.equal(canonical(model.present));
        if (store.undoDepth !== model.past.length) expect(store.undoDepth, `${at()}: undo depth`).to.equal(model.past.length);
        if (store.canRedo !== model.future.length > 0) expect(store.canRedo, `${at()}: redo`).to.equal(model.future.length > 0);
        if (!(store.undoDepth <= LIMIT)) expect(store.undoDepth, 'history bounded').to.be.at.most(LIMIT);
        if (notified !== model.changes) expect(notified, `${at()}: notifications`).to.equal(model.changes);
        seen[actual]++;
        deepest = Math.max(deepest, store.undoDepth);
        if (actual === 'changed' && op.op !== 'undo' && op.op !== 'redo' && model.past.length === depthBefore && depthBefore < LIMIT) seen.merged++;
      }
      // The storm really mixed everything.
      expect(seen.refused, 'some edits refused').to.be.greaterThan(20);
      expect(seen.merged, 'some keystrokes joined a burst').to.be.greaterThan(50);
      expect(deepest, 'the history filled up to its limit (and was trimmed)').to.equal(LIMIT);

      const final = store.get();
      expect(validateDocument(final).ok).to.equal(true);
      const reparsed = parseRoleDocument(JSON.stringify(final));
      expect(reparsed.ok && canonical(reparsed.document)).to.equal(canonical(final));

      // Every step back is the model's, and the history ends where the model says.
      const depth = model.past.length;
      let steps = 0;
      while (store.canUndo) {
        expect(run(store, { op: 'undo' })).to.equal(model.apply({ op: 'undo' }, t));
        expect(canonical(store.get()), `undo ${steps}`).to.equal(canonical(model.present));
        steps++;
      }
      expect(steps).to.equal(depth);
      expect(model.past.length).to.equal(0);
    });
  }
});
