// The duties editor through the real UI: add duties of each kind, edit, move between groups,
// reorder with the keyboard, limits of flexible duties, reasons for exclusions, refused shares,
// removal with undo, common exclusions, and long roles (one line per duty).
import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createRoleDocument } from '../../../src/model/create.js';
import type { Duty, DutyKind, RoleDocument } from '../../../src/model/schema.js';
import type { PswRoleBuilder } from '../../../components/role-builder/role-builder.component.js';
import { button, check, choose, collect, dutyCard, field, focused, mountInWrapper, openLimits, resetPage, root, settle, typeInto } from './helpers.js';
import { afterNextPaint } from '../util/wait.js';

const titles = (doc: RoleDocument, kind?: DutyKind) => doc.duties.filter((d) => !kind || d.kind === kind).map((d) => d.title);

async function addDuty(builder: PswRoleBuilder, kind: 'Core' | 'Flexible' | 'Excluded', title: string): Promise<void> {
  const radio = field(builder, kind, root(builder).querySelector('.add-duty')!);
  radio.click();
  button(builder, 'Add duty').click();
  await settle(builder);
  const input = focused(builder) as HTMLInputElement;
  expect(input.labels?.[0]?.textContent?.trim()).to.equal('Duty title', 'focus is on the new duty’s title');
  typeInto(input, title);
  await settle(builder);
}

function docWith(duties: Omit<Duty, 'id'>[]): RoleDocument {
  const doc = createRoleDocument();
  return { ...doc, duties: duties.map((d, i) => ({ id: `d${i + 1}`, ...d })) };
}

describe('psw-role-builder: duties', () => {
  beforeEach(() => resetPage());
  afterEach(() => resetPage());

  it('adds core, flexible and excluded duties with "Add duty" and a kind choice, each in its group', async () => {
    const { wrapper, builder } = await mountInWrapper();
    const changes = collect(builder, 'psw-change');
    await addDuty(builder, 'Core', 'Offer one-to-one peer support');
    await addDuty(builder, 'Flexible', 'Evening groups');
    await addDuty(builder, 'Excluded', 'Patient observations');
    const v = wrapper.value;
    expect(v.duties.map((d) => [d.title, d.kind])).to.deep.equal([
      ['Offer one-to-one peer support', 'core'], ['Evening groups', 'flexible'], ['Patient observations', 'excluded'],
    ]);
    expect(new Set(v.duties.map((d) => d.id)).size).to.equal(3);
    for (const d of v.duties) expect(dutyCard(builder, d.title).closest('.duty-group')!.getAttribute('data-kind')).to.equal(d.kind);
    expect(changes.length).to.be.greaterThan(5);
    expect(root(builder).querySelector('[role="status"].announce')!.textContent).to.include('Excluded duty added');
  });

  it('moves a duty to another group with its Kind choice, dropping what belonged to the old kind', async () => {
    const { wrapper, builder } = await mountInWrapper(docWith([
      { title: 'Groups', kind: 'flexible', timeShare: 10, flexibility: { maxShare: 20, reviewEveryWeeks: 8 } },
      { title: 'Admin', kind: 'core', timeShare: 5 },
    ]));
    const kind = field<HTMLSelectElement>(builder, 'Kind', dutyCard(builder, 'Groups'));
    choose(kind, 'core');
    await settle(builder);
    const groups = wrapper.value.duties.find((d) => d.title === 'Groups')!;
    expect(groups).to.deep.equal({ id: 'd1', title: 'Groups', kind: 'core', timeShare: 10 });
    expect(dutyCard(builder, 'Groups').closest('.duty-group')!.getAttribute('data-kind')).to.equal('core');
    expect(focused(builder)?.id).to.equal('duty-d1-kind', 'focus follows the duty to its new group');
    choose(field<HTMLSelectElement>(builder, 'Kind', dutyCard(builder, 'Admin')), 'excluded');
    await settle(builder);
    expect(wrapper.value.duties.find((d) => d.title === 'Admin')).to.deep.equal({ id: 'd2', title: 'Admin', kind: 'excluded' });
    wrapper.undo();
    expect(wrapper.value.duties[1]).to.deep.equal({ id: 'd2', title: 'Admin', kind: 'core', timeShare: 5 });
  });

  it('groups each duty’s title, kind and share under the duty’s heading, so every “Duty title” says which duty', async () => {
    const { builder } = await mountInWrapper(docWith([{ title: 'First', kind: 'core' }, { title: 'Second', kind: 'core' }]));
    for (const name of ['First', 'Second']) {
      const card = dutyCard(builder, name);
      const title = [...card.querySelectorAll<HTMLInputElement>('input')].find((i) => i.value === name)!;
      const group = title.closest('[role="group"]')!;
      expect(group, name).to.not.equal(null);
      const heading = root(builder).getElementById(group.getAttribute('aria-labelledby')!)!;
      expect(heading.textContent!.trim()).to.match(new RegExp(`^\\d+\\. ${name}$`));
    }
  });

  it('reorders within a group with keyboard-operable Move up / Move down buttons named after the duty', async () => {
    const { wrapper, builder } = await mountInWrapper(docWith([
      { title: 'First', kind: 'core' }, { title: 'Flexible one', kind: 'flexible' }, { title: 'Second', kind: 'core' }, { title: 'Third', kind: 'core' },
    ]));
    const down = button(builder, 'Move “First” down');
    expect(button(builder, 'Move “First” up').disabled).to.equal(true);
    down.focus();
    await sendKeys({ press: 'Enter' });
    await settle(builder);
    expect(titles(wrapper.value, 'core')).to.deep.equal(['Second', 'First', 'Third']);
    expect(titles(wrapper.value)).to.deep.equal(['Flexible one', 'Second', 'First', 'Third'], 'other kinds keep their places');
    expect(focused(builder)?.getAttribute('aria-label')).to.equal('Move “First” down', 'focus stays on the button');
    await sendKeys({ press: 'Space' });
    await settle(builder);
    expect(titles(wrapper.value, 'core')).to.deep.equal(['Second', 'Third', 'First']);
    // Last in its group: Move down is disabled, so focus goes to Move up.
    expect(focused(builder)?.getAttribute('aria-label')).to.equal('Move “First” up');
    await sendKeys({ press: 'Enter' });
    await settle(builder);
    expect(titles(wrapper.value, 'core')).to.deep.equal(['Second', 'First', 'Third']);
  });

  it('sets the limits of a flexible duty: maximum share, who agrees, review interval and limits in words', async () => {
    const { wrapper, builder } = await mountInWrapper(docWith([{ title: 'Accompany people', kind: 'flexible' }]));
    const card = dutyCard(builder, 'Accompany people');
    await openLimits(builder, card);
    typeInto(field(builder, 'Share of contracted hours', card), '10');
    typeInto(field(builder, 'Maximum share', card), '20');
    check(field(builder, 'Peer support worker', card));
    check(field(builder, 'Supervisor', card));
    typeInto(field(builder, 'Others who agree it', card), 'Carer lead, ');
    await settle(builder);
    expect(field(builder, 'Others who agree it', card).value).to.equal('Carer lead, ', 'what is being typed stays');
    typeInto(field(builder, 'Others who agree it', card), 'Carer lead, Ward manager');
    typeInto(field(builder, 'Review every (weeks)', card), '6');
    typeInto(field(builder, 'Limits in words', card), 'At most two evenings a month.');
    await settle(builder);
    expect(wrapper.value.duties[0]).to.deep.equal({
      id: 'd1', title: 'Accompany people', kind: 'flexible', timeShare: 10,
      flexibility: { maxShare: 20, agreedWith: ['peer support worker', 'supervisor', 'Carer lead', 'Ward manager'], reviewEveryWeeks: 6, bounds: 'At most two evenings a month.' },
    });
    check(field(builder, 'Supervisor', card), false);
    await settle(builder);
    expect(wrapper.value.duties[0]!.flexibility!.agreedWith).to.deep.equal(['peer support worker', 'Carer lead', 'Ward manager']);
    // Clearing every limit leaves no empty "flexibility" object behind.
    for (const label of ['Maximum share', 'Review every (weeks)', 'Limits in words', 'Others who agree it']) typeInto(field(builder, label, card), '');
    check(field(builder, 'Peer support worker', card), false);
    await settle(builder);
    expect(wrapper.value.duties[0]).to.not.have.property('flexibility');
  });

  it('keeps the limits of a flexible duty in a <details> that says what is set, made when opened', async () => {
    const { builder } = await mountInWrapper(docWith([
      { title: 'Groups', kind: 'flexible', flexibility: { maxShare: 20, reviewEveryWeeks: 6, agreedWith: ['supervisor'] } },
      { title: 'Visits', kind: 'flexible' },
      { title: 'Admin', kind: 'core' },
    ]));
    const summary = (title: string) => dutyCard(builder, title).querySelector('details.limits > summary')!.textContent!.replace(/\s+/g, ' ').trim();
    expect(summary('Groups')).to.equal('Limits of this flexible duty: at most 20%; reviewed every 6 weeks; agreed with supervisor');
    expect(summary('Visits')).to.match(/^Limits of this flexible duty: not set yet/);
    expect(dutyCard(builder, 'Groups').querySelector('#duty-d1-max')).to.equal(null, 'closed: its fields are not made');
    const details = dutyCard(builder, 'Groups').querySelector<HTMLDetailsElement>('details.limits')!;
    details.querySelector('summary')!.focus();
    const toggled = oneEvent(details, 'toggle');
    await sendKeys({ press: 'Enter' });
    await toggled;
    await settle(builder);
    expect(field(builder, 'Maximum share', dutyCard(builder, 'Groups')).value).to.equal('20');
    expect(dutyCard(builder, 'Groups').querySelector('fieldset.bounds')!.getAttribute('aria-labelledby')).to.equal('duty-d1-limits-name');
    // A duty made flexible opens its limits: that is what it needs next.
    choose(field<HTMLSelectElement>(builder, 'Kind', dutyCard(builder, 'Admin')), 'flexible');
    await settle(builder);
    expect(dutyCard(builder, 'Admin').querySelector<HTMLDetailsElement>('details.limits')!.open).to.equal(true);
    expect(field(builder, 'Maximum share', dutyCard(builder, 'Admin'))).to.be.instanceOf(HTMLInputElement);
  });

  it('refuses a review interval that is not a whole number of weeks, keeping the text and naming the field', async () => {
    const { wrapper, builder } = await mountInWrapper(docWith([{ title: 'Groups', kind: 'flexible' }]));
    await openLimits(builder, dutyCard(builder, 'Groups'));
    const review = field(builder, 'Review every (weeks)', dutyCard(builder, 'Groups'));
    typeInto(review, '2.5');
    await settle(builder);
    expect(wrapper.value.duties[0]).to.not.have.property('flexibility');
    expect(review.value).to.equal('2.5');
    expect(root(builder).getElementById(`${review.id}-error`)!.textContent).to.match(/whole number/);
  });

  it('records the reason for an excluded duty', async () => {
    const { wrapper, builder } = await mountInWrapper(docWith([{ title: 'Observations', kind: 'excluded' }]));
    const card = dutyCard(builder, 'Observations');
    expect(() => field(builder, 'Share of contracted hours', card)).to.throw(/no field/, 'excluded duties take no time');
    typeInto(field(builder, 'Why it is excluded', card), 'A nursing task.');
    await settle(builder);
    expect(wrapper.value.duties[0]!.exclusionReason).to.equal('A nursing task.');
  });

  it('refuses a time share of 150: the document keeps its value, the field keeps 150 and shows the issue', async () => {
    const { wrapper, builder } = await mountInWrapper(docWith([{ title: 'Support', kind: 'core', timeShare: 30 }]));
    const changes = collect(builder, 'psw-change');
    const share = field(builder, 'Share of contracted hours', dutyCard(builder, 'Support'));
    typeInto(share, '150');
    await settle(builder);
    expect(wrapper.value.duties[0]!.timeShare).to.equal(30);
    expect(share.value).to.equal('150');
    expect(share.getAttribute('aria-invalid')).to.equal('true');
    const error = root(builder).getElementById(`${share.id}-error`)!;
    expect(error.textContent).to.include('Share of time must be 100 or less');
    expect(changes).to.have.length(0);
    expect(builder.matches(':state(has-errors)')).to.equal(true);
    typeInto(share, '40');
    await settle(builder);
    expect(wrapper.value.duties[0]!.timeShare).to.equal(40);
    expect(root(builder).getElementById(`${share.id}-error`)).to.equal(null);
    // Now only a must-fix finding about the builder's part of the document can keep the state on:
    // the findings of what was typed, which the builder shows just after the next paint.
    await afterNextPaint();
    await settle(builder);
    const owned = /^(role|context|meta|duties|employment|progression|recruitment)\b/;
    const errorFindings = wrapper.snapshot.assessment.findings.filter((f) => f.severity === 'error' && owned.test(f.path ?? ''));
    expect(builder.matches(':state(has-errors)')).to.equal(errorFindings.length > 0);
  });

  it('removes a duty without asking, announces how to undo, focuses the next duty, and Ctrl+Z brings it back', async () => {
    const { wrapper, builder } = await mountInWrapper(docWith([
      { title: 'One', kind: 'core' }, { title: 'Two', kind: 'core' }, { title: 'Three', kind: 'core' },
    ]));
    button(builder, 'Remove “Two”').click();
    await settle(builder);
    expect(titles(wrapper.value)).to.deep.equal(['One', 'Three']);
    expect(root(builder).querySelector('.announce')!.textContent).to.equal('Duty removed. Undo with Ctrl+Z or the Undo button.');
    expect(focused(builder)?.id).to.equal('duty-d3-title');
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'z' });
    await sendKeys({ up: 'Control' });
    await settle(builder);
    expect(titles(wrapper.value)).to.deep.equal(['One', 'Two', 'Three']);
    await sendKeys({ down: 'Control' });
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Z' });
    await sendKeys({ up: 'Shift' });
    await sendKeys({ up: 'Control' });
    await settle(builder);
    expect(titles(wrapper.value)).to.deep.equal(['One', 'Three']);
    // The last duty of the group gone: focus goes to "Add duty".
    button(builder, 'Remove “Three”').click();
    await settle(builder);
    expect(focused(builder)?.id).to.equal('duty-d1-title');
    button(builder, 'Remove “One”').click();
    await settle(builder);
    expect(focused(builder)?.textContent?.trim()).to.equal('Add duty');
  });

  it('offers common exclusions with their reasons, and no longer offers one already listed', async () => {
    const { wrapper, builder } = await mountInWrapper();
    const pick = field<HTMLSelectElement>(builder, 'Common exclusion');
    choose(pick, 'observations');
    await settle(builder);
    button(builder, 'Add exclusion').click();
    await settle(builder);
    expect(wrapper.value.duties).to.have.length(1);
    expect(wrapper.value.duties[0]).to.include({ title: 'Carrying out patient observations', kind: 'excluded' });
    expect(wrapper.value.duties[0]!.exclusionReason).to.be.a('string').and.not.empty;
    expect((focused(builder) as HTMLInputElement | null)?.labels?.[0]?.textContent?.trim()).to.equal('Why it is excluded');
    const options = [...field<HTMLSelectElement>(builder, 'Common exclusion').options].map((o) => o.value);
    expect(options).to.not.include('observations');
  });

  it('shows each duty as one line with an Edit button in long roles, and opens one for editing', async () => {
    const many = Array.from({ length: 60 }, (_, i) => ({ title: `Duty ${i + 1}`, kind: 'core' as const, timeShare: 1 }));
    const { wrapper, builder } = await mountInWrapper(docWith(many));
    expect(root(builder).querySelectorAll('[part="duty"].line')).to.have.length(60);
    expect(root(builder).querySelectorAll('input[id^="duty-"][id$="-title"]')).to.have.length(0);
    const edit = button(builder, 'Edit “Duty 7”');
    expect(edit.getAttribute('aria-expanded')).to.equal('false');
    edit.click();
    await settle(builder);
    expect(focused(builder)?.id).to.equal('duty-d7-title');
    typeInto(focused(builder) as HTMLInputElement, 'Seventh duty');
    await settle(builder);
    expect(wrapper.value.duties[6]!.title).to.equal('Seventh duty');
    button(builder, 'Close “Seventh duty”').click();
    await settle(builder);
    expect(focused(builder)?.id).to.equal('duty-d7-edit');
  });

  it('renders a role of 1,000 duties (one line each) and still takes an edit', async () => {
    const many = Array.from({ length: 1000 }, (_, i) => ({ title: `Duty ${i + 1}`, kind: (['core', 'flexible', 'excluded'] as const)[i % 3]! }));
    const { wrapper, builder } = await mountInWrapper(docWith(many));
    expect(root(builder).querySelectorAll('[part="duty"]')).to.have.length(1000);
    typeInto(field(builder, 'Job title'), 'Stress test');
    await settle(builder);
    expect(wrapper.value.role.title).to.equal('Stress test');
    expect(root(builder).querySelectorAll('[part="duty"]')).to.have.length(1000);
  });
});
