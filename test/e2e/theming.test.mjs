// Theming from the built bundle (docs/theming.md): the NHS theme file's tokens apply, a page's own
// unlayered rule beats the theme layer, the elements take the page's font, follow the page's
// `color-scheme` (and stay light when the page declares none), and switch to system colours in
// forced-colours mode. One page for the file: each test sets the media it needs with
// page.emulateMedia, which restyles the loaded page (no reload).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { launch } from './util.mjs';

/** The computed value of a property on an element's host (custom properties: the resolved token text). */
const hostStyle = (page, selector, prop) =>
  page.evaluate(([s, p]) => getComputedStyle(document.querySelector(s)).getPropertyValue(p).trim(), [selector, prop]);

/** Resolves when every psw-* element of the page is defined and has rendered its view (not "Loading…"). */
const rendered = (page) => page.waitForFunction(() => {
  const all = [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('psw-'));
  return all.length > 0 && all.every((el) => customElements.get(el.localName) && el.shadowRoot && !el.isUpdatePending && !el.matches(':state(loading)'));
});

describe('theming (demo/theming.html, themes/nhs.css)', () => {
  let env, page;
  before(async () => { env = await launch(); page = await env.page(); });
  after(async () => { await env?.close(); });

  /**
   * The file's page showing `path` with `media` emulated. The page is loaded when it shows another
   * path (its error list starts empty then); otherwise only the media change.
   */
  async function show(path, media) {
    if (new URL(page.url()).pathname !== path) {
      page.errors.length = 0;
      await page.goto(env.url(path));
      await rendered(page);
    }
    await page.emulateMedia({ colorScheme: 'light', forcedColors: 'none', ...media });
  }

  it('applies the NHS theme, lets the page override it, and inherits the page font', async () => {
    await show('/demo/theming.html', { colorScheme: 'light' });
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
    await show('/demo/theming.html', { colorScheme: 'dark' });
    assert.equal(await hostStyle(page, '#nhs psw-role-insights', 'color'), 'rgb(240, 244, 245)', 'dark text colour');
    assert.deepEqual(page.errors, []);
    await show('/demo/boundary-checklist.html', { colorScheme: 'dark' });
    assert.equal(await hostStyle(page, 'psw-boundary-checklist', 'color'), 'rgb(33, 43, 50)', 'no color-scheme on the page: light');
    assert.deepEqual(page.errors, []);
  });

  it('uses system colours in forced-colours mode, whatever the theme', async () => {
    await show('/demo/theming.html', { forcedColors: 'active' });
    const insights = '#nhs psw-role-insights';
    assert.equal(await hostStyle(page, insights, '--_accent'), 'LinkText');
    assert.equal(await hostStyle(page, insights, '--_text'), 'CanvasText');
    assert.equal(await hostStyle(page, insights, '--_surface'), 'Canvas');
  });
});
