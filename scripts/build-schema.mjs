#!/usr/bin/env node
// Writes dist/schema.json (shipped as `psw-role-kit/schema.json`): esbuild bundles
// src/model/json-schema.ts for Node (packages external, __PSW_VERSION__ from package.json) to a
// temporary file, which is imported and asked for the schema. Output is pretty and stable, so a
// rebuild with no schema change leaves the file byte-for-byte the same.
// Usage: node scripts/build-schema.mjs [OUT]   (default dist/schema.json)
import { build } from 'esbuild';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const out = resolve(process.argv[2] ?? 'dist/schema.json');
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const tmp = resolve('.cache/build-schema');
const bundle = join(tmp, `json-schema-${process.pid}.mjs`);
mkdirSync(tmp, { recursive: true });
try {
  await build({
    entryPoints: ['src/model/json-schema.ts'], outfile: bundle, bundle: true, platform: 'node', format: 'esm',
    target: 'node20', packages: 'external', logLevel: 'warning',
    define: { __PSW_VERSION__: JSON.stringify(pkg.version) },
  });
  const { roleDocumentJsonSchema } = await import(pathToFileURL(bundle).href);
  mkdirSync(dirname(out), { recursive: true });
  const text = JSON.stringify(roleDocumentJsonSchema(), null, 2) + '\n';
  writeFileSync(out, text);
  console.log(`schema: wrote ${out} (${text.length.toLocaleString('en-GB')} characters)`);
} finally {
  rmSync(bundle, { force: true });
}
