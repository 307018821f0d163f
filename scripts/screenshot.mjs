#!/usr/bin/env node
// Full-page screenshot of a demo page, as the built bundle renders it.
// Usage: node scripts/screenshot.mjs demo/<name>.html shots/<name>.png [width] [--readonly] [--dark]
//   --readonly  sets `readonly` on every <psw-role-document> of the page before the shot
//   --dark      emulates a reader who prefers a dark colour scheme
// Needs `npm run build` first (the page loads dist/cdn/psw-role-kit.js).
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { launch } from '../test/e2e/util.mjs';

const args = process.argv.slice(2);
const flags = new Set(args.filter((a) => a.startsWith('--')));
const [page = 'demo/index.html', out = 'shots/page.png', width = '1100'] = args.filter((a) => !a.startsWith('--'));

const env = await launch();
try {
  const p = await env.page({ viewport: { width: Number(width), height: 800 }, colorScheme: flags.has('--dark') ? 'dark' : 'light' });
  await p.goto(env.url(`/${page.replace(/^\//, '')}`), { waitUntil: 'networkidle' });
  if (flags.has('--readonly')) {
    await p.evaluate(() => document.querySelectorAll('psw-role-document').forEach((el) => el.setAttribute('readonly', '')));
  }
  await p.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  mkdirSync(dirname(out), { recursive: true });
  await p.screenshot({ path: out, fullPage: true });
  if (p.errors.length) console.warn(p.errors.join('\n'));
  console.log(`screenshot: ${out} (${width} px${flags.has('--readonly') ? ', read only' : ''})`);
} finally {
  await env.close();
}
