// A manager's journey with the demo trust's organisation profile (demo/organisation.html, the
// designer inside <psw-role-document organisation-src="data/riverdale-profile.json">), keyboard only,
// from the start screen to readiness "ready". The profile answers what holds for the whole trust, so
// the manager answers only what is particular to the post. The edits are counted as the document
// counts them (undo steps: a burst of typing in one field is one) and must be at most 15.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { launch } from './util.mjs';

/** The focused element, followed through shadow roots: its name and whether it is checked. */
const focusInfo = (page) => page.evaluate(() => {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  if (!el) return { name: '' };
  const name = el.labels?.[0]?.textContent.replace(/\s+/g, ' ').trim() ?? el.getAttribute('aria-label') ?? el.textContent.replace(/\s+/g, ' ').trim();
  // The boundary topic whose card holds the control: whether the role has a position for it.
  const topic = el.closest?.('fieldset.topic');
  return {
    name, checked: el.checked ?? null, written: !!topic?.querySelector('textarea')?.value.trim(),
    status: topic?.getAttribute('data-status'), expanded: el.getAttribute?.('aria-expanded'),
  };
});

async function tabTo(page, name, { max = 600, where = () => true } = {}) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const info = await focusInfo(page);
    if ((typeof name === 'string' ? info.name === name : name.test(info.name)) && where(info)) return info;
  }
  throw new Error(`"${name}" not reached with Tab; focus is on ${JSON.stringify(await focusInfo(page))}`);
}

const state = (page) => page.evaluate(() => {
  const el = document.getElementById('manager-role');
  const s = el.snapshot;
  return {
    readiness: s.assessment.pending ? 'pending' : s.assessment.readiness,
    left: s.assessment.findings.filter((f) => f.severity !== 'info').map((f) => `${f.ruleId} ${f.path}`),
    organisation: s.organisation?.organisation.name,
    canUndo: s.canUndo,
    setting: s.document.context.setting,
  };
});

describe('a manager with the organisation profile reaches "ready" from a template (built bundle)', () => {
  let env;
  before(async () => { env = await launch(); });
  after(async () => { await env?.close(); });

  it('in at most 15 edits, keyboard only', async () => {
    const page = await env.page();
    await page.goto(env.url('/demo/organisation.html#manager'));
    const designer = page.locator('#manager-role psw-role-designer');
    await designer.getByRole('radio', { name: 'Adult community mental health' }).waitFor();
    await page.waitForFunction(() => document.getElementById('manager-role').organisation !== undefined);
    assert.equal((await state(page)).organisation, 'Riverdale and Ashby NHS Foundation Trust');

    // Start: from the designer's start screen (focus starts after the HR editor above).
    await designer.getByRole('radio', { name: 'Adult community mental health' }).focus();
    await tabTo(page, 'Start from this template');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.getElementById('manager-role').snapshot.document.context.setting === 'adult-community');

    // What the profile leaves to the post: agreeing the boundary positions the template proposes
    // (the checklist also lists the topics the role has no position on; they are left alone), and
    // who covers supervision.
    await tabTo(page, /^Next: Duties/);
    await page.keyboard.press('Enter');
    await tabTo(page, /^Next: Boundaries/);
    await page.keyboard.press('Enter');
    // Each topic is one line (name, status, what is left) until opened: the manager opens each in
    // turn with Enter, and agrees those with a written position that are not agreed yet.
    const toAgree = await page.evaluate(() => document.getElementById('manager-role').snapshot.document.boundaries.filter((b) => b.status !== 'agreed').length);
    for (let agreed = 0; agreed < toAgree;) {
      await tabTo(page, /^Show details of /);
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => {
        let el = document.activeElement;
        while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
        return el?.getAttribute('aria-expanded') === 'true';
      });
      const card = await focusInfo(page);
      if (!card.written || card.status !== 'not-started') continue;
      await tabTo(page, 'Not started', { max: 10 });
      await page.keyboard.press('ArrowRight');
      assert.equal((await focusInfo(page)).name, 'Agreed');
      agreed++;
    }
    await tabTo(page, /^Next: Support/);
    await page.keyboard.press('Enter');
    await tabTo(page, 'Cover when the supervisor is away');
    await page.keyboard.type('The team leader, or the trust’s peer support lead');

    await page.waitForFunction(() => !document.getElementById('manager-role').snapshot.assessment.pending);
    const end = await state(page);
    assert.deepEqual(end.left, [], 'nothing left to fix or check');
    assert.equal(end.readiness, 'ready');

    // Count the edits as the document does: its undo steps.
    const edits = await page.evaluate(() => {
      const el = document.getElementById('manager-role');
      let n = 0;
      while (el.undo() && n < 100) n++;
      return n;
    });
    console.log(`  manager's journey: ${edits} edits (1 template, ${toAgree} boundaries agreed, 1 supervision cover)`);
    assert.equal(edits, 1 + toAgree + 1);
    assert.ok(edits <= 15, `${edits} edits`);
    assert.deepEqual(page.errors, []);
  });
});
