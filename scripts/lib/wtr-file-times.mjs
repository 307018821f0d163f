// How long each browser test file holds a page, from the page's start to the file's last result (page
// start-up, module loading, waits and every test). A @web/test-runner reporter records it in
// .cache/wtr/file-times.json after each run (files of a partial run update their own entries), and
// `longestFirst` orders the test files by it, so the long files start first and two pages finish
// close together instead of one long file running alone at the end. A generated group file
// (scripts/lib/wtr-page-groups.mjs) counts as one file: the files it runs share its page.
// PSW_WTR_TIMINGS=N also prints the N slowest files beside the sum of their tests' own durations
// (the difference is the cost of the page and of loading the file). Never fails a run.
import { relative } from 'node:path';
import { longestFirst as byRecord, recordTimes } from './recorded-times.mjs';

const FILE = '.cache/wtr/file-times.json';

/** `files` with the longest-running first (scripts/lib/recorded-times.mjs); `fallback`: files known to be long. */
export const longestFirst = (files, fallback = []) => byRecord(FILE, files, fallback);

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
      recordTimes(FILE, rows.map(([page, , file]) => [file, page]));
      if (!(top > 0)) return;
      const sum = (i) => seconds(rows.reduce((t, r) => t + r[i], 0)).trim();
      const lines = [...rows].sort((a, b) => b[0] - a[0]).slice(0, top)
        .map(([page, tests, file]) => `${seconds(page)} s ${seconds(tests)} s  ${file}`);
      process.once('exit', () => process.stdout.write(`test files by time on a page (${rows.length} files: ${sum(0)} s on pages, `
        + `${sum(1)} s in tests)\n   page    tests\n${lines.join('\n')}\n`));
    },
  };
}
