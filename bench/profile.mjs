#!/usr/bin/env node
// Where the time goes, for a cell of `npm run bench` that misses its goal: a CPU profile (Chrome
// DevTools protocol, Profiler domain) of the warm render or of typing in the middle duty, from the
// built bundle. Prints the functions with the most self time and the most total time, mapped back
// to the sources through the bundle's source maps, and writes the .cpuprofile (open it in Chrome
// DevTools → Performance) to .cache/bench/.
// Usage: node bench/profile.mjs [--variant builder] [--n 1000] [--phase typing|render] [--keys 40] [--top 25]
import { chromium } from 'playwright-core';
import { build } from 'esbuild';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CHROME, CHROME_ARGS } from '../test/e2e/util.mjs';
import { startServer } from '../scripts/serve.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(ROOT);
const arg = (k, d) => { const i = process.argv.indexOf(`--${k}`); return i > 0 ? process.argv[i + 1] : d; };
const variant = arg('variant', 'builder'), n = Number(arg('n', 1000)), phase = arg('phase', 'typing');
const keys = Number(arg('keys', 40)), top = Number(arg('top', 25));

const outfile = join('.cache', 'bench', `roles-${process.pid}.mjs`);
mkdirSync(dirname(outfile), { recursive: true });
await build({ stdin: { contents: "export { roleWithDuties } from './test/fixtures/roles.ts';", resolveDir: ROOT, loader: 'ts' },
  outfile, bundle: true, platform: 'node', format: 'esm', packages: 'external', logLevel: 'warning' });
const { roleWithDuties } = await import(pathToFileURL(join(ROOT, outfile)).href);
rmSync(outfile, { force: true });

const server = await startServer({ port: 0 });
const browser = await chromium.launch({ executablePath: CHROME, args: [...CHROME_ARGS, '--js-flags=--expose-gc'] });
const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
const page = await context.newPage();
await page.goto(`${server.url}/bench/pages/toolkit.html`);
await page.waitForFunction(() => window.benchReady === true);
const opts = { variant, json: JSON.stringify(roleWithDuties(n)), warmJson: JSON.stringify(roleWithDuties(3)), mid: Math.floor(n / 2) };

const cdp = await context.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
let measured;
if (phase === 'render') {
  await page.evaluate((o) => window.bench.warmUp(o), opts);
  await cdp.send('Profiler.start');
  measured = await page.evaluate((o) => window.bench.prepare({ ...o, cold: true }), opts);
} else {
  await page.evaluate((o) => window.bench.prepare(o), opts);
  await cdp.send('Profiler.start');
  measured = await page.evaluate((k) => window.bench.typeOnly(k), keys);
}
const { profile } = await cdp.send('Profiler.stop');
await browser.close();
await server.close();

const file = join('.cache', 'bench', `profile-${variant}-${n}-${phase}.cpuprofile`);
writeFileSync(file, JSON.stringify(profile));

// Source maps of the scripts in the profile (the bundle and its chunks), to name minified functions.
let TraceMap, originalPositionFor;
try {
  ({ TraceMap, originalPositionFor } = await import('@jridgewell/trace-mapping'));
} catch { /* names stay as minified */ }
const maps = new Map();
function mapFor(url) {
  if (!TraceMap || !url.startsWith(server.url)) return undefined;
  if (!maps.has(url)) {
    try {
      const path = join(ROOT, new URL(url).pathname);
      maps.set(url, new TraceMap(readFileSync(`${path}.map`, 'utf8')));
    } catch { maps.set(url, undefined); }
  }
  return maps.get(url);
}
function label(cf) {
  const name = cf.functionName || '(anonymous)';
  if (!cf.url) return name;
  const map = mapFor(cf.url);
  if (map) {
    const o = originalPositionFor(map, { line: cf.lineNumber + 1, column: cf.columnNumber });
    if (o.source) return `${o.name ?? name} ${o.source.replace(/^(\.\.\/)+/, '')}:${o.line}`;
  }
  return `${name} ${cf.url.replace(server.url, '')}:${cf.lineNumber + 1}`;
}

const byId = new Map(profile.nodes.map((nd) => [nd.id, nd]));
const parent = new Map();
for (const nd of profile.nodes) for (const c of nd.children ?? []) parent.set(c, nd.id);
const dt = new Map();
profile.samples.forEach((id, i) => dt.set(id, (dt.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
const self = new Map(), total = new Map();
for (const [id, ms] of dt) {
  const own = label(byId.get(id).callFrame);
  self.set(own, (self.get(own) ?? 0) + ms);
  const seen = new Set();
  for (let at = id; at !== undefined; at = parent.get(at)) {
    const l = label(byId.get(at).callFrame);
    if (seen.has(l)) continue;
    seen.add(l);
    total.set(l, (total.get(l) ?? 0) + ms);
  }
}
const all = [...dt.values()].reduce((a, b) => a + b, 0);
const idle = self.get('(idle)') ?? 0;
const show = (m, title) => {
  console.log(`\n${title}`);
  for (const [l, ms] of [...m].filter(([l]) => !['(idle)', '(root)', '(program)'].includes(l)).sort((a, b) => b[1] - a[1]).slice(0, top)) {
    console.log(`${ms.toFixed(1).padStart(9)} ms ${((100 * ms) / (all - idle)).toFixed(1).padStart(5)}%  ${l}`);
  }
};
const med = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`${variant}, ${n} duties, ${phase}: profile ${file}`);
console.log(phase === 'render'
  ? `render ${measured.render.frame.toFixed(1)} ms to next frame (${measured.render.layout.toFixed(1)} ms to layout)`
  : `${keys} keystrokes: work median ${med(measured.typing.work).toFixed(2)} ms, to next frame median ${med(measured.typing.frame).toFixed(1)} ms`);
console.log(`sampled ${all.toFixed(0)} ms, of it idle ${idle.toFixed(0)} ms, program/GC ${((self.get('(program)') ?? 0) + (self.get('(garbage collector)') ?? 0)).toFixed(0)} ms`);
show(self, 'self time');
show(total, 'total time (each function counted once per sample)');
