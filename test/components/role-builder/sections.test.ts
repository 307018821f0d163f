// `sections`: a host shows only some of the builder's parts (as <psw-role-designer> does per step).
import { expect, fixture, html } from '@open-wc/testing';
import { createRoleDocument } from '../../../src/model/create.js';
import { PswNavigateEvent } from '../../../components/base/events.js';
import { finding, focused, mountAssessed, mountInWrapper, resetPage, root, settle } from './helpers.js';

const partsOf = (el: Element) =>
  [...root(el).querySelectorAll('[data-section]')].map((s) => s.getAttribute('data-section'));

describe('psw-role-builder: sections', () => {
  beforeEach(() => resetPage());
  afterEach(() => resetPage());

  it('shows every section when unset, and only the listed ones (open) when set', async () => {
    const { builder } = await mountInWrapper(createRoleDocument({ template: 'adult-community' }));
    await settle(builder);
    expect(partsOf(builder)).to.deep.equal(['templates', 'basics', 'duties', 'employment', 'progression', 'person-spec']);
    expect(root(builder).querySelector('h2')).to.not.equal(null);
    expect(root(builder).querySelector('#undo')).to.not.equal(null);

    builder.sections = 'employment person-spec';
    await settle(builder);
    expect(partsOf(builder)).to.deep.equal(['employment', 'person-spec']);
    for (const id of ['employment', 'person-spec']) {
      expect(root(builder).querySelector(`#${id}-toggle`)!.getAttribute('aria-expanded')).to.equal('true', `${id} starts open`);
    }
    expect(root(builder).querySelector('h2'), 'the host names the part').to.equal(null);
    expect(root(builder).querySelector('#undo'), 'Undo is the host’s').to.equal(null);
    expect(root(builder).querySelector('#toggle-all'), 'two sections: open/close all stays').to.not.equal(null);
    expect(builder.getAttribute('sections')).to.equal('employment person-spec');
  });

  it('reads the attribute, and hides open/close all with one section', async () => {
    const container = await fixture<HTMLDivElement>(html`<div><psw-role-document>
      <psw-role-builder sections=" templates  basics "></psw-role-builder>
    </psw-role-document></div>`);
    const builder = container.querySelector('psw-role-builder')!;
    await settle(builder);
    expect(partsOf(builder)).to.deep.equal(['templates', 'basics']);
    expect(root(builder).querySelector('#toggle-all')).to.equal(null);
    expect(root(builder).querySelector('#templates-toggle')!.getAttribute('aria-expanded')).to.equal('false', 'the host decides how a role starts');
  });

  it('ignores psw-navigate and must-fix findings for sections it does not show', async () => {
    const doc = createRoleDocument({ template: 'adult-community' });
    const { builder } = await mountAssessed(doc, () => ({
      findings: [finding({ ruleId: 'R-d', path: 'duties', severity: 'error' })],
    }));
    builder.sections = 'basics';
    await settle(builder);
    expect(builder.matches(':state(has-errors)')).to.equal(false);
    document.dispatchEvent(new PswNavigateEvent({ path: 'duties' }));
    await settle(builder);
    expect(focused(builder)).to.equal(null);
    document.dispatchEvent(new PswNavigateEvent({ path: 'role.title' }));
    await settle(builder);
    expect((focused(builder) as HTMLInputElement | null)?.id).to.equal('role-title');

    builder.sections = 'duties';
    await settle(builder);
    expect(builder.matches(':state(has-errors)')).to.equal(true);
  });

  it('starts only the open-sections open, the others as a summary line, and opens one for psw-navigate', async () => {
    const container = await fixture<HTMLDivElement>(html`<div><psw-role-document template="adult-community">
      <psw-role-builder sections="employment progression person-spec" open-sections="employment"></psw-role-builder>
    </psw-role-document></div>`);
    const builder = container.querySelector('psw-role-builder')!;
    await settle(builder);
    const expanded = (id: string) => root(builder).querySelector(`#${id}-toggle`)!.getAttribute('aria-expanded');
    expect(['employment', 'progression', 'person-spec'].map(expanded)).to.deep.equal(['true', 'false', 'false']);
    expect(root(builder).querySelector('[data-section="person-spec"] .section-summary')?.textContent).to.match(/essential/i);
    expect(root(builder).querySelector('[data-section="person-spec"] .section-body input, [data-section="person-spec"] .section-body textarea')).to.equal(null);
    // A closed section says what is still to do inside it: the template's progression route to confirm.
    const left = (id: string) => root(builder).querySelector(`[data-section="${id}"] .section-left`)?.textContent ?? '';
    expect(left('progression')).to.match(/^\d+ to check inside\.$/);
    expect(left('employment'), 'an open section shows its findings instead').to.equal('');
    document.dispatchEvent(new PswNavigateEvent({ path: 'progression.steps' }));
    await settle(builder);
    expect(expanded('progression')).to.equal('true');
    expect(left('progression')).to.equal('');
  });
});
