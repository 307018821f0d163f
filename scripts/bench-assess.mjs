#!/usr/bin/env node
// Throughput of assessRole on a realistic 30-duty role (issue 4 goal: at least 20,000 a second).
// esbuild bundles src/assess with the test fixtures' 30-duty builder; then, after a warm-up, each of
// five runs assesses distinct document objects for about 2 s (a shallow clone with a new duties
// array every iteration, so the per-document memo cache never answers) and the median rate is
// printed. The clone is inside the timed loop, so the figure is slightly conservative.
// The machine may be shared: besides the wall-clock rate, the rate per second of this process's own
// CPU time (process.cpuUsage) is printed, which other processes disturb far less.
// Usage: node scripts/bench-assess.mjs [--seconds 2] [--runs 5] [--fresh-duties]
//   --fresh-duties  also copies every duty object each iteration (nothing shared with the last doc)
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const seconds = opt('--seconds', 2);
const runs = opt('--runs', 5);
const freshDuties = args.includes('--fresh-duties');

const outdir = resolve('.cache/bench-assess');
mkdirSync(outdir, { recursive: true });
const outfile = join(outdir, 'bench-entry.mjs');
await build({
  stdin: {
    contents: `export { assessRole } from './src/assess/index.ts';\nexport { thirtyDutyRole, TODAY } from './test/fixtures/assess-docs.ts';`,
    resolveDir: process.cwd(),
    loader: 'ts',
    sourcefile: 'bench-entry.ts',
  },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  outfile,
  logLevel: 'warning',
  define: { __PSW_VERSION__: '"0.0.0"' },
});
const { assessRole, thirtyDutyRole, TODAY } = await import(pathToFileURL(outfile).href);

const base = thirtyDutyRole();
const policy = { today: TODAY };
const clone = freshDuties
  ? (d) => ({ ...d, duties: d.duties.map((x) => ({ ...x })) })
  : (d) => ({ ...d, duties: d.duties.slice() });

let sink = 0;
function run(ms) {
  let n = 0;
  const cpu = process.cpuUsage();
  const start = performance.now();
  let now = start;
  while (now - start < ms) {
    for (let i = 0; i < 256; i++) {
      const a = assessRole(clone(base), policy);
      sink += a.findings.length;
      n++;
    }
    now = performance.now();
  }
  const used = process.cpuUsage(cpu);
  return { wall: (n * 1000) / (now - start), cpu: (n * 1e6) / (used.user + used.system) };
}

const first = assessRole(base, policy);
console.log(`document: ${base.duties.length} duties, ${first.findings.length} findings (${first.readiness})`);
run(1000); // warm-up: let the optimising compiler settle
const results = [];
for (let r = 0; r < runs; r++) results.push(run(seconds * 1000));
const fmt = (x) => Math.round(x).toLocaleString('en-GB');
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const wall = results.map((r) => r.wall);
const cpu = results.map((r) => r.cpu);
console.log(`runs (${seconds} s each${freshDuties ? ', fresh duty objects' : ''}): ${wall.map(fmt).join(', ')} assessments/s`);
console.log(`median: ${fmt(median(wall))} assessments/s (${(1e6 / median(wall)).toFixed(1)} µs each; goal ≥ 20,000/s)`);
console.log(`per second of this process's CPU time: ${cpu.map(fmt).join(', ')}; median ${fmt(median(cpu))}/s`);
if (sink < 0) console.log(sink);
