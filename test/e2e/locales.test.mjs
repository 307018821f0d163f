// The Welsh locale from the built files, as a Welsh intranet page loads it (demo/welsh.html):
// psw-role-kit.js, then dist/cdn/locales/cy.js, under the strict CSP.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { STRICT_CSP } from '../../scripts/serve.mjs';
import { launch } from './util.mjs';

describe('Welsh page (demo/welsh.html, dist/cdn/locales/cy.js)', () => {
  let env;
  before(async () => { env = await launch(); });
  after(async () => { await env?.close(); });

  it('shows Welsh for translated strings, English for the rest, and follows <html lang>', async () => {
    const page = await env.page();
    await page.route('**/demo/welsh.html', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': STRICT_CSP } });
    });
    await page.addInitScript(() => {
      window.__violations = [];
      document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective));
    });
    await page.goto(env.url('/demo/welsh.html'));
    const checklist = page.locator('psw-boundary-checklist');
    await checklist.getByRole('heading', { name: 'Ffiniau', level: 2 }).waitFor();
    const topic = checklist.locator('[part~="topic"][data-topic="self-disclosure"]');
    assert.equal(await topic.getByRole('radio', { name: 'Cytunwyd' }).count(), 1);
    assert.equal(await topic.getByRole('radio', { name: 'Heb ddechrau' }).count(), 1);
    assert.equal(await topic.getByLabel('Safbwynt').count(), 1);
    assert.match(await checklist.locator('[part~="document-status"]').innerText(), /(porwr hwn|dudalen hon)/);
    // Every checklist string is Welsh; catalogue content (topic names) is English.
    assert.equal(await checklist.getByText('Ychwanegwch unrhyw ffin sydd ei hangen ar y rôl hon nad yw’r rhestr uchod yn ei chwmpasu.').count(), 1);
    assert.equal(await topic.getByRole('heading', { name: 'Sharing lived experience' }).count(), 1);

    await page.evaluate(() => document.documentElement.setAttribute('lang', 'en-GB'));
    await checklist.getByRole('heading', { name: 'Boundaries', level: 2 }).waitFor();
    assert.equal(await topic.getByRole('radio', { name: 'Agreed' }).count(), 1);
    assert.deepEqual(await page.evaluate(() => window.__violations), []);
    assert.deepEqual(page.errors, []);
  });
});
