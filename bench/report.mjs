// Summaries and the two result files of `npm run bench` (bench/results.md, bench/results.json).
import { readFileSync, writeFileSync } from 'node:fs';

/** Linear-interpolated quantile (p in 0..1). */
export function quantile(xs, p) {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const i = (s.length - 1) * p;
  const lo = Math.floor(i);
  return s[lo] + (s[Math.ceil(i)] - s[lo]) * (i - lo);
}
const stats = (xs) => ({ median: quantile(xs, 0.5), q1: quantile(xs, 0.25), q3: quantile(xs, 0.75), min: Math.min(...xs), max: Math.max(...xs), n: xs.length });

/** The speed goals (ratios to the floor measured in the same run, and one absolute rate). */
export const GOALS = {
  render: { n: 200, max: 1.5, text: '≤ 1.5× floor' },
  typingP95: { n: 1000, max: 2, text: '≤ 2× floor' },
  assess: { min: 20000, text: '≥ 20,000/s' },
  compare: { min: 5000, text: '≥ 5,000/s' },
  compareBig: { max: 50, text: '< 50 ms' },
};

function cellSummary(cell) {
  const ok = (kind) => cell.runs[kind].filter((r) => !r.error);
  const tk = ok('toolkit'), fl = ok('floor'), cold = ok('cold');
  const errors = Object.values(cell.runs).flat().filter((r) => r.error).map((r) => r.error);
  const side = (runs) => {
    if (!runs.length) return undefined;
    const work = runs.flatMap((r) => r.typing?.work ?? []);
    const frame = runs.flatMap((r) => r.typing?.frame ?? []);
    const cpu = runs.flatMap((r) => r.typing?.cpu ?? []);
    return {
      pages: runs.length,
      elements: runs[0].elements, rows: runs[0].rows,
      renderFrame: stats(runs.map((r) => r.render.frame)),
      renderLayout: stats(runs.map((r) => r.render.layout)),
      renderScript: stats(runs.map((r) => r.render.script)),
      renderCpu: stats(runs.map((r) => r.render.cpu)),
      ...(work.length ? {
        keystrokes: work.length,
        typingWork: { p50: quantile(work, 0.5), p95: quantile(work, 0.95), pageP95: stats(runs.map((r) => quantile(r.typing.work, 0.95))) },
        typingFrame: { p50: quantile(frame, 0.5), p95: quantile(frame, 0.95), pageP95: stats(runs.map((r) => quantile(r.typing.frame, 0.95))) },
        typingCpu: { p50: quantile(cpu, 0.5), p95: quantile(cpu, 0.95), pageP95: stats(runs.map((r) => quantile(r.typing.cpu, 0.95))) },
      } : {}),
    };
  };
  const t = side(tk), f = side(fl), c = side(cold);
  const ratio = (a, b) => (a !== undefined && b !== undefined && b > 0 ? a / b : NaN);
  return {
    variant: cell.variant, n: cell.n, middleDuty: cell.mid, openedBeforeTyping: cell.opened, capturedElements: cell.capturedElements,
    toolkit: t, floor: f, cold: c, errors,
    ratios: t && f ? {
      renderFrame: ratio(t.renderFrame.median, f.renderFrame.median),
      renderLayout: ratio(t.renderLayout.median, f.renderLayout.median),
      renderCpu: ratio(t.renderCpu.median, f.renderCpu.median),
      typingCpuP50: ratio(t.typingCpu?.p50, f.typingCpu?.p50),
      typingCpuP95: ratio(t.typingCpu?.p95, f.typingCpu?.p95),
      typingFrameP50: ratio(t.typingFrame?.p50, f.typingFrame?.p50),
      typingFrameP95: ratio(t.typingFrame?.p95, f.typingFrame?.p95),
      typingWorkP50: ratio(t.typingWork?.p50, f.typingWork?.p50),
      typingWorkP95: ratio(t.typingWork?.p95, f.typingWork?.p95),
    } : undefined,
  };
}

export function summarise({ machine, chromium, reps, keys, node, browserRuns }) {
  const cells = (browserRuns ?? []).map(cellSummary);
  return { machine, chromium, reps, keystrokesPerPage: keys, goals: GOALS, node, cells, raw: browserRuns };
}

// ---------------------------------------------------------------------------------------------
// Markdown

const f1 = (x) => (x === undefined || Number.isNaN(x) ? '–' : x >= 100 ? x.toFixed(0) : x.toFixed(1));
const f2 = (x) => (x === undefined || Number.isNaN(x) ? '–' : x >= 10 ? x.toFixed(1) : x.toFixed(2));
const fx = (x) => (x === undefined || Number.isNaN(x) ? '–' : `${x.toFixed(2)}×`);
const int = (x) => Math.round(x).toLocaleString('en-GB');
const range = (s, f = f1) => (s ? `${f(s.min)}–${f(s.max)}` : '–');
const iqr = (s, f = f1) => (s ? `${f(s.q1)}–${f(s.q3)}` : '–');
const verdict = (ratio, max) => (Number.isNaN(ratio) ? 'no data' : ratio <= max ? 'pass' : '**fail**');

const NAMES = {
  designer: '`<psw-role-designer step="duties">`',
  builder: '`<psw-role-builder>`',
  'builder-expanded': '`<psw-role-builder compact-threshold="1000000">`',
};
const SHOWN = {
  designer: (c) => (c.toolkit?.rows && c.n > 50 ? 'one-line rows' : 'full duty cards'),
  builder: (c) => (c.toolkit?.rows && c.n > 50 ? 'one-line rows' : 'full duty cards'),
  'builder-expanded': () => 'every duty card expanded',
};

function mainTable(r) {
  const rows = [];
  const head = '| metric | N | toolkit median | floor median | ratio | goal | pass/fail | spread: toolkit; floor |\n|---|---:|---:|---:|---:|---|---|---|';
  const row = (metric, n, t, f, x, goal, pass, spread) => rows.push(`| ${metric} | ${n} | ${t} | ${f} | ${fx(x)} | ${goal ?? ''} | ${pass ?? ''} | ${spread ?? ''} |`);
  for (const c of r.cells) {
    if (!c.toolkit || !c.floor) {
      rows.push(`| ${NAMES[c.variant]}: no data (${c.errors[0] ?? 'every page failed'}) | ${c.n} | | | | | | |`);
      continue;
    }
    const t = c.toolkit, f = c.floor, x = c.ratios, name = NAMES[c.variant];
    const rg = c.n === GOALS.render.n ? GOALS.render : undefined;
    const tg = c.n === GOALS.typingP95.n ? GOALS.typingP95 : undefined;
    row(`render ${name} (${SHOWN[c.variant](c)}), ms to next frame`, c.n, f1(t.renderFrame.median), f1(f.renderFrame.median), x.renderFrame,
      rg?.text, rg && verdict(x.renderFrame, rg.max), `min–max ${range(t.renderFrame)}; ${range(f.renderFrame)}`);
    row(`render ${name}, main-thread CPU ms to next frame`, c.n, f1(t.renderCpu.median), f1(f.renderCpu.median), x.renderCpu,
      rg?.text, rg && verdict(x.renderCpu, rg.max), `min–max ${range(t.renderCpu)}; ${range(f.renderCpu)}`);
    if (!t.typingFrame) continue;
    row(`typing p50 ${name}, ms to next frame`, c.n, f1(t.typingFrame.p50), f1(f.typingFrame.p50), x.typingFrameP50);
    row(`typing p95 ${name}, ms to next frame`, c.n, f1(t.typingFrame.p95), f1(f.typingFrame.p95), x.typingFrameP95,
      tg?.text, tg && verdict(x.typingFrameP95, tg.max), `per-page p95 ${range(t.typingFrame.pageP95)}; ${range(f.typingFrame.pageP95)}`);
    row(`typing p50 ${name}, main-thread CPU ms to next frame`, c.n, f2(t.typingCpu.p50), f2(f.typingCpu.p50), x.typingCpuP50);
    row(`typing p95 ${name}, main-thread CPU ms to next frame`, c.n, f2(t.typingCpu.p95), f2(f.typingCpu.p95), x.typingCpuP95,
      tg?.text, tg && verdict(x.typingCpuP95, tg.max), `per-page p95 ${range(t.typingCpu.pageP95, f2)}; ${range(f.typingCpu.pageP95, f2)}`);
  }
  if (r.node) {
    const a = r.node.assess, p = r.node.parse;
    rows.push(`| \`assessRole\`, assessments/s (Node, distinct documents) | ${r.node.duties} | ${int(a.median)} | – | – | ${GOALS.assess.text} | ${a.median >= GOALS.assess.min ? 'pass' : '**fail**'} | min–max ${int(a.min)}–${int(a.max)}; per CPU-second ${int(a.cpuMedian)} (${a.cpuMedian >= GOALS.assess.min ? 'pass' : 'fail'}) |`);
    if (r.node.assessEdit) {
      const e = r.node.assessEdit;
      rows.push(`| \`assessRole\` after a one-duty edit (the other duties shared, as in the editors), assessments/s (Node) | ${r.node.duties} | ${int(e.median)} | – | – | | | min–max ${int(e.min)}–${int(e.max)}; per CPU-second ${int(e.cpuMedian)} |`);
    }
    if (r.node.compare) {
      const c = r.node.compare, g = GOALS.compare, gb = GOALS.compareBig;
      rows.push(`| \`compareRoles\`, the same pair of versions again (assessments memoised), comparisons/s (Node) | 30 | ${int(c.same.median)} | – | – | ${g.text} | ${c.same.median >= g.min ? 'pass' : '**fail**'} | min–max ${int(c.same.min)}–${int(c.same.max)}; per CPU-second ${int(c.same.cpuMedian)} (${c.same.cpuMedian >= g.min ? 'pass' : 'fail'}) |`);
      rows.push(`| \`compareRoles\`, a new pair each time (both sides assessed), comparisons/s (Node) | 30 | ${int(c.distinct.median)} | – | – | | | min–max ${int(c.distinct.min)}–${int(c.distinct.max)}; per CPU-second ${int(c.distinct.cpuMedian)} |`);
      rows.push(`| \`compareRoles\`, a new pair (both sides assessed), ms (Node) | 1000 | ${f1(c.big.fresh.median)} | – | – | ${gb.text} | ${c.big.fresh.median < gb.max ? 'pass' : '**fail**'} | min–max ${f1(c.big.fresh.min)}–${f1(c.big.fresh.max)}; CPU ${f1(c.big.fresh.cpuMedian)} ms; the same pair again ${f2(c.big.same.median)} ms |`);
    }
    rows.push(`| \`parseRoleDocument\`, docs/s from JSON text (Node) | ${r.node.duties} | ${int(p.median)} | ${int(r.node.jsonParse.median)} (JSON.parse) | ${fx(r.node.parseRatio)} slower | | | min–max ${int(p.min)}–${int(p.max)}; per CPU-second ${int(p.cpuMedian)} |`);
  }
  return [head, ...rows].join('\n');
}

function detailTable(r) {
  const head = '| element | N | what is shown | elements (toolkit / floor) | render: script+style+layout ms, toolkit / floor (ratio) | IQR toolkit; floor | cold first render ms (min–max) | typing work (update + layout) p50 / p95 ms, toolkit / floor | keystrokes | pages (toolkit, floor, cold) |\n|---|---:|---|---|---|---|---|---|---:|---|';
  const rows = r.cells.filter((c) => c.toolkit && c.floor).map((c) => {
    const t = c.toolkit, f = c.floor, x = c.ratios;
    return `| ${NAMES[c.variant]} | ${c.n} | ${SHOWN[c.variant](c)}${c.openedBeforeTyping ? '; the middle duty opened (Edit) before typing' : ''} | ${int(t.elements)} / ${int(f.elements)} | ${f1(t.renderLayout.median)} / ${f1(f.renderLayout.median)} (${fx(x.renderLayout)}) | ${iqr(t.renderFrame)}; ${iqr(f.renderFrame)} | ${c.cold ? `${f1(c.cold.renderFrame.median)} (${range(c.cold.renderFrame)})` : '–'} | ${t.typingWork ? `${f2(t.typingWork.p50)} / ${f2(t.typingWork.p95)}; ${f2(f.typingWork.p50)} / ${f2(f.typingWork.p95)} (p95 ${fx(x.typingWorkP95)})` : '–'} | ${t.keystrokes ?? '–'} | ${t.pages}, ${f.pages}, ${c.cold?.pages ?? 0} |`;
  });
  return [head, ...rows].join('\n');
}

function markdown(r, preface) {
  const m = r.machine;
  const load = (l) => (l ? l.map((x) => x.toFixed(2)).join(' / ') : '–');
  const errors = r.cells.flatMap((c) => c.errors.map((e) => `- ${c.variant} ${c.n}: ${e}`));
  return `${preface}

## Results

Run ${m.started} – ${m.finished}. Commit \`${m.commit ?? 'unknown'}\` (branch ${m.branch ?? '?'}${m.dirty ? ', with uncommitted changes' : ''}).
Machine: ${m.cpus} CPUs (${m.cpuModel}), ${m.memoryGiB} GiB; load average (1 / 5 / 15 min) ${load(m.loadStart)} at the start, ${load(m.loadEnd)} at the end.
Chromium ${r.chromium ?? '–'} (headless, software rendering), Node ${m.node}. ${r.reps} fresh pages per cell and side, ${r.keystrokesPerPage} keystrokes per page.

${mainTable(r)}

### Details

${detailTable(r)}
${errors.length ? `\nPages that failed (left out of the figures):\n${errors.join('\n')}\n` : ''}`;
}

/** The hand-written part of results.md (how to read and run it; findings) is kept; only the results below it are replaced. */
const MARK = '<!-- bench:results (everything below is written by bench/run.mjs) -->';

export function writeResults(results, out) {
  writeFileSync(`${out}.json`, `${JSON.stringify(results, null, 1)}\n`);
  let preface = DEFAULT_PREFACE;
  try {
    const old = readFileSync(`${out}.md`, 'utf8');
    const at = old.indexOf(MARK);
    if (at >= 0) preface = old.slice(0, at).trimEnd();
  } catch { /* first run */ }
  writeFileSync(`${out}.md`, `${markdown(results, `${preface}\n\n${MARK}`)}`);
}

const DEFAULT_PREFACE = `# Benchmark results (\`npm run bench\`)

Run it with \`npm run bench\` (about 15–30 minutes on 2 cores; \`node bench/run.mjs --reps 3 --ns 200\` for a quick look).`;
