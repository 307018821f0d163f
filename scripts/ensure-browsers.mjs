#!/usr/bin/env node
// Makes sure the browsers the tests drive are installed: Chromium (web-test-runner, playwright-core)
// and Firefox ESR (WebDriver BiDi, through puppeteer-core). Where one is missing and apt-get exists,
// it installs Debian's packages (one `apt-get update`, then one install of every missing browser, and
// one per browser only if that fails; as root, else through sudo). Otherwise it explains what to install.
// Chromium is required (exit 1 without it); without Firefox it only warns, and the Firefox tests say
// so themselves (they fail under CI=true).
// Usage: node scripts/ensure-browsers.mjs [chromium] [firefox]     (no name: both)
//        --simulate: pretend nothing is installed and let apt-get only simulate (-s)
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { BROWSERS, browserPath } from './lib/browsers.mjs';

const simulate = process.argv.includes('--simulate');
const named = process.argv.slice(2).filter((a) => a in BROWSERS);
const wanted = named.length ? named : Object.keys(BROWSERS);
const missing = wanted.filter((name) => simulate || !browserPath(name));
if (missing.length === 0) process.exit(0);

const required = (name) => name === 'chromium';
const say = (line) => console.log(`[ensure-browsers] ${line}`);
const give = (name, why) => {
  const what = `${name} is not installed (${why}): install Debian's ${BROWSERS[name].packages[0]} or set ${BROWSERS[name].env}.`;
  if (required(name)) console.error(`[ensure-browsers] ${what}`);
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
const install = (names) => {
  const packages = [...new Set(names.flatMap((name) => BROWSERS[name].packages))];
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
    if (!together) install([name]);
    if (!simulate && !browserPath(name)) failed.push(name);
  } catch {
    failed.push(name);
  }
}
for (const name of failed) give(name, 'apt-get could not install it');
say(`done in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
process.exit(failed.some(required) ? 1 : 0);
