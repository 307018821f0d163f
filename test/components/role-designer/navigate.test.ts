// "Go to the field" from the insights (psw-navigate): the designer shows the step that edits the
// field before that step's editor focuses it — also when the step was never shown before.
import { expect, fixture, html } from '@open-wc/testing';
import { assessRole } from '../../../src/assess/index.js';
import { createRoleDocument } from '../../../src/model/create.js';
import type { RoleDocument } from '../../../src/model/schema.js';
import { PswNavigateEvent } from '../../../components/base/events.js';
import type { PswRoleDesigner } from '../../../components/role-designer/role-designer.component.js';
import type { PswRoleDocument } from '../../../components/role-document/role-document.component.js';
import '../../../components/role-insights/role-insights.js';
import { expectFocused, expectFocusIn, field, inStep, mountInWrapper, resetPage, root, settle, stepButton } from './helpers.js';

function draft(): RoleDocument {
  const d = createRoleDocument();
  return {
    ...d,
    role: { ...d.role, purpose: 'Peer support for adults using community services.' },
    duties: [{ id: 'd1', title: 'Run a peer group', kind: 'core' }],
  };
}

/** Clicks "Go to the field" of the first finding whose path is `path` in the Review step's insights. */
async function goFromInsights(designer: PswRoleDesigner, doc: RoleDocument, path: string): Promise<void> {
  stepButton(designer, 'review').click();
  await settle(designer);
  const index = assessRole(doc).findings.findIndex((f) => f.path === path);
  expect(index, `a finding about ${path}`).to.be.at.least(0);
  const insights = inStep(designer, 'psw-role-insights');
  root(insights).querySelector<HTMLButtonElement>(`[part="finding"][data-index="${index}"] button.go`)!.click();
  await settle(designer);
}

describe('psw-role-designer: psw-navigate', () => {
  beforeEach(() => resetPage());
  afterEach(() => resetPage());

  it('takes "Go to the field" to the step and the field, for every step’s editor', async () => {
    const doc = draft();
    const { wrapper, designer } = await mountInWrapper(doc, { step: 'review' });
    expect(root(designer).querySelectorAll('psw-role-builder, psw-boundary-checklist, psw-supervision-planner')).to.have.length(0, 'only Review is in the page');

    await goFromInsights(designer, wrapper.value, 'role.title');
    expect(designer.step).to.equal('role');
    expectFocused(field(root(inStep(designer, 'psw-role-builder')), 'Job title'));

    await goFromInsights(designer, wrapper.value, 'boundaries');
    expect(designer.step).to.equal('boundaries');
    expectFocusIn('psw-boundary-checklist');

    await goFromInsights(designer, wrapper.value, 'supervision.arrangements');
    expect(designer.step).to.equal('support');
    expectFocusIn('psw-supervision-planner');

    await goFromInsights(designer, wrapper.value, 'employment.hoursPerWeek');
    expect(designer.step).to.equal('terms');
    expectFocused(field(root(inStep(designer, 'psw-role-builder')), 'Hours per week'));

    // A step shown before (kept aside now) is put back before its editor focuses.
    await goFromInsights(designer, wrapper.value, 'role.title');
    expect(designer.step).to.equal('role');
    expectFocused(field(root(inStep(designer, 'psw-role-builder')), 'Job title'));
  });

  it('follows a request dispatched by the page itself, and leaves the start screen for it', async () => {
    const { designer } = await mountInWrapper(createRoleDocument());
    expect(designer.matches(':state(start)')).to.equal(true);
    document.dispatchEvent(new PswNavigateEvent({ path: 'duties' }));
    await settle(designer);
    expect(designer.matches(':state(start)')).to.equal(false);
    expect(designer.step).to.equal('duties');
    expectFocusIn('psw-role-builder');
    expect(inStep(designer, 'psw-role-builder').getAttribute('sections')).to.equal('duties');
  });

  it('ignores requests about another role on the page and paths no step edits', async () => {
    const container = await fixture<HTMLDivElement>(html`<div>
      <psw-role-document id="a"><psw-role-designer step="duties"></psw-role-designer></psw-role-document>
      <psw-role-document id="b"><psw-role-insights></psw-role-insights></psw-role-document>
    </div>`);
    const a = container.querySelector<PswRoleDocument>('#a')!;
    a.value = draft();
    const designer = a.querySelector('psw-role-designer')!;
    await settle(designer);
    const other = container.querySelector('#b psw-role-insights')!;
    other.dispatchEvent(new PswNavigateEvent({ path: 'role.title' }));
    await settle(designer);
    expect(designer.step).to.equal('duties');
    designer.dispatchEvent(new PswNavigateEvent({ path: 'nothing.here' }));
    await settle(designer);
    expect(designer.step).to.equal('duties');
  });
});
