// The demo's main page (an intranet page with one <psw-role-designer> from the built bundle), walked
// with the keyboard only — Tab, Shift+Tab, Enter, Space and the arrow keys — from the start screen
// through every step to a downloaded JSON file, under the strict Content-Security-Policy, with no
// console error; then the work is still there after a reload.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { text } from 'node:stream/consumers';
import { STRICT_CSP } from '../../scripts/serve.mjs';
import { launch, waitForAutosave } from './util.mjs';

/** The focused element, followed through shadow roots: its accessible-ish name, tag and host. */
const focusInfo = (page) => page.evaluate(() => {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  if (!el) return { name: '', tag: '', host: '' };
  const spoken = (node) => {
    const copy = node.cloneNode(true);
    copy.querySelectorAll('[aria-hidden="true"]').forEach((n) => n.remove());
    return copy.textContent.replace(/\s+/g, ' ').trim();
  };
  const name = el.labels?.[0]?.textContent.replace(/\s+/g, ' ').trim() ?? el.getAttribute('aria-label') ?? spoken(el);
  return { name, tag: el.localName, host: el.getRootNode().host?.localName ?? '', checked: el.checked ?? null };
});

/** Presses Tab (or Shift+Tab) until the focused element's name matches, at most `max` times. */
async function tabTo(page, name, { back = false, max = 400 } = {}) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const info = await focusInfo(page);
    if (typeof name === 'string' ? info.name === name : name.test(info.name)) return info;
  }
  throw new Error(`"${name}" not reached with ${back ? 'Shift+Tab' : 'Tab'}; focus is on ${JSON.stringify(await focusInfo(page))}`);
}

const role = (page) => page.evaluate(() => globalThis[Symbol.for('psw-role-kit/page-document/v1')].value);
const step = (page) => page.evaluate(() => document.querySelector('psw-role-designer').step);

describe('designer on the demo main page (built bundle)', () => {
  let env;
  before(async () => { env = await launch(); });
  after(async () => { await env?.close(); });

  it('walks from the start screen to an exported file with the keyboard only, under the strict CSP', async () => {
    const page = await env.page({ acceptDownloads: true });
    await page.addInitScript(() => {
      window.__violations = [];
      document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    await page.route('**/demo/index.html', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': STRICT_CSP } });
    });
    await page.goto(env.url('/demo/index.html'));
    await page.getByRole('radio', { name: 'Adult community mental health' }).waitFor();

    // Start screen: past the page's own links to the settings; an arrow key picks another one.
    let info = await tabTo(page, 'Adult community mental health', { max: 12 });
    assert.equal(info.checked, true);
    await page.keyboard.press('ArrowDown');
    assert.equal((await focusInfo(page)).name, 'Acute inpatient ward');
    await tabTo(page, 'Start from this template', { max: 3 });
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => globalThis[Symbol.for('psw-role-kit/page-document/v1')].value.context.setting === 'acute-inpatient');

    // Role: focus is on the job title.
    await page.waitForFunction(() => {
      let el = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      return el?.id === 'role-title';
    });
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Ward Peer Support Worker');
    assert.equal((await role(page)).role.title, 'Ward Peer Support Worker');

    // Duties: Next, then add a duty.
    await tabTo(page, 'Next: Duties');
    await page.keyboard.press('Enter');
    assert.equal(await step(page), 'duties');
    assert.equal((await focusInfo(page)).name, 'Step 2 of 6: Duties', 'focus at the top of the new step');
    const duties = (await role(page)).duties.length;
    await tabTo(page, 'Add duty');
    await page.keyboard.press('Enter');
    assert.equal((await focusInfo(page)).name, 'Duty title');
    await page.keyboard.type('Welcome people to the ward');
    assert.equal((await role(page)).duties.length, duties + 1);

    // Boundaries: each topic is one line until opened; the first one opened with Enter, then its
    // status from "Not started" to "Proposed" with an arrow key.
    await tabTo(page, 'Next: Boundaries');
    await page.keyboard.press('Enter');
    info = await tabTo(page, /^Show details of /);
    await page.keyboard.press('Enter');
    info = await tabTo(page, 'Not started', { max: 10 });
    await page.keyboard.press('ArrowRight');
    assert.equal((await focusInfo(page)).name, 'Proposed');
    await page.waitForFunction(() => globalThis[Symbol.for('psw-role-kit/page-document/v1')].value.boundaries.some((b) => b.status === 'proposed'));

    // Support: add a supervision arrangement (Space on the button).
    const arrangements = (await role(page)).supervision.arrangements.length;
    await tabTo(page, 'Next: Support');
    await page.keyboard.press('Enter');
    assert.equal(await step(page), 'support');
    await tabTo(page, 'Add supervision arrangement');
    await page.keyboard.press(' ');
    assert.equal((await role(page)).supervision.arrangements.length, arrangements + 1);

    // Terms: hours per week.
    await tabTo(page, 'Next: Terms');
    await page.keyboard.press('Enter');
    await tabTo(page, 'Hours per week');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('30');
    assert.equal((await role(page)).employment.hoursPerWeek, 30);

    // Review and export: the job description has the title; Download JSON gives the role.
    await tabTo(page, 'Next: Review and export');
    await page.keyboard.press('Enter');
    assert.equal(await step(page), 'review');
    // The job description waits behind a disclosure; its view is a lazy chunk.
    await tabTo(page, 'Read and print the job description');
    await page.keyboard.press('Enter');
    const jdTitle = page.locator('psw-role-designer psw-job-description h2');
    await jdTitle.waitFor();
    assert.equal((await jdTitle.textContent()).trim(), 'Ward Peer Support Worker');
    await tabTo(page, 'Download JSON', { back: true });
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    assert.match(download.suggestedFilename(), /\.json$/);
    // A stream, not path(): a browser npm test shares between files is a remote one, with no local path.
    const file = JSON.parse(await text(await download.createReadStream()));
    assert.equal(file.kind, 'psw-job-description');
    assert.equal(file.document.role.title, 'Ward Peer Support Worker');
    assert.equal(file.document.employment.hoursPerWeek, 30);

    // Back to the first step from the navigation: Shift+Tab up to it, then Enter.
    await tabTo(page, /^1\. Role, /, { back: true });
    await page.keyboard.press('Enter');
    assert.equal(await step(page), 'role');

    assert.deepEqual(await page.evaluate(() => window.__violations), []);
    assert.deepEqual(page.errors, []);

    // Autosaved on the page: a reload brings the role back and skips the start screen.
    await waitForAutosave(page, 'Ward Peer Support Worker');
    await page.reload();
    await page.getByLabel('Job title', { exact: true }).waitFor();
    assert.equal(await page.getByLabel('Job title', { exact: true }).inputValue(), 'Ward Peer Support Worker');
    assert.equal(await page.getByRole('radio', { name: 'Adult community mental health' }).count(), 0);
    assert.deepEqual(page.errors, []);
  });
});
