// The interop demo pages, as a host page or app would use the toolkit (after `npm run build`):
// React 19 (demo/react.html), a plain form (demo/form.html), the bundle loaded twice
// (demo/double-load.html) and a value the page fetched (demo/fetch-value.html). Every page is served
// with the strict Content-Security-Policy and must run without a violation or a console error (the
// double load also without any policy, and with one that allows a second `lit-html` policy).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { STRICT_CSP } from '../../scripts/serve.mjs';
import { launch } from './util.mjs';

let env, tab;
before(async () => {
  env = await launch();
  // One page for the file, readied for each test by env.reset (fresh storage, no routes, no errors).
  tab = await env.page();
  await tab.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
});
after(async () => { await env?.close(); });

/**
 * A page that loads the bundle twice evaluates Lit twice, and each copy creates the `lit-html`
 * Trusted Types policy: the host's policy must allow duplicates (docs/csp.md).
 */
const CSP_TWO_COPIES = STRICT_CSP.replace('trusted-types lit-html', "trusted-types lit-html 'allow-duplicates'");

/** Opens a demo page (under `csp` unless null), recording violations; resolves when it has loaded. */
async function open(path, csp = STRICT_CSP) {
  const page = await env.reset(tab);
  if (csp) {
    await page.route(`**${path}`, async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': csp } });
    });
  }
  await page.goto(env.url(path));
  return page;
}

async function assertClean(page) {
  assert.deepEqual(await page.evaluate(() => window.__violations), [], 'CSP violations');
  assert.deepEqual(page.errors, [], 'console errors');
}

/** The document held by the (first) <psw-role-document> of the page. */
const roleValue = (page) => page.evaluate(() => document.querySelector('psw-role-document').value);

describe('React 19 page (demo/react.html)', () => {
  it('renders the elements, passes properties from React and brings psw-change back into React state', async () => {
    const page = await open('/demo/react.html');
    const jd = page.locator('psw-job-description');
    await jd.getByRole('heading', { name: 'Peer Support Worker – Community Mental Health', level: 2 }).waitFor();
    assert.equal(await page.getByTestId('changes').innerText(), '0');
    assert.equal(await page.evaluate(() => document.querySelector('psw-role-document').hasAttribute('value')), false,
      'React 19 sets value as a property (the elements are defined before React renders)');

    // A property set from React reaches the element.
    await page.getByLabel('New job title').fill('Senior Peer Support Worker');
    await page.getByRole('button', { name: 'Set the title from React' }).click();
    await jd.getByRole('heading', { name: 'Senior Peer Support Worker', level: 2 }).waitFor();
    assert.equal((await roleValue(page)).role.title, 'Senior Peer Support Worker');
    assert.equal(await page.getByTestId('changes').innerText(), '0', 'a programmatic value set is not a psw-change');

    // A user change in an element reaches React state through onpsw-change.
    const checklist = page.locator('psw-boundary-checklist');
    const topic = checklist.locator('[part~="topic"][data-topic="self-disclosure"]');
    await topic.getByRole('radio', { name: 'Agreed' }).check();
    await page.getByTestId('changes').filter({ hasText: '1' }).waitFor();
    assert.equal(await page.getByTestId('agreed').innerText(), '1');
    assert.match(await page.getByTestId('readiness').innerText(), /^(ready|needs-attention|incomplete)$/);
    assert.equal(await page.getByTestId('title').innerText(), 'Senior Peer Support Worker', 'React state kept the title');

    // Boolean property from React; a method through a ref.
    await page.getByLabel('Read only').check();
    await page.waitForFunction(() => document.querySelector('psw-role-document').matches(':state(readonly)'));
    assert.equal(await checklist.locator('input').count(), 0, 'read only: no controls');
    await page.getByLabel('Read only').uncheck();
    await checklist.locator('input').first().waitFor();
    await page.getByRole('button', { name: 'Undo' }).click();
    await page.getByTestId('agreed').filter({ hasText: '0' }).waitFor();
    assert.equal((await roleValue(page)).boundaries.find((b) => b.topic === 'self-disclosure')?.status, 'not-started');
    await assertClean(page);
  });
});

describe('form page (demo/form.html)', () => {
  it('is invalid while required and a Must fix finding exist, then submits the role as JSON', async () => {
    const page = await open('/demo/form.html');
    await page.locator('psw-role-insights').getByText('Must fix: 1').waitFor();
    assert.equal(await page.evaluate(() => document.querySelector('psw-role-document').reportValidity()), false);
    await page.getByRole('button', { name: 'Check the role (reportValidity)' }).click();
    assert.match(await page.locator('#validity').innerText(), /reportValidity\(\): false\. The role is not ready yet: No boundaries are written down/);

    await page.getByRole('button', { name: 'Send the role' }).click();
    assert.equal(await page.locator('#error-summary').isVisible(), true);
    assert.match(await page.locator('#error-message').innerText(), /No boundaries are written down/);
    assert.equal(await page.locator('#sent').innerText(), '', 'nothing sent while invalid');

    // Not required: the draft is sent as it is.
    await page.getByLabel('The role must be ready').uncheck();
    // `required` is a reactive property: the element's validity follows in its next update.
    await page.waitForFunction(() => document.querySelector('psw-role-document').checkValidity());
    await page.getByRole('button', { name: 'Send the role' }).click();
    await page.locator('#sent').filter({ hasText: /^submitter=/ }).waitFor({ timeout: 10_000 }).catch(() => {});
    const sent = await page.locator('#sent').innerText();
    assert.match(sent, /^submitter=A\. Manager\nrole=/, `the page says: ${await page.locator('#validity').innerText()}`);
    const submitted = JSON.parse(sent.slice(sent.indexOf('role=') + 5));
    assert.equal(submitted.kind, 'psw-role-document');
    assert.deepEqual(submitted.boundaries, []);
    const formData = await page.evaluate(() => new FormData(document.getElementById('role-form')).get('role'));
    assert.deepEqual(JSON.parse(formData), await roleValue(page), 'FormData carries the document JSON');

    // Required again, and the Must fix resolved in the editor inside the form.
    await page.getByLabel('The role must be ready').check();
    const topic = page.locator('psw-boundary-checklist [part~="topic"][data-topic="self-disclosure"]');
    await topic.getByLabel('Position').fill('Shares lived experience with purpose, and chooses what to share.');
    await page.locator('psw-role-insights').getByText('Must fix: 0').waitFor();
    assert.equal(await page.evaluate(() => document.querySelector('psw-role-document').reportValidity()), true);
    await page.getByRole('button', { name: 'Send the role' }).click();
    const again = await page.locator('#sent').innerText();
    assert.match(again, /Shares lived experience with purpose/);
    assert.equal(await page.locator('#error-summary').isVisible(), false);
    await assertClean(page);
  });
});

describe('bundle loaded twice (demo/double-load.html)', () => {
  for (const [label, csp] of [['no CSP', null], ["strict CSP with trusted-types lit-html 'allow-duplicates'", CSP_TWO_COPIES]]) {
    it(`evaluates the file twice without errors, and the loose elements share one page-level document (${label})`, async () => {
      await doubleLoad(csp);
    });
  }

  it('needs allow-duplicates under the strict CSP (docs/csp.md): without it the second copy is refused', async () => {
    const page = await open('/demo/double-load.html');
    await page.waitForFunction(() => window.__violations.length > 0); // reported a little after the refusal
    const violations = await page.evaluate(() => window.__violations);
    assert.ok(violations.length >= 1 && violations.every((v) => v === 'trusted-types trusted-types-policy'), violations.join('\n'));
  });

  async function doubleLoad(csp) {
    const page = await open('/demo/double-load.html', csp);
    assert.match(await page.locator('#copies').innerText(), /loaded psw-role-kit\.js [2-9] times/);
    // Both copies were evaluated (lazy chunks may import the file once more by its plain URL).
    const loads = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name)).filter((u) => u.pathname.endsWith('/psw-role-kit.js')).map((u) => u.search));
    assert.deepEqual(loads.filter((q) => q).sort(), ['?web-part=1', '?web-part=2']);

    const checklist = page.locator('psw-boundary-checklist');
    const topic = checklist.locator('[part~="topic"][data-topic="self-disclosure"]');
    await topic.getByLabel('Position').fill('Shares lived experience only when it helps the person.');
    await topic.getByRole('radio', { name: 'Agreed' }).check();
    // Boundaries are in the internal record (the candidate's job description leaves them out).
    await page.locator('psw-job-description').evaluate((el) => el.setAttribute('audience', 'internal'));
    await page.locator('psw-job-description').getByText('Shares lived experience only when it helps the person.').waitFor();
    const shared = await page.evaluate(() => {
      const pageDoc = globalThis[Symbol.for('psw-role-kit/page-document/v1')];
      return { installed: !!pageDoc, host: pageDoc?.host === document.body, position: pageDoc?.value.boundaries.find((b) => b.topic === 'self-disclosure')?.position };
    });
    assert.deepEqual(shared, { installed: true, host: true, position: 'Shares lived experience only when it helps the person.' });
    if (csp) await assertClean(page);
    else assert.deepEqual(page.errors, [], 'console errors');
  }
});

describe('fetched value (demo/fetch-value.html)', () => {
  it('shows the fetched role, and lists the issues of an invalid file while keeping the role', async () => {
    const page = await open('/demo/fetch-value.html');
    const title = 'Peer Support Worker – Early Intervention in Psychosis';
    await page.locator('#loaded').filter({ hasText: `Loaded data/sample-role.json: “${title}”.` }).waitFor();
    await page.locator('psw-job-description').getByRole('heading', { name: title, level: 2 }).waitFor();
    assert.equal((await roleValue(page)).id, 'sample-role-eip');

    await page.getByRole('button', { name: 'Load data/invalid-role.json (invalid)' }).click();
    await page.locator('#issues').waitFor({ state: 'visible' });
    const issues = await page.locator('#issue-list li').allInnerTexts();
    assert.ok(issues.some((i) => i.startsWith('duties[0].timeShare: ')), issues.join('\n'));
    assert.ok(issues.some((i) => i.startsWith('employment.hoursPerWeek: ')));
    assert.ok(issues.some((i) => /“unexpected” is not a field/.test(i)));
    assert.match(await page.locator('#loaded').innerText(), new RegExp(`Refused data/invalid-role.json; the role on the page is still “${title}”`));
    assert.equal((await roleValue(page)).role.title, title, 'the role on the page is untouched');
    await assertClean(page);
  });
});
