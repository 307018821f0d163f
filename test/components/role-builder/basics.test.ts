// Role basics through the real UI: typing, choices, refused numbers kept in place, framework
// references, psw-change from the builder (none for programmatic sets), in a wrapper and loose.
import { expect, fixture, html } from '@open-wc/testing';
import { createRoleDocument } from '../../../src/model/create.js';
import type { PswChangeEvent } from '../../../components/base/events.js';
import { getPageDocument } from '../../../components/document-runtime/page-document.js';
import { registerStrings } from '../../../components/base/localize.js';
import type { PswRoleBuilder } from '../../../components/role-builder/role-builder.component.js';
import { button, check, choose, collect, field, mountInWrapper, resetPage, root, settle, typeInto } from './helpers.js';

describe('psw-role-builder: role basics', () => {
  beforeEach(() => resetPage());
  afterEach(() => resetPage());

  it('sets the job title from its labelled field and dispatches psw-change with the document', async () => {
    const { wrapper, builder } = await mountInWrapper();
    const onBuilder = collect(builder, 'psw-change');
    const onDocument = collect(document, 'psw-change');
    typeInto(field(builder, 'Job title'), 'Peer Support Worker – Crisis');
    await settle(builder);
    expect(wrapper.value.role.title).to.equal('Peer Support Worker – Crisis');
    expect(onBuilder).to.have.length(1);
    expect(onDocument).to.have.length(1);
    const detail = (onBuilder[0] as PswChangeEvent).detail;
    expect(detail.document).to.equal(wrapper.value);
    expect(detail.document.role.title).to.equal('Peer Support Worker – Crisis');
    expect(detail.assessment).to.have.property('findings');
  });

  it('makes a burst of typing in one field one undo step, and clearing a field removes the key', async () => {
    const { wrapper, builder } = await mountInWrapper();
    const input = field(builder, 'Job title');
    for (const text of ['P', 'Pe', 'Peer']) typeInto(input, text);
    typeInto(field(builder, 'Reports to'), 'Team leader');
    await settle(builder);
    expect(wrapper.value.role).to.deep.equal({ title: 'Peer', reportsTo: 'Team leader' });
    typeInto(field(builder, 'Reports to'), '');
    await settle(builder);
    expect(wrapper.value.role).to.not.have.property('reportsTo');
    // Setting and clearing "Reports to" in one burst is one step; the title burst is another.
    wrapper.undo();
    expect(wrapper.value.role).to.deep.equal({ title: 'Peer' });
    wrapper.undo();
    expect(wrapper.value.role).to.deep.equal({});
    expect(wrapper.canUndo).to.equal(false);
  });

  it('sets level, setting, employer type and the multiline purpose and autonomy', async () => {
    const { wrapper, builder } = await mountInWrapper();
    choose(field(builder, 'Level'), 'senior-psw');
    choose(field(builder, 'Setting'), 'crisis');
    choose(field(builder, 'Employer type'), 'vcse');
    typeInto(field(builder, 'Purpose of the role'), 'Offer hope.\nAlongside the crisis team.');
    typeInto(field(builder, 'Decisions and autonomy'), 'Plans own caseload of groups.');
    typeInto(field(builder, 'Lived experience the role asks for'), 'Lived experience of crisis');
    await settle(builder);
    const v = wrapper.value;
    expect(v.role.level).to.equal('senior-psw');
    expect(v.context).to.include({ setting: 'crisis', employerType: 'vcse', livedExperienceFocus: 'Lived experience of crisis' });
    expect(v.role.purpose).to.equal('Offer hope.\nAlongside the crisis team.');
    expect(v.role.autonomy).to.equal('Plans own caseload of groups.');
    // The level's typical bands are shown as a hint.
    expect(root(builder).textContent).to.include('Band 4 or Band 5');
  });

  it('refuses an involvement cap of 150 but keeps what was typed and shows the issue; a valid value clears it', async () => {
    const { wrapper, builder } = await mountInWrapper();
    const changes = collect(builder, 'psw-change');
    const cap = field(builder, 'Cap on involvement and co-production requests');
    typeInto(cap, '15');
    cap.blur();
    await settle(builder);
    expect(wrapper.value.role.involvementRequestCap).to.equal(15);
    typeInto(cap, '150');
    await settle(builder);
    expect(wrapper.value.role.involvementRequestCap).to.equal(15);
    expect(cap.value).to.equal('150');
    expect(cap.getAttribute('aria-invalid')).to.equal('true');
    const error = root(builder).getElementById(`${cap.id}-error`)!;
    expect(error.textContent).to.match(/100 or less/);
    expect(error.getAttribute('role'), 'announced').to.equal('alert');
    expect(cap.getAttribute('aria-describedby')).to.include(`${cap.id}-error`);
    expect(changes).to.have.length(1);
    typeInto(cap, '12');
    await settle(builder);
    expect(wrapper.value.role.involvementRequestCap).to.equal(12);
    expect(root(builder).getElementById(`${cap.id}-error`)).to.equal(null);
    typeInto(cap, '');
    await settle(builder);
    expect(wrapper.value.role).to.not.have.property('involvementRequestCap');
  });

  it('maps frameworks with checkboxes and keeps other references typed one per line', async () => {
    const { wrapper, builder } = await mountInWrapper();
    check(field(builder, 'Mapped to the Level 3 Peer Worker apprenticeship standard (ST0896)'));
    await settle(builder);
    expect(wrapper.value.role.frameworkRefs).to.deep.equal(['ST0896 Peer worker (Level 3)']);
    const other = field<HTMLTextAreaElement>(builder, 'Other framework references');
    typeInto(other, 'Local peer charter\n');
    await settle(builder);
    expect(other.value).to.equal('Local peer charter\n', 'the line break being typed stays');
    typeInto(other, 'Local peer charter\nTrust values');
    await settle(builder);
    expect(wrapper.value.role.frameworkRefs).to.deep.equal(['ST0896 Peer worker (Level 3)', 'Local peer charter', 'Trust values']);
    check(field(builder, 'Mapped to the Level 3 Peer Worker apprenticeship standard (ST0896)'), false);
    await settle(builder);
    expect(wrapper.value.role.frameworkRefs).to.deep.equal(['Local peer charter', 'Trust values']);
  });

  it('dispatches no psw-change when the host page sets the value, and shows the new document', async () => {
    const { wrapper, builder } = await mountInWrapper();
    const changes = collect(document, 'psw-change');
    const next = createRoleDocument({ template: 'perinatal' });
    wrapper.value = next;
    await settle(builder);
    expect(changes).to.have.length(0);
    expect(field(builder, 'Job title').value).to.equal(next.role.title);
  });

  it('undoes and redoes with its toolbar buttons, which are disabled when there is nothing to do', async () => {
    const { wrapper, builder } = await mountInWrapper();
    const undo = button(builder, 'Undo');
    const redo = button(builder, 'Redo');
    expect(undo.disabled).to.equal(true);
    expect(redo.disabled).to.equal(true);
    typeInto(field(builder, 'Job title'), 'Peer worker');
    await settle(builder);
    expect(undo.disabled).to.equal(false);
    const changes = collect(builder, 'psw-change');
    undo.click();
    await settle(builder);
    expect(wrapper.value.role.title).to.equal(undefined);
    expect(field(builder, 'Job title').value).to.equal('');
    expect(redo.disabled).to.equal(false);
    redo.click();
    await settle(builder);
    expect(wrapper.value.role.title).to.equal('Peer worker');
    expect(changes).to.have.length(2, 'undo and redo are user changes');
  });

  it('works loose on a page, on the page-level document shared with a second builder', async () => {
    const container = await fixture<HTMLDivElement>(html`<div><psw-role-builder></psw-role-builder><psw-role-builder></psw-role-builder></div>`);
    const [a, b] = [...container.querySelectorAll<PswRoleBuilder>('psw-role-builder')];
    await settle(a!);
    await settle(b!);
    const changes = collect(a!, 'psw-change');
    typeInto(field(a!, 'Job title'), 'Loose builder role');
    await settle(b!);
    expect(getPageDocument()!.value.role.title).to.equal('Loose builder role');
    expect(field(b!, 'Job title').value).to.equal('Loose builder role');
    expect(changes).to.have.length(1);
  });

  it('looks its strings up through the localiser (another language is one more catalogue)', async () => {
    registerStrings('builder', 'cy', { addDuty: 'Ychwanegu dyletswydd' });
    const { builder } = await mountInWrapper(undefined, 'lang="cy"');
    expect(button(builder, 'Ychwanegu dyletswydd')).to.exist;
    expect(field(builder, 'Job title')).to.exist; // falls back to en-GB string by string
  });

  it('keeps the document status line at the top', async () => {
    const { builder } = await mountInWrapper();
    const status = root(builder).querySelector('[part="document-status"]');
    expect(status).to.exist;
    expect(root(builder).querySelector('h2')!.compareDocumentPosition(status!) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
  });
});
