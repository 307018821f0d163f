// How long each browser test file holds a page, from the page's start to the file's last result (page
// start-up, module loading, waits and every test). A @web/test-runner reporter records it in
// .cache/wtr/file-times.json after each run (files of a partial run update their own entries), and
// `longestFirst` orders the test files by it, so the long files start first and two pages finish
// close together instead of one long file running alone at the end. A generated group file
// (scripts/lib/wtr-page-groups.mjs) counts as one file: the files it runs share its page.
// PSW_WTR_TIMINGS=N also prints the N slowest files beside the sum of their tests' own durations
// (the difference is the cost of the page and of loading the file). Never fails a run.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';

const FILE = '.cache/wtr/file-times.json';

/** The recorded seconds of each test file (paths relative to the working directory), or {}. */
function readTimes() {
  try {
    return JSON.parse(readFileSync(FILE, 'utf8'));
  } catch {
    return {};
  }
}

/**
 * `files` (paths relative to the working directory) with the longest-running first: by the recorded
 * times, else `fallback`'s order (files known to be long on a machine with no record yet).
 */
export function longestFirst(files, fallback = []) {
  const times = readTimes();
  const known = Object.keys(times).length
    ? files.filter((f) => times[f] !== undefined).sort((a, b) => times[b] - times[a])
    : fallback.filter((f) => files.includes(f));
  return [...known, ...files.filter((f) => !known.includes(f))];
}

/** The sum of the test durations (ms) in a suite and its sub-suites. */
const testTime = (suite) => (suite?.tests ?? []).reduce((t, x) => t + (x.duration ?? 0), 0)
  + (suite?.suites ?? []).reduce((t, s) => t + testTime(s), 0);

const seconds = (ms) => (ms / 1000).toFixed(1).padStart(7);

export function fileTimesReporter({ top = Number(process.env.PSW_WTR_TIMINGS) } = {}) {
  const started = new Map();
  const rows = [];
  return {
    start({ sessions, startTime }) {
      // Files that opened before this reporter started count from the run's start.
      for (const s of sessions.all()) started.set(s.id, startTime ?? Date.now());
      sessions.on('session-status-updated', (s) => {
        try {
          if (s.status === 'INITIALIZING') started.set(s.id, Date.now());
          else if (s.status === 'FINISHED') rows.push([Date.now() - started.get(s.id), testTime(s.testResults), relative(process.cwd(), s.testFile)]);
        } catch { /* measuring only */ }
      });
    },
    stop() {
      try {
        const times = readTimes();
        for (const [page, , file] of rows) times[file] = Math.round(page / 100) / 10;
        mkdirSync(dirname(resolve(FILE)), { recursive: true });
        writeFileSync(FILE, `${JSON.stringify(times, null, 1)}\n`);
      } catch { /* the order falls back to the default */ }
      if (!(top > 0)) return;
      const sum = (i) => seconds(rows.reduce((t, r) => t + r[i], 0)).trim();
      const lines = [...rows].sort((a, b) => b[0] - a[0]).slice(0, top)
        .map(([page, tests, file]) => `${seconds(page)} s ${seconds(tests)} s  ${file}`);
      process.once('exit', () => process.stdout.write(`test files by time on a page (${rows.length} files: ${sum(0)} s on pages, `
        + `${sum(1)} s in tests)\n   page    tests\n${lines.join('\n')}\n`));
    },
  };
}
