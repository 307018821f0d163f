// Undo and Redo for the whole designer (buttons and keyboard), the single status line, and the
// designer in a wrapper, loose beside other tags, and two wrappers on one page.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createRoleDocument } from '../../../src/model/create.js';
import type { PswRoleDesigner } from '../../../components/role-designer/role-designer.component.js';
import type { PswRoleDocument } from '../../../components/role-document/role-document.component.js';
import '../../../components/role-builder/role-builder.js';
import {
  button, collect, currentPanel, field, inStep, mountInWrapper, pageValue, resetPage, root, settle, stepButton, typeInto,
} from './helpers.js';

const undoButton = (el: Element) => root(el).querySelector<HTMLButtonElement>('#undo')!;
const redoButton = (el: Element) => root(el).querySelector<HTMLButtonElement>('#redo')!;

describe('psw-role-designer: undo, redo, status, wrappers', () => {
  beforeEach(() => resetPage());
  afterEach(() => resetPage());

  it('undoes and redoes changes made in any step, from its own buttons; unavailable ones say so', async () => {
    const { wrapper, designer } = await mountInWrapper(createRoleDocument({ template: 'crisis' }));
    const before = wrapper.value.role.title;
    expect(undoButton(designer).getAttribute('aria-disabled')).to.equal('true');
    expect(redoButton(designer).getAttribute('aria-disabled')).to.equal('true');
    undoButton(designer).click();
    await settle(designer);
    expect(wrapper.value.role.title).to.equal(before, 'an unavailable Undo does nothing');

    typeInto(field(root(inStep(designer, 'psw-role-builder')), 'Job title'), 'Crisis Peer Worker');
    await settle(designer);
    stepButton(designer, 'terms').click();
    await settle(designer);
    typeInto(field(root(inStep(designer, 'psw-role-builder')), 'Hours per week'), '22.5');
    await settle(designer);
    expect(undoButton(designer).getAttribute('aria-disabled')).to.equal('false');

    const changes = collect(designer, 'psw-change');
    const announced = () => root(designer).querySelector('.announce')!.textContent!.replace('\u200b', '');
    undoButton(designer).click();
    await settle(designer);
    expect(announced(), 'a screen reader hears that something was undone').to.equal('Last change undone.');
    expect(wrapper.value.employment.hoursPerWeek).to.not.equal(22.5);
    expect(wrapper.value.role.title).to.equal('Crisis Peer Worker');
    undoButton(designer).click();
    await settle(designer);
    expect(wrapper.value.role.title).to.equal(before);
    expect(changes.map((e) => e.target)).to.have.length(2);
    expect(changes.every((e) => e.target === designer)).to.equal(true, 'dispatched from the designer');
    expect(redoButton(designer).getAttribute('aria-disabled')).to.equal('false');
    redoButton(designer).click();
    await settle(designer);
    expect(wrapper.value.role.title).to.equal('Crisis Peer Worker');
    expect(announced()).to.equal('Change redone.');
    // The readiness is a live region of its own, said whole when it changes (not the totals beside it).
    const now = root(designer).querySelector('[part="readiness"] .readiness-now')!;
    expect([now.getAttribute('aria-live'), now.getAttribute('aria-atomic')]).to.deep.equal(['polite', 'true']);
    expect(now.textContent!.replace(/\s+/g, ' ').trim()).to.match(/^Readiness: (Incomplete|Needs attention|Ready)$/);
  });

  it('undoes with Ctrl+Z and redoes with Ctrl+Shift+Z when focus is on the designer’s own controls', async () => {
    const { wrapper, designer } = await mountInWrapper(createRoleDocument({ template: 'crisis' }));
    typeInto(field(root(inStep(designer, 'psw-role-builder')), 'Job title'), 'Typed');
    await settle(designer);
    stepButton(designer, 'duties').focus();
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'z' });
    await sendKeys({ up: 'Control' });
    await settle(designer);
    expect(wrapper.value.role.title).to.not.equal('Typed');
    await sendKeys({ down: 'Control' });
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Z' });
    await sendKeys({ up: 'Shift' });
    await sendKeys({ up: 'Control' });
    await settle(designer);
    expect(wrapper.value.role.title).to.equal('Typed');
  });

  it('shows the document status once: the composed elements’ own status lines are hidden', async () => {
    const { designer } = await mountInWrapper(createRoleDocument({ template: 'crisis' }));
    const inner: HTMLElement[] = [];
    for (const step of ['role', 'boundaries', 'support', 'review'] as const) {
      designer.step = step;
      await settle(designer);
      for (const el of root(designer).querySelectorAll('.panel-body > :not(details), .panel-body > details > *:not(summary)')) {
        const status = el.shadowRoot!.querySelector<HTMLElement>('[part="document-status"]')!;
        expect(getComputedStyle(status).display, el.localName).to.equal('none');
        inner.push(status);
      }
    }
    expect(inner).to.have.length(6);
    const own = [...root(designer).children].find((el): el is HTMLElement => el.getAttribute('part') === 'document-status')!;
    expect(own).to.exist;
    expect(getComputedStyle(own).display).to.not.equal('none');
  });

  it('works loose beside other loose tags (one page-level role), and two wrappers stay independent', async () => {
    const container = await fixture<HTMLDivElement>(html`<div>
      <psw-role-designer id="loose"></psw-role-designer>
      <psw-role-builder sections="basics"></psw-role-builder>
      <psw-role-document id="a"><psw-role-designer></psw-role-designer></psw-role-document>
      <psw-role-document id="b"><psw-role-designer></psw-role-designer></psw-role-document>
    </div>`);
    const loose = container.querySelector<PswRoleDesigner>('#loose')!;
    await settle(loose);
    button(root(loose), 'Start from a blank role').click();
    await settle(loose);
    typeInto(field(root(inStep(loose, 'psw-role-builder')), 'Job title'), 'Shared title');
    await settle(loose);
    expect(pageValue().role.title).to.equal('Shared title');
    const other = container.querySelector('psw-role-builder')!;
    await other.updateComplete;
    expect(field<HTMLInputElement>(root(other), 'Job title').value).to.equal('Shared title', 'the loose builder shows the same role');

    const [a, b] = [...container.querySelectorAll<PswRoleDocument>('psw-role-document')];
    const da = a!.querySelector('psw-role-designer')!;
    const db = b!.querySelector('psw-role-designer')!;
    await settle(da);
    await settle(db);
    button(root(da), 'Start from this template').click();
    await settle(da);
    expect(a!.value.duties.length).to.be.greaterThan(0);
    expect(b!.value.duties).to.deep.equal([]);
    expect(db.matches(':state(start)')).to.equal(true, 'the other wrapper’s designer is untouched');
    expect(pageValue().duties).to.deep.equal([]);
    expect(currentPanel(da).dataset.step).to.equal('role');
  });
});
