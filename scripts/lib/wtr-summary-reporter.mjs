// Counts @web/test-runner results and writes them as JSON (for scripts/test.mjs), plus one plain
// closing line when run on its own. A file that failed to load, or errored outside any test,
// counts as one failure. Never throws: a throwing reporter makes WTR exit 0.
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

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
