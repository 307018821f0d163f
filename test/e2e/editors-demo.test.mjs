// demo/editors.html: the three editors placed apart (loose tags sharing the page's role) and
// together in one <psw-role-document> (a second, separate role), from the built bundle, driven
// through their real UI.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { launch } from './util.mjs';

describe('editors demo: placed apart and together (built bundle)', () => {
  let env;
  before(async () => { env = await launch(); });
  after(async () => { await env?.close(); });

  it('loose editors share the page role; the wrapped ones keep their own', async () => {
    const page = await env.page();
    await page.goto(env.url('/demo/editors.html'));
    const apart = page.locator('#apart');
    const together = page.locator('#together');
    const wrappedTitle = together.locator('psw-role-builder').getByLabel('Job title', { exact: true });
    await wrappedTitle.waitFor();
    assert.equal(await wrappedTitle.inputValue(), 'Perinatal Peer Support Worker');

    // The loose builder starts the page's role from the crisis template…
    const builder = apart.locator('psw-role-builder');
    await builder.locator('#template-setting').selectOption('crisis');
    await builder.locator('#template-use').click();
    const looseTitle = builder.getByLabel('Job title', { exact: true });
    await looseTitle.waitFor();
    assert.equal(await looseTitle.inputValue(), 'Peer Support Worker – Crisis Service');

    // …and the loose checklist, elsewhere on the page, shows that role's proposed positions.
    const checklist = apart.locator('psw-boundary-checklist');
    const positions = checklist.getByLabel('Position', { exact: true });
    await positions.first().waitFor();
    const filled = (await positions.evaluateAll((els) => els.map((e) => e.value))).filter((v) => v.trim());
    assert.ok(filled.length >= 5, `the crisis template's boundary positions reach the loose checklist (${filled.length})`);

    // Typing in the loose builder leaves the wrapped role as it was.
    await looseTitle.fill('Crisis café peer worker');
    assert.equal(await wrappedTitle.inputValue(), 'Perinatal Peer Support Worker');
    const wrapped = await page.evaluate(() => document.querySelector('#together psw-role-document').value.role.title);
    assert.equal(wrapped, 'Perinatal Peer Support Worker');
    assert.deepEqual(page.errors, []);
  });
});
