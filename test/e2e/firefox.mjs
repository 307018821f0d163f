// Firefox ESR for the end-to-end tests: Debian's firefox-esr (installed by scripts/ensure-browsers.mjs)
// driven over WebDriver BiDi by puppeteer-core, which downloads no browser. The built demo pages are
// served as `npm start` serves them (scripts/serve.mjs).
//
// Without Firefox the tests are skipped with the reason, except under CI=true, where they fail: a CI
// run must not pass without the Firefox runs. A Firefox that is there but does not start fails them.
import puppeteer from 'puppeteer-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { browserPath } from '../../scripts/lib/browsers.mjs';
import { startServer } from '../../scripts/serve.mjs';

export { settled } from './settled.mjs';

export const FIREFOX = browserPath('firefox');
const MISSING = 'Firefox ESR is not installed: `node scripts/ensure-browsers.mjs firefox` installs Debian\'s firefox-esr (or set FIREFOX_PATH)';

/** The `skip` option for a Firefox suite: the reason when Firefox is missing outside CI, else false. */
export const skipWithoutFirefox = !FIREFOX && !process.env.CI ? MISSING : false;

/**
 * Starts the server and Firefox; returns helpers and a close(). Rejects when Firefox is missing
 * (so a CI run fails with the reason) or does not start.
 */
export async function launchFirefox() {
  if (!FIREFOX) throw new Error(MISSING);
  // A fresh profile each run, removed afterwards, so runs are independent of each other.
  const profile = mkdtempSync(join(tmpdir(), 'psw-firefox-'));
  const server = await startServer({ port: 0 });
  let browser;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      protocol: 'webDriverBiDi',
      executablePath: FIREFOX,
      headless: true,
      userDataDir: profile,
      // The BiDi session cannot override the viewport (page.setViewport fails): size the window instead.
      defaultViewport: null,
      args: ['--width=1100', '--height=900'],
      extraPrefsFirefox: {
        // Tab reaches every control, links and buttons too (Linux's default; macOS's differs).
        'accessibility.tabfocus': 7,
        // Less start-up work that these tests do not use: no content process started in advance, no
        // built-in add-ons (web-compatibility fixes for named sites, picture-in-picture, screenshots),
        // no new-tab page, link prediction or bookmarks import. Measured over a start and three pages:
        // about 9 core-seconds instead of 11.5, a second sooner.
        'dom.ipc.processPrelaunch.enabled': false,
        'extensions.enabledScopes': 0,
        'extensions.startupScanScopes': 0,
        'browser.newtabpage.enabled': false,
        'browser.newtab.preload': false,
        'network.predictor.enabled': false,
        'browser.places.importBookmarksHTML': false,
      },
      timeout: 120_000,
      protocolTimeout: 120_000,
    });
  } catch (error) {
    await server.close();
    rmSync(profile, { recursive: true, force: true });
    throw new Error(`Firefox (${FIREFOX}) did not start: ${error.message}`);
  }
  return {
    server,
    browser,
    url: (path) => `${server.url}${path}`,
    /** A new page in a context of its own (fresh storage) that records console errors and page errors. */
    async page() {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      page.errors = [];
      page.on('pageerror', (e) => page.errors.push(`pageerror: ${e.message}`));
      page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warn') page.errors.push(`console.${m.type()}: ${m.text()}`); });
      return page;
    },
    async close() {
      await browser.close();
      await server.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Page functions the tests call through `page.evaluate` (they run in the page, so they are self-contained). */

/** The focused element, followed through shadow roots: its label (or name), tag and host. */
export const focusInfo = (page) => page.evaluate(() => {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  if (!el) return { name: '', tag: '', host: '' };
  const text = (node) => node.textContent.replace(/\s+/g, ' ').trim();
  const name = el.labels?.[0] ? text(el.labels[0]) : el.getAttribute('aria-label') ?? text(el);
  return { name, tag: el.localName, host: el.getRootNode().host?.localName ?? '', checked: el.checked ?? null };
});

/** Presses Tab (or Shift+Tab) until the focused element's name matches, at most `max` times. */
export async function tabTo(page, name, { back = false, max = 200 } = {}) {
  for (let i = 0; i < max; i++) {
    if (back) {
      await page.keyboard.down('Shift');
      await page.keyboard.press('Tab');
      await page.keyboard.up('Shift');
    } else {
      await page.keyboard.press('Tab');
    }
    const info = await focusInfo(page);
    if (typeof name === 'string' ? info.name === name : name.test(info.name)) return info;
  }
  throw new Error(`"${name}" not reached with ${back ? 'Shift+Tab' : 'Tab'}; focus is on ${JSON.stringify(await focusInfo(page))}`);
}
