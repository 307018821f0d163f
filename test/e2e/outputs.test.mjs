// demo/outputs.html with the built bundle: the Word export fetches its lazy chunk and downloads a
// real .docx; a refused import leaves the role as it was; the printed job description has no
// controls and the host page's @page rule gives A4.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { launch } from './util.mjs';
import { STRICT_CSP } from '../../scripts/serve.mjs';

describe('outputs demo (insights, job description, export)', () => {
  let env;
  before(async () => { env = await launch(); });
  after(async () => { await env?.close(); });

  async function open() {
    const page = await env.page({ acceptDownloads: true });
    const requests = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.goto(env.url('/demo/outputs.html'), { waitUntil: 'networkidle' });
    return { page, requests };
  }

  it('downloads a Word file through the lazily loaded chunk, named from the title, with psw-export', async () => {
    const { page, requests } = await open();
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
    const { page } = await open();
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
    const { page } = await open();
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
    const page = await env.page({ acceptDownloads: true });
    await page.route('**/demo/outputs.html', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': STRICT_CSP } });
    });
    await page.addInitScript(() => {
      window.violations = [];
      document.addEventListener('securitypolicyviolation', (e) => window.violations.push(`${e.violatedDirective}: ${e.blockedURI}`));
    });
    await page.goto(env.url('/demo/outputs.html'), { waitUntil: 'networkidle' });
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
