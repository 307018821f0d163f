// How long each test file of a `node --test` run took (the sum of its top-level tests' and suites'
// durations: the process start and module loading are left out), and the files ordered by it.
// Used as a node:test reporter (`--test-reporter=./scripts/lib/node-file-times.mjs` with a
// destination), it writes nothing there and records the times in .cache/summary/node-file-times.json
// (files of a partial run update their own entries); `longestFirst` orders the files by that record,
// so that the long files start first and the last minute of a run does not leave one file running
// alone. Never fails a run.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';

const FILE = '.cache/summary/node-file-times.json';

/** The recorded seconds of each test file (paths relative to the working directory), or {}. */
function readTimes() {
  try {
    return JSON.parse(readFileSync(FILE, 'utf8'));
  } catch {
    return {};
  }
}

/**
 * `files` (paths relative to the working directory) with the longest-running first: the files with
 * no recorded time first (`fallback`'s, files known to be long, before the others: a new file may be
 * long), then the others by their recorded times.
 */
export function longestFirst(files, fallback = []) {
  const times = readTimes();
  const rank = (f) => times[f] ?? (fallback.includes(f) ? 2e9 - fallback.indexOf(f) : 1e9);
  return [...files].sort((a, b) => rank(b) - rank(a));
}

/** The node:test reporter: sums the top-level durations per file, and records them at the end. */
export default async function* fileTimes(source) {
  const ms = new Map();
  for await (const event of source) {
    if ((event.type === 'test:pass' || event.type === 'test:fail') && event.data.nesting === 0 && event.data.file) {
      const file = relative(process.cwd(), event.data.file);
      ms.set(file, (ms.get(file) ?? 0) + (event.data.details?.duration_ms ?? 0));
    }
  }
  try {
    const times = readTimes();
    for (const [file, t] of ms) times[file] = Math.round(t / 100) / 10;
    mkdirSync(dirname(resolve(FILE)), { recursive: true });
    writeFileSync(FILE, `${JSON.stringify(times, null, 1)}\n`);
  } catch { /* the order falls back to the default */ }
  yield '';
}
