// demo/compare.html from the built bundle: <psw-role-compare> compares two templates (community and
// crisis) and a role with a revision of it, with no error; the layout is chosen from the keyboard;
// printing leaves out the controls and spells out added and removed words.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { launch } from './util.mjs';

describe('compare demo (demo/compare.html, built bundle)', () => {
  let env;
  let page;

  before(async () => {
    env = await launch();
    page = await env.page();
    await page.goto(env.url('/demo/compare.html'));
    await page.waitForFunction(() => document.getElementById('versions')?.comparison && document.getElementById('templates')?.comparison);
  });
  after(async () => { await env?.close(); });

  it('compares the two templates and the two versions in sentences, with no error', async () => {
    const labels = await page.evaluate(() => ['templates', 'versions'].map((id) => document.getElementById(id).comparison.changes.map((c) => c.label)));
    assert.ok(labels[0].includes('Setting: Adult community mental health → Crisis services'), labels[0].slice(0, 5).join(' | '));
    assert.ok(labels[0].includes('Position on risk and safeguarding rewritten'));
    assert.ok(labels[1].includes('Band 3 → Band 4'), labels[1].join(' | '));
    assert.ok(labels[1].some((l) => / moved from Flexible to Core$/.test(l)), labels[1].join(' | '));
    const listed = await page.locator('#versions li.change').count();
    assert.equal(listed, labels[1].length);
    assert.deepEqual(page.errors, []);
  });

  it('side by side from the keyboard: arrow keys move between the layout radio buttons', async () => {
    await page.locator('#versions input[name="layout"][value="list"]').focus();
    await page.keyboard.press('ArrowRight');
    await page.locator('#versions table.side').first().waitFor();
    assert.equal(await page.locator('#versions input[name="layout"][value="side"]').isChecked(), true);
    const band = page.locator('#versions table.side tr.change', { hasText: 'Band 3 → Band 4' });
    assert.deepEqual((await band.locator('td').allTextContents()).map((t) => t.trim()), ['Band 3', 'Band 4']);
  });

  it('printed: no controls, and added and removed words say so in words', async () => {
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('#versions [part~="controls"]').isVisible(), false);
    const marker = page.locator('#versions ins .marker').first();
    assert.equal(await marker.isVisible(), true);
    assert.equal((await marker.textContent()).trim(), 'added:');
    await page.emulateMedia({ media: 'screen' });
  });
});
