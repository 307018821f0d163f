// Installs what a fresh clone is missing, using only Node built-ins (it runs before `npm ci`):
// node_modules from the lock file (its `prepare` builds the package) and, side by side with it,
// Debian's Chromium and Firefox ESR (scripts/ensure-browsers.mjs): neither needs the other, and on a
// fresh machine each takes about 20 s. `npm start` waits for both (ensureInstalled); `npm test`
// waits for the dependencies only (installDependencies) and for the browsers only where it needs them.
import { existsSync, lstatSync, readFileSync, statSync } from 'node:fs';
import { spawn } from 'node:child_process';

/** Runs a command with the terminal's output; resolves with its exit code (or the error that kept it from starting). */
const run = (command, args, env = process.env) => new Promise((resolve) => {
  const child = spawn(command, args, { stdio: 'inherit', env });
  child.on('error', (e) => resolve(e));
  child.on('close', (code) => resolve(code));
});

function lockChangedSinceInstall() {
  const marker = 'node_modules/.package-lock.json'; // npm writes it on every install
  if (!existsSync(marker)) return true;
  return statSync('package-lock.json').mtimeMs > statSync(marker).mtimeMs + 1000;
}

/**
 * `npm ci` where node_modules is missing or older than the lock file; resolves with its exit code
 * (0 when there was nothing to do). With `buildLater` (npm test, which builds next), `npm ci` skips
 * the build that `prepare` runs.
 */
export function installDependencies({ log = console.log, buildLater = false } = {}) {
  // A node_modules that is a symlink is shared with other checkouts (git worktrees): `npm ci` would
  // empty the shared directory under everyone else, so never reinstall through a symlink.
  const shared = existsSync('node_modules') && lstatSync('node_modules').isSymbolicLink();
  if (shared && lockChangedSinceInstall()) {
    log('[setup] node_modules is a shared symlink: not reinstalling (run npm ci where it points if the lock file changed)');
  } else if (!existsSync('node_modules') || lockChangedSinceInstall()) {
    log(`[setup] installing dependencies: npm ci${buildLater ? '' : ' (this also builds the package)'}`);
    // --prefer-offline: a package already in npm's cache is taken from there without asking the
    // registry whether it changed (the lock file pins each version and its checksum, so it cannot
    // have); what the cache lacks is downloaded as without it. With a warm cache: 18.7–19.4 s
    // instead of 24.2–27.5 s, and less CPU.
    return run('npm', ['ci', '--prefer-offline', '--no-audit', '--no-fund'], { ...process.env, ...(buildLater ? { PSW_BUILD_LATER: '1' } : {}) });
  }
  return Promise.resolve(0);
}

/**
 * The dependencies and the browsers, side by side; rejects, naming what failed, once both are done.
 * `buildLater` as for installDependencies (npm start builds next).
 */
export async function ensureInstalled({ log = console.log, buildLater = false } = {}) {
  const deps = installDependencies({ log, buildLater });
  const browsers = run(process.execPath, ['scripts/ensure-browsers.mjs']);
  const failed = [['npm ci', await deps], ['scripts/ensure-browsers.mjs', await browsers]].filter(([, code]) => code !== 0);
  if (failed.length) throw new Error(failed.map(([what, code]) => `${what} failed (${code})`).join('; '));
}

export const packageJson = () => JSON.parse(readFileSync('package.json', 'utf8'));
