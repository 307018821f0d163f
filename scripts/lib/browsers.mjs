// Where the browsers the tests drive are found: the environment variable first, then the paths
// Debian's (and other distributions') packages install to. Node built-ins only: it runs before `npm ci`.
import { existsSync } from 'node:fs';

export const BROWSERS = {
  chromium: {
    env: 'CHROME_PATH',
    paths: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'],
    packages: ['chromium', 'fonts-liberation'], // fonts: screenshots need real glyphs
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
