#!/usr/bin/env node
// Full-page screenshot of a demo page, as the built bundle renders it (run `npm run build` first).
// Usage: node scripts/screenshot.mjs demo/<name>.html shots/<name>.png [width] [query] [--readonly] [--dark] [--print] [--rtl]
//   query       appended to the page URL (e.g. "readonly" or "step=duties")
//   --readonly  sets `readonly` on every <psw-role-document> of the page before the shot
//   --dark      emulates a reader who prefers a dark colour scheme
//   --print     emulates print media
//   --rtl       sets dir="rtl" on the page's <html> (checks the logical properties' right-to-left layout)
// With PIECES=n in the environment it also writes the page in pieces of n px (…-1.png, …-2.png), for
// viewers that shrink very tall images.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { launch } from '../test/e2e/util.mjs';

const args = process.argv.slice(2);
const flags = new Set(args.filter((a) => a.startsWith('--')));
const [page = 'demo/index.html', out = 'shots/page.png', width = '1100', query = ''] = args.filter((a) => !a.startsWith('--'));

const env = await launch();
try {
  const p = await env.page({ viewport: { width: Number(width), height: 900 }, colorScheme: flags.has('--dark') ? 'dark' : 'light' });
  if (flags.has('--print')) await p.emulateMedia({ media: 'print' });
  await p.goto(env.url(`/${page.replace(/^\//, '')}${query ? `?${query}` : ''}`), { waitUntil: 'networkidle' });
  if (flags.has('--rtl')) await p.evaluate(() => document.documentElement.setAttribute('dir', 'rtl'));
  if (flags.has('--readonly')) {
    await p.evaluate(() => document.querySelectorAll('psw-role-document').forEach((el) => el.setAttribute('readonly', '')));
  }
  await p.waitForTimeout(300);
  // A full-page shot captures beyond the viewport without rendering what is there: parts drawn only
  // near the viewport (`content-visibility: auto`, the duty cards) would come out blank. A viewport as
  // tall as the page renders them all; their real heights change the page's, so until it holds still.
  for (let i = 0, last = 0; i < 10; i++) {
    const height = await p.evaluate(() => document.documentElement.scrollHeight);
    if (height === last) break;
    await p.setViewportSize({ width: Number(width), height: (last = height) });
    await p.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  }
  mkdirSync(dirname(out), { recursive: true });
  await p.screenshot({ path: out, fullPage: true });
  console.log(`screenshot: ${out} (${width} px${flags.has('--readonly') ? ', read only' : ''}${flags.has('--rtl') ? ', right to left' : ''})`);
  const piece = Number(process.env.PIECES || 0);
  if (piece > 0) {
    const height = await p.evaluate(() => document.documentElement.scrollHeight);
    for (let i = 0, y = 0; y < height; i++, y += piece) {
      const path = out.replace(/\.png$/, `-${i + 1}.png`);
      await p.screenshot({ path, fullPage: true, clip: { x: 0, y, width: Number(width), height: Math.min(piece, height - y) } });
      console.log(`screenshot: ${path}`);
    }
  }
  if (p.errors.length) console.warn(p.errors.join('\n'));
} finally {
  await env.close();
}
