// The template picker: a new role from a setting's template, never replacing work silently.
import { expect } from '@open-wc/testing';
import { createRoleDocument } from '../../../src/model/create.js';
import { settings } from '../../../src/catalogue/settings.js';
import { lazyImports } from '../../../components/document-runtime/core-deps.js';
import { button, choose, collect, field, focused, mountInWrapper, resetPage, root, settle, typeInto } from './helpers.js';

const dialog = (el: Element) => root(el).querySelector<HTMLDialogElement>('#template-confirm')!;
const closed = (d: HTMLDialogElement) => new Promise((r) => d.addEventListener('close', r, { once: true }));

describe('psw-role-builder: template picker', () => {
  beforeEach(() => resetPage());
  afterEach(() => resetPage());

  it('is open on an empty draft, describes the chosen setting, and starts the role at once (one undo step, psw-change)', async () => {
    const { wrapper, builder } = await mountInWrapper();
    const before = wrapper.value;
    expect(button(builder, 'Start from a template').getAttribute('aria-expanded')).to.equal('true');
    const select = field<HTMLSelectElement>(builder, 'Template for the setting');
    choose(select, 'crisis');
    await settle(builder);
    const crisis = settings.find((s) => s.id === 'crisis')!;
    expect(root(builder).getElementById('template-setting-hint')!.textContent).to.equal(crisis.description);
    const changes = collect(builder, 'psw-change');
    button(builder, 'Use this template').click();
    await settle(builder);
    expect(dialog(builder)?.open ?? false).to.equal(false, 'nothing to lose: no question asked');
    const doc = wrapper.value;
    expect(doc.context.setting).to.equal('crisis');
    expect(doc.duties.length).to.be.greaterThan(3);
    expect(doc.id).to.equal(before.id, 'the same role, started again: id kept');
    expect(doc.meta.createdAt).to.equal(before.meta.createdAt);
    expect(doc.meta.suggested, 'the template’s post facts come as suggestions to confirm').to.include.members(['role.reportsTo', 'employment.hoursPerWeek']);
    expect(changes).to.have.length(1);
    expect(focused(builder)?.id).to.equal('role-title');
    expect(root(builder).querySelector('.announce')!.textContent).to.include('Crisis services');
    wrapper.undo();
    expect(wrapper.value.duties).to.have.length(0);
    expect(wrapper.value.context).to.deep.equal({});
  });

  it('asks before replacing a draft with content; "Keep my draft" keeps it untouched', async () => {
    const { wrapper, builder } = await mountInWrapper();
    typeInto(field(builder, 'Job title'), 'My own role');
    await settle(builder);
    const draft = wrapper.value;
    const changes = collect(document, 'psw-change');
    button(builder, 'Use this template').click();
    await settle(builder);
    const d = dialog(builder);
    expect(d.open).to.equal(true);
    expect(d.matches(':modal')).to.equal(true);
    expect(d.textContent).to.include('Undo');
    const done = closed(d);
    button(builder, 'Keep my draft').click();
    await done;
    await settle(builder);
    expect(wrapper.value).to.equal(draft);
    expect(changes).to.have.length(0);
    expect(root(builder).querySelector('.announce')!.textContent).to.equal('Your draft was kept as it was.');
  });

  it('counts Escape as keeping the draft', async () => {
    const { wrapper, builder } = await mountInWrapper();
    typeInto(field(builder, 'Job title'), 'Mine');
    await settle(builder);
    const draft = wrapper.value;
    button(builder, 'Use this template').click();
    const d = dialog(builder);
    const done = closed(d);
    d.dispatchEvent(new Event('cancel'));
    d.close();
    await done;
    await settle(builder);
    expect(wrapper.value).to.equal(draft);
  });

  it('"Replace my draft" replaces it in one undo step, keeping the id, organisation and host extensions', async () => {
    const base = createRoleDocument();
    const mine = { ...base, meta: { ...base.meta, status: 'approved' as const, organisation: 'Example Trust', reviewDate: '2027-01-01' },
      role: { title: 'My own role' }, extensions: { 'x-host': { ref: 42 } } };
    const { wrapper, builder } = await mountInWrapper(mine);
    button(builder, 'Start from a template').click();
    await settle(builder);
    choose(field<HTMLSelectElement>(builder, 'Template for the setting'), 'perinatal');
    await settle(builder);
    const changes = collect(builder, 'psw-change');
    button(builder, 'Use this template').click();
    const d = dialog(builder);
    expect(d.open).to.equal(true);
    const done = closed(d);
    button(builder, 'Replace my draft').click();
    await done;
    await settle(builder);
    const doc = wrapper.value;
    expect(doc.context.setting).to.equal('perinatal');
    expect(doc.role.title).to.not.equal('My own role');
    expect(doc.id).to.equal(mine.id);
    expect(doc.meta).to.include({ status: 'draft', organisation: 'Example Trust', createdAt: mine.meta.createdAt });
    expect(doc.meta).to.not.have.property('reviewDate');
    expect(doc.extensions).to.deep.equal({ 'x-host': { ref: 42 } });
    expect(changes).to.have.length(1);
    button(builder, 'Undo').click();
    await settle(builder);
    expect(wrapper.value.role.title).to.equal('My own role');
    expect(wrapper.value.meta.status).to.equal('approved');
  });

  it('says so in place when the template cannot be fetched, keeps the draft, and works when tried again', async () => {
    const { wrapper, builder } = await mountInWrapper();
    const before = wrapper.value;
    const changes = collect(builder, 'psw-change');
    const original = lazyImports.templates;
    lazyImports.templates = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    try {
      button(builder, 'Use this template').click();
      await settle(builder);
    } finally {
      lazyImports.templates = original;
    }
    expect(wrapper.value).to.equal(before, 'the draft is untouched');
    expect(changes).to.have.length(0);
    const error = root(builder).querySelector('#template-error')!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(error.textContent).to.equal('The template could not be loaded, so your draft was not changed. Check your connection, then try again.');
    expect(button(builder, 'Use this template').getAttribute('aria-describedby')).to.equal('template-error');

    button(builder, 'Use this template').click();
    await settle(builder);
    expect(wrapper.value.context.setting).to.equal('adult-community');
    expect(changes).to.have.length(1);
    button(builder, 'Start from a template').click();
    await settle(builder);
    expect(root(builder).querySelector('#template-error')).to.equal(null, 'the failure no longer applies');
    expect(button(builder, 'Use this template').hasAttribute('aria-describedby')).to.equal(false);
  });
});
