// Shared helpers for the end-to-end tests: serve the repository (as `npm start` does) and drive
// Debian's Chromium with playwright-core. Pages load the built bundle, like an intranet page.
// With PSW_E2E_BROWSER_WS set (npm test starts one browser server for all files, see
// scripts/test.mjs), each file connects to that Chromium instead of starting its own: a start and
// stop costs about 2.7 s of CPU, and pages get contexts of their own either way.
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, testChromiumPath } from '../../scripts/lib/browsers.mjs';
import { STRICT_CSP, startServer } from '../../scripts/serve.mjs';

export const CHROME = testChromiumPath();
export const CHROME_ARGS = CHROMIUM_ARGS;

/** Starts the server (passing /api on to `api` when given) and a browser; returns helpers and a close(). */
export async function launch({ api } = {}) {
  const server = await startServer({ port: 0, api });
  const shared = process.env.PSW_E2E_BROWSER_WS;
  // Closing a connected browser closes the contexts this file made and disconnects.
  const browser = shared ? await chromium.connect(shared) : await chromium.launch({ executablePath: CHROME, args: CHROME_ARGS });
  return {
    server,
    browser,
    url: (path) => `${server.url}${path}`,
    /** A new page (own context, so storage is fresh) that records console errors and page errors. */
    async page(options = {}) {
      const context = await browser.newContext({ viewport: { width: 1100, height: 900 }, ...options });
      const page = await context.newPage();
      page.errors = [];
      page.on('pageerror', (e) => page.errors.push(`pageerror: ${e.message}`));
      page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') page.errors.push(`console.${m.type()}: ${m.text()}`); });
      return page;
    },
    /**
     * Readies a page from page() for the next test of a file, as a new page would be but at a
     * fraction of the cost (no new context and renderer, about a second of CPU): the last document
     * is left (its pagehide work done), the served origin's storage is cleared (localStorage,
     * IndexedDB and the rest; sessionStorage stays with the tab), the routes go, and the error
     * list starts empty. Init scripts and listeners stay with the page.
     */
    async reset(page) {
      await page.unrouteAll();
      await page.goto('about:blank');
      page.cdp ??= await page.context().newCDPSession(page);
      await page.cdp.send('Storage.clearDataForOrigin', { origin: server.url, storageTypes: 'all' });
      page.errors.length = 0;
      return page;
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * Waits until the page's localStorage holds `text` (a string the test typed), i.e. the debounced
 * autosave has run: the condition itself, instead of sleeping longer than the debounce.
 */
export function waitForAutosave(page, text) {
  const needle = JSON.stringify(text).slice(1, -1); // as it appears inside the saved JSON
  return page.waitForFunction((n) => Object.keys(localStorage).some((k) => localStorage.getItem(k)?.includes(n)), needle);
}

/**
 * One page that a file's tests share, readied for each (env.reset: fresh storage, no routes, no
 * errors). `open(path)` serves `path` with the strict CSP header; the page records policy violations
 * (`window.cspViolations`) and every request from then on (`requests`: path and query).
 */
export function strictCspPage(env) {
  let tab;
  const requests = [];
  return async function open(path) {
    if (!tab) {
      tab = await env.page();
      await tab.addInitScript(() => {
        window.cspViolations = [];
        document.addEventListener('securitypolicyviolation', (e) => window.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
      });
      tab.on('request', (r) => {
        const url = new URL(r.url());
        requests.push(url.pathname + url.search);
      });
    }
    const page = await env.reset(tab);
    await page.route((url) => url.pathname === path, async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': STRICT_CSP } });
    });
    requests.length = 0;
    return { page, requests };
  };
}
