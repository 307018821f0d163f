#!/usr/bin/env node
// Parse throughput: how many documents per second parseRoleDocument reads from JSON text.
// esbuild bundles the core (as build-schema.mjs does: platform node, packages external,
// __PSW_VERSION__ from package.json) with the shared fixture, then, per size, warms up and times
// 5 runs of at least 2 s each, printing every run and the median. Timings are for comparison on
// one machine; they never gate a test.
// Usage: node scripts/bench-parse.mjs [DUTIES…]   (default 30)
import { build } from 'esbuild';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const sizes = process.argv.slice(2).map(Number).filter((n) => Number.isInteger(n) && n >= 0);
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const tmp = resolve('.cache/bench-parse');
const bundle = join(tmp, `bench-${process.pid}.mjs`);
mkdirSync(tmp, { recursive: true });
try {
  await build({
    stdin: {
      contents: "export { parseRoleDocument } from './src/model/parse.ts'; export { roleWithDuties } from './test/fixtures/roles.ts';",
      resolveDir: process.cwd(), loader: 'ts',
    },
    outfile: bundle, bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', logLevel: 'warning',
    define: { __PSW_VERSION__: JSON.stringify(pkg.version) },
  });
  const { parseRoleDocument, roleWithDuties } = await import(pathToFileURL(bundle).href);
  console.log(`parse throughput, Node ${process.version}, psw-role-kit ${pkg.version}`);
  for (const duties of sizes.length ? sizes : [30]) {
    const text = JSON.stringify(roleWithDuties(duties));
    const once = () => { if (!parseRoleDocument(text).ok) throw new Error('the fixture did not parse'); };
    const timeFor = (ms) => {
      let n = 0;
      const start = performance.now();
      let now = start;
      while (now - start < ms) { for (let i = 0; i < 20; i++) once(); n += 20; now = performance.now(); }
      return (n * 1000) / (now - start);
    };
    timeFor(1000); // warm-up: let the JIT settle
    const runs = Array.from({ length: 5 }, () => timeFor(2000));
    const median = [...runs].sort((a, b) => a - b)[2];
    const fmt = (x) => Math.round(x).toLocaleString('en-GB');
    console.log(`${duties} duties (${text.length.toLocaleString('en-GB')} characters of JSON): runs ${runs.map(fmt).join(', ')} docs/s; median ${fmt(median)} docs/s (${(1000 / median).toFixed(3)} ms per document)`);
  }
} finally {
  rmSync(bundle, { force: true });
}
