// A manager's journey with the demo trust's organisation profile (demo/organisation.html, the
// designer inside <psw-role-document organisation-src="data/riverdale-profile.json">), keyboard only,
// from the start screen to readiness "ready". The profile answers what holds for the whole trust, so
// the manager answers only what is particular to the post: confirms the post facts the template
// suggests, marks the written boundary positions as the team's proposals, gives the base and the
// supervision cover. The edits are counted as the document counts them (undo steps: a burst of typing
// in one field is one) and must be at most 15.
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

/**
 * Types `text` as one burst, as a person typing steadily does: the page's clock (Playwright's,
 * installed before the page loaded) shows one fixed time while the keys go in, and runs on after,
 * so a machine slow enough to leave more than the document's pause for a new undo step between two
 * keys does not split the burst. Timers keep running meanwhile.
 */
async function typeBurst(page, text) {
  const now = await page.evaluate(() => Date.now());
  await page.clock.setFixedTime(now);
  await page.keyboard.type(text);
  await page.clock.setSystemTime(now);
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
    // The page's clock runs from a day a pay table the toolkit holds is in force (whether one is, rule
    // R59, depends on the day), and stands still only for typeBurst.
    await page.clock.install({ time: new Date('2026-12-01T10:00:00') });
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

    // What the profile leaves to the post. The template's post facts are suggestions until the
    // manager confirms (or changes) each one, looking at it: one Confirm per fact, next to its field.
    // The boundary positions the template wrote become the team's proposals before anyone is
    // appointed: one action that says what it does marks the written ones Proposed (the topics with
    // no position are left alone; agreeing them with the post-holder comes after appointment).
    // Then the base (the template cannot know it), who covers supervision, and what the template
    // says the employer provides: the supervision pattern, the training offer (one Confirm each,
    // where they are shown) and the progression route.
    const steps = ['template'];
    const confirm = async (label) => {
      await tabTo(page, `Confirm ${label}`);
      await page.keyboard.press('Enter');
      steps.push(`confirm ${label}`);
    };
    await confirm('Reports to');
    await tabTo(page, /^Next: Duties/);
    await page.keyboard.press('Enter');
    await tabTo(page, /^Next: Boundaries/);
    await page.keyboard.press('Enter');
    const written = await page.evaluate(() => document.getElementById('manager-role').snapshot.document.boundaries.filter((b) => b.status === 'not-started' && b.position).length);
    await tabTo(page, `Mark the ${written} written positions as proposed`);
    await page.keyboard.press('Enter');
    steps.push(`propose the ${written} written boundary positions`);
    await tabTo(page, /^Next: Support/);
    await page.keyboard.press('Enter');
    await tabTo(page, 'Cover when the supervisor is away');
    await typeBurst(page, 'The team leader, or the trust’s peer support lead');
    steps.push('supervision cover');
    // What the template says the employer provides is its suggestion too: confirmed where it is shown.
    const offered = await page.evaluate(() => document.getElementById('manager-role').snapshot.document.meta.suggested ?? []);
    if (offered.includes('supervision.arrangements')) await confirm('the supervision pattern');
    if (offered.some((p) => p.startsWith('training.'))) await confirm('the training offer');
    await tabTo(page, /^Next: Terms/);
    await page.keyboard.press('Enter');
    const suggested = await page.evaluate(() => document.getElementById('manager-role').snapshot.document.meta.suggested ?? []);
    const labels = { 'employment.band': 'Band', 'employment.hoursPerWeek': 'Hours per week', 'employment.contractType': 'Contract type', 'employment.workPattern': 'Working pattern', 'employment.dbs.level': 'DBS check level' };
    for (const path of suggested.filter((p) => p !== 'progression.steps')) await confirm(labels[path]);
    await tabTo(page, 'Base');
    await typeBurst(page, 'Ashby Community Mental Health Team, Station Road, Ashby');
    steps.push('base');
    // The progression route, below the employment section: opened (not an edit), then confirmed.
    if (suggested.includes('progression.steps')) {
      const toggle = await tabTo(page, 'Progression');
      if (toggle.expanded === 'false') await page.keyboard.press('Enter');
      await confirm('the progression route');
    }

    await page.waitForFunction(() => !document.getElementById('manager-role').snapshot.assessment.pending);
    const end = await state(page);
    assert.deepEqual(end.left, [], 'nothing left to fix or check');
    assert.equal(end.readiness, 'ready');
    assert.deepEqual(await page.evaluate(() => document.getElementById('manager-role').snapshot.document.boundaries.filter((b) => b.position).map((b) => b.status)), Array(written).fill('proposed'));

    // Count the edits as the document does: its undo steps.
    const edits = await page.evaluate(() => {
      const el = document.getElementById('manager-role');
      let n = 0;
      while (el.undo() && n < 100) n++;
      return n;
    });
    console.log(`  manager's journey: ${edits} edits: ${steps.join(', ')}`);
    assert.equal(edits, steps.length);
    assert.ok(edits <= 15, `${edits} edits`);
    assert.deepEqual(page.errors, []);
  });
});
