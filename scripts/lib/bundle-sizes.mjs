// Sizes of the built drop-in bundle (dist/cdn): the entry file and every lazy chunk beside it, in
// minified bytes, gzip -9 and brotli quality 11 (node:zlib), plus the chunk graph, so a report can
// say honestly what a page downloads, not only what the entry weighs. Used by `npm run size` and by
// test/build/size-budget.test.mjs.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const CDN_DIR = 'dist/cdn';
export const ENTRY = 'psw-role-kit.js';

/**
 * Strings that identify code in a chunk. Each is unique to what it names (checked by the size test
 * against the sources), so "the entry contains no Word writer" is a plain text search.
 */
export const MARKERS = {
  /** The `docx` library's WordprocessingML namespace. */
  word: 'schemas.openxmlformats.org/wordprocessingml/2006/main',
  /** A message of the assessment engine's rule R04 (src/assess/rules/boundaries.ts). */
  assessment: 'No boundaries are written down',
  /** A suggested boundary position of the setting templates (src/catalogue/templates/blocks.ts). */
  templates: 'not counted in staffing numbers and is not asked to cover rota gaps',
  /** The name of zod's base schema class: the entry checks documents with generated checks instead (src/model/checker.ts). */
  zod: '$ZodType',
  /** A message of the JSON syntax-error scanner (src/model/json-error.ts), which the entry reads documents without. */
  'JSON syntax-error scanner': 'after the field name, found',
};

export const sizes = (buf) => ({
  min: buf.length,
  gzip: gzipSync(buf, { level: 9 }).length,
  brotli: brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
});

/** Relative module specifiers a minified ES chunk imports: static (`from"./x.js"`) and dynamic (`import("./x.js")`). */
function importsOf(code) {
  const statics = [...code.matchAll(/(?:\bfrom\s*|\bimport\s*)["'](\.{1,2}\/[^"']+)["']/g)].map((m) => m[1]);
  const dynamics = [...code.matchAll(/\bimport\(\s*["'](\.{1,2}\/[^"']+)["']\s*\)/g)].map((m) => m[1]);
  return { statics, dynamics };
}

/**
 * Every file of the CDN build with its sizes and imports. `file` is relative to `dir`
 * ("psw-role-kit.js", "chunks/assess-1a2b3c.js"); `kind` is "entry", "word" or "lazy".
 */
export function measureCdn(dir = CDN_DIR) {
  const chunkDir = join(dir, 'chunks');
  const names = [ENTRY, ...(existsSync(chunkDir) ? readdirSync(chunkDir).filter((f) => f.endsWith('.js')).sort().map((f) => `chunks/${f}`) : [])];
  const files = names.map((file) => {
    const buf = readFileSync(join(dir, file));
    const code = buf.toString('utf8');
    const resolve = (spec) => posix.normalize(posix.join(posix.dirname(file), spec));
    const { statics, dynamics } = importsOf(code);
    return {
      file,
      ...sizes(buf),
      code,
      imports: statics.map(resolve),
      dynamicImports: dynamics.map(resolve),
      kind: file === ENTRY ? 'entry' : code.includes(MARKERS.word) ? 'word' : 'lazy',
    };
  });
  return { dir, files, byFile: new Map(files.map((f) => [f.file, f])) };
}

/** The files a page fetches when it imports `file`: the file and its static imports, transitively. */
export function staticClosure(measured, file) {
  const seen = new Set();
  const visit = (f) => {
    if (seen.has(f) || !measured.byFile.has(f)) return;
    seen.add(f);
    for (const i of measured.byFile.get(f).imports) visit(i);
  };
  visit(file);
  return seen;
}

export const sum = (files) =>
  files.reduce((t, f) => ({ min: t.min + f.min, gzip: t.gzip + f.gzip, brotli: t.brotli + f.brotli }), { min: 0, gzip: 0, brotli: 0 });

/**
 * What a lazy chunk costs when it is first needed: the chunk and the chunks it statically imports
 * that the entry does not already bring (the entry is always loaded).
 */
export function lazyCost(measured, file) {
  const entry = staticClosure(measured, ENTRY);
  return [...staticClosure(measured, file)].filter((f) => !entry.has(f)).map((f) => measured.byFile.get(f));
}

/** The lazy chunks that `dynamic import()` calls name (the roots a page may load on demand). */
export function lazyRoots(measured) {
  return [...new Set(measured.files.flatMap((f) => f.dynamicImports))].filter((f) => measured.byFile.has(f)).sort();
}
