// A real reload and a real second tab against the built bundle: <psw-role-document storage-key>
// restores exactly what was there, and a second tab of the same browser that saves the same key is
// noticed (status "other-tab") instead of being overwritten.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { launch } from './util.mjs';

const PAGE = '/demo/test-pages/shared.html';
const ready = (page) => page.waitForFunction(() => customElements.get('psw-role-document') && document.querySelector('#doc')?.value);
const state = (page) => page.evaluate(() => {
  const el = document.querySelector('#doc');
  return { value: el.value, status: el.status };
});
/** Puts a document with this title in place, through load(), as a host page script would. */
const loadTitle = (page, title) => page.evaluate((t) => {
  const el = document.querySelector('#doc');
  const result = el.load({ ...el.value, role: { ...el.value.role, title: t } });
  return result.ok;
}, title);

describe('persistence (built bundle, real reload and second tab)', () => {
  let env;
  before(async () => { env = await launch(); });
  after(async () => { await env?.close(); });

  it('restores the document exactly after a reload', async () => {
    const page = await env.page();
    await page.goto(env.url(PAGE));
    await ready(page);
    const first = await state(page);
    assert.equal(first.status.kind, 'new');
    assert.equal(await loadTitle(page, 'Peer support worker (e2e)'), true);
    const before = (await state(page)).value;
    await page.reload(); // pagehide saves at once; no waiting for the debounce
    await ready(page);
    const after = await state(page);
    assert.deepEqual(after.value, before);
    assert.equal(after.status.kind, 'restored');
    const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('e2e')));
    assert.equal(saved.format, 'psw-role-kit/autosave');
    assert.equal(saved.version, 1);
    assert.deepEqual(saved.document, before);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  it('shows a saved tab another tab’s save at once; asks a tab with unsaved work, and loads that version on request', async () => {
    const one = await env.page();
    await one.clock.install(); // the context's clock: both tabs'
    await one.goto(env.url(PAGE));
    await ready(one);
    await loadTitle(one, 'Written in tab one');
    await one.evaluate(() => window.dispatchEvent(new Event('pagehide')));
    await one.waitForFunction(() => document.querySelector('#doc').status.kind === 'saved');

    const two = await one.context().newPage(); // same browser profile: same localStorage, a real second tab
    two.errors = [];
    two.on('pageerror', (e) => two.errors.push(`pageerror: ${e.message}`));
    two.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') two.errors.push(`console.${m.type()}: ${m.text()}`); });
    await two.goto(env.url(PAGE));
    await ready(two);
    assert.equal((await state(two)).value.role.title, 'Written in tab one');
    await loadTitle(two, 'Written in tab two');
    await two.waitForFunction(() => document.querySelector('#doc').status.kind === 'saved');
    // Tab one had saved all of its own: it shows tab two's version, no question asked.
    await one.waitForFunction(() => document.querySelector('#doc').value.role.title === 'Written in tab two');
    assert.equal((await state(one)).status.kind, 'saved');

    // Tab one types, and its autosave has not run yet (time stands still for both tabs, one browser
    // context) when tab two saves again (its page hidden: it saves at once).
    await one.clock.pauseAt(Date.now() + 60_000);
    await loadTitle(one, 'Tab one, not yet saved');
    await loadTitle(two, 'Written in tab two again');
    await two.evaluate(() => window.dispatchEvent(new Event('pagehide')));
    await two.waitForFunction(() => document.querySelector('#doc').status.kind === 'saved');
    await one.waitForFunction(() => document.querySelector('#doc').status.kind === 'other-tab');
    const conflicted = await state(one);
    assert.equal(conflicted.value.role.title, 'Tab one, not yet saved', 'work not yet saved is never replaced silently');
    assert.match(conflicted.status.message, /another tab/);

    // Tab one goes on editing: it must not overwrite tab two's save until the user chooses.
    await loadTitle(one, 'Tab one, edited meanwhile');
    await one.evaluate(() => window.dispatchEvent(new Event('pagehide')));
    const stored = await two.evaluate(() => JSON.parse(localStorage.getItem('e2e')).document.role.title);
    assert.equal(stored, 'Written in tab two again');

    await one.evaluate(() => document.querySelector('#doc').snapshot.resolveOtherTab('load-theirs'));
    const resolved = await state(one);
    assert.equal(resolved.value.role.title, 'Written in tab two again');
    assert.equal(resolved.status.kind, 'saved');
    assert.deepEqual(one.errors, []);
    assert.deepEqual(two.errors, []);
    await one.context().close();
  });
});
