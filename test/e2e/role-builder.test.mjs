// The builder from the built drop-in bundle, as an intranet page loads it: under the strict CSP
// (its view arrives as a lazy chunk), editing through the real UI, and work kept across a reload.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { STRICT_CSP } from '../../scripts/serve.mjs';
import { launch, waitForAutosave } from './util.mjs';

describe('role builder demo (built bundle)', () => {
  let env, tab;
  before(async () => { env = await launch(); });
  after(async () => { await env?.close(); });
  /** A page for a test: the file's page readied by env.reset (fresh storage, no routes), or a new one. */
  const fresh = async () => (tab ? env.reset(tab) : (tab = await env.page()));

  it('renders and edits under the strict Content-Security-Policy with no violation', async () => {
    const page = await fresh();
    await page.addInitScript(() => {
      window.__violations = [];
      document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    await page.route('**/demo/role-builder.html*', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': STRICT_CSP } });
    });
    const chunks = [];
    page.on('request', (r) => { if (r.url().includes('/dist/cdn/chunks/')) chunks.push(new URL(r.url()).pathname); });
    await page.goto(env.url('/demo/role-builder.html?open'));
    const title = page.getByLabel('Job title', { exact: true });
    await title.waitFor();
    assert.ok(chunks.length > 0, 'the view came as a lazy chunk');
    await title.fill('Peer Support Worker – CSP check');
    await page.getByRole('button', { name: 'Add duty', exact: true }).click();
    await page.keyboard.type('Walk and talk sessions');
    const value = await page.evaluate(() => document.querySelector('psw-role-document').value);
    assert.equal(value.role.title, 'Peer Support Worker – CSP check');
    assert.equal(value.duties.at(-1).title, 'Walk and talk sessions');
    // The balance bar is drawn with styleMap (CSSOM), which the policy allows.
    assert.deepEqual(await page.evaluate(() => window.__violations), []);
    assert.deepEqual(page.errors, []);
  });

  it('keeps the work across a reload (autosave through the wrapper)', async () => {
    const page = await fresh();
    await page.goto(env.url('/demo/role-builder.html?save'));
    const title = page.getByLabel('Job title', { exact: true });
    await title.fill('Saved across reloads');
    await waitForAutosave(page, 'Saved across reloads');
    await page.reload();
    await page.getByLabel('Job title', { exact: true }).waitFor();
    assert.equal(await page.getByLabel('Job title', { exact: true }).inputValue(), 'Saved across reloads');
    assert.deepEqual(page.errors, []);
  });
});
