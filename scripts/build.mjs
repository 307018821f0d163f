#!/usr/bin/env node
// `npm run build`: the library (ESM + .d.ts), the CDN bundle with its lazy chunks, the JSON Schemas,
// the reference server (dist/server) with its OpenAPI document
// and the custom elements manifest. Runs on install too (`prepare`), so a fresh clone's `npm ci`
// leaves a working command line and demo.
// The steps run one after another, each printing its time: npm test runs the build beside the
// type-check and the core tests on two cores, where steps side by side here only compete for them
// (measured: more CPU time, no earlier end).
import { spawn } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

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

// tsconfig.build.json writes the declarations under DECL with `tsc -b` (incremental: a build after a
// small change writes only what changed); they are copied to dist/lib, one .d.ts and .d.ts.map per
// source file, the maps' source paths made relative to dist/lib (two folders up fewer).
const DECL = '.cache/decl';
async function declarations() {
  if (!existsSync(join(DECL, 'dist/lib'))) rmSync(DECL, { recursive: true, force: true });
  await run(bin('tsc'), ['-b', 'tsconfig.build.json']);
  for (const root of ['src', 'components']) {
    for (const file of readdirSync(root, { recursive: true }).map(String)) {
      if (!file.endsWith('.ts') || file.endsWith('.d.ts')) continue;
      const base = join(root, file).replace(/\.ts$/, '');
      const to = join('dist/lib', base);
      mkdirSync(dirname(to), { recursive: true });
      copyFileSync(join(DECL, 'dist/lib', `${base}.d.ts`), `${to}.d.ts`);
      const map = readFileSync(join(DECL, 'dist/lib', `${base}.d.ts.map`), 'utf8');
      writeFileSync(`${to}.d.ts.map`, map.replace(/"sources":\[[^\]]*\]/, (sources) => sources.replaceAll('"../../', '"')));
    }
  }
}

if (process.env.PSW_BUILD_LATER && process.env.npm_lifecycle_event === 'prepare') {
  console.log('build: skipped on install, the caller builds next');
  process.exit(0);
}

rmSync('dist', { recursive: true, force: true });
try {
  await run(bin('rollup'), ['-c', '--silent']);
  // Declarations only, without type-checking again (noCheck in tsconfig.build.json): `npm run typecheck`
  // and npm test's type-check step check the same files with tsconfig.json.
  try {
    await declarations();
  } catch (error) {
    // A declaration missing under DECL (a file removed by hand): written again from nothing.
    if (error.code !== 'ENOENT') throw error;
    rmSync(DECL, { recursive: true, force: true });
    await declarations();
  }
  // The demo bundles rollup's dist/lib.
  for (const script of ['scripts/build-schema.mjs', 'scripts/build-demo.mjs', 'scripts/build-server.mjs']) await node(script);
  await run(bin('cem'), ['analyze', '--config', 'custom-elements-manifest.config.mjs', '--quiet']);
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
if (existsSync('bin/psw-role-kit.js')) chmodSync('bin/psw-role-kit.js', 0o755);
console.log(`build: done in ${seconds(t0)} s`);
