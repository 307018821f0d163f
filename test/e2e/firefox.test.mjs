// The built drop-in bundle in Firefox ESR (Debian's firefox-esr, over WebDriver BiDi; see
// ./firefox.mjs): every element renders from its lazy chunks and axe finds no violation; the three
// editors (builder, checklist, planner) are reached and operated with the keyboard; "Try again"
// brings a view whose chunk failed; and the strict-CSP page (demo/csp.html) runs with no
// securitypolicyviolation. The Chromium runs of the same
// ground are a11y/sweep.test.ts, role-builder, supervision-planner, designer and csp.test.mjs.
import { after, before, describe, it as test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { STRICT_CSP } from '../../scripts/serve.mjs';
import { focusInfo, launchFirefox, settled, skipWithoutFirefox, tabTo } from './firefox.mjs';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** The tags of the elements in the built custom-elements.json. */
const manifestTags = () => JSON.parse(readFileSync('custom-elements.json', 'utf8')).modules
  .flatMap((m) => m.declarations ?? []).flatMap((d) => (d.tagName ? [d.tagName] : []));

/** The role on a page with one <psw-role-document>. */
const role = (page) => page.evaluate(() => document.querySelector('psw-role-document').value);
const press = async (page, key, modifier) => {
  if (modifier) await page.keyboard.down(modifier);
  await page.keyboard.press(key);
  if (modifier) await page.keyboard.up(modifier);
};

describe('Firefox ESR: the built bundle (WebDriver BiDi)', () => {
  let env;
  let shared;
  // Each test is skipped (and counted so) when Firefox is missing outside CI; under CI=true the
  // launch fails them all with the reason.
  const it = (name, fn) => test(name, { skip: skipWithoutFirefox }, fn);
  before(async () => {
    if (skipWithoutFirefox) return;
    env = await launchFirefox();
    console.log(`firefox: ${await env.browser.version()}`);
  });
  after(async () => { await env?.close(); });

  /**
   * The file's tab, for the tests that need no request interception: each loads a page of its own
   * path, whose autosave key (the path) no other test uses, so the tab needs no fresh storage; a tab
   * costs far less than a browser context and a tab per test. Its error list starts empty.
   */
  async function tab() {
    shared ??= await env.page();
    shared.errors.length = 0;
    return shared;
  }

  it('every element renders from its lazy chunks, and axe finds no violation with everything opened', async () => {
    const page = await tab();
    await page.goto(env.url('/demo/test-pages/every-element.html'));
    // Every element the built manifest lists, so elements added later are covered too. (Recording
    // customElements.define from a preload script instead upsets Firefox ESR 140 now and then.)
    const tags = manifestTags();
    assert.ok(tags.includes('psw-role-document') && tags.length >= 8, `in the manifest: ${tags.join(', ')}`);
    const undefinedTags = await page.evaluate(async (listed) => {
      await customElements.whenDefined('psw-role-document'); // the entry defines every element at once
      const wrapper = document.getElementById('wrapped');
      for (const tag of listed.filter((t) => t !== 'psw-role-document')) wrapper.append(document.createElement(tag));
      return listed.filter((tag) => !customElements.get(tag));
    }, tags);
    assert.deepEqual(undefinedTags, [], 'the bundle defines every element of the manifest');
    await settled(page);
    // Open every disclosure (several rounds: opening one can reveal more).
    for (let round = 0; round < 6; round++) {
      const opened = await page.evaluate(() => {
        const closed = [];
        const visit = (scope) => {
          for (const el of scope.querySelectorAll('*')) {
            if ((el.matches('button[aria-expanded="false"]') && !el.disabled) || el.matches('details:not([open])')) closed.push(el);
            if (el.shadowRoot) visit(el.shadowRoot);
          }
        };
        visit(document.getElementById('wrapped'));
        for (const el of closed) if (el.localName === 'details') el.open = true; else el.click();
        return closed.length;
      });
      await settled(page);
      if (!opened) break;
    }
    const rendered = await page.evaluate(() => {
      const out = {};
      const visit = (scope) => {
        for (const el of scope.querySelectorAll('*')) {
          if (el.localName.startsWith('psw-') && el.shadowRoot) {
            const root = el.shadowRoot;
            const entry = (out[el.localName] ??= { text: 0, failed: 0 });
            entry.text = Math.max(entry.text, root.textContent.trim().length);
            if (root.querySelector('[part="load-error"]')) entry.failed++;
          }
          if (el.shadowRoot) visit(el.shadowRoot);
        }
      };
      visit(document);
      return out;
    });
    for (const tag of tags.filter((t) => t !== 'psw-role-document')) {
      assert.ok(rendered[tag]?.text > 0, `<${tag}> rendered content (${JSON.stringify(rendered[tag])})`);
      assert.equal(rendered[tag].failed, 0, `<${tag}> loaded its view`);
    }
    await page.addScriptTag({ path: AXE });
    const violations = await page.evaluate(async () => {
      const results = await window.axe.run(document.getElementById('wrapped'), { resultTypes: ['violations'] });
      return results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 5).map((n) => JSON.stringify(n.target)).join(', ')}`);
    });
    console.log(`firefox sweep: ${tags.length} elements (${tags.join(', ')}), axe violations: ${violations.length}`);
    assert.deepEqual(violations, []);
    assert.deepEqual(page.errors, []);
  });

  it('the builder: title, the kind of the next duty and "Add duty", with the keyboard', async () => {
    const page = await tab();
    await page.goto(env.url('/demo/role-builder.html?open'));
    await settled(page);
    assert.equal((await tabTo(page, 'Job title', { max: 12 })).host, 'psw-role-builder');
    await press(page, 'a', 'Control');
    await page.keyboard.type('Peer Support Worker (Firefox)');
    const kind = await tabTo(page, 'Core', { max: 40 });
    assert.equal(kind.tag, 'input');
    await press(page, 'ArrowDown');
    assert.deepEqual(await focusInfo(page).then(({ name, checked }) => ({ name, checked })), { name: 'Flexible', checked: true });
    await tabTo(page, 'Add duty', { max: 3 });
    const before = (await role(page)).duties.length;
    await press(page, 'Enter');
    await page.keyboard.type('Walk and talk sessions');
    const value = await role(page);
    assert.equal(value.role.title, 'Peer Support Worker (Firefox)');
    assert.equal(value.duties.length, before + 1);
    assert.deepEqual({ title: value.duties.at(-1).title, kind: value.duties.at(-1).kind }, { title: 'Walk and talk sessions', kind: 'flexible' });
    assert.deepEqual(page.errors, []);
  });

  it('the checklist: a position typed, "Proposed" chosen with an arrow key, a topic folded with Enter', async () => {
    const page = await tab();
    await page.goto(env.url('/demo/boundary-checklist.html'));
    await settled(page);
    const first = (await role(page)).boundaries[0];
    const position = await tabTo(page, 'Position', { max: 12 });
    assert.equal(position.host, 'psw-boundary-checklist');
    await press(page, 'End', 'Control');
    await page.keyboard.type(' Agreed with the team.');
    await tabTo(page, 'Not started', { back: true, max: 4 });
    await press(page, 'ArrowDown');
    assert.deepEqual(await focusInfo(page).then(({ name, checked }) => ({ name, checked })), { name: 'Proposed', checked: true });
    const boundary = (await role(page)).boundaries.find((b) => b.id === first.id);
    assert.equal(boundary.status, 'proposed');
    assert.ok(boundary.position.endsWith(' Agreed with the team.'), boundary.position);
    const fold = await tabTo(page, /^Hide details of /, { back: true, max: 4 });
    await press(page, 'Enter');
    const expanded = await page.evaluate((name) => {
      let el = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      return { name: el.textContent.replace(/\s+/g, ' ').trim(), expanded: el.getAttribute('aria-expanded') };
    }, fold.name);
    assert.deepEqual(expanded, { name: fold.name.replace(/^Hide/, 'Show'), expanded: 'false' });
    assert.deepEqual(page.errors, []);
  });

  it('the planner: "Add supervision arrangement" and its fields, with the keyboard', async () => {
    const page = await tab();
    await page.goto(env.url('/demo/supervision-planner.html'));
    await settled(page);
    const before = (await role(page)).supervision.arrangements.length;
    // Start from the button (as a person who used the skip link and headings would), then keys only.
    await page.evaluate(() => {
      const buttons = [...document.querySelector('psw-supervision-planner').shadowRoot.querySelectorAll('button')];
      buttons.find((b) => b.textContent.trim().endsWith('Add supervision arrangement')).focus();
    });
    await press(page, 'Enter');
    await tabTo(page, 'Provided by', { max: 3 });
    await page.keyboard.type('Senior peer worker');
    await tabTo(page, 'Number of sessions', { max: 6 });
    await page.keyboard.type('2');
    await tabTo(page, 'Length of a session', { max: 3 });
    await page.keyboard.type('45');
    const value = await role(page);
    assert.equal(value.supervision.arrangements.length, before + 1);
    const added = value.supervision.arrangements.at(-1);
    assert.deepEqual({ provider: added.providerRole, count: added.frequency?.count, minutes: added.durationMinutes },
      { provider: 'Senior peer worker', count: 2, minutes: 45 });
    assert.deepEqual(page.errors, []);
  });

  it('"Try again" brings a view whose chunk failed once (Firefox remembers a failed import of a URL), under the strict CSP', async () => {
    const page = await env.page();
    await page.setRequestInterception(true);
    const views = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname === '/demo/test-pages/lazy-chunks.html') {
        return void request.respond({ status: 200, contentType: 'text/html; charset=utf-8',
          headers: { 'content-security-policy': STRICT_CSP }, body: readFileSync('demo/test-pages/lazy-chunks.html', 'utf8') });
      }
      if (!/\/chunks\/boundary-checklist\.view-/.test(request.url())) return void request.continue();
      views.push(new URL(request.url()).search);
      if (views.length === 1) request.abort('internetdisconnected');
      else request.continue();
    });
    await page.goto(env.url('/demo/test-pages/lazy-chunks.html'));
    const state = () => page.evaluate(async () => {
      const el = document.querySelector('psw-boundary-checklist');
      await el.updateComplete;
      const root = el.shadowRoot;
      return { error: root.querySelector('[part="load-error"]')?.textContent.replace(/\s+/g, ' ').trim() ?? '', topics: root.querySelectorAll('[part~="topic"]').length };
    });
    assert.match((await state()).error, /could not be loaded\. Check your connection, then try again\./);
    // Violations from here on (a preload script that records them upsets Firefox ESR 140; the page's
    // own load under this policy is csp.html's test).
    await page.evaluate(() => {
      window.__violations = [];
      document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    await tabTo(page, 'Try again', { max: 6 });
    await press(page, 'Enter');
    assert.deepEqual(await state(), { error: '', topics: 14 });
    assert.deepEqual(views, ['', '?retry=1']);
    assert.deepEqual(await page.evaluate(() => window.__violations), []);
    assert.ok(page.errors.every((e) => /could not be loaded|dynamically imported module/.test(e)), page.errors.join('\n'));
    const refused = await page.evaluate(() => new Promise((resolve) => setTimeout(() => {
      try { new Function('return 1')(); resolve(false); } catch { resolve(true); }
    })));
    assert.equal(refused, true, 'the page runs under the strict policy');
    assert.equal(await page.evaluate(() => window.__violations.length), 1, 'and reports what it refuses');
    await page.browserContext().close();
  });

  it('the strict-CSP page: every element exercised with no securitypolicyviolation, and the policy enforced', async () => {
    const page = await tab();
    const response = await page.goto(env.url('/demo/csp.html'));
    assert.equal(response.headers()['content-security-policy'], STRICT_CSP);
    const summary = await page.evaluate(() => window.__cspDone);
    assert.ok(summary.tags.includes('psw-role-document') && summary.tags.length >= 8, `elements: ${summary.tags}`);
    assert.ok(summary.fields > 0, 'typed into some fields');
    // And a person typing markup with the keyboard, then undoing it.
    await page.evaluate(() => {
      const builder = document.querySelector('#wrapped psw-role-builder');
      builder.shadowRoot.querySelector('input[type="text"], input:not([type]), textarea').focus();
    });
    await page.keyboard.type('<i>x</i>');
    await press(page, 'z', 'Control');
    await settled(page);
    assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
    assert.deepEqual(page.errors, []);

    // The check can fail: code the policy refuses is refused and reported.
    const outcome = await page.evaluate(() => new Promise((resolve) => setTimeout(() => {
      const result = { trustedTypes: 'trustedTypes' in window };
      try { new Function('return 1')(); result.eval = 'ran'; } catch { result.eval = 'blocked'; }
      try { document.createElement('div').innerHTML = '<b>x</b>'; result.html = 'assigned'; } catch { result.html = 'blocked'; }
      const probe = document.createElement('p');
      probe.setAttribute('style', 'outline: 3px solid red');
      document.body.append(probe);
      result.style = getComputedStyle(probe).outlineStyle === 'solid' ? 'applied' : 'blocked';
      probe.remove();
      resolve(result);
    })));
    // Trusted Types: enforced where the browser has them (Firefox from 145 on; not ESR 140).
    assert.deepEqual(outcome, { trustedTypes: outcome.trustedTypes, eval: 'blocked', html: outcome.trustedTypes ? 'blocked' : 'assigned', style: 'blocked' });
    // Violation events are dispatched a little later, as tasks of their own.
    const seen = (await page.evaluate(async () => {
      for (let i = 0; i < 100 && window.__cspViolations.length < 2; i++) await new Promise((r) => setTimeout(r, 100));
      return window.__cspViolations;
    })).join('\n');
    if (outcome.trustedTypes) {
      assert.match(seen, /^require-trusted-types-for.*Function/m);
      assert.match(seen, /^require-trusted-types-for.*innerHTML/m);
    } else {
      assert.match(seen, /^script-src/m);
    }
    assert.match(seen, /^style-src/m);
  });
});
