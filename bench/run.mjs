#!/usr/bin/env node
// `npm run bench`: how fast the toolkit is, as ratios to a plain-DOM floor measured in the
// same run. Never part of `npm test`; nothing is gated on time. Writes bench/results.md and
// bench/results.json. How to read the results: the top of bench/results.md.
//
// Browser: headless Debian Chromium through playwright-core, pages served by scripts/serve.mjs from
// the built drop-in bundle (dist/cdn/psw-role-kit.js; built first when missing or older than the
// sources). Per element variant and role size:
//   capture    one page renders the toolkit and records its DOM (bench/pages/harness.js capture);
//   toolkit    fresh pages: a small role rendered and removed (lazy parts loaded, code compiled),
//              then the measured render, then typing in the middle duty's title;
//   floor      fresh pages: the createElement twin of the captured DOM (bench/pages/twin.js),
//              the same warm-up, render and typing;
//   cold       fresh pages: the toolkit's first render on the page (lazy chunks fetched), reported only.
// Repetitions run round-robin over the cells, and the order of toolkit/floor/cold rotates, so drift
// of a shared machine hits both sides alike.
// Node: parseRoleDocument and assessRole throughput (bench/node-throughput.mjs), run first, before
// the browser starts.
//
// Usage: node bench/run.mjs [--reps 5] [--keys 60] [--ns 30,200,1000] [--variants designer,builder,builder-expanded]
//        [--no-node] [--no-server] [--no-browser] [--no-build] [--out bench/results]
import { chromium } from 'playwright-core';
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CHROME, CHROME_ARGS } from '../test/e2e/util.mjs';
import { startServer } from '../scripts/serve.mjs';
import { nodeThroughput } from './node-throughput.mjs';
import { summarise, writeResults } from './report.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(ROOT);
const argv = process.argv.slice(2);
const flag = (k) => argv.includes(`--${k}`);
const arg = (k, d) => { const i = argv.indexOf(`--${k}`); return i >= 0 ? argv[i + 1] : d; };
const REPS = Number(arg('reps', 5));
const KEYS = Number(arg('keys', 60));
const NS = arg('ns', '30,200,1000').split(',').map(Number);
const VARIANTS = arg('variants', 'designer,builder,builder-expanded').split(',');
const OUT = arg('out', 'bench/results');
/** The builder's default compact threshold: at or below it "builder-expanded" is the same as "builder". */
const COMPACT_THRESHOLD = 50;
const WARM_DUTIES = 3;
const log = (s) => process.stderr.write(`${s}\n`);

const sh = (cmd, args) => { try { return execFileSync(cmd, args, { encoding: 'utf8' }).trim(); } catch { return undefined; } };
const machine = {
  cpus: cpus().length, cpuModel: cpus()[0]?.model, memoryGiB: Math.round(totalmem() / 2 ** 30),
  loadStart: loadavg(), node: process.version,
  commit: sh('git', ['rev-parse', 'HEAD']), branch: sh('git', ['rev-parse', '--abbrev-ref', 'HEAD']),
  dirty: !!sh('git', ['status', '--porcelain', '--untracked-files=no']),
  started: new Date().toISOString(),
};
log(`bench: ${machine.cpus} CPUs, load ${machine.loadStart.map((x) => x.toFixed(2)).join(' ')}, Node ${machine.node}, commit ${machine.commit?.slice(0, 10)}${machine.dirty ? ' (uncommitted changes)' : ''}`);

// ---------------------------------------------------------------------------------------------
// Node throughput (before the browser, which would compete for the CPUs)

let node;
if (!flag('no-node')) {
  log('\n== Node: parseRoleDocument and assessRole, 30 duties');
  node = await nodeThroughput({ seconds: 2, runs: 5, log });
}

// The reference server: writes per second and p95 latency, 20 clients (bench/server.mjs writes its
// own bench/server-results.md).
if (!flag('no-server')) {
  log('\n== Server: 20 concurrent clients writing (PGlite; PostgreSQL too with PSW_BENCH_DATABASE_URL)');
  execFileSync(process.execPath, ['bench/server.mjs'], { stdio: ['ignore', 2, 2] });
}

// ---------------------------------------------------------------------------------------------
// Browser

const newest = (dir) => readdirSync(dir, { recursive: true }).map((f) => join(dir, String(f)))
  .filter((f) => statSync(f).isFile()).reduce((m, f) => Math.max(m, statSync(f).mtimeMs), 0);
function ensureBuilt() {
  const bundle = 'dist/cdn/psw-role-kit.js';
  const stale = !existsSync(bundle) || Math.max(newest('src'), newest('components')) > statSync(bundle).mtimeMs;
  if (!stale || flag('no-build')) return;
  log(`\n== ${existsSync(bundle) ? 'the bundle is older than the sources' : 'no bundle yet'}: npm run build`);
  execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: ['ignore', 2, 2] });
}

/** roleWithDuties(n) from the shared test fixture, bundled for Node. */
async function fixtures() {
  const outfile = join('.cache', 'bench', `roles-${process.pid}.mjs`);
  mkdirSync(dirname(outfile), { recursive: true });
  await build({ stdin: { contents: "export { roleWithDuties } from './test/fixtures/roles.ts';", resolveDir: ROOT, loader: 'ts' },
    outfile, bundle: true, platform: 'node', format: 'esm', packages: 'external', logLevel: 'warning' });
  try {
    return await import(pathToFileURL(join(ROOT, outfile)).href);
  } finally {
    rmSync(outfile, { force: true });
  }
}

let browserRuns, chromiumVersion;
if (!flag('no-browser')) {
  ensureBuilt();
  const { roleWithDuties } = await fixtures();
  const server = await startServer({ port: 0 });
  // --expose-gc: the harness collects garbage before each measurement (not during one).
  if (!CHROME) execFileSync(process.execPath, ['scripts/ensure-browsers.mjs', 'chromium'], { stdio: ['ignore', 2, 2] });
  const executablePath = CHROME ?? '/usr/bin/chromium';
  const browser = await chromium.launch({ executablePath, args: [...CHROME_ARGS, '--js-flags=--expose-gc'] });
  chromiumVersion = browser.version();
  log(`\n== Chromium ${chromiumVersion} (${executablePath}), reps ${REPS}, ${KEYS} keystrokes per page`);

  const open = async (page) => {
    const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
    const p = await context.newPage();
    p.errors = [];
    p.on('pageerror', (e) => p.errors.push(e.message));
    // The page reads its main thread's CPU time (ThreadTime, in s) through the protocol.
    const cdp = await context.newCDPSession(p);
    await cdp.send('Performance.enable');
    await p.exposeFunction('benchCpu', async () => 1000 * (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ThreadTime').value);
    await p.goto(`${server.url}/bench/pages/${page}.html`);
    await p.waitForFunction(() => window.benchReady === true);
    return p;
  };
  const inPage = async (page, fn, opts) => {
    const p = await open(page);
    try {
      return await p.evaluate(([f, o]) => window.bench[f](o), [fn, opts]);
    } catch (e) {
      return { error: `${String(e.message ?? e).split('\n')[0]}${p.errors.length ? ` (${p.errors.join('; ')})` : ''}` };
    } finally {
      await p.context().close();
    }
  };

  const warmJson = JSON.stringify(roleWithDuties(WARM_DUTIES));
  const cells = [];
  for (const variant of VARIANTS) {
    log(`capture ${variant}: the toolkit's DOM at ${[WARM_DUTIES, ...NS].join(', ')} duties`);
    const warmBlueprint = await inPage('toolkit', 'capture', { variant, json: warmJson, mid: 1 });
    if (warmBlueprint.error) throw new Error(`capture ${variant}: ${warmBlueprint.error}`);
    for (const n of NS) {
      if (variant === 'builder-expanded' && n <= COMPACT_THRESHOLD) continue;
      const json = JSON.stringify(roleWithDuties(n));
      const mid = Math.floor(n / 2);
      const blueprint = await inPage('toolkit', 'capture', { variant, json, mid });
      if (blueprint.error) throw new Error(`capture ${variant} ${n}: ${blueprint.error}`);
      cells.push({ variant, n, mid, json, blueprint, warmBlueprint, runs: { toolkit: [], floor: [], cold: [] } });
    }
  }

  const KINDS = ['toolkit', 'floor', 'cold'];
  const t0 = Date.now();
  for (let rep = 0; rep < REPS; rep++) {
    for (const [ci, cell] of cells.entries()) {
      const { variant, n, mid, json, blueprint, warmBlueprint } = cell;
      const shift = rep + ci;
      for (const kind of KINDS.map((_, i) => KINDS[(i + shift) % KINDS.length])) {
        const r = kind === 'floor'
          ? await inPage('floor', 'runFloor', { blueprint, warmBlueprint, json, warmJson, keys: KEYS, mid })
          : await inPage('toolkit', 'runToolkit', { variant, json, warmJson, keys: KEYS, mid, cold: kind === 'cold' });
        r.rep = rep;
        cell.runs[kind].push(r);
        log(r.error
          ? `! rep ${rep} ${variant} ${n} ${kind}: ${r.error}`
          : `. rep ${rep} ${variant.padEnd(16)} ${String(n).padStart(4)} ${kind.padEnd(7)} render ${r.render.frame.toFixed(1)} ms (CPU ${r.render.cpu.toFixed(1)})` +
            (r.typing ? `, typing median ${median(r.typing.work).toFixed(2)} ms work / ${median(r.typing.frame).toFixed(1)} ms to frame / CPU ${median(r.typing.cpu).toFixed(2)} ms` : ''));
      }
    }
    log(`rep ${rep + 1}/${REPS} done (${((Date.now() - t0) / 60000).toFixed(1)} min)`);
  }
  await browser.close();
  await server.close();
  browserRuns = cells.map(({ variant, n, mid, blueprint, runs }) => ({
    variant, n, mid, capturedElements: blueprint.elements, opened: !!blueprint.openedRow, runs,
  }));
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

machine.loadEnd = loadavg();
machine.finished = new Date().toISOString();
const results = summarise({ machine, chromium: chromiumVersion, reps: REPS, keys: KEYS, node, browserRuns });
writeResults(results, OUT);
log(`\nwrote ${OUT}.md and ${OUT}.json (load at the end ${machine.loadEnd.map((x) => x.toFixed(2)).join(' ')})`);
