#!/usr/bin/env node
// `npm run size` (after `npm run build`): what the drop-in bundle weighs, honestly. For the entry
// dist/cdn/psw-role-kit.js and for each lazy chunk in dist/cdn/chunks: minified bytes, gzip -9 and
// brotli q11 (node:zlib). Then what each lazy part costs when a page first needs it (the chunk and
// the chunks it pulls in that the entry does not), and the totals: everything a page with every
// element loads (the entry and every chunk except the Word writer), and the Word writer.
// The budgets are enforced by test/build/size-budget.test.mjs (docs/bundle-size.md explains the split).
// Usage: node scripts/size.mjs [--json]
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CDN_DIR, ENTRY, lazyCost, lazyRoots, measureCdn, sum } from './lib/bundle-sizes.mjs';

if (!existsSync(join(CDN_DIR, ENTRY))) {
  console.error(`size: ${CDN_DIR}/${ENTRY} not found; run \`npm run build\` first.`);
  process.exit(1);
}

const m = measureCdn();
const entry = m.byFile.get(ENTRY);
const chunks = m.files.filter((f) => f.kind !== 'entry');
const word = chunks.filter((f) => f.kind === 'word');
const everyElement = m.files.filter((f) => f.kind !== 'word');

if (process.argv.includes('--json')) {
  const strip = ({ code, ...rest }) => rest;
  console.log(JSON.stringify({
    entry: strip(entry), chunks: chunks.map(strip),
    totals: { everyElement: sum(everyElement), word: sum(word), all: sum(m.files) },
  }, null, 2));
  process.exit(0);
}

const kib = (n) => (n / 1024).toFixed(1);
const row = (name, s, note = '') =>
  `${name.padEnd(46)} ${String(s.min).padStart(9)} ${String(s.gzip).padStart(8)} ${String(s.brotli).padStart(8)} ${kib(s.brotli).padStart(7)}  ${note}`;
const head = `${'file'.padEnd(46)} ${'min B'.padStart(9)} ${'gzip B'.padStart(8)} ${'br B'.padStart(8)} ${'br KiB'.padStart(7)}`;

console.log(head);
console.log(row(ENTRY, entry, 'entry (budget 32 KiB br, goal 30)'));
for (const c of chunks) console.log(row(`  ${c.file}`, c, c.kind === 'word' ? 'Word writer (lazy)' : 'lazy'));

console.log(`\nwhat a lazy part costs when first needed (the chunk + chunks it pulls in beyond the entry)`);
for (const root of lazyRoots(m)) {
  const files = lazyCost(m, root);
  console.log(row(`  ${root}`, sum(files), files.length > 1 ? `${files.length} files` : ''));
}

console.log('\ntotals');
console.log(row('entry only', entry));
console.log(row('every element (entry + all chunks but Word)', sum(everyElement), `${everyElement.length} files`));
console.log(row('Word writer', sum(word), `${word.length} file${word.length === 1 ? '' : 's'}`));
console.log(row('everything', sum(m.files), `${m.files.length} files`));
