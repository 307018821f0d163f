import { describe, it } from 'node:test';
import { expect } from 'chai';
import { AUTOSAVE_FORMAT, type ParseFn, type StorageLike } from '../../../src/store/persistence.js';
import { createAutosave } from '../../../src/store/autosave.js';
import { parseRoleDocument } from '../../../src/model/parse.js';
import { setIn } from '../../../src/store/ops.js';
import { emptyDoc, fakeClock, manualTimers } from './fixtures.js';

const parse: ParseFn = parseRoleDocument;

/** A StorageLike over a Map that counts writes and can refuse them. */
class CountingStorage implements StorageLike {
  readonly map = new Map<string, string>();
  writes = 0;
  failWith?: string;
  getItem(k: string) { return this.map.get(k) ?? null; }
  setItem(k: string, v: string) {
    if (this.failWith) throw Object.assign(new Error('full'), { name: this.failWith });
    this.writes++;
    this.map.set(k, v);
  }
  removeItem(k: string) { this.map.delete(k); }
}


const doc = setIn(emptyDoc(), ['role', 'title'], 'Peer support worker');
const theirDoc = setIn(doc, ['role', 'title'], 'Their title');
const event = (d = theirDoc) => ({
  key: 'k',
  newValue: JSON.stringify({ format: AUTOSAVE_FORMAT, version: 1, savedAt: '2026-01-05T11:00:00.000Z', tabId: 'tab-b', document: d }),
});

describe('autosave: more cases', () => {
  const setup = (storage = new CountingStorage()) => {
    const timers = manualTimers();
    const statuses: string[] = [];
    const auto = createAutosave({ storage, key: 'k', tabId: 'tab-a', parse, setTimer: timers.setTimer, clearTimer: timers.clearTimer, now: fakeClock().now, onStatus: (s) => statuses.push(s.kind) });
    return { auto, timers, statuses, storage };
  };

  it('uses the host timers by default; flush writes at once and cancels the timer', () => {
    const storage = new CountingStorage();
    const auto = createAutosave({ storage, key: 'k', tabId: 'tab-a', parse, delayMs: 1000 });
    auto.restore();
    auto.schedule(doc);
    expect(auto.status.kind).to.equal('saving');
    auto.flush();
    expect(storage.writes).to.equal(1);
    expect(JSON.parse(storage.map.get('k')!).document).to.deep.equal(doc);
    expect(auto.status.kind).to.equal('saved');
    expect(auto.status.at).to.match(/^\d{4}-\d{2}-\d{2}T/);
    auto.dispose();
  });

  it('an undo back to the saved document while saving: no write, status back to saved with its time', () => {
    const { auto, timers, storage, statuses } = setup();
    auto.restore();
    auto.schedule(doc);
    timers.runAll();
    const at = auto.status.at;
    auto.schedule(setIn(doc, ['role', 'purpose'], 'changed'));
    expect(auto.status.kind).to.equal('saving');
    auto.schedule(doc); // undo
    expect(timers.pending).to.equal(0);
    expect(auto.status).to.deep.include({ kind: 'saved', at });
    expect(storage.writes).to.equal(1);
    expect(statuses).to.deep.equal(['saving', 'saved', 'saving', 'saved']);
  });

  it('a copy equal to what is saved is not written again, and the status goes back to saved', () => {
    const { auto, timers, storage } = setup();
    auto.restore();
    auto.schedule(doc);
    timers.runAll();
    auto.schedule(structuredClone(doc));
    expect(auto.status.kind).to.equal('saving');
    timers.runAll();
    expect(storage.writes).to.equal(1);
    expect(auto.status.kind).to.equal('saved');
  });

  it('a tab with nothing of its own unsaved takes the other tab’s version without asking; one with unsaved work asks', () => {
    const { auto, timers, storage } = setup();
    storage.map.set('k', JSON.stringify({ format: AUTOSAVE_FORMAT, version: 1, savedAt: '2026-01-05T10:00:00.000Z', tabId: 'tab-a', document: doc }));
    const restored = auto.restore();
    const mine = restored.kind === 'restored' ? restored.document : doc;
    const taken: unknown[] = [];
    expect(auto.handleStorageEvent(event(), { current: mine, take: (d) => taken.push(d) })).to.equal(false);
    expect(taken).to.deep.equal([theirDoc]);
    expect(auto.status).to.deep.equal({ kind: 'saved', at: '2026-01-05T11:00:00.000Z' });
    // The store puts it in place as another object: nothing is written back.
    auto.schedule(JSON.parse(JSON.stringify(theirDoc)));
    timers.runAll();
    expect(storage.writes).to.equal(0);
    // Now this tab types, and before its save another tab saves: that is a question.
    auto.schedule(setIn(theirDoc, ['role', 'purpose'], 'Mine'));
    const again = setIn(theirDoc, ['role', 'title'], 'Third');
    expect(auto.handleStorageEvent(event(again), { current: setIn(theirDoc, ['role', 'purpose'], 'Mine'), take: (d) => taken.push(d) })).to.equal(true);
    expect(taken).to.have.length(1);
    expect(auto.status.kind).to.equal('other-tab');
  });

  it('loading the other tab’s version after unreadable data was kept aside keeps saying where it went', () => {
    const storage = new CountingStorage();
    storage.map.set('k', '{broken');
    const { auto } = setup(storage);
    const r = auto.restore();
    expect(r.kind).to.equal('kept-aside');
    const backupKey = r.kind === 'kept-aside' ? r.backupKey : '';
    storage.map.set('k', event().newValue);
    expect(auto.handleStorageEvent(event(), { current: doc })).to.equal(true);
    expect(auto.resolve('load-theirs', doc)).to.deep.equal(theirDoc);
    expect(auto.status).to.deep.equal({ kind: 'kept-aside', backupKey, at: '2026-01-05T11:00:00.000Z' });
    expect(storage.map.get(backupKey)).to.equal('{broken');
  });

  it('“keep mine” never overwrites unreadable data that could not be copied aside', () => {
    const storage = new CountingStorage();
    storage.map.set('k', '{broken');
    storage.failWith = 'QuotaExceededError';
    const { auto } = setup(storage);
    auto.restore();
    expect(auto.status).to.deep.include({ kind: 'storage-error', reason: 'quota' });
    storage.failWith = undefined;
    expect(auto.handleStorageEvent(event(), { current: doc })).to.equal(true);
    expect(auto.resolve('keep-mine', doc)).to.equal(undefined);
    expect(storage.writes).to.equal(0);
    expect(storage.map.get('k')).to.equal('{broken');
  });
});
