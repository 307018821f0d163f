#!/usr/bin/env node
// Builds the reference server: esbuild bundles server/main.ts with the core it imports from src/ into
// dist/server/server.js (npm packages such as hono, PGlite and pg stay imports), which
// `psw-role-kit serve` runs; then writes dist/openapi.json (`psw-role-kit/openapi.json`) from it.
// Usage: node scripts/build-server.mjs [OUTDIR]   (default dist)
import { build } from 'esbuild';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));

/** Bundles the server to `outfile` and returns it. */
export async function buildServer(outfile) {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  await build({
    entryPoints: [join(ROOT, 'server/main.ts')], outfile, bundle: true, platform: 'node', format: 'esm',
    target: 'node20', packages: 'external', logLevel: 'warning', sourcemap: 'linked',
    define: { __PSW_VERSION__: JSON.stringify(pkg.version) },
  });
  return outfile;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const outdir = resolve(process.argv[2] ?? 'dist');
  mkdirSync(join(outdir, 'server'), { recursive: true });
  const file = await buildServer(join(outdir, 'server', 'server.js'));
  const { openApiDocument } = await import(pathToFileURL(file).href);
  const text = JSON.stringify(openApiDocument(), null, 2) + '\n';
  writeFileSync(join(outdir, 'openapi.json'), text);
  console.log(`server: wrote ${file} and ${join(outdir, 'openapi.json')} (${text.length.toLocaleString('en-GB')} characters)`);
}
