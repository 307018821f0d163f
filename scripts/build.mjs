#!/usr/bin/env node
// `npm run build`: the library (ESM + .d.ts), the CDN bundle with its lazy chunks, the JSON Schemas,
// the reference server (dist/server) with its OpenAPI document
// and the custom elements manifest. Runs on install too (`prepare`), so a fresh clone's `npm ci`
// leaves a working command line and demo.
// The steps run one after another, each printing its time: npm test runs the build beside the
// type-check and the core tests on two cores, where steps side by side here only compete for them
// (measured: more CPU time, no earlier end).
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const bin = (name) => join('node_modules', '.bin', name);
const t0 = Date.now();
const seconds = (since) => ((Date.now() - since) / 1000).toFixed(1);
/** Runs a command with its output shown; rejects when it fails. */
const run = (cmd, args) => new Promise((resolve, reject) => {
  const started = Date.now();
  const label = [cmd, ...args].join(' ').replace(`${process.execPath} `, 'node ').replace(/node_modules\/\.bin\//, '');
  const child = spawn(cmd, args, { stdio: 'inherit' });
  child.on('error', reject);
  child.on('close', (code) => {
    if (code !== 0) return reject(new Error(`build: ${label} failed (exit code ${code})`));
    console.log(`build: ${label} took ${seconds(started)} s`);
    resolve();
  });
});
const node = (script) => (existsSync(script) ? run(process.execPath, [script]) : Promise.resolve());

if (process.env.PSW_BUILD_LATER && process.env.npm_lifecycle_event === 'prepare') {
  console.log('build: skipped on install, the caller builds next');
  process.exit(0);
}

rmSync('dist', { recursive: true, force: true });
try {
  await run(bin('rollup'), ['-c', '--silent']);
  // Declarations only, without type-checking again (noCheck in tsconfig.build.json): `npm run typecheck`
  // and npm test's type-check step check the same files with tsconfig.json.
  await run(bin('tsc'), ['-p', 'tsconfig.build.json']);
  // The demo bundles rollup's dist/lib.
  for (const script of ['scripts/build-schema.mjs', 'scripts/build-demo.mjs', 'scripts/build-server.mjs']) await node(script);
  await run(bin('cem'), ['analyze', '--config', 'custom-elements-manifest.config.mjs', '--quiet']);
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
if (existsSync('bin/psw-role-kit.js')) chmodSync('bin/psw-role-kit.js', 0o755);
console.log(`build: done in ${seconds(t0)} s`);
