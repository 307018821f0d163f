#!/usr/bin/env node
// Figures for the report (never a gate): how long <psw-role-builder> takes from the built bundle to
// render a role of N duties, and from a keystroke in "Job title" to the re-render (median of 25).
// Usage: npm run build && node scripts/measure-builder.mjs [30 200 1000]
import { chromium } from 'playwright-core';
import { CHROME, CHROME_ARGS } from '../test/e2e/util.mjs';
import { startServer } from './serve.mjs';

const sizes = process.argv.slice(2).map(Number).filter(Boolean);
const server = await startServer({ port: 0 });
const browser = await chromium.launch({ executablePath: CHROME, args: CHROME_ARGS });
try {
  for (const n of sizes.length ? sizes : [30, 200, 1000]) {
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    await page.goto(`${server.url}/demo/role-builder.html`, { waitUntil: 'networkidle' });
    const result = await page.evaluate(async (count) => {
      const wrapper = document.querySelector('psw-role-document');
      const builder = document.querySelector('psw-role-builder');
      const kinds = ['core', 'flexible', 'excluded'];
      const doc = structuredClone(wrapper.value);
      doc.duties = Array.from({ length: count }, (_, i) => ({ id: `m${i}`, title: `Duty ${i + 1}`, kind: kinds[i % 3], timeShare: i % 3 === 2 ? undefined : 0.05 }))
        .map((d) => JSON.parse(JSON.stringify(d)));
      let t0 = performance.now();
      wrapper.value = doc;
      await builder.updateComplete;
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
      const render = performance.now() - t0;
      const input = builder.shadowRoot.querySelector('#role-title');
      const times = [];
      for (let i = 0; i < 25; i++) {
        t0 = performance.now();
        input.value = `Title ${i}`;
        input.dispatchEvent(new Event('input'));
        await builder.updateComplete;
        times.push(performance.now() - t0);
      }
      times.sort((a, b) => a - b);
      return { render, keystroke: times[12], rows: builder.shadowRoot.querySelectorAll('[part="duty"]').length };
    }, n);
    console.log(`${String(n).padStart(5)} duties: first render ${result.render.toFixed(0)} ms (${result.rows} rows), keystroke to re-render median ${result.keystroke.toFixed(1)} ms`);
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
