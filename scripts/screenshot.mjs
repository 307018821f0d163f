#!/usr/bin/env node
// Full-page screenshot of a demo page as served by scripts/serve.mjs (run `npm run build` first).
// Usage: node scripts/screenshot.mjs demo/role-builder.html shots/role-builder.png [width] [query]
// With PIECES=n in the environment it also writes the page in pieces of n px (…-1.png, …-2.png), for
// viewers that shrink very tall images.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROME, CHROME_ARGS } from '../test/e2e/util.mjs';
import { startServer } from './serve.mjs';

const [page = 'demo/index.html', out = 'shots/page.png', width = '1100', query = ''] = process.argv.slice(2);
const server = await startServer({ port: 0 });
const browser = await chromium.launch({ executablePath: CHROME, args: CHROME_ARGS });
try {
  const context = await browser.newContext({ viewport: { width: Number(width), height: 900 } });
  const tab = await context.newPage();
  tab.on('pageerror', (e) => console.error(`pageerror: ${e.message}`));
  tab.on('console', (m) => { if (m.type() === 'error') console.error(`console.error: ${m.text()}`); });
  await tab.goto(`${server.url}/${page}${query ? `?${query}` : ''}`, { waitUntil: 'networkidle' });
  await tab.waitForTimeout(300);
  mkdirSync(dirname(out), { recursive: true });
  await tab.screenshot({ path: out, fullPage: true });
  console.log(`screenshot: ${out} (${width} px wide)`);
  const piece = Number(process.env.PIECES || 0);
  if (piece > 0) {
    const height = await tab.evaluate(() => document.documentElement.scrollHeight);
    for (let i = 0, y = 0; y < height; i++, y += piece) {
      const path = out.replace(/\.png$/, `-${i + 1}.png`);
      await tab.screenshot({ path, fullPage: true, clip: { x: 0, y, width: Number(width), height: Math.min(piece, height - y) } });
      console.log(`screenshot: ${path}`);
    }
  }
} finally {
  await browser.close();
  await server.close();
}
