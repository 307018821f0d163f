// demo/library.html against the reference server (built from server/, on PGlite in a temp folder,
// with a tokens file), passed on at /api by the demo server as `npm start` does: with ?server and a
// token the library lists the server's roles; a role opened and edited is saved to the server; a
// second tab's stale save gets the conflict, chooses section by section (theirs for the role's
// title, mine for the employment), and the combined role is what the server then holds.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { launch } from './util.mjs';
import { BACKENDS, TOKENS, client, core, startTestServer } from '../server/util.mjs';

const PAGE = '/demo/library.html?server';
const ID = 'server-e2e-role';

describe('the role library against the reference server (built bundle)', () => {
  let api, env, call, context;
  before(async () => {
    api = await startTestServer(BACKENDS[0]);
    call = client(api.url);
    env = await launch({ api: api.url });
    context = await env.browser.newContext({ viewport: { width: 1100, height: 900 } });
    const { createRoleDocument } = await core();
    for (const [id, title] of [[ID, 'Ward Peer Support Worker'], ['server-e2e-other', 'Community Peer Support Worker']]) {
      const doc = { ...createRoleDocument(), id, role: { title } };
      doc.employment = { ...doc.employment, band: '3' };
      const r = await call('POST', '/api/roles', { as: 'manager', body: doc });
      assert.equal(r.status, 201, r.text);
    }
  });
  after(async () => {
    await env?.close();
    await api?.close();
  });

  /** A tab of the library page signed in with the manager's token, with ID open. */
  async function tab() {
    const page = await context.newPage();
    page.errors = [];
    page.on('pageerror', (e) => page.errors.push(`pageerror: ${e.message}`));
    await page.goto(env.url(PAGE));
    assert.equal(await page.getByLabel(/Use the trust's role library server/).isChecked(), true);
    await page.getByLabel('Your access token').fill(TOKENS.manager.token);
    await page.getByRole('button', { name: 'Connect' }).click();
    const library = page.locator('psw-role-library');
    await library.getByRole('row', { name: /Ward Peer Support Worker/ }).waitFor();
    assert.ok(await library.getByRole('row', { name: /Community Peer Support Worker/ }).isVisible(), 'both server roles are listed');
    await library.getByRole('row', { name: /Ward Peer Support Worker/ }).getByRole('button', { name: 'Open' }).click();
    await page.waitForFunction((id) => {
      const doc = document.getElementById('library-role');
      return doc?.libraryState === 'saved' && doc.value?.id === id && doc.value.role.title === 'Ward Peer Support Worker';
    }, ID);
    // The token is in sessionStorage only, never in the markup.
    assert.ok(!(await page.content()).includes(TOKENS.manager.token));
    return page;
  }

  const held = async () => (await call('GET', `/api/roles/${ID}`, { as: 'hr' })).json.document;

  it('lists, opens, saves to the server, and resolves a stale save section by section', async () => {
    const a = await tab();
    const b = await tab();

    const title = a.locator('psw-role-designer psw-role-builder').getByLabel('Job title');
    await title.waitFor();
    await title.click();
    await a.keyboard.press('Control+a');
    await a.keyboard.type('Ward PSW (saved by tab A)');
    await a.waitForFunction(() => {
      const doc = document.getElementById('library-role');
      return doc.value.role.title === 'Ward PSW (saved by tab A)' && doc.libraryState === 'saved';
    });
    assert.equal((await held()).role.title, 'Ward PSW (saved by tab A)', 'the edit is on the server');

    // Tab B, opened before A saved, changes the title and the band: its save is refused.
    await b.evaluate(() => document.getElementById('library-role').snapshot.edit((d) => ({
      ...d, role: { ...d.role, title: 'Ward PSW (typed in tab B)' }, employment: { ...d.employment, band: '5' },
    })));
    await b.waitForFunction(() => document.getElementById('library-role').libraryState === 'conflict');
    const alert = b.locator('#library-role [part="library-conflict"]');
    assert.match(await alert.innerText(), /Someone else saved this role since you opened it/);
    await alert.getByRole('button', { name: 'Choose section by section' }).click();
    const role = alert.locator('fieldset[data-section="role"]');
    const employment = alert.locator('fieldset[data-section="employment"]');
    await role.waitFor();
    assert.equal(await employment.getByLabel('Keep mine').isChecked(), true, 'mine by default');
    await role.getByLabel('Take theirs').check();
    assert.match(await role.innerText(), /Ward PSW/);
    await alert.getByRole('button', { name: 'Save the combined role' }).click();
    await b.waitForFunction(() => {
      const doc = document.getElementById('library-role');
      return doc.libraryState === 'saved' && doc.value.employment.band === '5' && doc.value.role.title === 'Ward PSW (saved by tab A)';
    });
    const combined = await held();
    assert.equal(combined.role.title, 'Ward PSW (saved by tab A)', 'theirs for the role section');
    assert.equal(combined.employment.band, '5', 'mine for the employment section');
    assert.deepEqual([...a.errors, ...b.errors], []);
  });
});
