// The builder with an organisation profile: values that come from it are marked with its asOf date,
// a post can override them (undoably) and go back to the organisation's answer; template choices.
import { expect } from '@open-wc/testing';
import { createRoleDocument } from '../../../src/model/create.js';
import { setIn } from '../../../src/store/ops.js';
import type { PswRoleDocument } from '../../../components/role-document/role-document.component.js';
import type { PswRoleBuilder } from '../../../components/role-builder/role-builder.component.js';
import { testProfile } from '../../fixtures/profiles.js';
import '../../../components/locales/cy.js';
import { button, choose, collect, field, focused, mountInWrapper, resetPage, root, settle, typeInto } from './helpers.js';

async function withProfile(profile: unknown, attrs = ''): Promise<{ wrapper: PswRoleDocument; builder: PswRoleBuilder }> {
  const mounted = await mountInWrapper(undefined, attrs);
  mounted.wrapper.organisation = profile as string;
  await mounted.wrapper.updateComplete;
  await settle(mounted.builder);
  return mounted;
}

/** The note that describes a control (named by its aria-describedby, in the same shadow root). */
function noteOf(builder: Element, control: HTMLElement): HTMLElement {
  const ids = (control.getAttribute('aria-describedby') ?? '').split(/\s+/);
  const id = ids.find((x) => x.endsWith('-source'));
  if (!id) throw new Error(`${control.id} has no source note`);
  const note = root(builder).getElementById(id);
  if (!note) throw new Error(`no element #${id} in the same shadow root`);
  return note;
}
const text = (el: Element) => el.textContent!.replace(/\s+/g, ' ').trim();

describe('psw-role-builder: the organisation profile', () => {
  beforeEach(() => resetPage());
  afterEach(() => resetPage());

  it('shows the profile’s values, each marked as the organisation’s with its asOf date', async () => {
    const { wrapper, builder } = await withProfile(testProfile());
    const organisation = field(builder, 'Organisation');
    expect(organisation.value).to.equal('Riverdale NHS Trust');
    expect(text(noteOf(builder, organisation))).to.equal('From Riverdale NHS Trust’s profile (confirmed 2 November 2026).');
    const employer = field<HTMLSelectElement>(builder, 'Employer type');
    expect(employer.value).to.equal('nhs-trust');
    expect(text(noteOf(builder, employer))).to.contain('confirmed 2 November 2026');
    expect(wrapper.value.context.employerType).to.equal(undefined, 'the role itself holds nothing: the value is the organisation’s');
    // An answer set after all of them were confirmed shows the day it was set; one set before, the later confirmation.
    wrapper.organisation = JSON.stringify({ ...testProfile(), answeredOn: { 'organisation.employerType': '2026-11-20', 'organisation.name': '2026-10-01' } });
    await wrapper.updateComplete;
    await settle(builder);
    expect(text(noteOf(builder, field(builder, 'Employer type')))).to.contain('confirmed 20 November 2026');
    expect(text(noteOf(builder, field(builder, 'Organisation')))).to.contain('confirmed 2 November 2026');
    // Without a profile there is no note.
    wrapper.organisation = null;
    await wrapper.updateComplete;
    await settle(builder);
    expect(field(builder, 'Organisation').value).to.equal('');
    expect(field(builder, 'Organisation').getAttribute('aria-describedby') ?? '').to.not.contain('-source');
  });

  it('changing a value overrides it for this post; "Use the organisation’s answer" removes the override; undo restores', async () => {
    const { wrapper, builder } = await withProfile(testProfile());
    const changes = collect(builder, 'psw-change');
    choose(field<HTMLSelectElement>(builder, 'Employer type'), 'vcse');
    await settle(builder);
    expect(wrapper.value.context.employerType).to.equal('vcse');
    const employer = field<HTMLSelectElement>(builder, 'Employer type');
    const nhs = [...employer.options].find((o) => o.value === 'nhs-trust')!.textContent!.trim();
    const note = noteOf(builder, employer);
    expect(text(note)).to.equal(`Set for this post — the organisation’s answer is ${nhs}.`);
    const use = button(builder, 'Use the organisation’s answer');
    use.click();
    await settle(builder);
    expect(wrapper.value.context.employerType).to.equal(undefined);
    expect(field<HTMLSelectElement>(builder, 'Employer type').value).to.equal('nhs-trust');
    expect(text(noteOf(builder, field(builder, 'Employer type')))).to.contain('From Riverdale NHS Trust’s profile');
    expect(focused(builder)?.id).to.equal(employer.id, 'focus returns to the field');
    expect(changes).to.have.length(2, 'the override and its removal: one change each');
    wrapper.undo();
    await settle(builder);
    expect(wrapper.value.context.employerType).to.equal('vcse', 'undo brings the override back');
    wrapper.undo();
    await settle(builder);
    expect(wrapper.value.context.employerType).to.equal(undefined);
  });

  it('typing in a text field the profile fills sets the post’s own value (one undo step)', async () => {
    const { wrapper, builder } = await withProfile(testProfile());
    typeInto(field(builder, 'Organisation'), 'Riverdale Peer Service');
    await settle(builder);
    expect(wrapper.value.meta.organisation).to.equal('Riverdale Peer Service');
    expect(text(noteOf(builder, field(builder, 'Organisation')))).to.equal('Set for this post — the organisation’s answer is Riverdale NHS Trust.');
    wrapper.undo();
    await settle(builder);
    expect(wrapper.value.meta.organisation).to.equal(undefined);
    expect(field(builder, 'Organisation').value).to.equal('Riverdale NHS Trust');
  });

  it('in Welsh, the note and its button are Welsh (the builder’s own labels fall back to English)', async () => {
    const { builder } = await withProfile(testProfile(), 'lang="cy"');
    const organisation = field(builder, 'Organisation');
    expect(text(noteOf(builder, organisation))).to.match(/^O broffil Riverdale NHS Trust \(cadarnhawyd .+ 2026\)\.$/);
    choose(field<HTMLSelectElement>(builder, 'Employer type'), 'vcse');
    await settle(builder);
    expect(text(noteOf(builder, field(builder, 'Employer type')))).to.match(/^Wedi’i osod ar gyfer y swydd hon — ateb y sefydliad yw /);
    expect(button(builder, 'Defnyddio ateb y sefydliad')).to.not.equal(undefined);
  });

  it('clearing such a field keeps it empty while it has focus; on leaving it shows the organisation’s answer', async () => {
    const { wrapper, builder } = await withProfile(testProfile());
    typeInto(field(builder, 'Organisation'), 'Own name');
    await settle(builder);
    typeInto(field(builder, 'Organisation'), '');
    await settle(builder);
    expect(wrapper.value.meta.organisation).to.equal(undefined);
    expect(field(builder, 'Organisation').value).to.equal('', 'not refilled under the cursor');
    field(builder, 'Job title').focus();
    await settle(builder);
    expect(field(builder, 'Organisation').value).to.equal('Riverdale NHS Trust');
  });

  it('profile text is shown as text: a hostile organisation name makes no element', async () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const { builder } = await withProfile(testProfile({ organisation: { name: hostile } }));
    const organisation = field(builder, 'Organisation');
    expect(organisation.value).to.equal(hostile);
    expect(text(noteOf(builder, organisation))).to.contain(`From ${hostile}’s profile`);
    expect(root(builder).querySelector('img')).to.equal(null);
  });

  it('template picker: hides the built-ins the profile hides and offers its own (with fresh ids)', async () => {
    const own = setIn(createRoleDocument({ template: 'crisis' }), ['role', 'title'], 'Crisis café peer worker');
    const { wrapper, builder } = await withProfile(testProfile({
      templates: { hide: ['acute-inpatient'], add: [{ id: 'cafe', label: 'Riverdale crisis café', description: 'Our café role.', document: own }] },
    }));
    const select = field<HTMLSelectElement>(builder, 'Template for the setting');
    const values = [...select.options].map((o) => o.value);
    expect(values).to.not.include('acute-inpatient');
    expect(values).to.include('adult-community');
    const mine = [...select.options].find((o) => o.textContent!.trim() === 'Riverdale crisis café')!;
    expect(mine).to.not.equal(undefined);
    choose(select, mine.value);
    await settle(builder);
    expect(root(builder).getElementById('template-setting-hint')!.textContent).to.contain('Our café role.');
    const before = wrapper.value;
    button(builder, 'Use this template').click();
    await settle(builder);
    const doc = wrapper.value;
    expect(doc.role.title).to.equal('Crisis café peer worker');
    expect(doc.id).to.equal(before.id);
    expect(doc.duties.length).to.equal(own.duties.length);
    const ownIds = new Set(own.duties.map((d) => d.id));
    expect(doc.duties.some((d) => ownIds.has(d.id))).to.equal(false, 'fresh ids');
    wrapper.undo();
    expect(wrapper.value.duties).to.have.length(0);
  });
});
