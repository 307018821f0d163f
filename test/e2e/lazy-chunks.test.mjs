// The drop-in bundle's lazy chunks in a real browser (docs/bundle-size.md): a page with
// <psw-role-document template="adult-community"> and <psw-boundary-checklist> loads only
// dist/cdn/psw-role-kit.js itself; the checklist's view, the assessment engine and the template
// arrive from dist/cdn/chunks/, under the strict Content-Security-Policy, with no console errors.
// While chunks are on their way the checklist says "Loading…"; a chunk that fails offers "Try again",
// which fetches the view under a fresh URL; when that fails too, the message says to reload the page.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { launch, strictCspPage } from './util.mjs';

const PAGE = '/demo/test-pages/lazy-chunks.html';
const CHUNK = /\/dist\/cdn\/chunks\/[^/?]+\.js(\?.*)?$/;

let open;
/** The file's one page, readied for a test, serving the page with the strict CSP header (util.mjs). */
const strictPage = (env) => (open ??= strictCspPage(env))(PAGE);

/** The checklist's shadow-root text, whitespace collapsed. */
const checklistText = (page) =>
  page.locator('psw-boundary-checklist').evaluate((el) => el.shadowRoot.textContent.replace(/\s+/g, ' ').trim());

describe('lazy chunks of the drop-in bundle (built bundle, strict CSP)', () => {
  let env;
  before(async () => { env = await launch(); });
  after(async () => { await env?.close(); });

  it('renders the checklist from the template with findings, fetching its parts from dist/cdn/chunks/', async () => {
    const { page, requests } = await strictPage(env);
    await page.goto(env.url(PAGE));
    const topics = page.locator('psw-boundary-checklist [part~="topic"]');
    await topics.first().waitFor();
    await page.locator('psw-boundary-checklist .finding').first().waitFor();
    assert.equal(await topics.count(), 14, 'every catalogue topic');
    // The template's suggested position is there: the document came from the template chunk.
    const confidentiality = page.locator('psw-boundary-checklist [part~="topic"][data-topic="confidentiality"]');
    assert.match(await confidentiality.getByLabel('Position', { exact: true }).inputValue(), /explains at the start what stays private/);
    assert.ok(await page.locator('psw-boundary-checklist .finding').count() > 0, 'the assessment has placed findings');
    assert.equal(await page.locator('psw-boundary-checklist').evaluate((el) => el.matches(':state(loading)')), false);

    const scripts = requests.filter((p) => p.endsWith('.js'));
    assert.equal(scripts[0], '/dist/cdn/psw-role-kit.js', 'the page asks for the entry');
    assert.deepEqual(scripts.filter((p) => !p.startsWith('/dist/cdn/')), [], 'no script from elsewhere');
    const chunks = scripts.filter((p) => CHUNK.test(p)).map((p) => p.split('/').pop().replace(/-[\w-]+\.js$/, ''));
    for (const part of ['boundary-checklist.view', 'assessment', 'templates']) assert.ok(chunks.includes(part), `${part} chunk fetched (${chunks.join(', ')})`);
    assert.ok(!chunks.includes('docx-writer'), 'the Word writer is not fetched');
    assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
    assert.deepEqual(page.errors, []);
  });

  it('says "Loading…" while the chunks are on their way, then renders', async () => {
    const { page } = await strictPage(env);
    const held = [];
    let release;
    const released = new Promise((r) => (release = r));
    await page.route(CHUNK, async (route) => {
      held.push(route);
      await released;
      await route.continue();
    });
    await page.goto(env.url(PAGE));
    const status = page.locator('psw-boundary-checklist [part="loading"]');
    await status.waitFor();
    assert.equal(await status.getAttribute('role'), 'status');
    assert.equal(await status.textContent(), 'Loading…');
    assert.equal(await page.locator('psw-boundary-checklist').evaluate((el) => el.matches(':state(loading)')), true);
    assert.equal(await page.locator('psw-boundary-checklist [part~="topic"]').count(), 0);
    assert.ok(held.length > 0, 'chunks were requested');
    release();
    await page.locator('psw-boundary-checklist .finding').first().waitFor();
    assert.match(await checklistText(page), /0 of 14 agreed/);
    assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
    assert.deepEqual(page.errors, []);
  });

  // Browsers differ after a failed module import: some fetch the same URL again when asked, others
  // (Chromium 150, for one) remember the failure for the life of the page. Each interceptor below
  // makes the page see one of the two, whatever the browser under test does itself.
  const VIEW = /\/chunks\/boundary-checklist\.view-[\w-]+\.js(\?.*)?$/;
  const failures = {
    'fails once, then serves it again': () => {
      let failed = false;
      return (url) => !failed && (failed = true);
    },
    'fails its URL for good, as a browser that remembers a failed import does': () => (url) => !new URL(url).searchParams.has('retry'),
  };
  for (const [behaviour, makeRule] of Object.entries(failures)) {
    it(`offers "Try again" when the view cannot be fetched, and recovers (the view ${behaviour})`, async () => {
      const { page, requests } = await strictPage(env);
      const fails = makeRule();
      await page.route(VIEW, (route) => (fails(route.request().url()) ? route.abort('internetdisconnected') : route.continue()));
      await page.goto(env.url(PAGE));
      const error = page.locator('psw-boundary-checklist [part="load-error"]');
      await error.waitFor();
      assert.equal(await error.getAttribute('role'), 'alert');
      assert.match(await error.textContent(), /could not be loaded\. Check your connection, then try again\./);
      await error.getByRole('button', { name: 'Try again' }).click();
      await page.locator('psw-boundary-checklist [part~="topic"]').first().waitFor();
      assert.equal(await page.locator('psw-boundary-checklist [part="load-error"]').count(), 0);
      // The view came again under a fresh URL; the chunks it shares with others were fetched once.
      const chunks = requests.filter((p) => CHUNK.test(p));
      const views = chunks.filter((p) => VIEW.test(p));
      assert.equal(views.length, 2, views.join(', '));
      const shared = chunks.filter((p) => !VIEW.test(p));
      assert.deepEqual(shared, [...new Set(shared)], 'no shared chunk fetched twice');
      assert.deepEqual(requests.filter((p) => p.startsWith('/dist/cdn/psw-role-kit.js')), ['/dist/cdn/psw-role-kit.js'], 'the entry once');
      // Only the failed fetch and its explanation reached the console.
      assert.ok(page.errors.length > 0 && page.errors.every((e) => /ERR_INTERNET_DISCONNECTED|could not be loaded/.test(e)), page.errors.join('\n'));
      assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
      });
  }

  it('says to reload the page when the view still cannot be loaded because a chunk it shares cannot', async () => {
    const { page, requests } = await strictPage(env);
    await page.route(/\/chunks\/guard-[\w-]+\.js$/, (route) => route.abort('internetdisconnected'));
    await page.goto(env.url(PAGE));
    const error = page.locator('psw-boundary-checklist [part="load-error"]');
    await error.waitFor();
    await error.getByRole('button', { name: 'Try again' }).click();
    await page.waitForFunction(() => /still could not be loaded/.test(
      document.querySelector('psw-boundary-checklist').shadowRoot.querySelector('[part="load-error"]')?.textContent ?? ''));
    assert.match(await error.textContent(), /still could not be loaded\. Check your connection, then reload the page\./);
    assert.equal(await error.getAttribute('role'), 'alert');
    assert.ok(requests.some((p) => VIEW.test(p) && p.includes('?retry=1')), 'the retry asked for the view under a fresh URL');
    assert.equal(await page.locator('psw-boundary-checklist').evaluate((el) => el.matches(':state(loading)')), false);
    assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
  });
});
