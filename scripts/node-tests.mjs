#!/usr/bin/env node
// Runs the core tests (test/src/**/*.test.ts) in plain Node: esbuild transpiles the core sources and the
// test files one to one (no bundling, no DOM, no Lit) into .cache/node-tests, then `node --test` runs
// them. This is the proof that src/ is DOM-free. One output file per source keeps source maps simple,
// so `c8 node scripts/node-tests.mjs` (see .c8rc.json) reports coverage per file of src/.
// All test files run in one Node process (one generated file imports them in order, see
// scripts/lib/process-groups.mjs; a file that fails to load is one failing test): a process per file
// would load the core again for every file, which cost two thirds of this step's time when there were
// 58. `--isolate` runs a process per file instead.
// Usage: node scripts/node-tests.mjs [paths…] [--json-summary FILE] [--isolate]
import { build } from 'esbuild';
import { readdirSync, statSync, rmSync, readFileSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { runNodeTests } from './lib/node-test-run.mjs';
import { writeImportingFile } from './lib/process-groups.mjs';

const args = process.argv.slice(2);
const at = args.indexOf('--json-summary');
const summaryFile = at >= 0 ? args.splice(at, 2)[1] : undefined;
const isolate = args.includes('--isolate') && !!args.splice(args.indexOf('--isolate'), 1);
const roots = args.length ? args : ['test/src'];
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

const walk = (p) => statSync(p).isDirectory()
  ? readdirSync(p).sort().flatMap((f) => walk(join(p, f)))
  : (p.endsWith('.test.ts') ? [p] : []);
const entryPoints = roots.filter(existsSync).flatMap(walk);
const outdir = '.cache/node-tests';
rmSync(outdir, { recursive: true, force: true });

let counts = { passed: 0, failed: 0, skipped: 0 };
let code = 0;
if (entryPoints.length) {
  // Everything a core test can import: the core, the test files and their shared fixtures and helpers.
  const sources = ['src', 'test/src', 'test/fixtures', 'test/util'].filter(existsSync)
    .flatMap((d) => readdirSync(d, { recursive: true }).map((f) => join(d, String(f))))
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'));
  await build({
    entryPoints: sources, outdir, outbase: '.', bundle: false, platform: 'node', format: 'esm', target: 'node20',
    sourcemap: 'inline', logLevel: 'warning', define: { __PSW_VERSION__: JSON.stringify(pkg.version) },
  });
  const files = entryPoints.map((f) => join(outdir, f.replace(/\.ts$/, '.js')));
  let run = files;
  if (!isolate) run = [writeImportingFile(join(outdir, 'all.test.js'), files)];
  ({ code, counts } = await runNodeTests(run, { tapFile: join(outdir, 'results.tap') }));
}
console.log(`core tests in Node (${entryPoints.length} files): ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
if (summaryFile) {
  // A fresh clone has no .cache yet: without this the summary is lost and npm test counts a failure.
  mkdirSync(dirname(summaryFile), { recursive: true });
  writeFileSync(summaryFile, JSON.stringify(counts));
}
process.exit(code ? 1 : 0);
