// Measures how tall each step of the designer is on the demo's main page (the built bundle), from
// the adult-community template, at a 1100 × 900 viewport: `npm run build && node scripts/designer-step-heights.mjs`.
// A figure for people, not a test: it prints one line per step, in CSS pixels.
import { chromium } from 'playwright-core';
import { existsSync } from 'node:fs';
import { startServer } from './serve.mjs';

const CHROME = process.env.CHROME_PATH
  ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => existsSync(p));
const server = await startServer({ port: 0 });
const browser = await chromium.launch({ executablePath: CHROME,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run'] });
try {
  const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  await page.goto(`${server.url}/demo/index.html`);
  await page.getByRole('radio', { name: 'Adult community mental health' }).check();
  await page.getByRole('button', { name: 'Start from this template' }).click();
  await page.getByLabel('Job title', { exact: true }).waitFor();
  for (const step of ['role', 'duties', 'boundaries', 'support', 'terms', 'review']) {
    const height = await page.evaluate(async (s) => {
      const designer = document.querySelector('psw-role-designer');
      designer.step = s;
      await designer.updateComplete;
      const panel = designer.shadowRoot.querySelector(`#panel-${s}`);
      const inner = [...panel.querySelectorAll('*')].filter((e) => 'updateComplete' in e);
      await Promise.all(inner.map((e) => e.updateComplete));
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      return Math.round(panel.getBoundingClientRect().height);
    }, step);
    console.log(`${step.padEnd(10)} ${String(height).padStart(6)} px  (${(height / 900).toFixed(1)} screens of 900 px)`);
  }
} finally {
  await browser.close();
  await server.close();
}
