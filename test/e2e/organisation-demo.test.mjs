// demo/organisation.html from the built bundle: HR's organisation editor starts from the demo
// trust's published profile (nothing to undo yet), is edited and undone with the keyboard, keeps its
// work over a reload, adds the manager's role below as an organisation template, and downloads a
// profile that parses.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { launch } from './util.mjs';
import { parseOrganisationProfile } from '../../dist/lib/src/organisation/parse.js';

const NAME = 'Riverdale and Ashby NHS Foundation Trust';
const value = (page) => page.evaluate(() => document.querySelector('psw-organisation-editor').value);

describe('organisation demo: HR writes the profile (built bundle)', () => {
  let env;
  before(async () => { env = await launch(); });
  after(async () => { await env?.close(); });

  it('starts from the published profile; keyboard edits undo, survive a reload, and download as a valid profile', async () => {
    const page = await env.page();
    await page.goto(env.url('/demo/organisation.html'));
    const editor = page.locator('psw-organisation-editor');
    const name = editor.getByLabel('Organisation name', { exact: true });
    await page.locator('#profile-status', { hasText: 'Started from the published profile' }).waitFor();
    assert.equal(await name.inputValue(), NAME);
    assert.deepEqual(await value(page), JSON.parse(readFileSync('demo/data/riverdale-profile.json', 'utf8')));
    // The published profile is where HR starts, not an edit: nothing to undo yet.
    assert.equal(await editor.getByRole('button', { name: 'Undo' }).isDisabled(), true);

    // Keyboard only: type a new prefix, undo it with Ctrl+Z, redo with Ctrl+Y.
    const prefix = editor.getByLabel('Job reference prefix', { exact: true });
    await prefix.focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('RAT-PEER-');
    assert.equal((await value(page)).organisation.jobReferencePrefix, 'RAT-PEER-');
    await page.keyboard.press('Control+Z');
    assert.equal((await value(page)).organisation.jobReferencePrefix, 'RAT-PSW-');
    await page.keyboard.press('Control+Y');
    assert.equal((await value(page)).organisation.jobReferencePrefix, 'RAT-PEER-');

    // A fact answered with the arrow keys: "Not answered" is a real state (the field is left out).
    await editor.locator('input[name="facts-peerVoiceForum"][value="yes"]').focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    assert.equal('peerVoiceForum' in (await value(page)).facts, false);

    // The manager's role below becomes an organisation template.
    await editor.getByRole('button', { name: 'Add the current role as an organisation template' }).press('Enter');
    assert.equal((await value(page)).templates.add.length, 1);

    // Reload: the work is restored, and the published file is not loaded over it.
    await page.reload();
    await page.locator('#profile-status', { hasText: 'brought back' }).waitFor();
    const restored = await value(page);
    assert.equal(restored.organisation.jobReferencePrefix, 'RAT-PEER-');
    assert.equal(restored.templates.add.length, 1);

    // Download JSON: what is saved parses, and equals what is on screen.
    await page.evaluate(() => {
      window.__saved = [];
      URL.createObjectURL = (blob) => { window.__saved.push(blob); return 'blob:test'; };
      HTMLAnchorElement.prototype.click = function () { window.__filename = this.download; };
    });
    await editor.getByRole('button', { name: 'Download JSON' }).press('Enter');
    const saved = await page.evaluate(async () => ({ text: await window.__saved[0].text(), filename: window.__filename }));
    assert.equal(saved.filename, 'riverdale-and-ashby-nhs-foundation-trust-profile.json');
    const parsed = parseOrganisationProfile(saved.text);
    assert.equal(parsed.ok, true, JSON.stringify(parsed.issues));
    assert.deepEqual(parsed.profile, restored);
    assert.deepEqual(page.errors, []);
  });
});
