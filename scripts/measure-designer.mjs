#!/usr/bin/env node
// Keystroke cost in <psw-role-designer> on the demo main page (built bundle; `npm run build` first):
// one input in the job title until the designer and every element in it have rendered (and
// layout), median and 90th percentile of 30, with only the Role step shown so far and after every
// step was shown (steps left behind are kept aside and must cost nothing). Background, not a gate.
// Usage: node scripts/measure-designer.mjs
import { launch } from '../test/e2e/util.mjs';

const env = await launch();
try {
  for (const visitAll of [false, true, false, true]) {
    const p = await env.page();
    await p.goto(env.url('/demo/index.html'), { waitUntil: 'networkidle' });
    await p.getByRole('button', { name: 'Start from this template' }).click();
    await p.waitForLoadState('networkidle');
    if (visitAll) {
      for (const s of ['duties', 'boundaries', 'support', 'terms', 'review', 'role']) {
        await p.evaluate((step) => { document.querySelector('psw-role-designer').step = step; }, s);
        await p.waitForLoadState('networkidle');
      }
    }
    await p.getByLabel('Job title', { exact: true }).focus();
    const ms = await p.evaluate(async () => {
      let el = document.activeElement;
      while (el.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      const d = document.querySelector('psw-role-designer');
      const times = [];
      for (let i = 0; i < 30; i++) {
        const t0 = performance.now();
        el.value += 'x';
        el.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
        for (let k = 0; k < 2; k++) {
          await d.updateComplete;
          await Promise.all([...d.shadowRoot.querySelectorAll('*')].filter((x) => x.updateComplete).map((x) => x.updateComplete));
        }
        void document.body.offsetHeight;
        times.push(performance.now() - t0);
      }
      times.sort((a, b) => a - b);
      return { median: times[14].toFixed(1), p90: times[26].toFixed(1) };
    });
    console.log(`${visitAll ? 'every step shown before' : 'Role step only      '}: median ${ms.median} ms, p90 ${ms.p90} ms per keystroke`);
    await p.context().close();
  }
} finally {
  await env.close();
}
