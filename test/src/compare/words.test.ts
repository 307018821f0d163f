/** Word-level differences: both texts can always be rebuilt from them, and an edit stays local. */
import { describe, it } from 'node:test';
import { expect } from 'chai';
import fc from 'fast-check';
import { mostlyRewritten, wordDiff } from '../../../src/compare/words.js';
import type { WordDiff } from '../../../src/compare/types.js';

const side = (ws: readonly WordDiff[], kind: 'added' | 'removed') => ws.filter((w) => w.kind !== kind).map((w) => w.text).join('');
const words = fc.array(fc.constantFrom('peer', 'support', 'worker', 'the', 'team', ',', '.', ' ', '  ', '\n', 'group', 'wellbeing', 'é'), { maxLength: 40 }).map((xs) => xs.join(' '));

describe('wordDiff', () => {
  it('rebuilds both texts, for any pair of texts', () => {
    fc.assert(fc.property(words, words, (a, b) => {
      const ws = wordDiff(a, b);
      expect(side(ws, 'added')).to.equal(a);
      expect(side(ws, 'removed')).to.equal(b);
      expect(ws.every((w) => w.text !== '')).to.equal(true);
    }), { numRuns: 300, seed: 17 });
  });

  it('keeps an edit in the middle of a long text local, and says whether it is a rewrite', () => {
    const a = 'Meet people weekly or fortnightly, building a mutual relationship and sharing experience with purpose.';
    const b = 'Meet people weekly, building a mutual and hopeful relationship and sharing experience with purpose.';
    const ws = wordDiff(a, b);
    expect(ws.filter((w) => w.kind !== 'same').map((w) => [w.kind, w.text.trim()])).to.deep.equal([['removed', 'or fortnightly'], ['added', 'and hopeful']]);
    expect(mostlyRewritten(ws)).to.equal(false);
    expect(mostlyRewritten(wordDiff(a, 'Something else entirely, said in other words.'))).to.equal(true);
  });
});
