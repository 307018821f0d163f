#!/usr/bin/env node
// `npm test`: everything CI runs, in order (DESIGN.md §6). Works from a clean clone: it installs what
// is missing first. Each step's own output is shown; the run ends with one line alone:
//   tests: N passed, N failed[, N skipped]
// Steps: install → type-check → build → core tests in Node → browser tests (@web/test-runner)
//        → build checks and end-to-end tests in Node with playwright-core against the built demo.
// Type-check and build count as one check each. Exit code 1 when anything failed.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ensureInstalled } from './lib/setup.mjs';
import { runNodeTests } from './lib/node-test-run.mjs';

const total = { passed: 0, failed: 0, skipped: 0 };
const timings = [];
const add = (c) => { total.passed += c.passed; total.failed += c.failed; total.skipped += c.skipped; };
const started = Date.now();
const step = async (name, fn) => {
  const t0 = Date.now();
  console.log(`\n=== ${name}`);
  let ok = false;
  try { ok = await fn(); } catch (e) { console.error(e); ok = false; }
  timings.push(`${name} ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  return ok;
};
const run = (cmd, args, env) => spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status === 0;
const check = (ok) => { add(ok ? { passed: 1, failed: 0, skipped: 0 } : { passed: 0, failed: 1, skipped: 0 }); return ok; };
const npx = (bin) => join('node_modules', '.bin', bin);

const installed = await step('install what is missing', () => { ensureInstalled(); return true; })
  .catch(() => false);
if (!installed) check(false);

if (installed) {
  await step('type-check', () => check(run(npx('tsc'), ['-p', 'tsconfig.json']) && run(npx('tsc'), ['-p', 'tsconfig.core.json'])
    && (!existsSync('demo/react/tsconfig.json') || run(npx('tsc'), ['-p', 'demo/react/tsconfig.json']))));
  const built = await step('build', () => check(run('npm', ['run', '--silent', 'build'])));

  await step('core tests in Node', () => {
    const file = '.cache/summary/node.json';
    rmSync(file, { force: true });
    const ok = run(process.execPath, ['scripts/node-tests.mjs', 'test/src', '--json-summary', file]);
    add(existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : { passed: 0, failed: 1, skipped: 0 });
    return ok;
  });

  if (built) {
    await step('browser tests (@web/test-runner, headless Chromium)', () => {
      const file = '.cache/summary/wtr.json';
      rmSync(file, { force: true });
      const ok = run(npx('web-test-runner'), ['--coverage'], { PSW_WTR_SUMMARY: file });
      const counts = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : { passed: 0, failed: 1, skipped: 0 };
      if (!ok && counts.failed === 0) counts.failed = 1; // e.g. coverage under its threshold
      add(counts);
      return ok;
    });

    await step('build checks and end-to-end tests (Node + playwright-core)', async () => {
      const files = ['test/build', 'test/cli', 'test/e2e'].filter(existsSync)
        .flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.test.mjs')).sort().map((f) => join(d, f)));
      if (!files.length) return true;
      const { code, counts } = await runNodeTests(files, { tapFile: '.cache/summary/e2e.tap' });
      add(counts);
      return code === 0;
    });
  } else {
    console.log('\nbuild failed: browser and end-to-end tests not run');
  }
}

console.log(`\n${timings.join(' · ')} · total ${((Date.now() - started) / 1000).toFixed(1)} s`);
console.log(`tests: ${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`);
process.exit(total.failed ? 1 : 0);
