// Theming from the built bundle (docs/theming.md): the NHS theme file's tokens apply, a page's own
// unlayered rule beats the theme layer, the elements take the page's font, follow the page's
// `color-scheme` (and stay light when the page declares none), and switch to system colours in
// forced-colours mode.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { launch } from './util.mjs';

/** The computed value of a property on an element's host (custom properties: the resolved token text). */
const hostStyle = (page, selector, prop) =>
  page.evaluate(([s, p]) => getComputedStyle(document.querySelector(s)).getPropertyValue(p).trim(), [selector, prop]);

describe('theming (demo/theming.html, themes/nhs.css)', () => {
  let env;
  before(async () => { env = await launch(); });
  after(async () => { await env?.close(); });

  async function open(path, media = {}) {
    const page = await env.page();
    await page.emulateMedia(media);
    await page.goto(env.url(path));
    await page.waitForLoadState('networkidle');
    return page;
  }

  it('applies the NHS theme, lets the page override it, and inherits the page font', async () => {
    const page = await open('/demo/theming.html', { colorScheme: 'light' });
    const insights = '#nhs psw-role-insights';
    assert.equal(await hostStyle(page, insights, '--_info'), 'light-dark(#003087, #90caf9)', 'NHS dark blue from the theme file');
    assert.equal(await hostStyle(page, insights, '--_accent'), 'light-dark(#005eb8, #66b2ff)');
    assert.equal(await hostStyle(page, '#own psw-role-export', '--_accent'), 'light-dark(#7c2855, #f48fb1)', 'the page rule beats the theme layer');
    assert.equal(await hostStyle(page, insights, 'color'), 'rgb(33, 43, 50)', 'NHS text colour, light');
    assert.equal(await hostStyle(page, insights, 'font-family'), await hostStyle(page, 'body', 'font-family'));
    assert.match(await hostStyle(page, insights, 'font-family'), /Georgia/);
    assert.deepEqual(page.errors, []);
  });

  it('follows the page colour scheme: dark where the page allows it, light where it declares nothing', async () => {
    const dark = await open('/demo/theming.html', { colorScheme: 'dark' });
    assert.equal(await hostStyle(dark, '#nhs psw-role-insights', 'color'), 'rgb(240, 244, 245)', 'dark text colour');
    const plain = await open('/demo/boundary-checklist.html', { colorScheme: 'dark' });
    assert.equal(await hostStyle(plain, 'psw-boundary-checklist', 'color'), 'rgb(33, 43, 50)', 'no color-scheme on the page: light');
    assert.deepEqual([...dark.errors, ...plain.errors], []);
  });

  it('uses system colours in forced-colours mode, whatever the theme', async () => {
    const page = await open('/demo/theming.html', { forcedColors: 'active' });
    const insights = '#nhs psw-role-insights';
    assert.equal(await hostStyle(page, insights, '--_accent'), 'LinkText');
    assert.equal(await hostStyle(page, insights, '--_text'), 'CanvasText');
    assert.equal(await hostStyle(page, insights, '--_surface'), 'Canvas');
  });
});
