// The role library in two tabs (demo/library.html, built bundle): both tabs open the same library
// entry; tab A saves first; tab B's save is refused as a conflict, B keeps what it typed and is
// offered a comparison (a psw-role-compare with theirs before and B's after). Keep mine saves B's
// role and keeps A's as a saved version: nothing either tab typed is lost.
// Then a reload in the middle of saving a version: what was acknowledged is there after the reload,
// and the history is whole (numbered without gaps, every version readable).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { launch } from './util.mjs';

const PAGE = '/demo/library.html';
const ID = 'demo-crisis-psw';

/** What the browser's IndexedDB library holds for the role (read with the plain IndexedDB API). */
const stored = (page) => page.evaluate((id) => new Promise((resolve, reject) => {
  const open = indexedDB.open('psw-role-kit');
  open.onerror = () => reject(open.error);
  open.onsuccess = () => {
    const db = open.result;
    const tx = db.transaction(['roles', 'versions'], 'readonly');
    const role = tx.objectStore('roles').get(id);
    const versions = tx.objectStore('versions').getAll(IDBKeyRange.bound([id, -Infinity], [id, Infinity]));
    tx.oncomplete = () => {
      db.close();
      resolve({ role: role.result, versions: versions.result });
    };
    tx.onerror = () => reject(tx.error);
  };
}), ID);

const bound = (page) => page.waitForFunction((id) => {
  const doc = document.getElementById('library-role');
  return doc?.libraryState === 'saved' && doc.value?.id === id;
}, ID);

const title = (page) => page.locator('psw-role-designer psw-role-builder').getByLabel('Job title');

async function typeTitle(page, text) {
  const field = title(page);
  await field.waitFor();
  await field.click();
  await page.keyboard.press('Control+a');
  await page.keyboard.type(text);
}

describe('the role library in two tabs (built bundle)', () => {
  let env;
  let context;
  before(async () => {
    env = await launch();
    context = await env.browser.newContext({ viewport: { width: 1100, height: 900 } });
  });
  after(async () => { await env?.close(); });

  async function tab() {
    const page = await context.newPage();
    page.errors = [];
    page.on('pageerror', (e) => page.errors.push(`pageerror: ${e.message}`));
    page.on('console', (m) => { if (m.type() === 'error') page.errors.push(`console.error: ${m.text()}`); });
    await page.goto(env.url(PAGE));
    await bound(page);
    return page;
  }

  it('the second save is refused as a conflict and offered a comparison; nothing either tab typed is lost', async () => {
    const a = await tab();
    const b = await tab();
    await typeTitle(a, 'Crisis PSW (typed in tab A)');
    await a.waitForFunction(() => {
      const doc = document.getElementById('library-role');
      return doc.value.role.title === 'Crisis PSW (typed in tab A)' && doc.libraryState === 'saved';
    });
    assert.equal((await stored(a)).role.document.role.title, 'Crisis PSW (typed in tab A)');

    await typeTitle(b, 'Crisis PSW (typed in tab B)');
    await b.waitForFunction(() => document.getElementById('library-role').libraryState === 'conflict');
    const alert = b.locator('#library-role [part="library-conflict"]');
    assert.match(await alert.innerText(), /Someone else saved this role since you opened it/);
    assert.equal(await title(b).inputValue(), 'Crisis PSW (typed in tab B)', 'B keeps what it typed');
    assert.equal((await stored(b)).role.document.role.title, 'Crisis PSW (typed in tab A)', 'nothing overwritten');

    await alert.getByRole('button', { name: 'Compare' }).click();
    const sides = await b.waitForFunction(() => {
      const compare = document.getElementById('library-role').shadowRoot.querySelector('psw-role-compare');
      return compare?.before && compare.after ? { before: compare.before.role.title, after: compare.after.role.title } : undefined;
    });
    assert.deepEqual(await sides.jsonValue(), { before: 'Crisis PSW (typed in tab A)', after: 'Crisis PSW (typed in tab B)' });

    await alert.getByRole('button', { name: 'Keep mine' }).click();
    await b.waitForFunction(() => document.getElementById('library-role').libraryState === 'saved');
    const after = await stored(b);
    assert.equal(after.role.document.role.title, 'Crisis PSW (typed in tab B)');
    assert.ok(after.versions.some((v) => v.document.role.title === 'Crisis PSW (typed in tab A)'), 'A’s role is kept as a version');
    assert.deepEqual(a.errors, []);
    assert.deepEqual(b.errors, []);
    await a.close();
    await b.close();
  });

  it('a reload in the middle of saving a version loses nothing that was acknowledged', async () => {
    const page = await tab();
    const library = page.locator('psw-role-library');
    const row = library.locator(`tr[data-id="${ID}"]`);
    await row.getByRole('button', { name: 'Versions' }).click();
    const label = library.getByLabel('Label', { exact: true });
    await label.fill('Acknowledged before the reload');
    await library.getByRole('button', { name: 'Save a version' }).click();
    await library.locator('[part="message"]').getByText(/Saved version \d+: Acknowledged before the reload/).waitFor();
    const acknowledged = (await stored(page)).versions.length;

    await label.fill('Being saved as the page reloads');
    await library.getByRole('button', { name: 'Save a version' }).click();
    await page.reload();
    await bound(page);

    const { role, versions } = await stored(page);
    assert.ok(versions.some((v) => v.label === 'Acknowledged before the reload'), 'the acknowledged version survives');
    assert.ok(versions.length === acknowledged || versions.length === acknowledged + 1, 'the interrupted one is there whole or not at all');
    assert.deepEqual(versions.map((v) => v.version), versions.map((_, i) => i + 1), 'numbered without gaps');
    assert.equal(role.versionCount, versions.length, 'the role counts exactly its versions');
    for (const v of versions) assert.equal(v.document.kind, 'psw-role-document');
    // The library shows them after the reload.
    await library.locator(`tr[data-id="${ID}"]`).getByRole('button', { name: 'Versions' }).click();
    await library.getByText(/Acknowledged before the reload/).first().waitFor();
    assert.deepEqual(page.errors, []);
    await page.close();
  });
});
