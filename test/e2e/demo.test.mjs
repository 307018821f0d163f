import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { launch } from './util.mjs';

describe('demo page (built bundle, as npm start serves it)', () => {
  let env;
  before(async () => { env = await launch(); });
  after(async () => { await env?.close(); });

  it('loads only the CDN bundle and renders with no console errors', async () => {
    const page = await env.page();
    const requests = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.goto(env.url('/demo/'));
    await page.waitForLoadState('networkidle');
    const scripts = requests.filter((p) => p.endsWith('.js'));
    assert.ok(scripts.includes('/dist/cdn/psw-role-kit.js'), `bundle requested: ${scripts.join(', ')}`);
    assert.deepEqual(scripts.filter((p) => !p.startsWith('/dist/cdn/')), [], 'no script outside dist/cdn');
    assert.deepEqual(page.errors, []);
  });
});
