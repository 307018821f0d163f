#!/usr/bin/env node
// `npm run build`: the library (ESM + .d.ts), the CDN bundle with its lazy chunks, the JSON Schemas,
// the reference server (dist/server) with its OpenAPI document
// and the custom elements manifest. Runs on install too (`prepare`), so a fresh clone's `npm ci`
// leaves a working command line and demo.
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const bin = (name) => join('node_modules', '.bin', name);
const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });
const t0 = Date.now();

if (process.env.PSW_BUILD_LATER && process.env.npm_lifecycle_event === 'prepare') {
  console.log('build: skipped on install, the caller builds next');
  process.exit(0);
}

rmSync('dist', { recursive: true, force: true });
run(bin('rollup'), ['-c', '--silent']);
// Declarations only, without type-checking again (noCheck in tsconfig.build.json): `npm run typecheck`
// and npm test's type-check step check the same files with tsconfig.json.
run(bin('tsc'), ['-p', 'tsconfig.build.json']);
for (const script of ['scripts/build-schema.mjs', 'scripts/build-demo.mjs', 'scripts/build-server.mjs']) if (existsSync(script)) run(process.execPath, [script]);
run(bin('cem'), ['analyze', '--config', 'custom-elements-manifest.config.mjs', '--quiet']);
if (existsSync('bin/psw-role-kit.js')) chmodSync('bin/psw-role-kit.js', 0o755);
console.log(`build: done in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
