#!/usr/bin/env node
// Writes dist/schema.json (shipped as `psw-role-kit/schema.json`) and, beside it,
// dist/export.schema.json (`psw-role-kit/export.schema.json`, the export envelope's): esbuild bundles
// src/model/json-schema.ts and src/export/export-json-schema.ts for Node (packages external,
// __PSW_VERSION__ from package.json) to a temporary file, which is imported and asked for the schemas.
// Output is pretty and stable, so a rebuild with no schema change leaves the files byte-for-byte the same.
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
    stdin: {
      contents: "export { roleDocumentJsonSchema } from './src/model/json-schema.ts';\n" +
        "export { exportEnvelopeJsonSchema } from './src/export/export-json-schema.ts';\n",
      resolveDir: resolve('.'), sourcefile: 'schemas.ts', loader: 'ts',
    },
    outfile: bundle, bundle: true, platform: 'node', format: 'esm',
    target: 'node20', packages: 'external', logLevel: 'warning',
    define: { __PSW_VERSION__: JSON.stringify(pkg.version) },
  });
  const { roleDocumentJsonSchema, exportEnvelopeJsonSchema } = await import(pathToFileURL(bundle).href);
  mkdirSync(dirname(out), { recursive: true });
  for (const [file, schema] of [[out, roleDocumentJsonSchema()], [join(dirname(out), 'export.schema.json'), exportEnvelopeJsonSchema()]]) {
    const text = JSON.stringify(schema, null, 2) + '\n';
    writeFileSync(file, text);
    console.log(`schema: wrote ${file} (${text.length.toLocaleString('en-GB')} characters)`);
  }
} finally {
  rmSync(bundle, { force: true });
}
