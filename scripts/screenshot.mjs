#!/usr/bin/env node
// A full-page screenshot of a demo page, as an intranet reader would see it (the built bundle).
// Usage: node scripts/screenshot.mjs demo/<name>.html[?query] shots/<name>.png [width=1100]
// Build first (npm run build, or at least rollup -c) so dist/cdn/psw-role-kit.js is current.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { launch } from '../test/e2e/util.mjs';

const [page = 'demo/index.html', out = 'shots/page.png', width = '1100'] = process.argv.slice(2);
const env = await launch();
try {
  const p = await env.page({ viewport: { width: Number(width), height: 800 } });
  await p.goto(env.url(`/${page.replace(/^\//, '')}`), { waitUntil: 'networkidle' });
  await p.evaluate(() => document.fonts?.ready);
  mkdirSync(dirname(out), { recursive: true });
  await p.screenshot({ path: out, fullPage: true });
  if (p.errors.length) console.warn(p.errors.join('\n'));
  console.log(`screenshot: ${out} (${width} px wide)`);
} finally {
  await env.close();
}
