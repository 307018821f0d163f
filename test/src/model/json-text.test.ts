// JSON text on a page that gave arrays or objects a `toJSON` (src/model/json-text.ts): documents,
// autosave and request bodies come out as on any other page, and read back.
import { describe, it } from 'node:test';
import { expect } from 'chai';
import { jsonText } from '../../../src/model/json-text.js';
import { createRoleDocument } from '../../../src/model/create.js';
import { parseRoleDocument } from '../../../src/model/parse.js';
import { createAutosave } from '../../../src/store/autosave.js';
import { HttpRoleStore } from '../../../src/store/http-role-store.js';
import type { StorageLike } from '../../../src/store/persistence.js';
import { setIn } from '../../../src/store/ops.js';

type WithToJson = { toJSON?: unknown };

/**
 * Runs `fn` on a "page" as Prototype.js 1.6 left it: every array writes itself as a JSON string
 * (the library's own encoder, here a stand-in), and, for good measure, every object inherits a
 * non-enumerable `toJSON` that would write it as a placeholder.
 */
async function onOldLibraryPage<T>(fn: () => T | Promise<T>): Promise<T> {
  const arrays = Array.prototype as unknown as WithToJson;
  arrays.toJSON = function (this: unknown[]) { return `[${this.map((x) => JSON.stringify(x)).join(', ')}]`; };
  Object.defineProperty(Object.prototype, 'toJSON', { value: () => 'object', configurable: true, writable: true, enumerable: false });
  try {
    return await fn();
  } finally {
    delete arrays.toJSON;
    delete (Object.prototype as WithToJson).toJSON;
  }
}

const memoryStorage = (): StorageLike & { map: Map<string, string> } => {
  const map = new Map<string, string>();
  return { map, getItem: (k) => map.get(k) ?? null, setItem: (k, v) => { map.set(k, v); }, removeItem: (k) => { map.delete(k); } };
};

const doc = setIn(createRoleDocument({ template: 'adult-community', id: 'r1', now: '2026-01-05T09:00:00.000Z' }), ['role', 'title'], 'Peer worker');

describe('jsonText', () => {
  it('is JSON.stringify on a page that changed nothing', () => {
    expect(jsonText(doc)).to.equal(JSON.stringify(doc));
    expect(jsonText(doc, 2)).to.equal(JSON.stringify(doc, null, 2));
    expect(jsonText({ list: [1, 'a', null], nested: { x: [] } })).to.equal('{"list":[1,"a",null],"nested":{"x":[]}}');
  });

  it('writes lists and objects as they are where the page gave them a toJSON', async () => {
    const expected = JSON.stringify(doc);
    const expectedIndented = JSON.stringify(doc, null, 2);
    await onOldLibraryPage(() => {
      expect(JSON.stringify({ a: [1] }), 'the stand-in breaks JSON.stringify').to.not.equal('{"a":[1]}');
      expect(jsonText(doc)).to.equal(expected);
      expect(jsonText(doc, 2)).to.equal(expectedIndented);
      expect(jsonText([[1, [2]], { a: [] }])).to.equal('[[1,[2]],{"a":[]}]');
      expect(jsonText(Object.assign(Object.create(null), { a: [1] }))).to.equal('{"a":[1]}');
    });
  });

  it('keeps a value\'s own toJSON (a date, a class), on such a page too', async () => {
    const value = { at: new Date(0), own: { toJSON: () => 'mine' } };
    const expected = '{"at":"1970-01-01T00:00:00.000Z","own":"mine"}';
    expect(jsonText(value)).to.equal(expected);
    await onOldLibraryPage(() => expect(jsonText(value)).to.equal(expected));
  });

  it('autosave on such a page saves work that the next visit restores', async () => {
    const storage = memoryStorage();
    await onOldLibraryPage(() => {
      const first = createAutosave({ storage, key: 'k', tabId: 'tab-a', parse: parseRoleDocument, setTimer: () => 0, clearTimer: () => {} });
      first.restore();
      first.schedule(doc);
      first.flush();
      expect(first.status.kind).to.equal('saved');
      const next = createAutosave({ storage, key: 'k', tabId: 'tab-b', parse: parseRoleDocument });
      const restored = next.restore();
      expect(restored.kind).to.equal('restored');
      expect(restored.kind === 'restored' && restored.document).to.deep.equal(doc);
    });
  });

  it('the library client sends such a page\'s role as the server expects it, and reads the answer', async () => {
    const bodies: unknown[] = [];
    // The server's answer, written before the page is changed (the server is not on the page).
    const answer = JSON.stringify({ id: 'r1', revision: '1', document: doc, createdAt: 'x', updatedAt: 'x', createdBy: 'me' });
    const fetch = (async (_url: RequestInfo | URL, init: RequestInit = {}) => {
      bodies.push(JSON.parse(String(init.body)));
      return new Response(answer, { status: 201, headers: { 'Content-Type': 'application/json', ETag: '"1"' } });
    }) as typeof globalThis.fetch;
    const store = new HttpRoleStore({ base: '/api', fetch });
    const saved = await onOldLibraryPage(() => store.put(doc, { baseRevision: null }));
    expect(bodies[0]).to.deep.equal(doc);
    expect(saved.ok && saved.value.revision).to.equal('1');
  });
});
