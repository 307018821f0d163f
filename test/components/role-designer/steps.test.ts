// The step navigation: what each step counts (it must match the assessment's findings for the
// paths the step edits), the tick, aria-current, deep links through `step`, Previous/Next and focus.
import { expect } from '@open-wc/testing';
import { afterNextPaint } from '../util/wait.js';
import { assessRole } from '../../../src/assess/index.js';
import type { Finding } from '../../../src/assess/types.js';
import { settings } from '../../../src/catalogue/settings.js';
import { createRoleDocument } from '../../../src/model/create.js';
import type { RoleDocument } from '../../../src/model/schema.js';
import { STEP_IDS, stepOfPath } from '../../../components/role-designer/steps.js';
import type { PswRoleDesigner } from '../../../components/role-designer/role-designer.component.js';
import {
  button, currentPanel, deepActive, expectFocused, field, inStep, mountInWrapper, resetPage, root, settle, spoken, stepButton, text, typeInto,
} from './helpers.js';

/** The parts of the document each step edits, written out here independently of the element. */
const OWNERS: Record<string, readonly string[]> = {
  role: ['role', 'context', 'meta'],
  duties: ['duties'],
  boundaries: ['boundaries'],
  support: ['supervision', 'training', 'team', 'leadership', 'wellbeing'],
  terms: ['employment', 'progression', 'recruitment'],
};
const under = (path: string, prefix: string) => path === prefix || path.startsWith(`${prefix}.`) || path.startsWith(`${prefix}[`);
const ofStep = (step: string, findings: readonly Finding[]) =>
  step === 'review' ? [...findings] : findings.filter((f) => f.path !== undefined && OWNERS[step]!.some((p) => under(f.path!, p)));

function expectedStatus(findings: readonly Finding[]): { state: string; text: string } {
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  const parts = [errors ? `${errors} to fix` : '', warnings ? `${warnings} to check` : ''].filter(Boolean);
  return { state: errors ? 'fix' : warnings ? 'check' : 'clear', text: parts.length ? parts.join(', ') : 'All clear' };
}

function expectCountsMatch(designer: PswRoleDesigner, doc: RoleDocument): void {
  const findings = assessRole(doc).findings;
  for (const step of STEP_IDS) {
    const b = stepButton(designer, step);
    const expected = expectedStatus(ofStep(step, findings));
    expect(b.getAttribute('data-state'), step).to.equal(expected.state);
    expect(text(b.querySelector('.step-status')), step).to.include(expected.text);
    // A tick only when nothing is left to fix or check; each state its own mark, never colour alone.
    expect(text(b.querySelector('.step-status .mark')), step).to.equal({ fix: '!', check: '?', clear: '✓' }[expected.state]);
    expect(spoken(b), step).to.include(expected.text, 'the counts are spoken');
  }
}

/** A draft with something written (so no start screen) and many findings. */
function draft(): RoleDocument {
  const d = createRoleDocument();
  return { ...d, role: { ...d.role, purpose: 'Peer support for adults using community services.' } };
}

describe('psw-role-designer: steps', () => {
  beforeEach(() => resetPage());
  afterEach(() => resetPage());

  it('lists the six steps in order as buttons in a labelled nav, the current one aria-current="step"', async () => {
    const { designer } = await mountInWrapper(draft());
    const nav = root(designer).querySelector('nav[part="steps"]')!;
    expect(nav.getAttribute('aria-label')).to.equal('Steps');
    const buttons = [...nav.querySelectorAll('ol > li > button')];
    expect(buttons.map((b) => text(b.querySelector('.step-name')))).to.deep.equal(['Role', 'Duties', 'Boundaries', 'Support', 'Terms', 'Review and export']);
    expect(buttons.map((b) => b.getAttribute('aria-current'))).to.deep.equal(['step', null, null, null, null, null]);
    expect(spoken(buttons[1]!)).to.match(/^2\. Duties, /);
  });

  it('counts on each step the findings of the paths it edits; Review counts them all; a tick only when nothing is left to fix or check', async () => {
    const { wrapper, designer } = await mountInWrapper(draft());
    expectCountsMatch(designer, wrapper.value);
    expect(stepButton(designer, 'role').getAttribute('data-state')).to.equal('fix', 'no job title yet');

    // Fixing the title changes the Role step's count, live.
    typeInto(field(root(inStep(designer, 'psw-role-builder')), 'Job title'), 'Peer Support Worker');
    await afterNextPaint(); // the findings of what was typed follow the paint
    await settle(designer);
    expectCountsMatch(designer, wrapper.value);

    wrapper.value = createRoleDocument({ template: 'vcse-community' });
    await settle(designer);
    expectCountsMatch(designer, wrapper.value);
    // A step with only things to check has no tick.
    const checking = STEP_IDS.filter((step) => stepButton(designer, step).getAttribute('data-state') === 'check');
    expect(checking.length, 'the template leaves something to check').to.be.greaterThan(0);
    for (const step of checking) {
      expect(text(stepButton(designer, step).querySelector('.mark')), step).to.equal('?');
      expect(spoken(stepButton(designer, step)), step).to.match(/\d+ to check/);
    }
  });

  it('gives every path the assessment reports (blank role, every template) to exactly one step', () => {
    const docs = [createRoleDocument(), draft(), ...settings.map((s) => createRoleDocument({ template: s.id }))];
    const paths = new Set(docs.flatMap((d) => assessRole(d).findings.map((f) => f.path)).filter((p): p is string => !!p));
    expect(paths.size).to.be.greaterThan(10);
    for (const path of paths) {
      const owners = Object.keys(OWNERS).filter((s) => OWNERS[s]!.some((p) => under(path, p)));
      expect(owners, path).to.have.length(1);
      expect(stepOfPath(path), path).to.equal(owners[0]);
    }
  });

  it('switches step from the navigation: focus stays on the button, the change is announced, panels are kept', async () => {
    const { designer } = await mountInWrapper(draft());
    const roleBuilder = inStep(designer, 'psw-role-builder');
    stepButton(designer, 'boundaries').focus();
    stepButton(designer, 'boundaries').click();
    await settle(designer);
    expect(designer.step).to.equal('boundaries');
    expect(designer.getAttribute('step')).to.equal('boundaries', 'reflected for deep links');
    expect(stepButton(designer, 'boundaries').getAttribute('aria-current')).to.equal('step');
    expect(stepButton(designer, 'role').hasAttribute('aria-current')).to.equal(false);
    expectFocused(stepButton(designer, 'boundaries'));
    expect(text(root(designer).querySelector('.announce'))).to.equal('Step 3 of 6: Boundaries');
    expect(inStep(designer, 'psw-boundary-checklist')).to.exist;
    const panels = [...root(designer).querySelectorAll<HTMLElement>('.panel')];
    expect(panels.map((p) => p.dataset.step)).to.deep.equal(['boundaries'], 'only the shown step is in the page');
    expect(roleBuilder.isConnected).to.equal(false, 'a step left behind is kept aside, doing no work');

    stepButton(designer, 'role').click();
    await settle(designer);
    expect(inStep(designer, 'psw-role-builder') === roleBuilder).to.equal(true, 'the same element: what was open inside it survives');
    expect(roleBuilder.isConnected).to.equal(true);
  });

  it('keeps its status with the step: "Step 3 of 6: Boundaries" goes once another step is shown', async () => {
    const { designer } = await mountInWrapper(draft());
    const announce = () => text(root(designer).querySelector('.announce'));
    stepButton(designer, 'boundaries').click();
    await settle(designer);
    expect(announce()).to.equal('Step 3 of 6: Boundaries');
    for (const [next, name] of [['support', 'Support'], ['terms', 'Terms'], ['review', 'Review and export']] as const) {
      button(currentPanel(designer), `Next: ${name}`).click();
      await settle(designer);
      expect(designer.step).to.equal(next);
      expect(announce(), next).to.not.include('Boundaries');
      expect(text(root(designer).querySelector(`#panel-title-${next}`))).to.equal(`Step ${STEP_IDS.indexOf(next) + 1} of 6: ${name}`);
    }
    stepButton(designer, 'support').click();
    await settle(designer);
    expect(announce()).to.equal('Step 4 of 6: Support');
    designer.step = 'boundaries'; // a page deep-linking to a step
    await settle(designer);
    expect(announce()).to.equal('');
  });

  it('opens on the step named by the step attribute, and follows it when the page changes it', async () => {
    const { designer } = await mountInWrapper(draft(), { step: 'support' });
    expect(currentPanel(designer).dataset.step).to.equal('support');
    expect(inStep(designer, 'psw-supervision-planner')).to.exist;
    designer.setAttribute('step', 'terms');
    await settle(designer);
    expect(inStep(designer, 'psw-role-builder').getAttribute('sections')).to.equal('employment progression person-spec');
    expect(inStep(designer, 'psw-role-builder').getAttribute('open-sections'), 'the others start as summaries').to.equal('employment');
    designer.setAttribute('step', 'nonsense');
    await settle(designer);
    expect(designer.step).to.equal('role');
    expect(currentPanel(designer).dataset.step).to.equal('role');
  });

  it('moves with Previous and Next, taking focus to the top of the new step', async () => {
    const { designer } = await mountInWrapper(draft());
    expect(() => button(currentPanel(designer), 'Previous: Role')).to.throw();
    for (const [from, to, name] of [['role', 'duties', 'Duties'], ['duties', 'boundaries', 'Boundaries'], ['boundaries', 'support', 'Support'],
      ['support', 'terms', 'Terms'], ['terms', 'review', 'Review and export']] as const) {
      expect(designer.step).to.equal(from);
      button(currentPanel(designer), `Next: ${name}`).click();
      await settle(designer);
      expect(designer.step).to.equal(to);
      expectFocused(root(designer).querySelector(`#panel-title-${to}`));
      expect(text(deepActive())).to.equal(`Step ${STEP_IDS.indexOf(to) + 1} of 6: ${name}`);
    }
    expect(() => button(currentPanel(designer), 'Next: Role')).to.throw();
    expect(text(root(designer).querySelector('.announce'))).to.equal('', 'nothing said about an earlier step stays');
    button(currentPanel(designer), 'Previous: Terms').click();
    await settle(designer);
    expect(designer.step).to.equal('terms');
  });

  it('never breaks a step’s name inside a word, from a phone to a wide page (six, three or one a row)', async () => {
    const { wrapper, designer } = await mountInWrapper(draft());
    /** How many lines each word of each step's name takes (1 when it is not broken). */
    const brokenWords = () => [...root(designer).querySelectorAll('.step-name')].flatMap((name) => {
      const node = name.firstChild!;
      const text = node.textContent!;
      return [...text.matchAll(/\S+/g)].filter((m) => {
        const range = document.createRange();
        range.setStart(node, m.index!);
        range.setEnd(node, m.index! + m[0].length);
        return range.getClientRects().length > 1;
      }).map((m) => m[0]);
    });
    const columns = () => new Set([...root(designer).querySelectorAll('.steps li')].map((li) => Math.round(li.getBoundingClientRect().left))).size;
    for (const [width, expected] of [[1100, 6], [900, 3], [600, 3], [420, 1], [320, 1]] as const) {
      wrapper.parentElement!.style.inlineSize = `${width}px`;
      await settle(designer);
      expect(brokenWords(), `${width}px`).to.deep.equal([]);
      expect(columns(), `${width}px`).to.equal(expected);
    }
  });

  it('brings the new step’s navigation into sight below a sticky page header, and only below a header', async () => {
    /** A box of the page, pinned at the top of the window, `height` px tall. */
    const pinnedBox = (position: 'sticky' | 'fixed', height: string) => {
      const box = document.createElement('div');
      box.style.cssText = `position: ${position}; top: 0; inset-inline: 0; height: ${height}; background: #005eb8; z-index: 1`;
      document.body.prepend(box);
      return box;
    };
    const navTop = (designer: PswRoleDesigner) => root(designer).querySelector('.steps-nav')!.getBoundingClientRect().top;
    const next = async (designer: PswRoleDesigner, name: string) => {
      button(currentPanel(designer), `Next: ${name}`).click();
      await settle(designer);
    };
    const boxes: HTMLElement[] = [];
    try {
      // A page with a 120 px sticky header: the navigation ends up under it, not behind it.
      boxes.push(pinnedBox('sticky', '120px'));
      let { designer } = await mountInWrapper(draft());
      await next(designer, 'Duties');
      expect(navTop(designer)).to.be.within(120, 140);
      // A fixed header of another height, and the focus still at the top of the step.
      boxes.pop()!.remove();
      boxes.push(pinnedBox('fixed', '64px'));
      await next(designer, 'Boundaries');
      expect(navTop(designer)).to.be.within(64, 84);
      expectFocused(root(designer).querySelector('#panel-title-boundaries'));

      // No header: the navigation at the top of the window, as the browser puts it.
      boxes.pop()!.remove();
      resetPage();
      ({ designer } = await mountInWrapper(draft()));
      await next(designer, 'Duties');
      expect(navTop(designer)).to.be.within(-1, 1);
      // A fixed box over the whole window (a dialog's backdrop) is not a header: nothing more is scrolled.
      boxes.push(pinnedBox('fixed', '100%'));
      await next(designer, 'Boundaries');
      expect(navTop(designer)).to.be.within(-1, 1);
      boxes.pop()!.remove();

      // A page whose content scrolls in a frame of its own, with the sticky header inside it.
      const frame = document.createElement('div');
      frame.style.cssText = 'position: fixed; inset: 0; overflow-y: auto';
      boxes.push(frame);
      const header = document.createElement('div');
      header.style.cssText = 'position: sticky; top: 0; height: 100px; background: #005eb8; z-index: 1';
      frame.append(header, designer.closest('psw-role-document')!);
      document.body.append(frame);
      await settle(designer);
      await next(designer, 'Support');
      expect(navTop(designer)).to.be.within(100, 120);
      expect(frame.scrollTop, 'the frame scrolled, not the page').to.be.greaterThan(0);
    } finally {
      for (const box of boxes) box.remove();
    }
  });

  it('composes the elements of each step', async () => {
    const { designer } = await mountInWrapper(draft());
    const tags: string[][] = [];
    for (const step of STEP_IDS) {
      designer.step = step;
      await settle(designer);
      tags.push([...currentPanel(designer).querySelector('.panel-body')!.children].map((el) =>
        el.localName + (el.getAttribute('sections') ? `[${el.getAttribute('sections')}]` : '')));
    }
    expect(tags).to.deep.equal([
      ['psw-role-builder[templates basics]'],
      ['psw-role-builder[duties]'],
      ['psw-boundary-checklist'],
      ['psw-supervision-planner'],
      ['psw-role-builder[employment progression person-spec]'],
      ['psw-role-insights', 'psw-role-export', 'details'],
    ]);
    // The Review step's job description waits behind a disclosure; its findings are one line each.
    expect(currentPanel(designer).querySelector('details.job-description > psw-job-description')).to.exist;
    expect(currentPanel(designer).querySelector('psw-role-insights')!.hasAttribute('summaries')).to.equal(true);
  });
});
