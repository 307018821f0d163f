#!/usr/bin/env node
// Writes src/model/generated/role-document-check.ts, the role document's checks without zod, from
// the zod schema (scripts/lib/checker-compiler.mjs says how). Run it after changing the schema:
// test/src/model/generated-checker.test.ts fails while the committed file is stale.
// esbuild bundles the schema for Node to a temporary file, which is imported and compiled.
// Usage: node scripts/generate-checker.mjs [--check]   (--check: exit 1 if the file is stale, write nothing)
import { build } from 'esbuild';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { COMMAND, OUTPUT, compileChecker } from './lib/checker-compiler.mjs';
import { CHECKER_CONSTANTS, CHECKER_ROOTS, constantsOf } from './lib/checker-roots.mjs';

const tmp = resolve('.cache/generate-checker');
mkdirSync(tmp, { recursive: true });
const bundle = join(tmp, `schema-${process.pid}.mjs`);
try {
  await build({
    stdin: {
      contents: [
        "export { z } from './src/model/zod.ts';",
        "export * as schema from './src/model/schema.ts';",
        "export * as recruitment from './src/model/schema-recruitment.ts';",
        "export { refinementOf } from './src/model/zod-refinement.ts';",
        "export { schemaErrorMap } from './src/model/issues.ts';",
        "export { keysAt } from './src/model/checker.ts';",
        ...CHECKER_CONSTANTS.map(({ source }, i) => `export * as constants${i} from '${source}';`),
      ].join('\n'),
      resolveDir: process.cwd(), loader: 'ts',
    },
    outfile: bundle, bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', logLevel: 'warning',
  });
  const mod = await import(pathToFileURL(bundle).href);
  const text = compileChecker({ z: mod.z, schemas: { ...mod.recruitment, ...mod.schema }, roots: CHECKER_ROOTS, refinementOf: mod.refinementOf, errorMap: mod.schemaErrorMap, keysAt: mod.keysAt,
    constants: constantsOf(CHECKER_CONSTANTS.map((_, i) => mod[`constants${i}`])) });
  let old = '';
  try { old = readFileSync(OUTPUT, 'utf8'); } catch { /* not written yet */ }
  if (process.argv.includes('--check')) {
    if (old !== text) { console.error(`${OUTPUT} is stale: run ${COMMAND}`); process.exitCode = 1; }
  } else if (old === text) {
    console.log(`checker: ${OUTPUT} is up to date`);
  } else {
    mkdirSync(dirname(OUTPUT), { recursive: true });
    writeFileSync(OUTPUT, text);
    console.log(`checker: wrote ${OUTPUT} (${text.length.toLocaleString('en-GB')} characters)`);
  }
} finally {
  rmSync(bundle, { force: true });
}
