// Nothing is lost when the server dies and the tab is closed (demo/library.html against the reference
// server, built bundle): a tab edits the role while the server is stopped and is closed with the edit
// unsent; the server is started again on the same data; a new tab in the same browser opens the role,
// says the edits of the earlier visit were restored, and sends them. Then the same with someone else
// saving the role meanwhile: the restored edits meet theirs in the conflict flow, section by section.
import { after, afterEach, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch } from './util.mjs';
import { TOKENS, client, core, freshDataDir, serverModule, tokensFile } from '../server/util.mjs';

const PAGE = '/demo/library.html?server';
const ID = 'unsent-e2e-role';
const RESTORED = 'Edits not yet sent to the library from an earlier visit were restored here.';

// The tab that edits while the server is stopped signs in with a token of its own (the same person),
// which the server no longer accepts once it starts again: a request of that tab that reaches the
// server late (the demo server runs in this process, and the browser may still deliver a request of a
// closing tab) is refused, so only the next tab can send the edits, as each test means it to.
const closingTabToken = (n) => ({ ...TOKENS.manager, token: `closing-tab-${n}-token-0123456789` });
const CLOSING_TABS = [closingTabToken(1), closingTabToken(2)];

describe('edits not yet sent survive a closed tab and a stopped server (built bundle)', () => {
  let api, env, call, context, data, tokensDir, port;
  const revoked = new Set();
  const open = new Set();
  /** The reference server on the same data folder and port (the demo server passes /api on to it). */
  async function startApi() {
    const { startServer } = await serverModule();
    const tokens = tokensFile(tokensDir, CLOSING_TABS.filter((t) => !revoked.has(t.token)));
    api = await startServer({ port, data, tokens, log: () => {} });
    port = api.port;
    call = client(api.url);
  }
  const stopApi = () => api.close();

  before(async () => {
    data = await freshDataDir();
    tokensDir = mkdtempSync(join(tmpdir(), 'psw-unsent-e2e-'));
    port = 0;
    await startApi();
    env = await launch({ api: api.url });
    context = await env.browser.newContext({ viewport: { width: 1100, height: 900 } });
    const { createRoleDocument } = await core();
    const r = await call('POST', '/api/roles', { as: 'manager', body: { ...createRoleDocument(), id: ID, role: { title: 'Ward Peer Support Worker' } } });
    assert.equal(r.status, 201, r.text);
  });
  // A failed test leaves no tab open to act on the next test's role.
  afterEach(async () => {
    for (const page of open) await page.close().catch(() => {});
    open.clear();
  });
  after(async () => {
    await env?.close();
    await api?.close().catch(() => {});
    rmSync(data, { recursive: true, force: true });
    rmSync(tokensDir, { recursive: true, force: true });
  });

  /** A new tab of the library page, signed in with `token`, with the role open (the token is per tab, in sessionStorage). */
  async function tab(token = TOKENS.manager.token) {
    const page = await context.newPage();
    open.add(page);
    page.errors = [];
    page.on('pageerror', (e) => page.errors.push(`pageerror: ${e.message}`));
    await page.goto(env.url(PAGE));
    await page.getByLabel('Your access token').fill(token);
    await page.getByRole('button', { name: 'Connect' }).click();
    const row = page.locator('psw-role-library').getByRole('row', { name: /Ward P/ });
    await row.waitFor();
    await row.getByRole('button', { name: 'Open' }).click();
    await page.waitForFunction((id) => {
      const doc = document.getElementById('library-role');
      return doc?.value?.id === id && ['saved', 'saving', 'conflict', 'offline'].includes(doc.libraryState);
    }, ID);
    return page;
  }

  const held = async () => (await call('GET', `/api/roles/${ID}`, { as: 'hr' })).json;
  const state = (page) => page.evaluate(() => document.getElementById('library-role').libraryState);

  /**
   * Opens a tab signed in with `closing` (one of CLOSING_TABS), types a title while the server is
   * stopped, closes the tab with the edit unsent, and starts the server again without that token.
   */
  async function editWhileStoppedAndClose(closing, title) {
    const page = await tab(closing.token);
    await page.waitForFunction(() => document.getElementById('library-role').libraryState === 'saved');
    await stopApi();
    const field = page.locator('psw-role-designer psw-role-builder').getByLabel('Job title');
    await field.click();
    await page.keyboard.press('Control+a');
    await page.keyboard.type(title);
    await page.waitForFunction(() => document.getElementById('library-role').libraryState === 'offline');
    assert.deepEqual(page.errors, []);
    // Closing sends the edit once more (pagehide): it fails at the network, as it would with the
    // server still down (and should it reach the server late, its token is no longer accepted).
    await page.route('**/api/**', (route) => route.abort('connectionrefused'));
    await page.close();
    open.delete(page);
    revoked.add(closing.token);
    await startApi();
  }

  it('restores the edits in a new tab once the server is back and sends them', async () => {
    await editWhileStoppedAndClose(CLOSING_TABS[0], 'Ward PSW (typed while the server was down)');
    assert.equal((await held()).document.role.title, 'Ward Peer Support Worker', 'not sent before the tab closed');
    const page = await tab();
    await page.waitForFunction(() => {
      const doc = document.getElementById('library-role');
      return doc.libraryState === 'saved' && doc.value.role.title === 'Ward PSW (typed while the server was down)';
    });
    assert.equal((await held()).document.role.title, 'Ward PSW (typed while the server was down)', 'sent to the server');
    assert.match(await page.locator('#library-role [part="library-status"]').first().innerText(), /from an earlier visit were restored here/);
    assert.deepEqual(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('psw-role-kit:unsent:'))), [], 'the copy is gone');
    assert.deepEqual(page.errors, []);
    await page.close();
  });

  it('puts them through the conflict flow when someone else saved the role meanwhile', async () => {
    await editWhileStoppedAndClose(CLOSING_TABS[1], 'Ward PSW (mine, unsent)');
    const now = await held();
    const theirs = await call('PUT', `/api/roles/${ID}`, {
      as: 'hr', headers: { 'If-Match': `"${now.revision}"` }, body: { ...now.document, role: { ...now.document.role, title: 'Ward PSW (theirs)' } },
    });
    assert.equal(theirs.status, 200, theirs.text);
    const page = await tab();
    await page.waitForFunction(() => document.getElementById('library-role').libraryState === 'conflict');
    assert.equal(await page.evaluate(() => document.getElementById('library-role').value.role.title), 'Ward PSW (mine, unsent)');
    assert.equal((await held()).document.role.title, 'Ward PSW (theirs)', 'nothing overwritten');
    assert.equal(await page.locator('#library-role [part="library-status"]').first().innerText(), RESTORED);
    const conflict = page.locator('#library-role [part="library-conflict"]');
    assert.match(await conflict.innerText(), /Someone else saved this role since you opened it/);
    await conflict.getByRole('button', { name: 'Choose section by section' }).click();
    await conflict.locator('fieldset[data-section="role"]').waitFor();
    await conflict.getByRole('button', { name: 'Save the combined role' }).click();
    await page.waitForFunction(() => document.getElementById('library-role').libraryState === 'saved');
    assert.equal((await held()).document.role.title, 'Ward PSW (mine, unsent)');
    assert.equal(await state(page), 'saved');
    assert.deepEqual(page.errors, []);
  });
});
