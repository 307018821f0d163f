// The builder's and the designer's lazy views from the built drop-in bundle, under the strict
// Content-Security-Policy: each arrives as its own chunk from dist/cdn/chunks/; meanwhile the
// element says "Loading…" (role=status, :state(loading)); a chunk that cannot be fetched offers
// "Try again" (which recovers whether or not the browser remembers the failed import: one test fails
// the builder's chunk URL for good, the other fails the designer's once); and a psw-navigate sent before the designer's view has arrived is followed once it has.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { launch, strictCspPage } from './util.mjs';

const BUILDER_VIEW = /\/dist\/cdn\/chunks\/role-builder\.view-[\w-]+\.js(\?.*)?$/;
const DESIGNER_VIEW = /\/dist\/cdn\/chunks\/role-designer\.view-[\w-]+\.js(\?.*)?$/;

let open;
/** The file's one page, readied for a test, serving `path` with the strict CSP header (util.mjs). */
const strictPage = (env, path) => (open ??= strictCspPage(env))(path);
/** The names of the chunks among `requests` (their hashes left out). */
const chunkNames = (requests) => requests.map((p) => p.split('?')[0]).filter((p) => p.startsWith('/dist/cdn/chunks/'))
  .map((p) => p.split('/').pop().replace(/-[\w-]+\.js$/, ''));

/** Holds back requests matching `pattern` until `release()` is called. */
async function hold(page, pattern) {
  let release;
  const released = new Promise((r) => (release = r));
  let asked = 0;
  await page.route(pattern, async (route) => {
    asked++;
    await released;
    await route.continue();
  });
  return { release, asked: () => asked };
}

const isLoading = (locator) => locator.evaluate((el) => el.matches(':state(loading)'));

/** The focused element through shadow roots: its label (or text) and the element it is in. */
const focusInfo = (page) => page.evaluate(() => {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return { label: el?.labels?.[0]?.textContent.replace(/\s+/g, ' ').trim() ?? '', host: el?.getRootNode().host?.localName ?? '' };
});

describe('builder and designer views as lazy chunks (built bundle, strict CSP)', () => {
  let env;
  before(async () => { env = await launch(); });
  after(async () => { await env?.close(); });

  it('the builder says "Loading…" until its view arrives, then renders from its own chunk', async () => {
    const { page, requests } = await strictPage(env, '/demo/role-builder.html');
    const held = await hold(page, BUILDER_VIEW);
    await page.goto(env.url('/demo/role-builder.html'));
    const builder = page.locator('psw-role-builder');
    const status = builder.locator('[part="loading"]');
    await status.waitFor();
    assert.equal(await status.getAttribute('role'), 'status');
    assert.equal(await status.textContent(), 'Loading…');
    assert.equal(await isLoading(builder), true);
    assert.equal(await page.getByLabel('Job title', { exact: true }).count(), 0);
    assert.equal(held.asked(), 1, 'the view is asked for once');
    held.release();
    await page.getByLabel('Job title', { exact: true }).waitFor();
    assert.equal(await isLoading(builder), false);
    assert.equal(await builder.locator('[part="loading"]').count(), 0);
    const chunks = chunkNames(requests);
    assert.ok(chunks.includes('role-builder.view'), `its own chunk (${chunks.join(', ')})`);
    assert.ok(!chunks.includes('role-designer.view') && !chunks.includes('docx-writer'), `nothing else's view (${chunks.join(', ')})`);
    assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
    assert.deepEqual(page.errors, []);
  });

  it('the builder offers "Try again" when its view cannot be fetched, and recovers even if its URL keeps failing', async () => {
    const { page } = await strictPage(env, '/demo/role-builder.html');
    // As in a browser that remembers a failed module import: the chunk's own URL never works again.
    await page.route(BUILDER_VIEW, (route) => (new URL(route.request().url()).searchParams.has('retry') ? route.continue() : route.abort('internetdisconnected')));
    await page.goto(env.url('/demo/role-builder.html'));
    const error = page.locator('psw-role-builder [part="load-error"]');
    await error.waitFor();
    assert.equal(await error.getAttribute('role'), 'alert');
    assert.match(await error.textContent(), /could not be loaded/);
    await error.getByRole('button', { name: 'Try again' }).click();
    await page.getByLabel('Job title', { exact: true }).waitFor();
    assert.equal(await page.locator('psw-role-builder [part="load-error"]').count(), 0);
    assert.ok(page.errors.length > 0 && page.errors.every((e) => /ERR_INTERNET_DISCONNECTED|could not be loaded/.test(e)), page.errors.join('\n'));
    assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
  });

  it('the designer says "Loading…" until its view arrives, and follows a psw-navigate sent meanwhile', async () => {
    const { page, requests } = await strictPage(env, '/demo/index.html');
    const held = await hold(page, DESIGNER_VIEW);
    await page.goto(env.url('/demo/index.html'));
    const designer = page.locator('psw-role-designer');
    const status = designer.locator('[part="loading"]');
    await status.waitFor();
    assert.equal(await status.getAttribute('role'), 'status');
    assert.equal(await status.textContent(), 'Loading…');
    assert.equal(await isLoading(designer), true);
    // "Go to the field" from elsewhere on the page, before the designer can draw its steps.
    await page.evaluate(() => document.dispatchEvent(
      new CustomEvent('psw-navigate', { detail: { path: 'employment.hoursPerWeek' }, bubbles: true, composed: true }),
    ));
    held.release();
    await page.waitForFunction(() => {
      let el = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      return el?.id && el.labels?.[0]?.textContent.trim() === 'Hours per week';
    });
    assert.equal(await designer.evaluate((el) => el.step), 'terms');
    assert.deepEqual(await focusInfo(page), { label: 'Hours per week', host: 'psw-role-builder' });
    assert.equal(await isLoading(designer), false);
    assert.equal(await designer.evaluate((el) => el.matches(':state(start)')), false, 'the request took the designer past the start screen');
    const chunks = chunkNames(requests);
    for (const part of ['role-designer.view', 'role-builder.view']) assert.ok(chunks.includes(part), `${part} fetched (${chunks.join(', ')})`);
    assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
    assert.deepEqual(page.errors, []);
  });

  it('the designer offers "Try again" when its view cannot be fetched, and recovers to its start screen', async () => {
    const { page } = await strictPage(env, '/demo/index.html');
    let fail = true;
    await page.route(DESIGNER_VIEW, (route) => (fail ? (fail = false, route.abort('internetdisconnected')) : route.continue()));
    await page.goto(env.url('/demo/index.html'));
    const error = page.locator('psw-role-designer [part="load-error"]');
    await error.waitFor();
    assert.equal(await error.getAttribute('role'), 'alert');
    await error.getByRole('button', { name: 'Try again' }).click();
    await page.getByRole('radio', { name: 'Adult community mental health' }).waitFor();
    assert.equal(await page.locator('psw-role-designer').evaluate((el) => el.matches(':state(start)')), true);
    assert.ok(page.errors.every((e) => /ERR_INTERNET_DISCONNECTED|could not be loaded/.test(e)), page.errors.join('\n'));
    assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
  });
});
