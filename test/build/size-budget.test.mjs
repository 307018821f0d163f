// The size budget of the drop-in bundle (DESIGN.md §6): fail over 40 KB brotli (goal 30 KB).
// Sizes are deterministic, so this may fail the build. Lazy chunks (the Word writer) are reported
// by `npm run size` and are not part of the budget: they load only when used.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants } from 'node:zlib';

const BUDGET = 40 * 1024;
const brotli = (b) => brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

describe('size budget', () => {
  it(`dist/cdn/psw-role-kit.js is at most ${BUDGET / 1024} KiB brotli`, () => {
    const size = brotli(readFileSync('dist/cdn/psw-role-kit.js'));
    console.log(`drop-in bundle: ${(size / 1024).toFixed(1)} KiB brotli (budget ${BUDGET / 1024} KiB, goal 30 KiB)`);
    assert.ok(size <= BUDGET, `${size} B brotli is over the ${BUDGET} B budget`);
  });
});
