// The supervision planner from the built bundle, on its demo page served with the strict
// Content-Security-Policy (docs/csp.md): keyboard use, the year table, read only — and not one
// policy violation or console error on the way. Its view (templates, strings, styles and the
// catalogue texts it shows) arrives as a lazy chunk, not in the entry.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { STRICT_CSP } from '../../scripts/serve.mjs';
import { launch } from './util.mjs';

describe('supervision planner demo (built bundle, strict CSP)', () => {
  let env;
  before(async () => { env = await launch(); });
  after(async () => { await env?.close(); });

  it('adds an arrangement by keyboard, shows it in the year table, and stays clean under CSP', async () => {
    const page = await env.page();
    await page.route('**/demo/supervision-planner.html', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': STRICT_CSP } });
    });
    await page.addInitScript(() => {
      window.__violations = [];
      document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    const requests = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.goto(env.url('/demo/supervision-planner.html'));
    const planner = page.locator('psw-supervision-planner');
    await planner.locator('h2').waitFor(); // drawn by its view: the view's chunk has been fetched
    const chunks = requests.filter((p) => /^\/dist\/cdn\/chunks\/[^/]+\.js$/.test(p)).map((p) => p.split('/').pop().replace(/-[\w-]+\.js$/, ''));
    assert.ok(chunks.includes('supervision-planner.view'), `the planner's view is a chunk (${chunks.join(', ')})`);
    // The catalogue texts the planner shows come with its view: a supervision type's description, a
    // focus option's and a competence domain's are on the page but not in the entry.
    const entry = await (await page.request.get(env.url('/dist/cdn/psw-role-kit.js'))).text();
    for (const text of ['focused on the parts of the job that are unique to peer work', 'Keeping peer relationships within agreed limits', 'Supporting personal recovery and helping people']) {
      assert.equal(entry.includes(text), false, `the entry holds “${text}”`);
    }
    assert.match(await planner.evaluate((el) => el.shadowRoot.textContent), /focused on the parts of the job that are unique to peer work/);
    const before = await planner.locator('[part="arrangement"]').count();

    await planner.getByRole('button', { name: 'Add supervision arrangement' }).focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab'); // Provided by
    await page.keyboard.type('Senior peer worker');
    const count = planner.locator('[part="arrangement"]').last().getByLabel('Number of sessions');
    await count.focus();
    await page.keyboard.type('2');
    await page.keyboard.press('Tab'); // Per
    await page.keyboard.press('Tab'); // Length of a session
    await page.keyboard.type('45');

    const doc = await page.evaluate(() => document.getElementById('role').value.supervision.arrangements.at(-1));
    assert.equal(doc.providerRole, 'Senior peer worker');
    assert.deepEqual(doc.frequency, { count: 2, per: 'month' });
    assert.equal(doc.durationMinutes, 45);
    assert.equal(await planner.locator('[part="arrangement"]').count(), before + 1);

    await planner.getByRole('button', { name: 'Show as a table' }).click();
    const row = planner.locator('table.year-table tbody tr').last();
    assert.match(await row.locator('th').innerText(), /Senior peer worker/);
    assert.deepEqual((await row.locator('td').allInnerTexts()).slice(0, 12), Array(12).fill('2'));

    await page.check('#readonly-toggle');
    assert.equal(await planner.locator('input, select, textarea').count(), 0);
    assert.equal(await planner.locator('table.year-table tbody tr').count(), before + 1);

    assert.deepEqual(await page.evaluate(() => window.__violations), []);
    assert.deepEqual(page.errors, []);
  });
});
