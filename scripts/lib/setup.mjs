// Installs what a fresh clone is missing, using only Node built-ins (it runs before `npm ci`):
// node_modules from the lock file (its `prepare` builds the package), then Debian's Chromium and Firefox ESR.
import { existsSync, lstatSync, readFileSync, statSync } from 'node:fs';
import { execSync } from 'node:child_process';

function lockChangedSinceInstall() {
  const marker = 'node_modules/.package-lock.json'; // npm writes it on every install
  if (!existsSync(marker)) return true;
  return statSync('package-lock.json').mtimeMs > statSync(marker).mtimeMs + 1000;
}

// With `buildLater` (npm test, which builds next), `npm ci` skips the build that `prepare` runs.
export function ensureInstalled({ log = console.log, buildLater = false } = {}) {
  const steps = [];
  // A node_modules that is a symlink is shared with other checkouts (git worktrees): `npm ci` would
  // empty the shared directory under everyone else, so never reinstall through a symlink.
  const shared = existsSync('node_modules') && lstatSync('node_modules').isSymbolicLink();
  if (shared && lockChangedSinceInstall()) {
    log('[setup] node_modules is a shared symlink: not reinstalling (run npm ci where it points if the lock file changed)');
  } else if (!existsSync('node_modules') || lockChangedSinceInstall()) {
    log(`[setup] installing dependencies: npm ci${buildLater ? '' : ' (this also builds the package)'}`);
    const t0 = Date.now();
    execSync('npm ci --no-audit --no-fund', { stdio: 'inherit', env: { ...process.env, ...(buildLater ? { PSW_BUILD_LATER: '1' } : {}) } });
    steps.push(`npm ci ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  }
  execSync(`${JSON.stringify(process.execPath)} scripts/ensure-browsers.mjs`, { stdio: 'inherit' });
  return steps;
}

export const packageJson = () => JSON.parse(readFileSync('package.json', 'utf8'));
