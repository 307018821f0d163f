// Seconds per test file recorded by a run, and the files ordered by them, longest first: the record
// behind the element tests' order (scripts/lib/wtr-file-times.mjs, .cache/wtr/file-times.json) and
// the Node test steps' (scripts/lib/node-file-times.mjs, .cache/summary/node-file-times.json).
// Recording never fails a run: without a record the order falls back to the default.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/** The recorded seconds of each test file (paths relative to the working directory), or {}. */
export function readTimes(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return {};
  }
}

/**
 * Records `entries` ([test file, milliseconds]) in `file`, keeping the records of the other files
 * that still exist (a renamed or deleted file's record goes).
 */
export function recordTimes(file, entries) {
  try {
    const times = Object.fromEntries(Object.entries(readTimes(file)).filter(([test]) => existsSync(test)));
    for (const [test, ms] of entries) times[test] = Math.round(ms / 100) / 10;
    mkdirSync(dirname(resolve(file)), { recursive: true });
    writeFileSync(file, `${JSON.stringify(times, null, 1)}\n`);
  } catch { /* the order falls back to the default */ }
}

/**
 * `files` with the longest-running first by the record in `file`: the files with no recorded time
 * first (`fallback`'s, files known to be long, before the others: a new file may be long), then the
 * others by their recorded times.
 */
export function longestFirst(file, files, fallback = []) {
  const times = readTimes(file);
  const rank = (f) => times[f] ?? (fallback.includes(f) ? 2e9 - fallback.indexOf(f) : 1e9);
  return [...files].sort((a, b) => rank(b) - rank(a));
}
