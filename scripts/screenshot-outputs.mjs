#!/usr/bin/env node
// Screenshots of demo/outputs.html (insights, job description, export) as the built bundle renders
// them, including the job description under print media and the export element showing a refused
// import. Needs `npm run build` first.
// Usage: node scripts/screenshot-outputs.mjs [outdir=shots] [width=1100] [--readonly]
//   --readonly  makes the role read only first (no import error shot then: import is not offered)
import { mkdirSync } from 'node:fs';
import { launch } from '../test/e2e/util.mjs';

const args = process.argv.slice(2);
const readonly = args.includes('--readonly');
const [outdir = 'shots', width = '1100'] = args.filter((a) => !a.startsWith('--'));
const w = Number(width);
const suffix = `${w}${readonly ? '-readonly' : ''}`;
mkdirSync(outdir, { recursive: true });
const env = await launch();
const frames = (p) => p.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
const shoot = async (p, selector, name) => {
  const path = `${outdir}/${name}-${suffix}.png`;
  await p.locator(selector).screenshot({ path });
  console.log(`screenshot: ${path}`);
};
async function run() {
  const p = await env.page({ viewport: { width: w, height: 900 } });
  await p.goto(env.url('/demo/outputs.html'), { waitUntil: 'networkidle' });
  if (readonly) await p.evaluate(() => document.querySelector('psw-role-document').setAttribute('readonly', ''));
  await frames(p);
  // Open the theme details so the checklist shows.
  await p.evaluate(() => document.querySelector('psw-role-insights').shadowRoot.querySelectorAll('details').forEach((d) => (d.open = true)));
  await frames(p);
  await shoot(p, 'psw-role-insights', 'insights');
  await shoot(p, 'psw-job-description', 'job-description');

  if (readonly) {
    await shoot(p, 'psw-role-export', 'export');
    if (p.errors.length) console.warn(p.errors.join('\n'));
    return;
  }
  // A refused import: a file with a maximum share over 100 and an unknown field.
  const bad = await p.evaluate(() => {
    const d = structuredClone(document.querySelector('psw-role-document').value);
    const flexible = d.duties.find((x) => x.kind === 'flexible');
    flexible.flexibility = { ...flexible.flexibility, maxShare: 140 };
    d.duties[0].kind = 'optional';
    d.notes = 'kept outside extensions';
    return JSON.stringify(d);
  });
  await p.locator('psw-role-export input[type=file]').setInputFiles({ name: 'role-from-email.json', mimeType: 'application/json', buffer: Buffer.from(bad) });
  await p.locator('psw-role-export [part="issues"]').waitFor();
  await frames(p);
  await shoot(p, 'psw-role-export', 'export-import-error');

  // The printed job description: print media, only what the page and the element keep for print.
  await p.emulateMedia({ media: 'print' });
  await frames(p);
  const path = `${outdir}/print-${suffix}.png`;
  await p.screenshot({ path, fullPage: true });
  console.log(`screenshot: ${path}`);
  try {
    await p.pdf({ path: `${outdir}/job-description.pdf`, preferCSSPageSize: true, printBackground: false });
    console.log(`pdf: ${outdir}/job-description.pdf`);
  } catch (e) {
    console.warn(`pdf skipped: ${e.message}`);
  }
  if (p.errors.length) console.warn(p.errors.join('\n'));
}
try {
  await run();
} finally {
  await env.close();
}
