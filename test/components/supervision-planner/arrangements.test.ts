// Supervision arrangements driven through the real UI; assertions on the resulting document.
import { expect, fixture, html } from '@open-wc/testing';
import type { PswRoleDocument } from '../../../components/role-document/role-document.component.js';
import type { PswSupervisionPlanner } from '../../../components/supervision-planner/supervision-planner.component.js';
import type { RoleDocument } from '../../../src/model/schema.js';
import { activeIn, button, click, control, docWith, item, pick, resetPage, section, shadow, tableRows, type, expectFocus } from './helpers.js';

async function mount(doc?: RoleDocument) {
  const wrapper = await fixture<PswRoleDocument>(html`<psw-role-document><psw-supervision-planner></psw-supervision-planner></psw-role-document>`);
  if (doc) wrapper.value = doc;
  const el = wrapper.querySelector('psw-supervision-planner')!;
  await el.updateComplete;
  return { wrapper, el };
}

/** Adds an arrangement with the Add button and returns its id. */
async function addArrangement(el: PswSupervisionPlanner, wrapper: PswRoleDocument): Promise<string> {
  await click(el, button(shadow(el), 'Add supervision arrangement'));
  const list = wrapper.value.supervision.arrangements;
  return list[list.length - 1]!.id;
}

const three = () =>
  docWith((d) => ({
    ...d,
    supervision: {
      arrangements: [
        { id: 'a1', type: 'line-management', providerRole: 'Team leader' },
        { id: 'a2', type: 'peer-supervision', providerRole: 'Peer support lead' },
        { id: 'a3', type: 'reflective-practice' },
      ],
    },
  }));

describe('<psw-supervision-planner> arrangements', () => {
  beforeEach(() => resetPage());
  afterEach(() => resetPage());

  it('adds an arrangement and records every field the user fills in', async () => {
    const { wrapper, el } = await mount();
    const changes: EventTarget[] = [];
    wrapper.addEventListener('psw-change', (e) => changes.push(e.target!));
    const id = await addArrangement(el, wrapper);
    const card = item(el, id);
    expectFocus(el, control(card, 'Type'), 'focus goes to the new arrangement’s first field');

    await pick(el, control<HTMLSelectElement>(card, 'Type'), 'clinical-supervision');
    await type(el, control(card, 'Provided by'), 'Psychologist');
    await click(el, control(card, 'The provider has a peer background'));
    await click(el, control(card, 'The provider is trained in peer supervision'));
    await click(el, control(card, 'Group'));
    await type(el, control(card, 'Number of sessions'), '2');
    await pick(el, control<HTMLSelectElement>(card, 'Per'), 'month');
    await type(el, control(card, 'Length of a session'), '60');
    await click(el, control(card, 'Boundaries and relationships'));
    await click(el, control(card, 'Wellbeing and emotional load'));
    await click(el, control(card, 'Protected time within contracted hours'));

    expect(wrapper.value.supervision.arrangements).to.deep.equal([{
      id, type: 'clinical-supervision', providerRole: 'Psychologist', providerHasPeerBackground: true,
      providerTrainedInPeerSupervision: true, format: 'group', frequency: { count: 2, per: 'month' },
      durationMinutes: 60, focus: ['boundaries', 'wellbeing'], protectedTime: true,
    }]);
    expect(changes.length).to.be.at.least(10);
    expect(changes.every((target) => target === el), 'psw-change comes from the planner').to.equal(true);
    expect(item(el, id).querySelector('h4')!.textContent).to.equal('1. Clinical supervision');
  });

  it('shows the type’s short description from the catalogue', async () => {
    const { wrapper, el } = await mount();
    const id = await addArrangement(el, wrapper);
    const select = control<HTMLSelectElement>(item(el, id), 'Type');
    const hint = shadow(el).getElementById(select.getAttribute('aria-describedby')!)!;
    expect(hint.textContent).to.contain('more experienced peer worker');
    expect(hint.textContent).to.contain('S45');
    await pick(el, select, 'line-management');
    expect(hint.textContent).to.contain('appraisal');
  });

  it('unticking a box records "no" and clearing a number removes it', async () => {
    const { wrapper, el } = await mount();
    const id = await addArrangement(el, wrapper);
    const card = item(el, id);
    await click(el, control(card, 'Protected time within contracted hours'));
    await click(el, control(card, 'Protected time within contracted hours'));
    await type(el, control(card, 'Number of sessions'), '3');
    await type(el, control(card, 'Length of a session'), '50');
    await click(el, control(card, 'Endings'));
    await click(el, control(card, 'Endings'));
    expect(wrapper.value.supervision.arrangements[0]).to.deep.include({ protectedTime: false, frequency: { count: 3, per: 'month' }, durationMinutes: 50 });
    expect(wrapper.value.supervision.arrangements[0]).to.not.have.property('focus');
    await type(el, control(card, 'Number of sessions'), '');
    await type(el, control(card, 'Length of a session'), '');
    expect(wrapper.value.supervision.arrangements[0]).to.not.have.any.keys('frequency', 'durationMinutes');
  });

  it('keeps a "per" chosen before the number of sessions', async () => {
    const { wrapper, el } = await mount();
    const id = await addArrangement(el, wrapper);
    const card = item(el, id);
    await pick(el, control<HTMLSelectElement>(card, 'Per'), 'quarter');
    expect(wrapper.value.supervision.arrangements[0]).to.not.have.property('frequency');
    await type(el, control(card, 'Number of sessions'), '1');
    expect(wrapper.value.supervision.arrangements[0]!.frequency).to.deep.equal({ count: 1, per: 'quarter' });
    await pick(el, control<HTMLSelectElement>(card, 'Per'), 'week');
    expect(wrapper.value.supervision.arrangements[0]!.frequency).to.deep.equal({ count: 1, per: 'week' });
  });

  it('gives a second arrangement a type the role does not have yet', async () => {
    const { wrapper, el } = await mount();
    await addArrangement(el, wrapper);
    await addArrangement(el, wrapper);
    expect(wrapper.value.supervision.arrangements.map((a) => a.type)).to.deep.equal(['peer-supervision', 'line-management']);
  });

  it('refuses a length of 0 or 10000 and a count of 0 in place, keeping what was typed', async () => {
    const { wrapper, el } = await mount();
    const id = await addArrangement(el, wrapper);
    const card = () => item(el, id);
    const duration = control(card(), 'Length of a session');
    await type(el, duration, '45');
    duration.blur();
    await type(el, duration, '0');
    expect(wrapper.value.supervision.arrangements[0]!.durationMinutes).to.equal(45, 'the document keeps the value from before the typing');
    expect(duration.value).to.equal('0');
    expect(duration.getAttribute('aria-invalid')).to.equal('true');
    const error = shadow(el).getElementById(`${duration.id}-error`)!;
    expect(error.textContent).to.contain('must be 5 or more');
    expect(duration.getAttribute('aria-describedby')).to.contain(`${duration.id}-error`);
    expect(el.matches(':state(has-errors)')).to.equal(true);

    await type(el, duration, '10000');
    expect(duration.value).to.equal('10000');
    expect(shadow(el).getElementById(`${duration.id}-error`)!.textContent).to.contain('must be 480 or less');
    expect(wrapper.value.supervision.arrangements[0]!.durationMinutes).to.equal(45);

    const count = control(card(), 'Number of sessions');
    await type(el, count, '0');
    expect(count.value).to.equal('0');
    expect(shadow(el).getElementById(`${count.id}-error`)!.textContent).to.contain('must be 1 or more');
    await type(el, count, '1.5');
    expect(shadow(el).getElementById(`${count.id}-error`)!.textContent).to.contain('whole number');
    expect(wrapper.value.supervision.arrangements[0]).to.not.have.property('frequency');

    await type(el, duration, '90');
    await type(el, count, '1');
    expect(wrapper.value.supervision.arrangements[0]).to.deep.include({ durationMinutes: 90, frequency: { count: 1, per: 'month' } });
    expect(shadow(el).getElementById(`${duration.id}-error`)).to.equal(null);
    expect(duration.getAttribute('aria-invalid')).to.equal('false');
    expect(el.matches(':state(has-errors)')).to.equal(false);
  });

  it('moves arrangements with buttons named after them, keeping focus on the button', async () => {
    const { wrapper, el } = await mount(three());
    const down = button(item(el, 'a1'), /^Move down “Line management \(Team leader\)”$/);
    await click(el, down);
    expect(wrapper.value.supervision.arrangements.map((a) => a.id)).to.deep.equal(['a2', 'a1', 'a3']);
    expect(activeIn(el)?.dataset.action).to.equal('down');
    expect(activeIn(el)?.closest('[data-item-id]')?.getAttribute('data-item-id')).to.equal('a1');
    await click(el, activeIn(el)!);
    expect(wrapper.value.supervision.arrangements.map((a) => a.id)).to.deep.equal(['a2', 'a3', 'a1']);
    // Now last: Move down is disabled, so focus moves to Move up of the same item.
    expect(activeIn(el)?.dataset.action).to.equal('up');
    expect(shadow(el).querySelector('[role="status"].visually-hidden')!.textContent).to.contain('position 3 of 3');
    await click(el, button(item(el, 'a3'), /^Move up/));
    expect(wrapper.value.supervision.arrangements.map((a) => a.id)).to.deep.equal(['a3', 'a2', 'a1']);
  });

  it('removes arrangements, focusing the next one, then the Add button', async () => {
    const { wrapper, el } = await mount(three());
    await click(el, button(item(el, 'a2'), 'Remove “Peer supervision (one-to-one) (Peer support lead)”'));
    expect(wrapper.value.supervision.arrangements.map((a) => a.id)).to.deep.equal(['a1', 'a3']);
    expectFocus(el, control(item(el, 'a3'), 'Type'));
    await click(el, button(item(el, 'a3'), /^Remove/));
    expectFocus(el, control(item(el, 'a1'), 'Type'), 'no next one: the one before');
    await click(el, button(item(el, 'a1'), /^Remove/));
    expect(wrapper.value.supervision.arrangements).to.deep.equal([]);
    expect(activeIn(el)?.textContent).to.contain('Add supervision arrangement');
    expect(shadow(el).textContent).to.contain('No supervision arrangements yet.');
  });

  it('records cover for when the supervisor is away, and removes it when cleared', async () => {
    const { wrapper, el } = await mount();
    const cover = control<HTMLTextAreaElement>(section(el, 'arrangements'), 'Cover when the supervisor is away');
    await type(el, cover, 'The peer support lead');
    expect(wrapper.value.supervision.cover).to.equal('The peer support lead');
    await type(el, cover, '');
    expect(wrapper.value.supervision).to.not.have.property('cover');
  });

  it('collapses a long list to summary lines with an Edit button per item', async () => {
    const arrangements = Array.from({ length: 25 }, (_, i) => ({
      id: `x${i}`, type: 'peer-supervision' as const, frequency: { count: 1, per: 'month' as const }, durationMinutes: 60,
    }));
    const { wrapper, el } = await mount(docWith((d) => ({ ...d, supervision: { arrangements } })));
    expect(shadow(el).querySelectorAll('[part="arrangement"] select').length).to.equal(0);
    expect(item(el, 'x3').querySelector('.summary')!.textContent).to.equal('1 per month · 60 min');
    const edit = button(item(el, 'x3'), 'Edit “Peer supervision (one-to-one)”');
    expect(edit.getAttribute('aria-expanded')).to.equal('false');
    await click(el, edit);
    await type(el, control(item(el, 'x3'), 'Length of a session'), '75');
    expect(wrapper.value.supervision.arrangements[3]!.durationMinutes).to.equal(75);
    expect(shadow(el).querySelectorAll('[part="arrangement"] select').length).to.equal(2, 'type and per of the open item only');
  });

  it('shows the year table with 2 sessions each month and the hours against contracted hours', async () => {
    const { wrapper, el } = await mount(docWith((d) => ({ ...d, employment: { hoursPerWeek: 22.5 } })));
    const id = await addArrangement(el, wrapper);
    const card = item(el, id);
    await type(el, control(card, 'Provided by'), 'Peer support lead');
    await type(el, control(card, 'Number of sessions'), '2');
    await type(el, control(card, 'Length of a session'), '60');
    const year = section(el, 'year-view');
    // 2 × 60 min = 2 hours a month; 22.5 h a week × 52 ÷ 12 = 97.5 h a month; 2 ÷ 97.5 = 2.1 %.
    expect(year.querySelector('#year-summary')!.textContent).to.equal(
      'About 2 hours a month of supervision and reflection: 2.1% of contracted hours (about 98 hours a month).');
    const toggle = button(year, 'Show as a table');
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
    expect(year.querySelector('.picture')!.getAttribute('aria-hidden')).to.equal('true');
    await click(el, toggle);
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    const [row] = tableRows(el);
    expect(row).to.deep.equal(['Peer supervision (one-to-one) (Peer support lead)', ...Array(12).fill('2'), '24']);
    const table = year.querySelector('table')!;
    expect(table.querySelector('caption')!.textContent).to.equal('Planned sessions by month in a year');
    expect([...table.querySelectorAll('thead th')].map((th) => th.getAttribute('aria-label') ?? th.textContent)).to.deep.equal(
      ['Arrangement', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Year']);
    expect(table.querySelector('tbody th')!.getAttribute('scope')).to.equal('row');
    const scroll = year.querySelector<HTMLElement>('.scroll')!;
    expect(scroll.tabIndex).to.equal(0);
    expect(scroll.getAttribute('role')).to.equal('region');
    expect(scroll.getAttribute('aria-label')).to.match(/scrolls sideways/);

    // Quarterly: 2 in January, April, July and October only.
    await pick(el, control<HTMLSelectElement>(item(el, id), 'Per'), 'quarter');
    expect(tableRows(el)[0]).to.deep.equal(['Peer supervision (one-to-one) (Peer support lead)', '2', '0', '0', '2', '0', '0', '2', '0', '0', '2', '0', '0', '8']);
    expect(year.textContent).to.contain('Quarterly sessions are shown in January, April, July and October.');
    // 8 × 60 min a year = 0.7 h a month (0.68 % of 97.5 h).
    expect(year.querySelector('#year-summary')!.textContent).to.contain('About 0.7 hours a month');
    expect(year.querySelector('#year-summary')!.textContent).to.contain('0.7% of contracted hours');

    // Weekly: about 4.3 a month.
    await pick(el, control<HTMLSelectElement>(item(el, id), 'Per'), 'week');
    expect(tableRows(el)[0]!.slice(1)).to.deep.equal([...Array(12).fill('8.7'), '104']);
    expect(year.textContent).to.contain('Weekly sessions count as about 4.3 a month');
  });

  it('lists in the year view what it cannot show or count, and asks for contracted hours when missing', async () => {
    const { el } = await mount(docWith((d) => ({
      ...d,
      supervision: { arrangements: [
        { id: 'a', type: 'peer-supervision', frequency: { count: 1, per: 'month' }, durationMinutes: 90 },
        { id: 'b', type: 'clinical-supervision', frequency: { count: 1, per: 'month' } },
        { id: 'c', type: 'debrief' },
      ] },
    })));
    const year = section(el, 'year-view');
    expect(year.querySelector('#year-summary')!.textContent).to.equal(
      'About 1.5 hours a month of supervision and reflection. Add the contracted hours per week to see the share of working time.');
    expect(year.textContent).to.contain('Not shown (no frequency set): Debrief.');
    expect(year.textContent).to.contain('Not counted in the hours (no session length): Clinical supervision.');
    expect(year.textContent).to.contain('not a benchmark');
    const marks = [...year.querySelectorAll('.pic-row[data-item-id="a"] .pic-cell')].map((c) => c.querySelectorAll('.mark').length);
    expect(marks).to.deep.equal(Array(12).fill(1));
  });
});
