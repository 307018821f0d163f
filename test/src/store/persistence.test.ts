import { describe, it } from 'node:test';
import { expect } from 'chai';
import {
  AUTOSAVE_FORMAT,
  backupKeyFor,
  classifyStorageError,
  otherTabSave,
  pageStorageKey,
  readStored,
  restoreDocument,
  saveDocument,
  type ParseFn,
  type StorageLike,
} from '../../../src/store/persistence.js';
import { createAutosave } from '../../../src/store/autosave.js';
import { parseRoleDocument } from '../../../src/model/parse.js';
import { setIn } from '../../../src/store/ops.js';
import { emptyDoc, fakeClock, manualTimers } from './fixtures.js';

// The model's parser, as the elements use it.
const parse: ParseFn = parseRoleDocument;

class MemoryStorage implements StorageLike {
  readonly map = new Map<string, string>();
  failWith?: { name: string; message?: string };
  failReads = false;
  getItem(k: string) {
    if (this.failReads) throw Object.assign(new Error('The operation is insecure.'), { name: 'SecurityError' });
    return this.map.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    if (this.failWith) throw Object.assign(new Error(this.failWith.message ?? 'fail'), { name: this.failWith.name });
    this.map.set(k, v);
  }
  removeItem(k: string) {
    this.map.delete(k);
  }
}

const doc = setIn(emptyDoc(), ['role', 'title'], 'Peer support worker');

describe('persistence: save and restore', () => {
  it('saves a versioned envelope and restores exactly what was saved', () => {
    const storage = new MemoryStorage();
    const clock = fakeClock();
    const saved = saveDocument(storage, 'k', doc, { tabId: 'tab-a', now: clock.now });
    expect(saved).to.deep.equal({ ok: true, savedAt: clock.now().toISOString() });
    const envelope = JSON.parse(storage.map.get('k')!);
    expect(envelope).to.deep.equal({ format: AUTOSAVE_FORMAT, version: 1, savedAt: clock.now().toISOString(), tabId: 'tab-a', document: doc });
    const restored = restoreDocument(storage, 'k', { parse });
    expect(restored.kind).to.equal('restored');
    if (restored.kind === 'restored') {
      expect(restored.document).to.deep.equal(doc);
      expect(restored.tabId).to.equal('tab-a');
      expect(restored.savedAt).to.equal(clock.now().toISOString());
    }
  });

  it('reports an empty key', () => {
    expect(restoreDocument(new MemoryStorage(), 'k', { parse })).to.deep.equal({ kind: 'empty' });
  });

  it('accepts a bare document stored under the key', () => {
    const storage = new MemoryStorage();
    storage.map.set('k', JSON.stringify(doc));
    const r = restoreDocument(storage, 'k', { parse });
    expect(r.kind).to.equal('restored');
  });

  for (const [name, raw] of [
    ['cut-short JSON', '{"format":"psw-role-kit/autosave","vers'],
    ['an envelope of a future version', JSON.stringify({ format: AUTOSAVE_FORMAT, version: 2, document: {} })],
    ['an envelope with an invalid document', JSON.stringify({ format: AUTOSAVE_FORMAT, version: 1, savedAt: 'x', tabId: 't', document: { ...doc, duties: 'none' } })],
    ['something else entirely', '42'],
  ] as const) {
    it(`keeps ${name} aside under a backup key, unchanged`, () => {
      const storage = new MemoryStorage();
      storage.map.set('k', raw);
      const clock = fakeClock();
      const r = restoreDocument(storage, 'k', { parse, now: clock.now });
      expect(r.kind).to.equal('kept-aside');
      if (r.kind !== 'kept-aside') return;
      expect(r.backupKey).to.equal(backupKeyFor('k', clock.now().toISOString()));
      expect(storage.map.get(r.backupKey)).to.equal(raw);
      expect(storage.map.get('k')).to.equal(raw); // nothing deleted
      expect(r.issues.length).to.be.greaterThan(0);
    });
  }

  it('names the field of an invalid saved document', () => {
    const read = readStored(JSON.stringify({ format: AUTOSAVE_FORMAT, version: 1, savedAt: 'x', tabId: 't', document: setIn(doc, ['role', 'involvementRequestCap'], 300) }), parse);
    expect(read.ok).to.equal(false);
    if (!read.ok) expect(read.issues[0]!.path).to.equal('document.role.involvementRequestCap');
  });

  it('reports unreadable data it could not copy aside, and storage that cannot be read', () => {
    const storage = new MemoryStorage();
    storage.map.set('k', 'garbage');
    storage.failWith = { name: 'QuotaExceededError' };
    const r = restoreDocument(storage, 'k', { parse });
    expect(r.kind).to.equal('unreadable');
    if (r.kind === 'unreadable') expect(r.reason).to.equal('quota');
    storage.failReads = true;
    const u = restoreDocument(storage, 'k', { parse });
    expect(u).to.deep.include({ kind: 'unavailable', reason: 'unavailable' });
  });

  it('reports a full quota or unusable storage instead of throwing', () => {
    const storage = new MemoryStorage();
    storage.failWith = { name: 'QuotaExceededError' };
    expect(saveDocument(storage, 'k', doc, { tabId: 't' })).to.deep.include({ ok: false, reason: 'quota' });
    storage.failWith = { name: 'SecurityError' };
    expect(saveDocument(storage, 'k', doc, { tabId: 't' })).to.deep.include({ ok: false, reason: 'unavailable' });
    expect(classifyStorageError({ code: 22 }).reason).to.equal('quota');
    expect(classifyStorageError({ name: 'NS_ERROR_DOM_QUOTA_REACHED' }).reason).to.equal('quota');
    expect(classifyStorageError('weird').reason).to.equal('unavailable');
  });

  it('derives the page key from the path', () => {
    expect(pageStorageKey('/hr/roles/psw.aspx')).to.equal('psw-role-kit:page:/hr/roles/psw.aspx');
  });
});

describe('persistence: other tabs', () => {
  const envelope = (tabId: string, d = doc) => JSON.stringify({ format: AUTOSAVE_FORMAT, version: 1, savedAt: '2026-01-05T10:00:00.000Z', tabId, document: d });

  it('recognises another tab saving our key, and nothing else', () => {
    expect(otherTabSave({ key: 'k', newValue: envelope('tab-b') }, 'k', 'tab-a', parse)?.tabId).to.equal('tab-b');
    expect(otherTabSave({ key: 'k', newValue: envelope('tab-a') }, 'k', 'tab-a', parse)).to.equal(undefined);
    expect(otherTabSave({ key: 'other', newValue: envelope('tab-b') }, 'k', 'tab-a', parse)).to.equal(undefined);
    expect(otherTabSave({ key: 'k', newValue: null }, 'k', 'tab-a', parse)).to.equal(undefined);
    expect(otherTabSave({ key: 'k', newValue: 'garbage' }, 'k', 'tab-a', parse)).to.equal(undefined);
    const area = {};
    expect(otherTabSave({ key: 'k', newValue: envelope('tab-b'), storageArea: {} }, 'k', 'tab-a', parse, area)).to.equal(undefined);
    expect(otherTabSave({ key: 'k', newValue: envelope('tab-b'), storageArea: area }, 'k', 'tab-a', parse, area)?.tabId).to.equal('tab-b');
  });
});


describe('autosave', () => {
  const setup = (storage: StorageLike | undefined = new MemoryStorage(), tabId = 'tab-a') => {
    const timers = manualTimers();
    const statuses: string[] = [];
    const auto = createAutosave({ storage, key: 'k', tabId, parse, setTimer: timers.setTimer, clearTimer: timers.clearTimer, now: fakeClock().now, onStatus: (s) => statuses.push(s.kind) });
    return { auto, timers, statuses, storage: storage as MemoryStorage };
  };

  it('debounces saves: many changes, one write, then "saved"', () => {
    const { auto, timers, storage, statuses } = setup();
    expect(auto.restore().kind).to.equal('empty');
    let writes = 0;
    const set = storage.setItem.bind(storage);
    storage.setItem = (k, v) => { writes++; set(k, v); };
    for (let i = 0; i < 5; i++) auto.schedule(setIn(doc, ['role', 'purpose'], `p${i}`));
    expect(auto.status.kind).to.equal('saving');
    expect(timers.pending).to.equal(1);
    timers.runAll();
    expect(writes).to.equal(1);
    expect(JSON.parse(storage.map.get('k')!).document.role.purpose).to.equal('p4');
    expect(auto.status.kind).to.equal('saved');
    expect(statuses).to.deep.equal(['saving', 'saved']);
  });

  it('flush saves a pending change at once; identical documents are not written again', () => {
    const { auto, timers, storage } = setup();
    auto.restore();
    auto.schedule(doc);
    auto.flush();
    expect(timers.pending).to.equal(0);
    expect(storage.map.has('k')).to.equal(true);
    storage.map.delete('k');
    auto.schedule(doc);
    timers.runAll();
    expect(storage.map.has('k')).to.equal(false);
    expect(auto.status.kind).to.equal('saved');
    auto.flush(); // nothing pending: nothing happens
    auto.dispose();
  });

  it('restores, and reports it', () => {
    const storage = new MemoryStorage();
    saveDocument(storage, 'k', doc, { tabId: 'old' });
    const { auto } = setup(storage);
    const r = auto.restore();
    expect(r.kind).to.equal('restored');
    expect(auto.status.kind).to.equal('restored');
    expect(auto.status.at).to.be.a('string');
  });

  it('says memory-only without storage and never writes', () => {
    const timers = manualTimers();
    const auto = createAutosave({ storage: undefined, key: 'k', tabId: 't', parse, setTimer: timers.setTimer, clearTimer: timers.clearTimer });
    expect(auto.status.kind).to.equal('memory-only');
    expect(auto.restore().kind).to.equal('unavailable');
    auto.schedule(doc);
    expect(timers.pending).to.equal(0);
  });

  it('keeps unreadable data aside, says so for the session, and goes on saving', () => {
    const storage = new MemoryStorage();
    storage.map.set('k', '{broken');
    const { auto, timers } = setup(storage);
    const r = auto.restore();
    expect(r.kind).to.equal('kept-aside');
    expect(auto.status).to.deep.include({ kind: 'kept-aside' });
    auto.schedule(doc);
    timers.runAll();
    expect(JSON.parse(storage.map.get('k')!).document).to.deep.equal(doc);
    expect(auto.status.kind).to.equal('kept-aside');
    expect(auto.status.at).to.be.a('string');
    if (r.kind === 'kept-aside') expect(storage.map.get(r.backupKey)).to.equal('{broken');
  });

  it('never overwrites unreadable data it could not copy aside', () => {
    const storage = new MemoryStorage();
    storage.map.set('k', '{broken');
    storage.failWith = { name: 'QuotaExceededError' };
    const { auto, timers } = setup(storage);
    auto.restore();
    expect(auto.status).to.deep.include({ kind: 'storage-error', reason: 'quota' });
    storage.failWith = undefined;
    auto.schedule(doc);
    timers.runAll();
    auto.flush();
    expect(storage.map.get('k')).to.equal('{broken');
  });

  it('reports a failing save and recovers when storage works again', () => {
    const { auto, timers, storage } = setup();
    auto.restore();
    storage.failWith = { name: 'QuotaExceededError' };
    auto.schedule(doc);
    timers.runAll();
    expect(auto.status).to.deep.include({ kind: 'storage-error', reason: 'quota' });
    storage.failWith = undefined;
    auto.schedule(setIn(doc, ['role', 'purpose'], 'x'));
    expect(auto.status.kind).to.equal('storage-error'); // stays visible until a save works
    timers.runAll();
    expect(auto.status.kind).to.equal('saved');
  });

  it('reports unusable storage on restore', () => {
    const storage = new MemoryStorage();
    storage.failReads = true;
    const { auto } = setup(storage);
    auto.restore();
    expect(auto.status).to.deep.include({ kind: 'storage-error', reason: 'unavailable' });
  });

  describe('another tab', () => {
    const theirDoc = setIn(doc, ['role', 'title'], 'Their title');
    const event = (d = theirDoc, tabId = 'tab-b') => ({
      key: 'k',
      newValue: JSON.stringify({ format: AUTOSAVE_FORMAT, version: 1, savedAt: '2026-01-05T11:00:00.000Z', tabId, document: d }),
    });

    it('holds off saving until the user chooses; "keep mine" writes mine', () => {
      const { auto, timers, storage } = setup();
      auto.restore();
      const mine = setIn(doc, ['role', 'title'], 'My title');
      auto.schedule(mine);
      storage.map.set('k', event().newValue); // what the other tab wrote
      expect(auto.handleStorageEvent(event(), { current: mine })).to.equal(true);
      expect(auto.status).to.deep.include({ kind: 'other-tab', at: '2026-01-05T11:00:00.000Z' });
      expect(auto.theirs).to.deep.equal(theirDoc);
      timers.runAll();
      auto.flush();
      auto.schedule(setIn(mine, ['role', 'purpose'], 'More'));
      timers.runAll();
      expect(JSON.parse(storage.map.get('k')!).tabId).to.equal('tab-b'); // theirs untouched
      expect(auto.resolve('keep-mine', mine)).to.equal(undefined);
      expect(JSON.parse(storage.map.get('k')!).document.role.title).to.equal('My title');
      expect(auto.status.kind).to.equal('saved');
      expect(auto.resolve('keep-mine', mine)).to.equal(undefined); // nothing to resolve any more
    });

    it('"load theirs" returns their document and does not write it back', () => {
      const { auto, timers, storage } = setup();
      auto.restore();
      storage.map.set('k', event().newValue);
      auto.handleStorageEvent(event(), { current: doc });
      const theirs = auto.resolve('load-theirs', doc);
      expect(theirs).to.deep.equal(theirDoc);
      let writes = 0;
      storage.setItem = () => { writes++; };
      auto.schedule(theirs!);
      timers.runAll();
      expect(writes).to.equal(0);
      expect(auto.status.kind).to.equal('saved');
    });

    it('ignores its own saves, other keys, and a version equal to what it shows', () => {
      const { auto } = setup();
      auto.restore();
      expect(auto.handleStorageEvent(event(theirDoc, 'tab-a'), { current: doc })).to.equal(false);
      expect(auto.handleStorageEvent({ ...event(), key: 'x' }, { current: doc })).to.equal(false);
      expect(auto.handleStorageEvent(event(doc), { current: doc })).to.equal(false);
      expect(auto.status.kind).to.equal('new');
    });
  });
});
