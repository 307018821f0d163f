#!/usr/bin/env node
// @ts-check
// The psw-role-kit command line (`npx psw-role-kit --help`). It runs the built core in dist/lib/src,
// which `npm run build` writes (and `npm ci` runs the build through `prepare`). The commands live in
// ./cli/; this file only checks that the build is there and hands over.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

if (!existsSync(fileURLToPath(new URL('../dist/lib/src/index.js', import.meta.url)))) {
  process.stderr.write('psw-role-kit is not built yet: run npm run build (npm ci does it)\n');
  process.exit(2);
}

// `psw-role-kit export … | head` closes the pipe early: stop quietly instead of throwing EPIPE.
process.stdout.on('error', (e) => {
  if (/** @type {NodeJS.ErrnoException} */ (e).code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

const { main } = await import('./cli/main.js');
// exitCode, not exit(): let a large write to a pipe finish before the process ends.
process.exitCode = await main(process.argv.slice(2));
