#!/usr/bin/env node
// Screenshots of <psw-role-designer> on the demo's main page: the start screen, then every step
// after starting from a template (needs `npm run build` first).
// Usage: node scripts/screenshot-designer.mjs [width] [out-dir] [--readonly] [--blank]
//   --readonly  moves the designer into a <psw-role-document readonly> holding the same role
//   --blank     starts from a blank role instead of the adult community template
// With PIECES=n in the environment it also writes each shot in pieces of n px (…-1.png, …-2.png).
import { mkdirSync } from 'node:fs';
import { launch } from '../test/e2e/util.mjs';

const args = process.argv.slice(2);
const flags = new Set(args.filter((a) => a.startsWith('--')));
const [width = '1100', dir = 'shots/designer'] = args.filter((a) => !a.startsWith('--'));
const STEPS = ['role', 'duties', 'boundaries', 'support', 'terms', 'review'];
const suffix = `${flags.has('--readonly') ? '-readonly' : ''}${flags.has('--blank') ? '-blank' : ''}-${width}`;

const settle = (p) => p.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

const env = await launch();
try {
  mkdirSync(dir, { recursive: true });
  const p = await env.page({ viewport: { width: Number(width), height: 900 } });
  await p.goto(env.url('/demo/index.html'), { waitUntil: 'networkidle' });
  await settle(p);
  if (!flags.has('--readonly')) await p.screenshot({ path: `${dir}/start${suffix}.png`, fullPage: true });
  await p.getByRole('button', { name: flags.has('--blank') ? 'Start from a blank role' : 'Start from this template' }).click();
  await p.waitForLoadState('networkidle');
  if (flags.has('--readonly')) {
    await p.evaluate(() => {
      const designer = document.querySelector('psw-role-designer');
      const wrapper = document.createElement('psw-role-document');
      wrapper.value = globalThis[Symbol.for('psw-role-kit/page-document/v1')].value;
      wrapper.setAttribute('readonly', '');
      designer.replaceWith(wrapper);
      wrapper.append(designer);
    });
  }
  for (const step of STEPS) {
    await p.evaluate((s) => { document.querySelector('psw-role-designer').step = s; }, step);
    await p.waitForLoadState('networkidle');
    await p.waitForTimeout(200);
    await settle(p);
    const path = `${dir}/${step}${suffix}.png`;
    await p.screenshot({ path, fullPage: true });
    console.log(`screenshot: ${path}`);
    const piece = Number(process.env.PIECES || 0);
    if (piece > 0) {
      const height = await p.evaluate(() => document.documentElement.scrollHeight);
      for (let i = 0, y = 0; y < height; i++, y += piece) {
        const part = path.replace(/\.png$/, `-${i + 1}.png`);
        await p.screenshot({ path: part, fullPage: true, clip: { x: 0, y, width: Number(width), height: Math.min(piece, height - y) } });
      }
    }
  }
  if (p.errors.length) console.warn(p.errors.join('\n'));
} finally {
  await env.close();
}
