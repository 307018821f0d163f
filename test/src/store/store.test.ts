import { describe, it } from 'node:test';
import { expect } from 'chai';
import { createDocumentStore, MIN_HISTORY_LIMIT } from '../../../src/store/store.js';
import { setIn } from '../../../src/store/ops.js';
import { addItem, updateItem } from '../../../src/store/list-ops.js';
import { emptyDoc, fakeClock } from './fixtures.js';
import type { RoleDocument } from '../../../src/model/schema.js';

const title = (value: string) => (d: RoleDocument) => setIn(d, ['role', 'title'], value);

describe('store: edits', () => {
  it('applies a recipe, stamps meta.updatedAt and notifies subscribers', () => {
    const clock = fakeClock();
    const store = createDocumentStore({ initial: emptyDoc(), now: clock.now });
    const seen: RoleDocument[] = [];
    store.subscribe((d) => seen.push(d));
    const result = store.edit(title('Peer support worker'));
    expect(result.ok).to.equal(true);
    expect(result.ok && result.changed).to.equal(true);
    expect(store.get().role.title).to.equal('Peer support worker');
    expect(store.get().meta.updatedAt).to.equal(clock.now().toISOString());
    expect(store.get().meta.createdAt).to.equal(emptyDoc().meta.createdAt);
    expect(seen).to.deep.equal([store.get()]);
  });

  it('refuses an edit that makes the document invalid, with issues naming the field, and keeps the document', () => {
    const store = createDocumentStore({ initial: emptyDoc() });
    const before = store.get();
    let notified = 0;
    store.subscribe(() => notified++);
    const withDuty = addItem(before, ['duties'], { id: 'd1', title: 'Groups', kind: 'flexible' as const });
    store.replace(withDuty);
    const result = store.edit((d) => updateItem(d, ['duties'], 'd1', { flexibility: { maxShare: 140 } }));
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    expect(result.issues[0]!.path).to.equal('duties[0].flexibility.maxShare');
    expect(result.issues[0]!.message).to.match(/100/);
    expect(store.get()).to.equal(withDuty);
    expect(notified).to.equal(1);
    expect(store.undoDepth).to.equal(1);
  });

  it('names unknown fields', () => {
    const store = createDocumentStore({ initial: emptyDoc() });
    const result = store.edit((d) => setIn(d, ['role', 'colour'], 'blue'));
    expect(result.ok).to.equal(false);
    if (!result.ok) { expect(result.issues[0]!.message).to.contain('colour'); expect(result.issues[0]!.path).to.equal('role.colour'); }
  });

  it('treats a recipe returning the same object as a no-op: no history entry, no notification', () => {
    const store = createDocumentStore({ initial: emptyDoc() });
    let notified = 0;
    store.subscribe(() => notified++);
    const result = store.edit((d) => d);
    expect(result).to.deep.equal({ ok: true, document: store.get(), changed: false });
    expect(store.edit(title('')).ok).to.equal(true); // deleting an absent key: same object
    expect(notified).to.equal(0);
    expect(store.canUndo).to.equal(false);
  });

  it('refuses an invalid initial document', () => {
    expect(() => createDocumentStore({ initial: { ...emptyDoc(), kind: 'nope' } as unknown as RoleDocument })).to.throw(TypeError);
  });

  it('unsubscribe stops notifications', () => {
    const store = createDocumentStore({ initial: emptyDoc() });
    let notified = 0;
    const off = store.subscribe(() => notified++);
    store.edit(title('a'));
    off();
    store.edit(title('b'));
    expect(notified).to.equal(1);
  });
});

describe('store: undo and redo', () => {
  it('undoes and redoes edits in order', () => {
    const clock = fakeClock();
    const store = createDocumentStore({ initial: emptyDoc(), now: clock.now });
    const v0 = store.get();
    store.edit(title('a'), { label: 'Job title' });
    clock.tick(10);
    const v1 = store.get();
    store.edit((d) => setIn(d, ['role', 'purpose'], 'Support'), { label: 'Purpose' });
    const v2 = store.get();
    expect(store.undoLabel).to.equal('Purpose');
    expect(store.undo()).to.equal(true);
    expect(store.get()).to.equal(v1);
    expect(store.redoLabel).to.equal('Purpose');
    expect(store.undo()).to.equal(true);
    expect(store.get()).to.equal(v0);
    expect(store.undo()).to.equal(false);
    expect(store.canUndo).to.equal(false);
    expect(store.redo()).to.equal(true);
    expect(store.redo()).to.equal(true);
    expect(store.get()).to.equal(v2);
    expect(store.redo()).to.equal(false);
  });

  it('a new edit after undo drops the redo branch', () => {
    const store = createDocumentStore({ initial: emptyDoc() });
    store.edit(title('a'));
    store.edit(title('b'));
    store.undo();
    store.edit(title('c'));
    expect(store.canRedo).to.equal(false);
    store.undo();
    expect(store.get().role.title).to.equal('a');
  });

  it('coalesces a burst of typing in one field into one step', () => {
    const clock = fakeClock();
    const store = createDocumentStore({ initial: emptyDoc(), now: clock.now, coalesceMs: 1000 });
    const typed = 'Peer support worker';
    for (let i = 1; i <= typed.length; i++) {
      store.edit(title(typed.slice(0, i)), { coalesceKey: 'role.title' });
      clock.tick(150);
    }
    expect(store.get().role.title).to.equal(typed);
    expect(store.undoDepth).to.equal(1);
    store.undo();
    expect(store.get().role.title).to.equal(undefined);
    store.redo();
    expect(store.get().role.title).to.equal(typed);
  });

  it('ends a burst after a pause, on another key, after undo, or after a replace', () => {
    const clock = fakeClock();
    const store = createDocumentStore({ initial: emptyDoc(), now: clock.now, coalesceMs: 1000 });
    const key = { coalesceKey: 'role.title' };
    store.edit(title('a'), key);
    clock.tick(1001);
    store.edit(title('ab'), key); // after a pause: new step
    expect(store.undoDepth).to.equal(2);
    store.edit((d) => setIn(d, ['role', 'purpose'], 'x'), { coalesceKey: 'role.purpose' });
    store.edit(title('abc'), key); // another key intervened
    expect(store.undoDepth).to.equal(4);
    store.undo();
    store.edit(title('abd'), key); // undo intervened
    expect(store.undoDepth).to.equal(4);
    store.replace(setIn(store.get(), ['role', 'reportsTo'], 'Team lead'));
    store.edit(title('abde'), key); // replace intervened
    expect(store.undoDepth).to.equal(6);
    store.edit(title('abdef')); // no key: never merges
    store.edit(title('abdefg'));
    expect(store.undoDepth).to.equal(8);
  });

  it('keeps at least 100 steps, and at most the limit', () => {
    const store = createDocumentStore({ initial: emptyDoc(), historyLimit: 10 });
    for (let i = 0; i < 150; i++) store.edit(title(`t${i}`));
    expect(store.undoDepth).to.equal(MIN_HISTORY_LIMIT);
    let steps = 0;
    while (store.undo()) steps++;
    expect(steps).to.equal(100);
    expect(store.get().role.title).to.equal('t49');

    const big = createDocumentStore({ initial: emptyDoc() });
    for (let i = 0; i < 250; i++) big.edit(title(`t${i}`));
    expect(big.undoDepth).to.equal(200);
  });

  it('keeps 100 coalesced typing bursts as 100 steps', () => {
    const clock = fakeClock();
    const store = createDocumentStore({ initial: emptyDoc(), now: clock.now });
    for (let field = 0; field < 120; field++) {
      for (const ch of 'abc') {
        const prev = store.get().role.title ?? '';
        store.edit(title(prev + ch), { coalesceKey: `f${field}` });
        clock.tick(100);
      }
    }
    expect(store.undoDepth).to.equal(120);
    for (let i = 0; i < 100; i++) expect(store.undo()).to.equal(true);
    expect(store.get().role.title).to.have.length(60);
  });

  it('replace is one undo step; reset clears history', () => {
    const store = createDocumentStore({ initial: emptyDoc() });
    const other = setIn(emptyDoc('other'), ['role', 'title'], 'Imported');
    expect(store.replace(store.get()).ok && (store.replace(store.get()) as { changed: boolean }).changed).to.equal(false);
    const before = store.get();
    const r = store.replace(other, { label: 'Import' });
    expect(r.ok).to.equal(true);
    expect(store.get()).to.deep.equal(other);
    expect(store.get().meta.updatedAt).to.equal(other.meta.updatedAt); // a whole document is taken as it is
    // Parts equal to the current document's keep their objects; the others are the ones given.
    expect(store.get().duties).to.equal(before.duties);
    expect(store.get().role).to.equal(other.role);
    store.undo();
    expect(store.get().id).to.equal('doc1');
    const bad = store.replace({ ...other, schemaVersion: 9 } as unknown as RoleDocument);
    expect(bad.ok).to.equal(false);
    store.reset(other);
    expect(store.canUndo || store.canRedo).to.equal(false);
    expect(store.reset({} as RoleDocument).ok).to.equal(false);
  });
});
