#!/usr/bin/env node
// Makes sure the browsers the tests drive are installed: Chromium (web-test-runner, playwright-core)
// and Firefox ESR (WebDriver BiDi, through puppeteer-core). Where one is missing and apt-get exists,
// it installs Debian's packages (one `apt-get update`, then one install of every missing browser, and
// one per browser only if that fails; as root, else through sudo). Otherwise it explains what to install.
// Chromium is required (exit 1 without it); without Firefox it only warns, and the Firefox tests say
// so themselves (they fail under CI=true). Chromium's headless shell, which the tests drive when it is
// there (scripts/lib/browsers.mjs), is installed at the version of the installed Chromium (the two
// share Debian's chromium-common); without it, or with CHROME_PATH set, the tests drive Chromium.
// Usage: node scripts/ensure-browsers.mjs [chromium] [chromium-headless-shell] [firefox]     (no name: all)
//        --simulate: pretend nothing is installed and let apt-get only simulate (-s)
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { BROWSERS, browserPath } from './lib/browsers.mjs';

const SHELL = 'chromium-headless-shell';
// The Chromium version at which the mirror had no headless shell: not asked again until Chromium changes.
const NO_SHELL = '.cache/browsers/no-headless-shell-for';

/** The installed version of a Debian package, or undefined. */
const installedVersion = (pkg) => {
  try {
    return execSync(`dpkg-query -W -f='\${Version}' ${pkg}`, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }) || undefined;
  } catch {
    return undefined;
  }
};
const read = (file) => (existsSync(file) ? readFileSync(file, 'utf8') : undefined);

const simulate = process.argv.includes('--simulate');
const named = process.argv.slice(2).filter((a) => a in BROWSERS);
const wanted = named.length ? named : Object.keys(BROWSERS);
// Skipped only where a version was recorded: on a machine with no Chromium yet, neither the record
// nor chromium-common exists, and the shell comes in the same install as Chromium.
const skipShell = () => {
  const noShellFor = read(NO_SHELL);
  return !!process.env.CHROME_PATH || (!simulate && noShellFor !== undefined && noShellFor === installedVersion('chromium-common'));
};
const missing = wanted.filter((name) => (simulate || !browserPath(name)) && !(name === SHELL && skipShell()));
if (missing.length === 0) process.exit(0);

const required = (name) => name === 'chromium';
const say = (line) => console.log(`[ensure-browsers] ${line}`);
const give = (name, why) => {
  const what = `${name} is not installed (${why}): install Debian's ${BROWSERS[name].packages[0]} or set ${BROWSERS[name].env}.`;
  if (required(name)) console.error(`[ensure-browsers] ${what}`);
  else if (name === SHELL) say(`${what} The tests drive the full Chromium instead, with more CPU.`);
  else say(`${what} The ${name} tests will not run.`);
};

if (!existsSync('/usr/bin/apt-get')) {
  for (const name of missing) give(name, 'no apt-get here');
  process.exit(missing.some(required) ? 1 : 0);
}
const sudo = process.getuid?.() === 0 ? '' : 'sudo ';
const sh = (cmd) => {
  say(cmd);
  execSync(cmd, { stdio: 'inherit' });
};
const t0 = Date.now();
let failed = [];
try {
  sh(`${sudo}apt-get update -qq`);
} catch {
  failed = missing; // no package lists: nothing can be installed
}
/** A browser's packages; the headless shell pinned to the installed chromium-common unless Chromium comes in the same install. */
const pinned = {};
const packagesOf = (name, names) => {
  const common = name === SHELL && !names.includes('chromium') && !simulate && installedVersion('chromium-common');
  if (common) pinned[name] = common;
  return BROWSERS[name].packages.map((p) => (common ? `${p}=${common}` : p));
};
const install = (names) => {
  const packages = [...new Set(names.flatMap((name) => packagesOf(name, names)))];
  sh(`${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install ${simulate ? '-s ' : ''}-y -qq --no-install-recommends ${packages.join(' ')}`);
};
const toInstall = missing.filter((n) => !failed.includes(n));
let together = false;
try {
  if (toInstall.length) install(toInstall);
  together = true;
} catch {
  // One of them could not be installed: each on its own, to find which.
}
for (const name of toInstall) {
  try {
    if (!together) {
      if (toInstall.length === 1) throw new Error('it failed alone already');
      install([name]);
    }
    if (!simulate && !browserPath(name)) failed.push(name);
  } catch {
    failed.push(name);
  }
}
for (const name of failed) {
  if (!pinned[name]) {
    give(name, 'apt-get could not install it');
    continue;
  }
  give(name, `apt-get could not install it at ${pinned[name]}, the installed Chromium's version; \`apt-get install chromium ${name}\` updates both to the mirror's`);
  mkdirSync('.cache/browsers', { recursive: true });
  writeFileSync(NO_SHELL, pinned[name]);
}
say(`done in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
process.exit(failed.some(required) ? 1 : 0);
