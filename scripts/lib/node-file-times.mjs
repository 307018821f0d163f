// How long each test file of a `node --test` run took (the sum of its top-level tests' and suites'
// durations: the process start and module loading are left out), and the files ordered by it.
// Used as a node:test reporter (`--test-reporter=./scripts/lib/node-file-times.mjs` with a
// destination), it writes nothing there and records the times in .cache/summary/node-file-times.json
// (files of a partial run update their own entries); `longestFirst` orders the files by that record,
// so that the long files start first and the last minute of a run does not leave one file running
// alone. Never fails a run.
import { relative } from 'node:path';
import { longestFirst as byRecord, readTimes, recordTimes } from './recorded-times.mjs';

const FILE = '.cache/summary/node-file-times.json';

/** `files` with the longest-running first (scripts/lib/recorded-times.mjs); `fallback`: files known to be long. */
export const longestFirst = (files, fallback = []) => byRecord(FILE, files, fallback);

/** The recorded seconds of each test file (paths relative to the working directory), or {}. */
export const recordedSeconds = () => readTimes(FILE);

/** The node:test reporter: sums the top-level durations per file, and records them at the end. */
export default async function* fileTimes(source) {
  const ms = new Map();
  for await (const event of source) {
    if ((event.type === 'test:pass' || event.type === 'test:fail') && event.data.nesting === 0 && event.data.file) {
      const file = relative(process.cwd(), event.data.file);
      ms.set(file, (ms.get(file) ?? 0) + (event.data.details?.duration_ms ?? 0));
    }
  }
  recordTimes(FILE, ms);
  yield '';
}
