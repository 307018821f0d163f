// `compareRoles` in Node, part of `npm run bench` (bench/node-throughput.mjs runs it): two versions
// of a role, the second with what a reviewer typically changes (a duty renamed, a description
// rewritten, a duty moved from core to flexible, one moved down the list, the band, a sentence added
// to the purpose). Both versions are parsed first, as a store's versions are, so compareRoles uses
// them as they are.
//
// - 30 duties, the same pair again and again: comparisons per second. The two assessments come from
//   assessRole's memo (by document), as when an element re-renders or a server answers the same
//   request; the walk over both documents, the word differences and the delta are done every time.
//   Goal: at least 5,000 a second.
// - 30 duties, a new pair every time (copies parsed untimed before each batch): both sides are
//   assessed afresh as well.
// - 1,000 duties: milliseconds for one comparison, a new pair each time (both assessed afresh), and
//   the same pair again. Goal: under 50 ms.

/** The second version: a reviewer's edits of `doc` (a new object; `doc` is not changed). */
export function revised(doc) {
  const b = structuredClone(doc);
  const n = b.duties.length, m = Math.floor(n / 2);
  b.duties[1] = { ...b.duties[1], title: `${b.duties[1].title} with families` };
  b.duties[3] = { ...b.duties[3], description: 'Meets people where they are, agrees goals in their own words and reviews them together every month.' };
  const core = b.duties.findIndex((d, i) => i >= m && d.kind === 'core');
  b.duties[core] = { ...b.duties[core], kind: 'flexible', flexibility: { maxShare: 10, agreedWith: ['peer support worker', 'line manager'], reviewEveryWeeks: 8 } };
  b.duties.push(b.duties.splice(2, 1)[0]);
  b.employment = { ...b.employment, band: '4' };
  b.role = { ...b.role, purpose: `${b.role.purpose ?? ''} Works closely with the voluntary-sector partner.` };
  return b;
}

export function compareThroughput({ core, rate, summarise, median, ms, runs, log }) {
  const { compareRoles, parseRoleDocument, roleWithDuties } = core;
  const parsed = (doc) => {
    const r = parseRoleDocument(doc);
    if (!r.ok) throw new Error(`bench pair does not parse: ${r.issues[0].path} ${r.issues[0].message}`);
    return r.document;
  };
  const options = { today: '2026-12-05' };
  const pairOf = (n) => {
    const a = roleWithDuties(n);
    return [parsed(a), parsed(revised(a))];
  };
  let sink = 0;

  // 30 duties, the same pair.
  const [a, b] = pairOf(30);
  const example = compareRoles(a, b, options);
  const sameBatch = () => { for (let i = 0; i < 50; i++) sink += compareRoles(a, b, options).changes.length; return 50; };
  rate(500, sameBatch);
  const sameRuns = [];
  for (let r = 0; r < runs; r++) sameRuns.push(rate(ms, sameBatch));
  const same = summarise(sameRuns);
  log(`compareRoles, 30 duties, the same pair (${example.changes.length} changes, ${example.assessment.fixed.length} findings fixed, ${example.assessment.introduced.length} introduced): median ${Math.round(same.median)} comparisons/s (per CPU-second ${Math.round(same.cpuMedian)})`);

  // 30 duties, new pairs.
  let pool = [];
  const fresh = () => { pool = Array.from({ length: 16 }, () => [parsed(structuredClone(a)), parsed(structuredClone(b))]); };
  const freshBatch = () => { for (const [x, y] of pool) sink += compareRoles(x, y, options).changes.length; return pool.length; };
  rate(500, freshBatch, fresh);
  const freshRuns = [];
  for (let r = 0; r < runs; r++) freshRuns.push(rate(ms, freshBatch, fresh));
  const distinct = summarise(freshRuns);
  log(`compareRoles, 30 duties, a new pair each time (both assessed): median ${Math.round(distinct.median)} comparisons/s (per CPU-second ${Math.round(distinct.cpuMedian)})`);

  // 1,000 duties: one comparison at a time.
  const [big1, big2] = pairOf(1000);
  const time = (x, y) => {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    sink += compareRoles(x, y, options).changes.length;
    const wall = performance.now() - t0;
    const c = process.cpuUsage(c0);
    return { wall, cpu: (c.user + c.system) / 1000 };
  };
  time(big1, big2);
  const bigFresh = [];
  for (let r = 0; r < Math.max(7, runs); r++) {
    const x = parsed(structuredClone(big1)), y = parsed(structuredClone(big2));
    bigFresh.push(time(x, y));
  }
  const bigSame = Array.from({ length: 20 }, () => time(big1, big2));
  const ms1000 = (xs) => ({ median: median(xs.map((t) => t.wall)), min: Math.min(...xs.map((t) => t.wall)), max: Math.max(...xs.map((t) => t.wall)), cpuMedian: median(xs.map((t) => t.cpu)) });
  const big = { fresh: ms1000(bigFresh), same: ms1000(bigSame), changes: compareRoles(big1, big2, options).changes.length };
  log(`compareRoles, 1,000 duties: median ${big.fresh.median.toFixed(1)} ms a new pair (CPU ${big.fresh.cpuMedian.toFixed(1)} ms), ${big.same.median.toFixed(2)} ms the same pair again`);
  if (sink < 0) log(String(sink));
  return { changes: example.changes.length, labels: example.changes.map((c) => c.label), same, distinct, big };
}
