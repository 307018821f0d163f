// Counts @web/test-runner results and writes them as JSON (for scripts/test.mjs), plus one plain
// closing line when run on its own. A file that failed to load, or errored outside any test,
// counts as one failure. Never throws: a throwing reporter makes WTR exit 0.
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

/** The sum of the test durations (ms) in a suite and its sub-suites. */
function duration(suite) {
  if (!suite) return 0;
  return (suite.tests ?? []).reduce((t, x) => t + (x.duration ?? 0), 0) + (suite.suites ?? []).reduce((t, s) => t + duration(s), 0);
}

function count(suite, acc) {
  if (!suite) return;
  for (const t of suite.tests ?? []) t.skipped ? acc.skipped++ : t.passed ? acc.passed++ : acc.failed++;
  for (const s of suite.suites ?? []) count(s, acc);
}

export function summaryReporter({ jsonFile = process.env.PSW_WTR_SUMMARY } = {}) {
  return {
    stop({ sessions }) {
      const acc = { passed: 0, failed: 0, skipped: 0 };
      try {
        for (const s of sessions) {
          const before = acc.failed;
          count(s.testResults, acc);
          if (s.passed === false && acc.failed === before) acc.failed++;
        }
        // PSW_WTR_TIMINGS=N: the N test files whose tests took longest, to see where the time goes.
        const slowest = Number(process.env.PSW_WTR_TIMINGS);
        if (slowest > 0) {
          const rows = sessions.map((s) => [duration(s.testResults), s.testFile]).sort((a, b) => b[0] - a[0]).slice(0, slowest);
          const lines = rows.map(([ms, file]) => `${(ms / 1000).toFixed(1).padStart(7)} s  ${file.replace(`${process.cwd()}/`, '')}`);
          process.once('exit', () => process.stdout.write(`slowest test files (sum of their tests' durations):\n${lines.join('\n')}\n`));
        }
      } catch {
        acc.failed++;
      }
      try {
        if (jsonFile) {
          mkdirSync(dirname(jsonFile), { recursive: true });
          writeFileSync(jsonFile, JSON.stringify(acc));
        }
      } catch { /* reported through the exit code and the line below */ }
      if (!jsonFile) {
        const line = `tests: ${acc.passed} passed, ${acc.failed} failed, ${acc.skipped} skipped`;
        process.once('exit', () => process.stdout.write(`${line}\n`));
      }
    },
  };
}
