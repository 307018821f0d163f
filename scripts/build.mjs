#!/usr/bin/env node
// `npm run build`: the library (ESM + .d.ts), the CDN bundle with its lazy chunks, the JSON Schemas,
// the reference server (dist/server) with its OpenAPI document
// and the custom elements manifest. Runs on install too (`prepare`), so a fresh clone's `npm ci`
// leaves a working command line and demo.
// Two lanes side by side: rollup (both bundles), then the React demo, which bundles rollup's dist/lib;
// and what needs none of rollup's output: the declarations, the schemas, the server and the manifest.
// Each step's time is printed as it ends.
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
  await Promise.all([
    (async () => {
      await run(bin('rollup'), ['-c', '--silent']);
      await node('scripts/build-demo.mjs');
    })(),
    (async () => {
      // Declarations only, without type-checking again (noCheck in tsconfig.build.json): `npm run typecheck`
      // and npm test's type-check step check the same files with tsconfig.json.
      await run(bin('tsc'), ['-p', 'tsconfig.build.json']);
      for (const script of ['scripts/build-schema.mjs', 'scripts/build-server.mjs']) await node(script);
      await run(bin('cem'), ['analyze', '--config', 'custom-elements-manifest.config.mjs', '--quiet']);
    })(),
  ]);
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
if (existsSync('bin/psw-role-kit.js')) chmodSync('bin/psw-role-kit.js', 0o755);
console.log(`build: done in ${seconds(t0)} s`);
