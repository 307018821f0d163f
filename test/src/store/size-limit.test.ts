/**
 * What the store accepts must be readable again: a document over the parser's 1 MB limit could be
 * built by editing (every text field may hold 10,000 characters, and there may be 1,000 duties), and
 * then its autosave could not be restored, its `value` not set again, its export not imported.
 * So the store refuses the edit that would cross the limit, with an issue the field can show.
 */
import { describe, it } from 'node:test';
import { expect } from 'chai';
import { createDocumentStore } from '../../../src/store/store.js';
import { setIn } from '../../../src/store/ops.js';
import { addItem } from '../../../src/store/list-ops.js';
import { INPUT_LIMITS, parseRoleDocument } from '../../../src/model/index.js';
import { restoreDocument, saveDocument } from '../../../src/store/persistence.js';
import type { RoleDocument } from '../../../src/model/schema.js';
import { emptyDoc } from './fixtures.js';

const LONG = 'x'.repeat(10_000);

/** A valid document of about `n` × 10,000 characters (n duties with a long description). */
function bigDoc(n: number): RoleDocument {
  let doc = emptyDoc();
  for (let i = 0; i < n; i++) doc = addItem(doc, ['duties'], { id: `d${i}`, title: `Duty ${i}`, kind: 'core' as const, description: LONG });
  return doc;
}

describe('store: size limit (what it holds can be read back)', () => {
  it('refuses the edit that would make the document larger than the parser reads, and keeps the document', () => {
    const nearly = bigDoc(Math.floor(INPUT_LIMITS.maxChars / 10_050) - 1);
    expect(parseRoleDocument(nearly).ok, 'the starting document is readable').to.equal(true);
    const store = createDocumentStore({ initial: nearly });
    const first = store.edit((d) => setIn(d, ['role', 'purpose'], LONG));
    expect(first.ok, 'one more long field still fits').to.equal(true);
    const before = store.get();
    const result = store.edit((d) => setIn(d, ['role', 'autonomy'], LONG));
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    expect(result.issues[0]!.message).to.match(/larger than 1 MiB/);
    expect(store.get()).to.equal(before);
    expect(parseRoleDocument(store.get()).ok, 'what the store holds parses').to.equal(true);
    expect(parseRoleDocument(JSON.stringify(store.get())).ok, 'and its JSON text too').to.equal(true);
  });

  it('filled to the brim, what the store holds still parses as a value and as JSON text', () => {
    const store = createDocumentStore({ initial: emptyDoc() });
    let n = 0;
    // Long duties until one is refused, then ever shorter ones into the room that is left.
    for (let size = 10_000; size >= 1; size = store.edit((d) => addItem(d, ['duties'], { id: `d${n++}`, title: 't', kind: 'core' as const, description: 'x'.repeat(size) })).ok ? size : Math.floor(size / 2));
    const doc = store.get();
    expect(JSON.stringify(doc).length, 'close to the limit').to.be.greaterThan(INPUT_LIMITS.maxChars - 200);
    expect(parseRoleDocument(doc).ok, 'as a value').to.equal(true);
    expect(parseRoleDocument(JSON.stringify(doc)).ok, 'as JSON text').to.equal(true);
  });

  it('refuses a replace with a document over the limit', () => {
    const store = createDocumentStore({ initial: emptyDoc() });
    const result = store.replace(bigDoc(Math.ceil(INPUT_LIMITS.maxChars / 10_000) + 1));
    expect(result.ok).to.equal(false);
  });

  it('reads and keeps a document just under the limit as JSON, whatever its numbers (the size walked never exceeds the JSON)', () => {
    // 1,000 duties with short numbers (0.1 is 3 characters of JSON) and long descriptions, padded to
    // 100 characters under the limit: refused before when every number counted as 8.
    let doc = emptyDoc();
    const duties = Array.from({ length: 1000 }, (_, i) => ({ id: `d${i}`, title: `Duty ${i}`, kind: 'core' as const, timeShare: 0.1, description: 'x'.repeat(900) }));
    doc = { ...doc, duties };
    // The room left goes into the first duties' descriptions (each may hold 10,000 characters).
    let room = INPUT_LIMITS.maxChars - 100 - JSON.stringify(doc).length;
    for (const duty of duties) {
      const more = Math.min(room, 9_000);
      duty.description += 'y'.repeat(more);
      room -= more;
    }
    const text = JSON.stringify(doc);
    expect(text.length).to.be.within(INPUT_LIMITS.maxChars - 110, INPUT_LIMITS.maxChars - 90);
    const parsed = parseRoleDocument(text);
    expect(parsed.ok, parsed.ok ? '' : parsed.issues[0]!.message).to.equal(true);
    const store = createDocumentStore({ initial: emptyDoc() });
    expect(store.replace(doc).ok).to.equal(true);
    expect(store.edit((d) => setIn(d, ['role', 'title'], 'Peer worker')).ok, 'typing goes on').to.equal(true);
  });

  it('whatever the store accepted is restored from autosave', () => {
    const store = createDocumentStore({ initial: bigDoc(Math.floor(INPUT_LIMITS.maxChars / 10_050) - 1) });
    for (const key of ['purpose', 'autonomy', 'reportsTo'] as const) store.edit((d) => setIn(d, ['role', key], LONG));
    const data = new Map<string, string>();
    const storage = { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v), removeItem: (k: string) => void data.delete(k) };
    saveDocument(storage, 'k', store.get(), { tabId: 't' });
    const restored = restoreDocument(storage, 'k', { parse: parseRoleDocument });
    expect(restored.kind).to.equal('restored');
    if (restored.kind === 'restored') expect(restored.document).to.deep.equal(store.get());
  });
});
