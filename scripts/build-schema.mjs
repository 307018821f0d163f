#!/usr/bin/env node
// Writes the JSON Schemas shipped with the package: dist/schema.json (the role document,
// `psw-role-kit/schema.json`), dist/export.schema.json (the export envelope,
// `psw-role-kit/export.schema.json`) and dist/organisation.schema.json (the organisation profile,
// `psw-role-kit/organisation.schema.json`). esbuild bundles the generators (src/model/json-schema.ts,
// src/export/export-json-schema.ts, src/organisation/json-schema.ts — kept out of the browser bundle) for Node to a temporary file,
// which is imported and asked for the schemas. Output is pretty and stable, so a rebuild with no
// schema change leaves the files byte-for-byte the same.
// Usage: node scripts/build-schema.mjs [OUTDIR]   (default dist)
import { build } from 'esbuild';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const outdir = resolve(process.argv[2] ?? 'dist');
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const tmp = resolve('.cache/build-schema');
mkdirSync(tmp, { recursive: true });
mkdirSync(outdir, { recursive: true });

const schemas = [
  { entry: 'src/model/json-schema.ts', fn: 'roleDocumentJsonSchema', file: 'schema.json' },
  { entry: 'src/export/export-json-schema.ts', fn: 'exportEnvelopeJsonSchema', file: 'export.schema.json' },
  { entry: 'src/organisation/json-schema.ts', fn: 'organisationProfileJsonSchema', file: 'organisation.schema.json' },
];
for (const { entry, fn, file } of schemas) {
  const bundle = join(tmp, `${file}-${process.pid}.mjs`);
  try {
    await build({
      entryPoints: [entry], outfile: bundle, bundle: true, platform: 'node', format: 'esm',
      target: 'node20', packages: 'external', logLevel: 'warning',
      define: { __PSW_VERSION__: JSON.stringify(pkg.version) },
    });
    const mod = await import(pathToFileURL(bundle).href);
    const text = JSON.stringify(mod[fn](), null, 2) + '\n';
    writeFileSync(join(outdir, file), text);
    console.log(`schema: wrote ${join(outdir, file)} (${text.length.toLocaleString('en-GB')} characters)`);
  } finally {
    rmSync(bundle, { force: true });
  }
}
