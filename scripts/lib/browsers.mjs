// Where the browsers the tests drive are found: the environment variable first, then the paths
// Debian's (and other distributions') packages install to. Node built-ins only: it runs before `npm ci`.
import { existsSync, statfsSync } from 'node:fs';

export const BROWSERS = {
  chromium: {
    env: 'CHROME_PATH',
    paths: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'],
    packages: ['chromium', 'fonts-liberation'], // fonts: screenshots need real glyphs
  },
  // Chromium's headless shell (Debian's package, at the installed Chromium's version): the same Blink
  // and V8 without the code of a browser window. The tests drive it when it is installed, at about a
  // quarter less CPU than the full Chromium (see testChromiumPath).
  'chromium-headless-shell': {
    env: 'CHROME_HEADLESS_SHELL_PATH',
    paths: ['/usr/bin/chromium-headless-shell'],
    packages: ['chromium-headless-shell'],
  },
  firefox: {
    env: 'FIREFOX_PATH',
    paths: ['/usr/bin/firefox-esr', '/usr/bin/firefox'],
    packages: ['firefox-esr', 'fonts-liberation'],
  },
};

/** The executable of `name` ('chromium' or 'firefox'), or undefined when none is installed. */
export function browserPath(name) {
  const { env, paths } = BROWSERS[name];
  return [process.env[env], ...paths].find((p) => p && existsSync(p));
}

/**
 * The Chromium the tests drive (web-test-runner.config.mjs, test/e2e): `CHROME_PATH` when set, else
 * the headless shell when installed, else the full Chromium.
 */
export const testChromiumPath = () => process.env.CHROME_PATH || browserPath('chromium-headless-shell') || browserPath('chromium');

/**
 * Switches for the element tests (web-test-runner.config.mjs): V8 optimizes code no further than its
 * middle tier (Maglev), never with TurboFan. Those tests run each piece of code a short while, so
 * TurboFan's compiles cost more CPU than its faster code saves: measured over all element tests,
 * 10–15 % less CPU with coverage and without, and the same coverage. The end-to-end tests did not
 * gain, so they keep V8's defaults. Only the compiler tier changes, never what the code does.
 */
export const ELEMENT_TEST_ARGS = ['--js-flags=--max-opt=2'];

/** Bytes free in /dev/shm, or 0 when there is none. */
function sharedMemoryBytes() {
  try {
    const { bavail, bsize } = statfsSync('/dev/shm');
    return bavail * bsize;
  } catch {
    return 0;
  }
}

/**
 * The command-line switches of every headless Chromium the tests start (web-test-runner.config.mjs,
 * test/e2e). `--disable-dev-shm-usage` (shared memory in files under /tmp) only where /dev/shm is
 * small, as in a container's default 64 MB: with a large /dev/shm the files under /tmp only cost
 * system time.
 */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu',
  ...(sharedMemoryBytes() < 1024 ** 3 ? ['--disable-dev-shm-usage'] : []),
  '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'];
