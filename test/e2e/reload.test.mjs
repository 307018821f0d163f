// Reload in the middle of typing loses nothing ("a reload never loses work"):
// a person types into an element's field with the keyboard, then the page is reloaded for real —
// once after the autosave delay (400 ms) has passed and the status says saved, and once straight
// after the last key (nothing saved yet: the pagehide flush must do it). The field and the whole
// document come back exactly. Both the page-level document (loose elements, autosaved by default)
// and a <psw-role-document storage-key> are covered.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { launch, waitForAutosave } from './util.mjs';

const PAGE = '/demo/test-pages/reload.html';
/** What a person types: punctuation, markup characters, non-ASCII and an emoji. */
const TEXT = '"Base" & <b>é 👍';

/** The two documents of the page: the page-level one and #wrapped. */
const documents = (page) => page.evaluate(() => ({
  page: globalThis[Symbol.for('psw-role-kit/page-document/v1')]?.snapshot,
  wrapped: document.querySelector('#wrapped').snapshot,
})).then((s) => ({ page: { value: s.page.document, status: s.page.status.kind }, wrapped: { value: s.wrapped.document, status: s.wrapped.status.kind } }));

const CASES = [
  { name: 'a loose boundary checklist’s Position (page-level document)', doc: 'page', field: (page) => page.locator('#loose psw-boundary-checklist').getByLabel('Position').first() },
  { name: 'a supervision planner’s cover field in <psw-role-document storage-key>', doc: 'wrapped', field: (page) => page.locator('#wrapped psw-supervision-planner').getByLabel('Cover when the supervisor is away') },
];

describe('reload in the middle of typing (built bundle, real reload)', () => {
  let env, tab, stoppedTab;
  before(async () => {
    env = await launch();
    tab = await env.page();
  });
  after(async () => { await env?.close(); });

  /** The page, loaded with nothing saved before (the file's one tab, its storage cleared: env.reset). */
  async function open() {
    const page = await env.reset(tab);
    await page.goto(env.url(PAGE));
    return page;
  }

  /**
   * The page as open() gives it, in a second tab whose timers then stand still (Playwright's clock,
   * paused once the field is there; for the next test it stays paused while the page loads, which
   * rendering does not need): the debounced autosave cannot run before the reload, however slow the
   * machine is between the last key and the reload.
   */
  async function openWithTimeStopped(c) {
    if (!stoppedTab) {
      stoppedTab = await env.page();
      await stoppedTab.clock.install();
    }
    const page = await env.reset(stoppedTab);
    await page.goto(env.url(PAGE));
    const field = await ready(page, c);
    // A minute ahead of now, so however long the machine takes to get there it is still ahead.
    await page.clock.pauseAt(Date.now() + 60_000);
    return { page, field };
  }

  /** The field once its element has rendered (after a load or a reload). */
  async function ready(page, c) {
    const field = c.field(page);
    await field.waitFor();
    return field;
  }

  for (const c of CASES) {
    it(`${c.name}: after the autosave delay`, async () => {
      const page = await open();
      const field = await ready(page, c);
      await field.click();
      await page.keyboard.press('Control+a');
      await page.keyboard.type(TEXT);
      await waitForAutosave(page, TEXT); // the debounced autosave itself has run, before any reload
      const before = await documents(page);
      assert.equal(before[c.doc].status, 'saved', 'saved by the debounced autosave, before any reload');
      assert.equal(await field.inputValue(), TEXT);
      await page.reload();
      assert.equal(await (await ready(page, c)).inputValue(), TEXT);
      const after = await documents(page);
      assert.deepEqual(after[c.doc].value, before[c.doc].value, 'the whole document comes back');
      assert.equal(after[c.doc].status, 'restored');
      assert.deepEqual(page.errors, []);
    });

    it(`${c.name}: straight after the last key (pagehide flush)`, async () => {
      const { page, field } = await openWithTimeStopped(c);
      await field.click();
      await page.keyboard.press('Control+a');
      await page.keyboard.type(TEXT);
      const before = await documents(page);
      assert.equal(before[c.doc].status, 'saving', 'the last change is still waiting for the debounce');
      await page.reload(); // no wait at all
      assert.equal(await (await ready(page, c)).inputValue(), TEXT);
      const after = await documents(page);
      assert.deepEqual(after[c.doc].value, before[c.doc].value, 'the whole document comes back');
      assert.deepEqual(page.errors, []);
    });
  }
});
