// Node half of `npm run bench`: parseRoleDocument (JSON text → checked document) and assessRole
// throughput on the 30-duty role of test/fixtures/roles.ts, with JSON.parse of the same text as the
// floor. Run alone: node bench/node-throughput.mjs [--seconds 1] [--runs 5]
//
// - parse: the same JSON text every call (parseRoleDocument keeps no cache; each call parses the
//   text anew and validates the result with the zod/mini schema, jitless as in the browser).
// - assess: distinct documents, so nothing is answered from assessRole's memo (by document) or its
//   drift scans kept per duty: 64 deep copies (structuredClone, made untimed before each batch),
//   each assessed once. Beside it, the rate after a one-duty edit (what a keystroke asks for).
// - compare: compareRoles on a pair of versions, 30 and 1,000 duties (bench/compare-throughput.mjs).
// Each figure is the median of `runs` timed runs after a warm-up; the CPU-time rate
// (process.cpuUsage) is printed beside the wall-clock rate, as other processes disturb it less.
import { build } from 'esbuild';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { compareThroughput } from './compare-throughput.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Bundles the core entry points and the fixture for Node (esbuild, packages external). */
export async function loadCore() {
  const outdir = join(ROOT, '.cache', 'bench');
  mkdirSync(outdir, { recursive: true });
  const outfile = join(outdir, `core-${process.pid}.mjs`);
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  await build({
    stdin: {
      contents: [
        "export { parseRoleDocument } from './src/model/parse.ts';",
        "export { assessRole } from './src/assess/index.ts';",
        "export { roleWithDuties } from './test/fixtures/roles.ts';",
        "export { compareRoles } from './src/compare/index.ts';",
      ].join('\n'),
      resolveDir: ROOT, loader: 'ts', sourcefile: 'bench-core.ts',
    },
    outfile, bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', logLevel: 'warning',
    define: { __PSW_VERSION__: JSON.stringify(pkg.version) },
  });
  try {
    return await import(pathToFileURL(outfile).href);
  } finally {
    rmSync(outfile, { force: true });
  }
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/**
 * Calls `batch()` (which returns how many operations it did) until `ms` have passed; returns the
 * rate per wall-clock second and per second of this process's CPU time. `prepare()` runs untimed
 * before each batch.
 */
function rate(ms, batch, prepare = () => {}) {
  let n = 0, wall = 0, cpu = 0;
  while (wall < ms) {
    prepare();
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    n += batch();
    wall += performance.now() - t0;
    const c = process.cpuUsage(c0);
    cpu += (c.user + c.system) / 1000;
  }
  return { wall: (n * 1000) / wall, cpu: (n * 1000) / cpu };
}

function summarise(runs) {
  const wall = runs.map((r) => r.wall), cpu = runs.map((r) => r.cpu);
  return { median: median(wall), min: Math.min(...wall), max: Math.max(...wall), cpuMedian: median(cpu), runs: wall };
}

export async function nodeThroughput({ seconds = 1, runs = 5, duties = 30, log = () => {} } = {}) {
  const core = await loadCore();
  const { parseRoleDocument, assessRole, roleWithDuties } = core;
  const doc = roleWithDuties(duties);
  const text = JSON.stringify(doc);
  const ms = seconds * 1000;
  let sink = 0;

  if (!parseRoleDocument(text).ok) throw new Error('the fixture does not parse');
  const parseBatch = () => { for (let i = 0; i < 50; i++) sink += parseRoleDocument(text).ok ? 1 : 0; return 50; };
  const jsonBatch = () => { for (let i = 0; i < 50; i++) sink += JSON.parse(text).duties.length; return 50; };
  rate(500, parseBatch);
  rate(500, jsonBatch);
  const parseRuns = [], jsonRuns = [];
  for (let r = 0; r < runs; r++) { // interleaved, so drift of the machine hits both alike
    parseRuns.push(rate(ms, parseBatch));
    jsonRuns.push(rate(ms, jsonBatch));
  }
  const parse = summarise(parseRuns), json = summarise(jsonRuns);
  log(`parseRoleDocument, ${duties} duties (${text.length} characters): median ${Math.round(parse.median)} docs/s; JSON.parse ${Math.round(json.median)}/s`);

  // Distinct documents: every batch assesses 64 deep copies made (untimed) just before it, so no
  // call is answered from assessRole's memo (by document) or from its drift scans kept per duty
  // object; each copy is assessed once.
  const copies = () => Array.from({ length: 64 }, () => structuredClone(doc));
  let pool = copies();
  const assessBatch = () => {
    for (const d of pool) sink += assessRole(d).findings.length;
    return pool.length;
  };
  const first = assessRole(structuredClone(doc));
  rate(500, assessBatch, () => { pool = copies(); });
  const assessRuns = [];
  for (let r = 0; r < runs; r++) assessRuns.push(rate(ms, assessBatch, () => { pool = copies(); }));
  const assess = summarise(assessRuns);
  log(`assessRole, ${duties} duties (${first.findings.length} findings, ${first.readiness}): median ${Math.round(assess.median)} assessments/s of distinct documents`);

  // What the editors ask for on a keystroke: the document after an edit of one duty (a new object
  // for that duty and the list, the other duties shared with the document before).
  const edits = (from) => {
    let cur = from;
    return Array.from({ length: 64 }, (_, i) => {
      const duties = cur.duties.slice();
      const k = i % duties.length;
      duties[k] = { ...duties[k], title: `${duties[k].title.replace(/ \d+$/, '')} ${i}` };
      return (cur = { ...cur, duties });
    });
  };
  let base = structuredClone(doc);
  assessRole(base);
  let chain = edits(base);
  const editBatch = () => {
    for (const d of chain) sink += assessRole(d).findings.length;
    return chain.length;
  };
  const nextChain = () => { base = chain[chain.length - 1]; chain = edits(base); };
  rate(500, editBatch, nextChain);
  const editRuns = [];
  for (let r = 0; r < runs; r++) editRuns.push(rate(ms, editBatch, nextChain));
  const assessEdit = summarise(editRuns);
  log(`assessRole after a one-duty edit: median ${Math.round(assessEdit.median)} assessments/s`);
  const compare = compareThroughput({ core, rate, summarise, median, ms, runs, log });
  if (sink < 0) log(String(sink));
  return {
    compare,
    duties, jsonChars: text.length, findings: first.findings.length, readiness: first.readiness,
    parse, jsonParse: json, parseRatio: json.median / parse.median, assess, assessEdit, seconds, runs,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const arg = (k, d) => { const i = process.argv.indexOf(`--${k}`); return i > 0 ? Number(process.argv[i + 1]) : d; };
  const r = await nodeThroughput({ seconds: arg('seconds', 1), runs: arg('runs', 5), log: (s) => console.log(s) });
  console.log(JSON.stringify(r, null, 1));
}
