// demo/outputs.html with the built bundle: each element's view is a lazy chunk, and the code of each
// export format is fetched on its first download; the insights say "Checking the role…" until the
// assessment engine has arrived; the Word export fetches its lazy chunk and downloads a real .docx;
// a refused import leaves the role as it was; the printed job description has no controls and the
// host page's @page rule gives A4.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { launch } from './util.mjs';
import { STRICT_CSP } from '../../scripts/serve.mjs';

describe('outputs demo (insights, job description, export)', () => {
  // One page for the file: each test loads the demo afresh in it (a new document, so modules and
  // chunks are fetched again), which costs far less than a new browser context. The page holds no
  // storage the tests depend on (its <psw-role-document> has no storage-key).
  let env, page;
  const requests = [];
  before(async () => {
    env = await launch();
    page = await env.page({ acceptDownloads: true });
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  });
  after(async () => { await env?.close(); });

  /** Readies the file's page for a test: no routes, screen media, no errors yet, requests from the next load on. */
  async function reset() {
    await page.unrouteAll();
    await page.emulateMedia({ media: null });
    page.errors.length = 0;
    requests.length = 0;
  }

  /** The demo loaded and rendered: the three elements have drawn their views, so each has asked for its chunks. */
  async function open() {
    await reset();
    await page.goto(env.url('/demo/outputs.html'));
    await page.locator('psw-role-insights [part="summary"]').waitFor();
    await page.locator('psw-job-description article').waitFor();
    await page.locator('psw-role-export [part="downloads"]').waitFor();
    return { page, requests };
  }

  /** The names of the lazy chunks a page asked for ("role-export.view", "jd-model"…): the file name less its 8-character hash. */
  const chunkNames = (requests) =>
    requests.filter((p) => /\/dist\/cdn\/chunks\/[^/]+\.js$/.test(p)).map((p) => p.split('/').pop().replace(/-[\w-]{8}\.js$/, ''));

  it('fetches each element\'s view as a chunk, and the code of an export format only on its first download', async () => {
    await open();
    const scripts = requests.filter((p) => p.endsWith('.js'));
    assert.equal(scripts[0], '/dist/cdn/psw-role-kit.js');
    const upFront = chunkNames(requests);
    for (const part of ['role-insights.view', 'job-description.view', 'role-export.view', 'assessment', 'jd-model']) {
      assert.ok(upFront.includes(part), `${part} chunk fetched (${upFront.join(', ')})`);
    }
    for (const part of ['export-job-description', 'job-posting', 'markdown', 'docx', 'docx-writer']) {
      assert.ok(!upFront.includes(part), `${part} is not fetched before a download`);
    }
    await page.locator('psw-role-insights [part="summary"]').waitFor();
    for (const [name, part] of [['Download Markdown', 'markdown'], ['Download JSON', 'export-job-description'], ['Download JSON-LD', 'job-posting']]) {
      await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name, exact: true }).click()]);
      assert.ok(chunkNames(requests).includes(part), `${part} fetched for ${name}`);
    }
    assert.ok(!chunkNames(requests).includes('docx-writer'), 'the Word writer is still not fetched');
    assert.deepEqual(page.errors, []);
  });

  it('says "Checking the role…" in the insights until the assessment engine arrives, never a readiness', async () => {
    await reset();
    let release;
    const released = new Promise((r) => (release = r));
    await page.route(/\/chunks\/assessment-[\w-]+\.js$/, async (route) => {
      await released;
      await route.continue();
    });
    await page.goto(env.url('/demo/outputs.html'));
    const checking = page.locator('psw-role-insights [part="checking"]');
    await checking.waitFor();
    assert.equal(await checking.textContent(), 'Checking the role…');
    assert.equal(await checking.getAttribute('role'), 'status');
    const insights = page.locator('psw-role-insights');
    assert.equal(await insights.evaluate((el) => el.matches(':state(checking)')), true);
    assert.equal(await page.locator('psw-role-insights [part="summary"]').count(), 0);
    assert.doesNotMatch(await insights.evaluate((el) => el.shadowRoot.textContent), /Incomplete|Must fix/);
    // The job description does not wait for the assessment.
    await page.locator('psw-job-description [part="header"]').waitFor();
    release();
    await page.locator('psw-role-insights [part="summary"]').waitFor();
    assert.equal(await checking.count(), 0);
    assert.equal(await insights.evaluate((el) => el.matches(':state(checking)')), false);
    assert.match(await page.locator('psw-role-insights .count-list').innerText(), /Must fix: \d+/);
    assert.deepEqual(page.errors, []);
  });

  it('downloads a Word file through the lazily loaded chunk, named from the title, with psw-export', async () => {
    await open();
    assert.equal(requests.some((p) => p.includes('docx-writer')), false, 'the Word writer is not loaded up front');
    await page.evaluate(() => {
      window.exports = [];
      document.addEventListener('psw-export', (e) => window.exports.push(e.detail));
    });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download Word' }).click(),
    ]);
    assert.ok(requests.some((p) => /\/dist\/cdn\/chunks\/docx-writer-[\w-]+\.js$/.test(p)), 'the Word chunk was fetched');
    const name = download.suggestedFilename();
    assert.match(name, /^peer-support-worker-community-mental-health-\d{4}-\d{2}-\d{2}\.docx$/);
    const stream = await download.createReadStream();
    const chunks = [];
    for await (const c of stream) chunks.push(c);
    const bytes = Buffer.concat(chunks);
    assert.equal(bytes.subarray(0, 4).toString('latin1'), 'PK\u0003\u0004');
    assert.ok(bytes.includes(Buffer.from('word/document.xml')), 'a Word document');
    assert.deepEqual(await page.evaluate(() => window.exports), [{ format: 'docx', filename: name }]);
    assert.deepEqual(page.errors, []);
  });

  it('refuses an invalid file by field and keeps the role', async () => {
    await open();
    await page.locator('psw-role-export input[type=file]').waitFor({ state: 'attached' });
    const before = await page.evaluate(() => JSON.stringify(document.querySelector('psw-role-document').value));
    await page.locator('psw-role-export input[type=file]').setInputFiles({
      name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ kind: 'psw-role-document', schemaVersion: 1, extra: 1 })),
    });
    const issues = page.locator('psw-role-export [part="issues"]');
    await issues.waitFor();
    assert.match(await issues.innerText(), /“bad\.json” cannot be imported/);
    assert.match(await issues.innerText(), /“extra”/);
    assert.equal(await page.evaluate(() => JSON.stringify(document.querySelector('psw-role-document').value)), before);
    assert.deepEqual(page.errors, []);
  });

  it('prints the job description on A4 with no controls', async () => {
    await open();
    await page.emulateMedia({ media: 'print' });
    const visible = await page.evaluate(() => {
      const jd = document.querySelector('psw-job-description');
      const controls = [...jd.shadowRoot.querySelectorAll('button, input, select, textarea, [part="toolbar"], [part="document-status"]')];
      return { controls: controls.filter((c) => c.checkVisibility()).length, article: jd.shadowRoot.querySelector('article').checkVisibility() };
    });
    assert.deepEqual(visible, { controls: 0, article: true });
    const pdf = await page.pdf({ preferCSSPageSize: true });
    const mediaBox = pdf.toString('latin1').match(/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/);
    assert.ok(mediaBox, 'a page size');
    // A4 is 595 × 842 points.
    assert.deepEqual([Math.round(Number(mediaBox[1])), Math.round(Number(mediaBox[2]))], [595, 842]);
  });

  it('runs under the strict Content-Security-Policy with Trusted Types: pictures, downloads and import raise no violation', async () => {
    // A page of its own: the violation recorder is an init script, which stays with a page.
    const page = await env.page({ acceptDownloads: true });
    await page.route('**/demo/outputs.html', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': STRICT_CSP } });
    });
    await page.addInitScript(() => {
      window.violations = [];
      document.addEventListener('securitypolicyviolation', (e) => window.violations.push(`${e.violatedDirective}: ${e.blockedURI}`));
    });
    await page.goto(env.url('/demo/outputs.html'));
    await page.locator('psw-role-insights [part="balance"] .stacked-bar .segment').first().waitFor();
    const widths = await page.evaluate(() =>
      [...document.querySelector('psw-role-insights').shadowRoot.querySelectorAll('.stacked-bar .segment')].map((s) => s.getBoundingClientRect().width));
    assert.ok(widths.length > 1 && widths.every((w) => w > 0), `bar segments are drawn: ${widths}`);
    for (const name of ['Download JSON', 'Download JSON-LD', 'Download Markdown', 'Download Word']) {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name, exact: true }).click()]);
      assert.ok(download.suggestedFilename().startsWith('peer-support-worker-'));
    }
    await page.locator('psw-role-export input[type=file]').setInputFiles({
      name: 'copy.json', mimeType: 'application/json',
      buffer: Buffer.from(await page.evaluate(() => JSON.stringify(document.querySelector('psw-role-document').value))),
    });
    await page.getByRole('button', { name: 'Replace the current role with this one' }).click();
    assert.deepEqual(await page.evaluate(() => window.violations), []);
    assert.deepEqual(page.errors, []);
  });
});
