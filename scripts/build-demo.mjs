#!/usr/bin/env node
// Builds the interop demo that needs a bundler: dist/demo/react.js from demo/react/app.tsx (React 19
// using the elements directly). esbuild bundles React from node_modules (CommonJS, production mode)
// and the toolkit's built library (dist/lib, what npm users get, with package.json's sideEffects)
// under its package names, so demo/react/app.tsx reads like an app that installed psw-role-kit.
// Not part of the drop-in bundle or its size budget. Run by `npm run build` (scripts/build.mjs)
// after rollup has written dist/lib.
import { build } from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const entry = 'demo/react/app.tsx';

if (!existsSync('node_modules/react') || !existsSync('node_modules/react-dom')) {
  console.log('demo: react is not installed, dist/demo/react.js not built');
} else {
  await build({
    // Splitting keeps what the toolkit loads on demand (the Word writer…) in chunks of its own.
    entryPoints: { react: entry }, outdir: 'dist/demo', splitting: true, chunkNames: 'chunks/[name]-[hash]',
    bundle: true, format: 'esm', platform: 'browser',
    target: 'es2022', minify: true, sourcemap: true, legalComments: 'none', logLevel: 'warning',
    // dist/lib keeps rollup's bare imports of core modules (evaluation order); they are side-effect free.
    logOverride: { 'ignored-bare-import': 'silent' },
    jsx: 'automatic', tsconfig: 'demo/react/tsconfig.json',
    conditions: ['production', 'browser'],
    define: { 'process.env.NODE_ENV': '"production"', __PSW_VERSION__: JSON.stringify(pkg.version) },
    alias: {
      'psw-role-kit/define': resolve('dist/lib/components/define.js'),
      'psw-role-kit/core': resolve('dist/lib/src/index.js'),
      'psw-role-kit': resolve('dist/lib/components/index.js'),
    },
  });
  console.log('demo: wrote dist/demo/react.js');
}
