#!/usr/bin/env node
// What each module adds to the drop-in entry (dist/cdn/psw-role-kit.js), in brotli bytes: the entry
// is built in memory with rollup.config.js, then its modules are minified together with and without
// each one (esbuild) and compressed (brotli q11). The entry minus a module is not exactly what a lazy
// chunk would save (a chunk pays its own overhead), but it says where the bytes are.
// Usage: node scripts/size-parts.mjs [--top N] [GROUP…]   (a GROUP is comma-separated path fragments,
// e.g. "node_modules/zod" or "src/store/autosave,src/store/persistence": the group is left out at once)
import { rollup } from 'rollup';
import { transform } from 'esbuild';
import { sizes } from './lib/bundle-sizes.mjs';
import configs from '../rollup.config.js';

const args = process.argv.slice(2);
const at = args.indexOf('--top');
const top = at >= 0 ? Number(args.splice(at, 2)[1]) : 40;
const cdn = configs.find((c) => c.output?.entryFileNames === 'psw-role-kit.js');
const bundle = await rollup({ ...cdn, onwarn: () => {} });
const { output } = await bundle.generate({ ...cdn.output, sourcemap: false });
const entry = output.find((c) => c.type === 'chunk' && c.isEntry);
const mods = Object.entries(entry.modules).filter(([, m]) => m.code)
  .map(([id, m]) => [id.replaceAll('\\', '/').replace(`${process.cwd().replaceAll('\\', '/')}/`, ''), m.code]);
// Each module in a block of its own, so leaving one out cannot change how the others parse.
const brotliOf = async (list) => sizes(Buffer.from((await transform(list.map(([, c]) => `{${c}}`).join('\n'), { minify: true, loader: 'js' })).code)).brotli;
const all = await brotliOf(mods);
console.log(`entry: ${sizes(Buffer.from(entry.code)).brotli} B brotli as rollup renders it, without the source-map comment (${all} B as measured here, modules minified in blocks)`);
const groups = args.length ? args : mods.map(([id]) => id);
const rows = [];
for (const group of groups) {
  const parts = group.split(',');
  rows.push([all - (await brotliOf(mods.filter(([id]) => !parts.some((p) => id.includes(p))))), group]);
}
rows.sort((a, b) => b[0] - a[0]);
for (const [bytes, group] of rows.slice(0, top)) console.log(`${String(bytes).padStart(7)} B  ${group}`);
