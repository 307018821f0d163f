#!/usr/bin/env node
// `npm test`: everything CI runs. Works from a clean clone: it installs what is missing first. The run
// ends with one line alone:
//   tests: N passed, N failed[, N skipped]
// Steps: the dependencies (npm ci), with Debian's browsers installed where missing beside it and
// after it; then three independent steps side by side (type-check, build, core tests in Node with c8
// coverage of src/). Once the build is done, two lines side by side: the browser tests
// (@web/test-runner, coverage of components/; test/cdn needs the build), and the build checks,
// command line and server API tests in Node followed by the end-to-end tests in Node with
// playwright-core (one Chromium for all files; three Node processes, each running a share of the
// files) against the built demo. The browser steps wait for the browsers. A step run side by side
// shows its output in one piece when it ends.
// Type-check and build count as one check each. Exit code 1 when anything failed. Before the last line
// come each step's time and the CPU time the machine's cores spent busy meanwhile.
// `npm test -- --quick` (npm run test:quick) runs only the core tests and the element tests, side by
// side and without coverage: no install, type-check, build, bundle tests (test/cdn) or end-to-end tests,
// and not the two suites that check every element at once (web-test-runner.config.mjs).
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { cpus, devNull, setPriority } from 'node:os';
import { join } from 'node:path';
import { installDependencies } from './lib/setup.mjs';
import { testChromiumPath } from './lib/browsers.mjs';
import { runNodeTests } from './lib/node-test-run.mjs';
import { longestFirst, recordedSeconds } from './lib/node-file-times.mjs';
import { processGroups } from './lib/process-groups.mjs';

const quick = process.argv.includes('--quick');
const total = { passed: 0, failed: 0, skipped: 0 };
const timings = [];
const add = (c) => { total.passed += c.passed; total.failed += c.failed; total.skipped += c.skipped; };
const started = Date.now();
/** Milliseconds the machine's cores have spent busy (not idle) since it started, summed over cores. */
const busyMs = () => cpus().reduce((sum, { times: t }) => sum + t.user + t.nice + t.sys + t.irq, 0);
const busyAtStart = busyMs();
const npx = (bin) => join('node_modules', '.bin', bin);
const readCounts = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : { passed: 0, failed: 1, skipped: 0 });
const check = (ok) => { add(ok ? { passed: 1, failed: 0, skipped: 0 } : { passed: 0, failed: 1, skipped: 0 }); return ok; };

/**
 * Runs a step. With `buffered`, the commands' output is collected and printed under the step's
 * heading when the step ends, so steps that run side by side do not interleave.
 */
async function step(name, fn, { buffered = false } = {}) {
  const t0 = Date.now();
  const out = [];
  if (!buffered) console.log(`\n=== ${name}`);
  const run = (cmd, args, env, { yieldCpu = false } = {}) => new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: buffered ? ['ignore', 'pipe', 'pipe'] : 'inherit', env: { ...process.env, ...env } });
    // The lowest priority (nice 19, inherited by the processes it starts): the steps of this run go
    // first. Against the browsers it is weaker: with the scheduler's autogroups (on in Debian's
    // kernel), CPU is shared between sessions before nice counts, and each browser runs in a session
    // of its own (the element tests alone: 79 s; beside a nice-19 busy loop started here: 143 s).
    // Moving the low-priority steps into a session of their own with a nice-19 autogroup did not make
    // npm test faster (267 s against 239–246 s from fresh clones).
    if (yieldCpu && child.pid) try { setPriority(child.pid, 19); } catch { /* as it is */ }
    if (buffered) for (const s of [child.stdout, child.stderr]) s.on('data', (d) => out.push(d));
    child.on('error', (e) => { out.push(Buffer.from(`${e}\n`)); resolve(false); });
    child.on('close', (code) => resolve(code === 0));
  });
  let ok = false;
  try { ok = await fn(run, buffered ? (d) => out.push(d) : undefined); } catch (e) { out.push(Buffer.from(`${e?.stack ?? e}\n`)); ok = false; }
  const seconds = ((Date.now() - t0) / 1000).toFixed(1);
  if (buffered) console.log(`\n=== ${name} (${seconds} s)`);
  if (out.length) process.stdout.write(Buffer.concat(out));
  timings.push(`${name} ${seconds} s`);
  return ok;
}

// One `tsc -b` over project references (tsconfig.check.json): the core without the DOM, the elements,
// the tests, the server and the React demo, each file checked once. TypeScript 7's native compiler:
// about 6 s of CPU cold, against 22 for TypeScript 5.9. Incremental (tsBuildInfo under .cache/tsc):
// an unchanged tree re-checks in under a second.
const typeCheck = () => step('type-check', async (run) => check(await run(npx('tsc'), ['-b', 'tsconfig.check.json'])), { buffered: true });

const build = () => step('build', async (run) => check(await run(process.execPath, ['scripts/build.mjs'])), { buffered: !quick });

const coreTests = () => step(`core tests in Node${quick ? '' : ' (c8 coverage of src/)'}`, async (run) => {
  const file = '.cache/summary/node.json';
  rmSync(file, { force: true });
  const args = ['scripts/node-tests.mjs', 'test/src', '--json-summary', file];
  // Low priority: the browser tests (and in a full run the build before them) take longer, and
  // the core tests have time to spare beside them. test:quick, six interleaved pairs: 59–67 s
  // against 64–75 s.
  const [cmd, cmdArgs] = quick ? [process.execPath, args] : [npx('c8'), [process.execPath, ...args]];
  const ok = await run(cmd, cmdArgs, {}, { yieldCpu: true });
  const counts = readCounts(file);
  if (!ok && counts.failed === 0) counts.failed = 1; // e.g. coverage under its threshold
  add(counts);
  return ok;
}, { buffered: true });

const browserTests = (env = {}) => step(`browser tests (@web/test-runner, headless Chromium${quick ? '' : ', coverage of components/'})`, async (run) => {
  const file = '.cache/summary/wtr.json';
  rmSync(file, { force: true });
  console.log(`Chromium the tests drive: ${testChromiumPath() ?? 'none found'}`);
  const ok = await run(npx('web-test-runner'), quick ? [] : ['--coverage'], { PSW_WTR_SUMMARY: file, ...env });
  const counts = readCounts(file);
  if (!ok && counts.failed === 0) counts.failed = 1; // e.g. coverage under its threshold
  add(counts);
  return ok;
});

// Node processes side by side in the end-to-end step, each running its share of the files one after
// another (scripts/lib/process-groups.mjs): more than the two cores, as each file spends much of its
// time waiting on the browser, a server or a timer.
const E2E_PROCESSES = 3;
// Test files known to be long, started first (and shared out as long) on a machine with no recorded
// times yet.
const LONG_FILES = ['test/e2e/firefox.test.mjs', 'test/e2e/library-unsent.test.mjs', 'test/e2e/manager-journey.test.mjs',
  'test/e2e/library-server.test.mjs', 'test/e2e/reload.test.mjs', 'test/e2e/designer.test.mjs', 'test/server/concurrency.test.mjs'];

const testFilesIn = (dirs) => dirs.filter(existsSync)
  .flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.test.mjs')).sort().map((f) => join(d, f)));
// The Node checks' files, the long ones first by the times of the last run
// (scripts/lib/node-file-times.mjs), so that the last minute does not leave one file running alone.
const nodeTestFiles = (files) => longestFirst(files, LONG_FILES);
const fileTimesArgs = ['--test-reporter=./scripts/lib/node-file-times.mjs', `--test-reporter-destination=${devNull}`];

// The build checks, the command line and the reference server's API (on PGlite, and on PostgreSQL with
// PSW_TEST_DATABASE_URL): no browser, so they run beside the browser tests, in the CPU those leave idle
// while they wait on pages.
const nodeChecks = () => step('build checks, command line and server API (Node)', async (_run, output) => {
  const files = nodeTestFiles(testFilesIn(['test/server', 'test/cli', 'test/build']));
  if (!files.length) return true;
  const { code, counts } = await runNodeTests(files, { tapFile: '.cache/summary/node-checks.tap', extraArgs: ['--test-concurrency=2', ...fileTimesArgs], output });
  add(counts);
  return code === 0;
}, { buffered: true });

const endToEnd = () => step('end-to-end tests (Node + playwright-core)', async (_run, output) => {
  const times = recordedSeconds();
  const seconds = (f) => times[f] ?? (LONG_FILES.includes(f) ? 20 : 5);
  const files = processGroups(testFilesIn(['test/e2e']), { count: E2E_PROCESSES, seconds, dir: '.cache/e2e-groups' });
  if (!files.length) return true;
  // One Chromium serves every file (test/e2e/util.mjs connects to it) instead of a start and stop per file.
  const { chromium } = await import('playwright-core');
  const { CHROME, CHROME_ARGS } = await import('../test/e2e/util.mjs');
  let server;
  try {
    server = await chromium.launchServer({ executablePath: CHROME, args: CHROME_ARGS });
  } catch (error) {
    console.log(`Chromium (${CHROME}) did not start: ${error.message}`);
    return check(false);
  }
  try {
    const extraArgs = [`--test-concurrency=${E2E_PROCESSES}`, ...fileTimesArgs];
    const { code, counts } = await runNodeTests(files, { tapFile: '.cache/summary/e2e.tap', extraArgs, env: { PSW_E2E_BROWSER_WS: server.wsEndpoint() }, output });
    add(counts);
    return code === 0;
  } finally {
    await server.close();
  }
}, { buffered: true });

if (quick) {
  // The core tests are one Node process on one core; the browser tests fill the other, and the
  // time it takes to start the dev server and the browser.
  await Promise.all([coreTests(), browserTests({ PSW_WTR_QUICK: '1' })]);
} else {
  // The browsers (apt-get, where missing) beside the dependencies and on into the next steps: only the
  // browser and end-to-end tests need them. Without Chromium those two are not run, and count as one failure.
  const browsers = step('browsers: Debian\'s Chromium and Firefox ESR where missing', (run) => run(process.execPath, ['scripts/ensure-browsers.mjs']), { buffered: true })
    .then((ok) => {
      if (ok) return true;
      console.log('\nno Chromium: browser and end-to-end tests not run');
      return check(false);
    });
  let installed = false;
  try {
    installed = await step('install dependencies', async () => (await installDependencies({ buildLater: true })) === 0);
  } catch { installed = false; }
  if (!installed) check(false);

  if (installed) {
    // Independent of each other, and each mostly one process on one core: side by side on two cores.
    // The browser tests and the Node checks need only the build: they start when it is done, while the
    // type-check or the core tests may still be running. The end-to-end tests follow the Node checks
    // instead of the browser tests: alone, the browser tests' two pages leave part of the two cores idle.
    await Promise.all([typeCheck(), coreTests(), build().then(async (built) => {
      if (!built) return console.log('\nbuild failed: browser and end-to-end tests not run');
      await Promise.all([browsers.then((ok) => ok && browserTests()), nodeChecks().then(async () => (await browsers) && endToEnd())]);
    })]);
  }
  await browsers;
}

const wall = (Date.now() - started) / 1000;
// The machine's work, not only this run's (whatever else ran meanwhile counts too): on a machine whose
// cores were busy nearly all the time, the total shrinks only with less work or more or faster cores.
const busy = (busyMs() - busyAtStart) / 1000;
console.log(`\n${timings.join(' · ')} · total ${wall.toFixed(1)} s`);
console.log(`CPU: ${busy.toFixed(0)} core-seconds busy on ${cpus().length} cores (${((100 * busy) / (wall * cpus().length)).toFixed(0)} % of the time they had)`);
console.log(`tests: ${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`);
process.exit(total.failed ? 1 : 0);
