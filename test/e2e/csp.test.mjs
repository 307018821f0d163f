// The strict Content-Security-Policy gate (docs/csp.md): demo/csp.html, served by scripts/serve.mjs
// with STRICT_CSP as a response header, loads only the built bundle and demo/csp.js. The page script
// places every registered psw-* element inside a <psw-role-document> and loose on the page, and
// exercises them (types everywhere, adds items, undo/redo and Ctrl+Z, read only). This test then
// drives the page like a person (typing, Add buttons, Ctrl+Z, every download the export element
// offers), waits for the lazy chunks, and fails on any securitypolicyviolation or console error.
// Trusted Types: the policy allows only `lit-html`; the toolkit needs no policy of its own.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { STRICT_CSP } from '../../scripts/serve.mjs';
import { launch } from './util.mjs';

describe('strict Content-Security-Policy page (demo/csp.html, built bundle)', () => {
  let env;
  let page;
  let response;
  const requests = [];

  before(async () => {
    env = await launch();
    page = await env.page({ acceptDownloads: true });
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    response = await page.goto(env.url('/demo/csp.html'));
  });
  after(async () => { await env?.close(); });

  const violations = () => page.evaluate(() => window.__cspViolations);

  it('is served with the strict policy, and loads scripts only from dist/cdn and demo/csp.js', async () => {
    assert.equal(response.headers()['content-security-policy'], STRICT_CSP);
    await page.waitForLoadState('networkidle');
    const scripts = requests.filter((p) => p.endsWith('.js'));
    assert.ok(scripts.includes('/dist/cdn/psw-role-kit.js'), scripts.join(', '));
    assert.deepEqual(scripts.filter((p) => p !== '/demo/csp.js' && !p.startsWith('/dist/cdn/')), []);
  });

  it('the page script exercises every registered element with no violation', async () => {
    const summary = await page.evaluate(() => window.__cspDone);
    console.log(`csp page: ${summary.tags.length} element types (${summary.tags.join(', ')}), ${summary.elements} element instances, ` +
      `${summary.fields} text fields typed in, ${summary.adds.length} Add buttons clicked`);
    assert.ok(summary.tags.includes('psw-role-document'), 'the bundle registered its elements');
    assert.ok(summary.tags.length >= 2, `elements: ${summary.tags}`);
    assert.ok(summary.fields > 0, 'typed into some fields');
    if (summary.tags.includes('psw-role-compare')) assert.ok(summary.compared >= 2, `compared in ${summary.compared} elements`);
    assert.deepEqual(summary.violations, []);
    assert.deepEqual(page.errors, []);
  });

  it('the loose elements use the page’s organisation profile (a JSON script: data, allowed by the policy)', async () => {
    await page.waitForFunction(() => globalThis[Symbol.for('psw-role-kit/page-document/v1')]?.organisation !== undefined);
    const name = await page.evaluate(() => globalThis[Symbol.for('psw-role-kit/page-document/v1')].organisation.organisation.name);
    assert.equal(name, 'Example NHS Trust <i>under CSP</i>');
    assert.deepEqual(await violations(), []);
  });

  it('a person types, adds, undoes and downloads with no violation', async () => {
    const wrapped = page.locator('#wrapped');
    const tags = await page.evaluate(() => window.__cspTags);
    // Typing with the keyboard into the first text field of each element in the wrapper.
    for (const tag of tags.filter((t) => t !== 'psw-role-document')) {
      const field = wrapped.locator(`${tag} input[type=text], ${tag} textarea`).first();
      if (await field.count() === 0) continue;
      await field.click();
      await page.keyboard.type('<i>');
      await page.keyboard.press('Control+z');
    }
    for (const name of ['Add duty', 'Add supervision arrangement']) {
      const button = wrapped.getByRole('button', { name, exact: true }).first();
      if (await button.count()) await button.click();
    }
    await page.keyboard.press('Control+z');
    // Every download the export element offers (JSON, JSON-LD and Word come through lazy chunks).
    const downloads = [];
    if (tags.includes('psw-role-export')) {
      const buttons = wrapped.locator('psw-role-export').getByRole('button', { name: /^Download / });
      for (let i = 0; i < await buttons.count(); i++) {
        const [download] = await Promise.all([page.waitForEvent('download'), buttons.nth(i).click()]);
        downloads.push(download.suggestedFilename());
      }
      assert.ok(downloads.some((f) => f.endsWith('.md')) && downloads.some((f) => f.endsWith('.jsonld')) && downloads.some((f) => f.endsWith('.docx')), downloads.join(', '));
    } else {
      console.log('csp page: no psw-role-export registered, downloads not exercised');
    }
    await page.waitForLoadState('networkidle');
    await page.evaluate(async () => {
      const all = [];
      const visit = (scope) => { for (const el of scope.querySelectorAll('*')) { if (el.localName.startsWith('psw-')) all.push(el); if (el.shadowRoot) visit(el.shadowRoot); } };
      visit(document);
      await Promise.all(all.map((el) => el.updateComplete));
    });
    const chunks = requests.filter((p) => p.startsWith('/dist/cdn/chunks/'));
    console.log(`csp page: downloads ${downloads.join(', ') || 'none'}; lazy chunks ${chunks.map((p) => p.split('/').pop()).join(', ') || 'none'}`);
    assert.deepEqual(await violations(), []);
    assert.deepEqual(page.errors, []);
  });

  it('the policy is really enforced and reported (the check itself can fail)', async () => {
    // Run last: both probes are meant to be refused, and each adds a violation.
    // Code evaluated through DevTools is exempt from the policy's eval rule, so the probe runs later,
    // in a task of the page's own.
    const outcome = await page.evaluate(() => new Promise((resolve) => setTimeout(() => {
      const result = {};
      try { new Function('return 1')(); result.eval = 'ran'; } catch { result.eval = 'blocked'; }
      try { document.createElement('div').innerHTML = '<b>x</b>'; result.html = 'assigned'; } catch { result.html = 'blocked'; }
      const probe = document.createElement('p');
      probe.setAttribute('style', 'outline: 3px solid red'); // refused (no error thrown), reported
      document.body.append(probe);
      result.style = getComputedStyle(probe).outlineStyle === 'solid' ? 'applied' : 'blocked';
      probe.remove();
      resolve(result);
    })));
    assert.deepEqual(outcome, { eval: 'blocked', html: 'blocked', style: 'blocked' });
    await page.waitForFunction(() => window.__cspViolations.length >= 3);
    const seen = (await violations()).join('\n');
    assert.match(seen, /trusted-types.*Function/);
    assert.match(seen, /trusted-types.*innerHTML/);
    assert.match(seen, /^style-src/m);
  });
});
