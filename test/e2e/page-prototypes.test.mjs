// A host page whose old scripts add enumerable properties to the built-in prototypes before the
// toolkit loads (as some intranet libraries do), here also the names of the toolkit's own options
// (`readonly`, `hidden`, `disabled`): every element of the built bundle, inside one
// <psw-role-document> (demo/test-pages/every-element.html), and the builder and the checklist loose
// on the page-level document, offers as many fields to edit as on a
// clean page, an edit goes through, the Word file downloads, and nothing is logged as an error.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { launch } from './util.mjs';
import { settled } from './settled.mjs';

/** The tags of the elements in the built custom-elements.json. */
const manifestTags = () => JSON.parse(readFileSync('custom-elements.json', 'utf8')).modules
  .flatMap((m) => m.declarations ?? []).flatMap((d) => (d.tagName ? [d.tagName] : []));

function pollute() {
  for (const name of ['readonly', 'hidden', 'disabled']) Object.prototype[name] = true;
  Object.prototype.extend = function extend() { return this; };
  Array.prototype.remove = function remove() { return this; };
}

/** Every element in the wrapper; the editable text fields of each, and the wrapper's title after typing one. */
async function editable(page, tags) {
  await page.goto('/demo/test-pages/every-element.html');
  await page.evaluate(async (listed) => {
    await customElements.whenDefined('psw-role-document');
    const wrapper = document.getElementById('wrapped');
    for (const tag of listed.filter((t) => t !== 'psw-role-document')) wrapper.append(document.createElement(tag));
    // And loose, on the page-level document.
    const loose = document.createElement('div');
    loose.id = 'loose';
    loose.append(document.createElement('psw-role-builder'), document.createElement('psw-boundary-checklist'));
    document.querySelector('main').append(loose);
  }, tags);
  await settled(page);
  const fields = await page.evaluate(() => {
    const out = {};
    const visit = (scope, owner) => {
      for (const el of scope.querySelectorAll('input, textarea, *')) {
        if ((el.localName === 'textarea' || (el.localName === 'input' && ['text', 'number', ''].includes(el.type))) && !el.readOnly && !el.disabled) out[owner] = (out[owner] ?? 0) + 1;
        if (el.shadowRoot) visit(el.shadowRoot, el.localName);
      }
    };
    visit(document.getElementById('wrapped'), 'psw-role-document');
    for (const el of document.getElementById('loose').children) visit(el.shadowRoot, `loose ${el.localName}`);
    return out;
  });
  const title = page.locator('#wrapped > psw-role-builder').getByLabel('Job title', { exact: true });
  await title.fill('A title typed on an old intranet page');
  await page.waitForFunction(() => document.getElementById('wrapped').value.role.title === 'A title typed on an old intranet page');
  return fields;
}

describe('a page that adds to Object.prototype and Array.prototype (built bundle)', () => {
  let env;
  before(async () => { env = await launch(); });
  after(async () => { await env?.close(); });

  it('every element offers the same fields to edit as on a clean page, an edit goes through, and Word downloads', async () => {
    const tags = manifestTags();
    const clean = await env.page({ baseURL: env.url('/') });
    const expected = await editable(clean, tags);
    assert.ok(expected['psw-role-builder'] > 10 && expected['psw-boundary-checklist'] > 10 && expected['psw-supervision-planner'] > 5, JSON.stringify(expected));
    assert.ok(expected['loose psw-role-builder'] > 5 && expected['loose psw-boundary-checklist'] > 10, JSON.stringify(expected));
    assert.deepEqual(clean.errors, []);
    const polluted = await env.page({ baseURL: env.url('/'), acceptDownloads: true });
    await polluted.addInitScript(pollute);
    assert.deepEqual(await editable(polluted, tags), expected);
    // The Word file: its writer's zip walks objects the page's additions would reach.
    const [download] = await Promise.all([
      polluted.waitForEvent('download'),
      polluted.locator('#wrapped > psw-role-export').getByRole('button', { name: 'Download Word', exact: true }).click(),
    ]);
    const chunks = [];
    for await (const c of await download.createReadStream()) chunks.push(c);
    const bytes = Buffer.concat(chunks);
    assert.equal(bytes.subarray(0, 4).toString('latin1'), 'PK\u0003\u0004');
    assert.ok(bytes.includes(Buffer.from('word/document.xml')), 'a Word document');
    assert.deepEqual(polluted.errors, []);
  });
});
