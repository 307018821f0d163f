// Runs `node --test` on files and returns pass/fail/skip counts read from a TAP file, with the
// human-readable spec reporter on stdout.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * V8 switches for every Node process of the tests: WebAssembly compiled by V8's baseline compiler
 * only (Liftoff), never optimized by TurboFan. The server tests and the library's end-to-end tests
 * run PostgreSQL as WebAssembly (PGlite, a 9 MB module) in each test process and server they start;
 * they run its code briefly, so optimizing it costs more than it saves: the build checks, command
 * line and server API tests took 30–35 core-seconds with it against 39 without. JavaScript is
 * compiled as before.
 */
export const NODE_TEST_ARGS = ['--liftoff-only'];

// With `output`, the run's output goes to that function (chunks of stdout and stderr) instead of this
// process's stdout.
export async function runNodeTests(files, { tapFile, extraArgs = [], env, output } = {}) {
  mkdirSync(dirname(tapFile), { recursive: true });
  const child = spawn(process.execPath, [...NODE_TEST_ARGS, '--enable-source-maps', '--test', ...extraArgs,
    '--test-reporter=spec', '--test-reporter-destination=stdout',
    '--test-reporter=tap', `--test-reporter-destination=${tapFile}`, ...files],
  { stdio: output ? ['ignore', 'pipe', 'pipe'] : 'inherit', env: { ...process.env, ...env } });
  if (output) for (const stream of [child.stdout, child.stderr]) stream.on('data', output);
  const code = await new Promise((resolve) => child.on('close', resolve));
  const text = existsSync(tapFile) ? readFileSync(tapFile, 'utf8') : '';
  const num = (k) => Number(text.match(new RegExp(`^# ${k} (\\d+)`, 'm'))?.[1] ?? 0);
  const counts = { passed: num('pass'), failed: num('fail') + num('cancelled'), skipped: num('skipped') + num('todo') };
  if (code !== 0 && counts.failed === 0) counts.failed = 1; // a crash outside any test still fails the run
  return { code, counts };
}
