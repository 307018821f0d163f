#!/usr/bin/env node
// Runs the core tests (test/src/**/*.test.ts) in plain Node: esbuild bundles each test file with the
// core sources (no DOM, no Lit), then `node --test` runs them. This is the proof that src/ is DOM-free.
// Usage: node scripts/node-tests.mjs [paths…] [--json-summary FILE]
import { build } from 'esbuild';
import { readdirSync, statSync, rmSync, readFileSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { runNodeTests } from './lib/node-test-run.mjs';

const args = process.argv.slice(2);
const at = args.indexOf('--json-summary');
const summaryFile = at >= 0 ? args.splice(at, 2)[1] : undefined;
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
  await build({
    entryPoints, outdir, outbase: 'test', bundle: true, platform: 'node', format: 'esm', target: 'node20',
    packages: 'external', sourcemap: 'inline', logLevel: 'warning', outExtension: { '.js': '.mjs' },
    define: { __PSW_VERSION__: JSON.stringify(pkg.version) },
  });
  const files = readdirSync(outdir, { recursive: true }).map(String).filter((f) => f.endsWith('.test.mjs')).sort().map((f) => join(outdir, f));
  ({ code, counts } = await runNodeTests(files, { tapFile: join(outdir, 'results.tap') }));
}
console.log(`core tests in Node (${entryPoints.length} files): ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
if (summaryFile) {
  // A fresh clone has no .cache yet: without this the summary is lost and npm test counts a failure.
  mkdirSync(dirname(summaryFile), { recursive: true });
  writeFileSync(summaryFile, JSON.stringify(counts));
}
process.exit(code ? 1 : 0);
