// Input a field holds that the role refused ("1000" hours per week): the field shows it, the role
// keeps what it had. Until it is corrected or cleared, nothing on the page calls the role ready: the
// insights and the designer's toolbar say a field holds input not applied (the insights list it,
// with "Go to the field"), and a `required` wrapper is invalid in its form. A refused button (Add)
// holds no input; an editor that leaves takes what it held with it; another document's editors
// count only for their own document.
import { expect, fixture, html } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../../../components/role-document/role-document.js';
import '../../../components/role-builder/role-builder.js';
import '../../../components/role-insights/role-insights.js';
import '../../../components/role-designer/role-designer.js';
import type { PswRoleDocument } from '../../../components/role-document/role-document.component.js';
import { createRoleDocument } from '../../../src/model/create.js';
import { answered } from '../../fixtures/answered.js';
import { DAY_WITH_PAY_TABLE, fixToday } from '../../util/fixed-today.js';
import { field, openSection, resetPage, root, typeInto, typeKeys } from '../role-builder/helpers.js';

/** A template's role with every fact settled: ready on a day a pay table the toolkit holds is in force (below). */
const readyRole = () => answered(createRoleDocument({ template: 'adult-community', today: DAY_WITH_PAY_TABLE }));
const text = (e: Element | null | undefined) => (e?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function settled(els: Iterable<Element>): Promise<void> {
  for (let i = 0; i < 3; i++) for (const el of els) await (el as LitElement).updateComplete;
}

describe('input a field holds that the role refused', function () {
  this.timeout(120_000);
  let realClock: () => void;
  beforeEach(() => { resetPage(); realClock = fixToday(DAY_WITH_PAY_TABLE); });
  afterEach(() => { realClock(); resetPage(); });

  it('keeps the insights and a required form from calling the role ready until it is corrected, and lists it with "Go to the field"', async () => {
    const form = await fixture<HTMLFormElement>(html`<form>
      <psw-role-document name="role" required><psw-role-builder></psw-role-builder><psw-role-insights></psw-role-insights></psw-role-document>
    </form>`);
    const wrapper = form.querySelector<PswRoleDocument>('psw-role-document')!;
    wrapper.value = readyRole();
    const builder = form.querySelector('psw-role-builder')!;
    const insights = form.querySelector('psw-role-insights')!;
    const all = [wrapper, builder, insights];
    await settled(all);
    const readiness = () => text(insights.shadowRoot!.querySelector('.glance-item.readiness .badge'));
    expect(readiness()).to.equal('Ready');
    expect(insights.matches(':state(ready)')).to.equal(true);
    expect(wrapper.checkValidity()).to.equal(true);

    await openSection(builder, 'Employment');
    const hours = field(builder, 'Hours per week');
    typeKeys(hours, '1000');
    hours.blur();
    await settled(all);
    expect(wrapper.value.employment.hoursPerWeek, 'the role keeps what it had').to.equal(readyRole().employment.hoursPerWeek);
    expect(hours.value).to.equal('1000');

    expect(readiness()).to.equal('Input not applied');
    expect(insights.matches(':state(ready)')).to.equal(false);
    expect(insights.matches(':state(held-input)')).to.equal(true);
    const items = [...insights.shadowRoot!.querySelectorAll('.glance-item.readiness .held-list li')];
    expect(items.length).to.equal(1);
    expect(text(items[0])).to.contain('Hours per week must be 80 or less');
    expect(wrapper.checkValidity()).to.equal(false);
    expect(wrapper.validationMessage).to.contain('Hours per week must be 80 or less');
    expect(wrapper.matches(':state(invalid)')).to.equal(true);
    await expect(insights).to.be.accessible();

    // "Go to the field" takes the person to the field that holds it.
    items[0]!.querySelector<HTMLButtonElement>('button')!.click();
    await settled(all);
    expect(root(builder).activeElement).to.equal(hours);

    typeInto(hours, '30');
    hours.blur();
    await settled(all);
    expect(wrapper.value.employment.hoursPerWeek).to.equal(30);
    expect(insights.matches(':state(held-input)')).to.equal(false);
    expect(readiness()).to.equal('Ready');
    expect(wrapper.checkValidity()).to.equal(true);
    expect(wrapper.matches(':state(invalid)')).to.equal(false);
  });

  it('names the field where the message alone does not, with Go to the field, and lets it go with its editor', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <psw-role-document><psw-role-builder></psw-role-builder><psw-role-insights></psw-role-insights></psw-role-document>
    </div>`);
    const wrapper = page.querySelector<PswRoleDocument>('psw-role-document')!;
    const role = readyRole();
    wrapper.value = { ...role, employment: { ...role.employment, salary: { min: 25760, max: 27476, currency: 'GBP', period: 'year' } } };
    const builder = page.querySelector('psw-role-builder')!;
    const insights = page.querySelector('psw-role-insights')!;
    const all = [wrapper, builder, insights];
    await settled(all);
    await openSection(builder, 'Employment');

    // A salary end cleared while the other holds a figure: the builder's own message, named with its field.
    const min = field(builder, 'From (£)');
    typeInto(min, '');
    await settled(all);
    expect(root(builder).getElementById('salary-min-error')).to.not.equal(null);
    const item = insights.shadowRoot!.querySelector('.held-list li')!;
    expect(text(item)).to.equal('From (£): Enter both ends of the range, or clear both. Go to the field');
    item.querySelector<HTMLButtonElement>('button')!.click();
    await settled(all);
    expect(root(builder).activeElement?.getAttribute('data-path')).to.match(/^employment\.salary/);

    // The builder leaves the page: what it held goes with it.
    builder.remove();
    await settled([wrapper, insights]);
    expect(insights.matches(':state(held-input)')).to.equal(false);
    expect(insights.matches(':state(ready)')).to.equal(true);
  });

  it("counts only its own document's editors, and the designer's toolbar says it too", async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <psw-role-document id="a"><psw-role-designer></psw-role-designer></psw-role-document>
      <psw-role-document id="b"><psw-role-insights></psw-role-insights></psw-role-document>
    </div>`);
    const [a, b] = [...page.querySelectorAll<PswRoleDocument>('psw-role-document')];
    a!.value = readyRole();
    b!.value = readyRole();
    const designer = page.querySelector('psw-role-designer')!;
    const insights = page.querySelector('psw-role-insights')!;
    await settled([a!, b!, designer, insights]);
    designer.step = 'role';
    await settled([designer]);
    const builder = designer.shadowRoot!.querySelector('psw-role-builder')!;
    await settled([builder]);
    const title = field(builder, 'Job title');
    typeInto(title, 'x'.repeat(10_001));
    await settled([builder, designer, insights]);
    await settled([designer]);

    const readiness = designer.shadowRoot!.querySelector('[part="readiness"]')!;
    expect(readiness.getAttribute('data-readiness')).to.equal('held');
    expect(text(readiness.querySelector('.readiness-value'))).to.equal('Input not applied');
    expect(designer.matches(':state(ready)')).to.equal(false);
    expect(insights.matches(':state(held-input)'), "the other document's insights").to.equal(false);
    expect(insights.matches(':state(ready)')).to.equal(true);

    // Another step: the Role step's builder is kept aside (disconnected), still showing the title it
    // refused; the designer holds that for it, so nothing calls the role ready meanwhile.
    const held = () => a!.snapshot.editors!.held!().map((h) => h.message);
    expect(held()).to.have.length(1);
    designer.step = 'review';
    await settled([designer]);
    expect(held(), 'still held while the step is not shown').to.have.length(1);
    expect(designer.shadowRoot!.querySelector('[part="readiness"]')!.getAttribute('data-readiness')).to.equal('held');
    designer.step = 'role';
    await settled([designer]);
    await settled([designer.shadowRoot!.querySelector('psw-role-builder')!]);
    expect(held(), 'held once, by the builder again').to.have.length(1);
  });
});
