#!/usr/bin/env node
// Measures the Word export: (1) the size of the lazily loaded chunk that holds the writer and the
// `docx` library, as the browser bundle would ship it (esbuild, minified, ESM, code splitting), in
// bytes minified / gzip -9 / brotli q11; (2) how long toDocx takes for a 30-duty role in Node.
// Informational only, never a gate (timings are noisy on shared machines).
// With --pages: (3) the page count of the candidate and internal Word files of the adult-community
// template, with and without the demo trust's profile (demo/data/riverdale-profile.json), converted
// to PDF by LibreOffice (`soffice --headless --convert-to pdf`; Debian: libreoffice-writer-nogui),
// which lays out A4 pages as Word does closely enough to count them (Arial is substituted by the
// metric-compatible Liberation Sans). Skipped with a note when soffice is not installed.
// Usage: node scripts/measure-docx.mjs [--runs N] [--pages]
import { build } from 'esbuild';
import { readFileSync, rmSync, writeFileSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';

const runsAt = process.argv.indexOf('--runs');
const runs = runsAt > 0 ? Number(process.argv[runsAt + 1]) : 20;
const out = '.cache/measure-docx';
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const sizes = (file) => {
  const buf = readFileSync(file);
  return {
    min: buf.length,
    gzip: gzipSync(buf, { level: 9 }).length,
    brotli: brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
};

// 1) Bundle size: toDocx as an entry, with splitting, so the writer + docx land in their own chunk.
await build({
  entryPoints: { 'to-docx': 'src/export/docx.ts' }, outdir: join(out, 'browser'), bundle: true, splitting: true,
  format: 'esm', platform: 'browser', target: 'es2022', minify: true, logLevel: 'warning',
});
console.log('browser build of src/export/docx.ts (esbuild --bundle --splitting --minify, ESM):');
for (const f of readdirSync(join(out, 'browser')).sort()) {
  const s = sizes(join(out, 'browser', f));
  console.log(`  ${f.padEnd(28)} min ${s.min.toLocaleString('en-GB').padStart(9)} B  gzip ${s.gzip.toLocaleString('en-GB').padStart(8)} B  brotli ${s.brotli.toLocaleString('en-GB').padStart(8)} B`);
}

// 2) Time: toDocx for a 30-duty role, in Node.
const entry = join(out, 'time.ts');
writeFileSync(entry, `
import { toDocx } from '../../src/export/docx.js';
import { roleWithDuties } from '../../test/fixtures/export-docs.js';
export async function measure(runs: number) {
  const doc = roleWithDuties(30);
  const t0 = performance.now();
  const first = await toDocx(doc);
  const firstMs = performance.now() - t0;
  for (let i = 0; i < 3; i++) await toDocx(doc);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) { const t = performance.now(); await toDocx(doc); times.push(performance.now() - t); }
  times.sort((a, b) => a - b);
  return { bytes: first.length, firstMs, median: times[Math.floor(times.length / 2)], min: times[0], max: times[times.length - 1] };
}`);
await build({ entryPoints: [entry], outfile: join(out, 'time.mjs'), bundle: true, format: 'esm', platform: 'node', target: 'node20', packages: 'external', logLevel: 'warning' });
const { measure } = await import(pathToFileURL(join(out, 'time.mjs')).href);
const r = await measure(runs);
const ms = (x) => `${x.toFixed(1)} ms`;
console.log(`toDocx, 30-duty role, Node ${process.version}: ${r.bytes.toLocaleString('en-GB')} B .docx; first call (loads the writer) ${ms(r.firstMs)}; then ${runs} runs: median ${ms(r.median)}, min ${ms(r.min)}, max ${ms(r.max)}`);

// 3) Pages: the adult-community template's Word files, laid out by LibreOffice.
if (process.argv.includes('--pages')) {
  const { execFileSync } = await import('node:child_process');
  let soffice = true;
  try { execFileSync('soffice', ['--version'], { stdio: 'ignore' }); } catch { soffice = false; }
  if (!soffice) console.log('pages: soffice not found (apt-get install libreoffice-writer-nogui); skipped');
  else {
    const pagesEntry = join(out, 'pages.ts');
    writeFileSync(pagesEntry, `
import { toDocx } from '../../src/export/docx.js';
import { createRoleDocument } from '../../src/model/create.js';
import { parseOrganisationProfile } from '../../src/organisation/parse.js';
export async function files(profileJson: string) {
  const parsed = parseOrganisationProfile(profileJson);
  const organisation = parsed.ok ? parsed.profile : undefined;
  const out: Record<string, Uint8Array> = {};
  for (const org of [undefined, organisation]) {
    const doc = createRoleDocument({ template: 'adult-community', organisation: org, today: '2026-12-05' });
    for (const audience of ['candidate', 'internal'] as const) {
      out[audience + (org ? '-with-profile' : '')] = await toDocx(doc, { audience, organisation: org });
    }
  }
  return out;
}`);
    await build({ entryPoints: [pagesEntry], outfile: join(out, 'pages.mjs'), bundle: true, format: 'esm', platform: 'node', target: 'node20', packages: 'external', logLevel: 'warning' });
    const { files } = await import(pathToFileURL(join(out, 'pages.mjs')).href);
    const made = await files(readFileSync('demo/data/riverdale-profile.json', 'utf8'));
    for (const [name, bytes] of Object.entries(made)) {
      const docx = join(out, `adult-community-${name}.docx`);
      writeFileSync(docx, bytes);
      execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', out, docx], { stdio: 'ignore' });
      const pdf = readFileSync(docx.replace(/\.docx$/, '.pdf'), 'latin1');
      const pages = (pdf.match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
      console.log(`pages: adult-community, ${name.replace(/-/g, ' ')}: ${pages} A4 page${pages === 1 ? '' : 's'} (${docx})`);
    }
  }
}
