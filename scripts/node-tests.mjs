#!/usr/bin/env node
// Runs the core tests (test/src/**/*.test.ts) in plain Node: esbuild bundles each test file with the
// core sources (no DOM, no Lit), then `node --test` runs them. Prints counts as JSON on the last line
// when --json-summary FILE is given, for scripts/test.mjs.
// Usage: node scripts/node-tests.mjs [paths…] [--json-summary FILE]
import { build } from 'esbuild';
import { spawn } from 'node:child_process';
import { readdirSync, statSync, rmSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';

const args = process.argv.slice(2);
const summaryAt = args.indexOf('--json-summary');
const summaryFile = summaryAt >= 0 ? args.splice(summaryAt, 2)[1] : undefined;
const roots = args.length ? args : ['test/src'];
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

const walk = (p) => statSync(p).isDirectory()
  ? readdirSync(p).sort().flatMap((f) => walk(join(p, f)))
  : (p.endsWith('.test.ts') ? [p] : []);
const entryPoints = roots.filter(existsSync).flatMap(walk);
const outdir = '.cache/node-tests';
rmSync(outdir, { recursive: true, force: true });
if (entryPoints.length === 0) {
  console.log('node tests: no test files found under', roots.join(', '));
  if (summaryFile) writeFileSync(summaryFile, JSON.stringify({ passed: 0, failed: 0, skipped: 0 }));
  process.exit(0);
}
await build({
  entryPoints, outdir, outbase: 'test', bundle: true, platform: 'node', format: 'esm', target: 'node20',
  packages: 'external', sourcemap: 'inline', logLevel: 'warning', outExtension: { '.js': '.mjs' },
  define: { __PSW_VERSION__: JSON.stringify(pkg.version) },
});
const built = readdirSync(outdir, { recursive: true }).filter((f) => String(f).endsWith('.test.mjs')).map((f) => join(outdir, String(f)));
const tap = join(outdir, 'results.tap');
const child = spawn(process.execPath, ['--enable-source-maps', '--test', '--test-reporter=spec', '--test-reporter-destination=stdout',
  '--test-reporter=tap', `--test-reporter-destination=${tap}`, ...built], { stdio: 'inherit' });
const code = await new Promise((r) => child.on('close', r));
const text = existsSync(tap) ? readFileSync(tap, 'utf8') : '';
const num = (k) => Number(text.match(new RegExp(`^# ${k} (\\d+)`, 'm'))?.[1] ?? 0);
const counts = { passed: num('pass'), failed: num('fail') + num('cancelled'), skipped: num('skipped') + num('todo') };
if (code !== 0 && counts.failed === 0) counts.failed = 1; // a crash outside any test still fails the run
console.log(`node tests (${built.length} files, ${relative('.', outdir)}): ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
if (summaryFile) writeFileSync(summaryFile, JSON.stringify(counts));
process.exit(code ? 1 : 0);
