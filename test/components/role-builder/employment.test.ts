// Employment, progression and the person specification through the real UI.
import { expect } from '@open-wc/testing';
import { createRoleDocument } from '../../../src/model/create.js';
import { clockToday } from '../../../src/assess/policy.js';
import { payTableBand, payTableInForce, payTableYearOf } from '../../../src/catalogue/pay.js';
import { button, check, choose, collect, field, focused, mountInWrapper, openSection, resetPage, root, settle, typeInto, typeKeys } from './helpers.js';


describe('psw-role-builder: employment', () => {
  beforeEach(() => resetPage());
  afterEach(() => resetPage());

  it('is closed at first, with a summary, and opens from its heading button', async () => {
    const { builder } = await mountInWrapper(createRoleDocument({ template: 'adult-community' }));
    const toggle = button(builder, 'Employment');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(root(builder).querySelector('[part="employment"]')!.textContent).to.include('Band 3');
    expect(() => field(builder, 'Hours per week')).to.throw();
    toggle.click();
    await settle(builder);
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(field(builder, 'Hours per week').value).to.equal('37.5');
  });

  it('fills the salary range and pay table year from the table in force today when a band is picked, still editable afterwards', async () => {
    const { wrapper, builder } = await mountInWrapper();
    await openSection(builder, 'Employment');
    choose(field<HTMLSelectElement>(builder, 'Pay scheme'), 'agenda-for-change');
    await settle(builder);
    const table = payTableInForce('agenda-for-change', clockToday());
    if (!table) {
      // Past the newest table this version holds: no table is offered as current, the band is typed.
      expect(field(builder, 'Band').tagName).to.equal('INPUT');
      return;
    }
    const changes = collect(builder, 'psw-change');
    choose(field<HTMLSelectElement>(builder, 'Band'), '4');
    await settle(builder);
    const band4 = { ...payTableBand(table, '4')!, year: payTableYearOf(table) };
    const e = wrapper.value.employment;
    expect(e).to.include({ payScheme: 'agenda-for-change', band: '4', payTableYear: band4.year });
    expect(e.salary).to.deep.equal({ min: band4.min, max: band4.max, currency: 'GBP', period: 'year' });
    expect(changes).to.have.length(1, 'band, salary and year are one change');
    expect(field(builder, 'From (£)').value).to.equal(String(band4.min));
    expect(field(builder, 'Pay table year').value).to.equal(band4.year);
    typeInto(field(builder, 'To (£)'), '31000');
    typeInto(field(builder, 'Pay table year'), '2024/25');
    await settle(builder);
    expect(wrapper.value.employment.salary!.max).to.equal(31000);
    expect(wrapper.value.employment.payTableYear).to.equal('2024/25');
    wrapper.undo();
    wrapper.undo();
    wrapper.undo();
    expect(wrapper.value.employment).to.deep.equal({ payScheme: 'agenda-for-change' }, 'picking the band is one undo step');
  });

  it('keeps a salary range whole: refuses a minimum above the maximum, and clearing one end while the other has a figure', async () => {
    const { wrapper, builder } = await mountInWrapper();
    await openSection(builder, 'Employment');
    const min = field(builder, 'From (£)');
    typeInto(min, '24000');
    await settle(builder);
    expect(wrapper.value.employment.salary).to.deep.equal({ min: 24000, max: 24000, currency: 'GBP', period: 'year' });
    typeInto(field(builder, 'To (£)'), '26000');
    typeInto(min, '27000');
    await settle(builder);
    expect(wrapper.value.employment.salary!.min).to.equal(24000);
    expect(min.value).to.equal('27000');
    expect(root(builder).getElementById('salary-min-error')!.textContent).to.match(/above the maximum/);
    typeInto(min, '');
    await settle(builder);
    expect(root(builder).getElementById('salary-min-error')!.textContent).to.equal('Enter both ends of the range, or clear both.');
    typeInto(field(builder, 'To (£)'), '');
    await settle(builder);
    expect(wrapper.value.employment).to.not.have.property('salary');
    expect(root(builder).getElementById('salary-min-error')).to.equal(null);
  });

  it('a refused figure goes back only to the value from before this typing, also when focus moved to another field of the builder', async () => {
    const { wrapper, builder } = await mountInWrapper();
    await openSection(builder, 'Employment');
    const hours = field(builder, 'Hours per week');
    typeKeys(hours, '30');
    field(builder, 'Working pattern').focus(); // focus stays inside the builder
    await settle(builder);
    expect(wrapper.value.employment.hoursPerWeek).to.equal(30);
    typeKeys(hours, '100');
    await settle(builder);
    expect(wrapper.value.employment.hoursPerWeek, 'the 30 of the earlier typing stays').to.equal(30);
  });

  it('never keeps part of a number typed key by key: a refused figure takes the field back to before the typing', async () => {
    const { wrapper, builder } = await mountInWrapper();
    await openSection(builder, 'Employment');
    const hours = field(builder, 'Hours per week');
    typeInto(hours, '37.5');
    hours.blur();
    await settle(builder);
    typeKeys(hours, '1000');
    await settle(builder);
    expect(wrapper.value.employment.hoursPerWeek, 'not 10, the last figure accepted on the way').to.equal(37.5);
    expect(hours.value).to.equal('1000');
    expect(root(builder).getElementById('employment-hours-error')).to.not.equal(null);
    hours.blur();
    await settle(builder);
    expect(hours.value, 'refused input stays in view after focus leaves').to.equal('1000');
    typeKeys(hours, '40');
    hours.blur();
    await settle(builder);
    expect(wrapper.value.employment.hoursPerWeek).to.equal(40);
    expect([hours.value, root(builder).getElementById('employment-hours-error')]).to.deep.equal(['40', null]);

    // A salary range raised end by end: the minimum waits for the maximum, then is applied.
    const [min, max] = [field(builder, 'From (£)'), field(builder, 'To (£)')];
    typeInto(min, '25760');
    typeInto(max, '27476');
    typeKeys(min, '30000');
    await settle(builder);
    expect(wrapper.value.employment.salary).to.include({ min: 25760, max: 27476 });
    typeKeys(max, '32000');
    await settle(builder);
    expect(wrapper.value.employment.salary).to.include({ min: 30000, max: 32000 });
    expect([min.value, max.value]).to.deep.equal(['30000', '32000']);
    expect(root(builder).getElementById('salary-min-error')).to.equal(null);
  });

  it('takes a first salary figure typed key by key as one point that follows it, then the other end', async () => {
    const { wrapper, builder } = await mountInWrapper();
    await openSection(builder, 'Employment');
    const [min, max] = [field(builder, 'From (£)'), field(builder, 'To (£)')];
    typeKeys(min, '2400');
    await settle(builder);
    expect(wrapper.value.employment.salary).to.include({ min: 2400, max: 2400 });
    expect(root(builder).getElementById('salary-min-error')).to.equal(null);
    min.blur();
    typeKeys(max, '26000');
    await settle(builder);
    expect(wrapper.value.employment.salary).to.include({ min: 2400, max: 26000 });
    expect(root(builder).getElementById('salary-max-error')).to.equal(null);
    typeKeys(min, '24000');
    await settle(builder);
    expect(wrapper.value.employment.salary, 'the other end, once typed, stays').to.include({ min: 24000, max: 26000 });
  });

  it('sets hours, contract, funding, lone working and DBS, and leaves no empty groups behind', async () => {
    const { wrapper, builder } = await mountInWrapper();
    await openSection(builder, 'Employment');
    typeInto(field(builder, 'Hours per week'), '22.5');
    choose(field<HTMLSelectElement>(builder, 'Contract type'), 'fixed-term');
    typeInto(field(builder, 'Funded by'), 'ICB transformation fund');
    typeInto(field(builder, 'Funding term (months)'), '18');
    typeInto(field(builder, 'Funding ends on'), '2027-03-31');
    typeInto(field(builder, 'Plan when the funding ends'), 'Business case for recurrent funding by month 12.');
    check(field(builder, 'The funding is recurrent (renewed each year without a new bid)'));
    check(field(builder, 'Lone working is expected (for example home visits)'));
    typeInto(field(builder, 'Safety arrangements for lone working'), 'Check-in after each visit.');
    choose(field<HTMLSelectElement>(builder, 'DBS check level'), 'enhanced');
    choose(field<HTMLSelectElement>(builder, 'Fee paid by'), 'employer');
    typeInto(field(builder, 'Base'), 'Leeds');
    typeInto(field(builder, 'Working pattern'), 'Weekdays');
    await settle(builder);
    expect(wrapper.value.employment).to.deep.equal({
      hoursPerWeek: 22.5, contractType: 'fixed-term',
      funding: { source: 'ICB transformation fund', termMonths: 18, endDate: '2027-03-31', exitPlan: 'Business case for recurrent funding by month 12.', recurrent: true },
      loneWorking: { expected: true, arrangements: 'Check-in after each visit.' },
      dbs: { level: 'enhanced', feePaidBy: 'employer' },
      location: 'Leeds', workPattern: 'Weekdays',
    });
    for (const label of ['Funded by', 'Funding term (months)', 'Plan when the funding ends']) typeInto(field(builder, label), '');
    typeInto(field(builder, 'Funding ends on'), '');
    check(field(builder, 'The funding is recurrent (renewed each year without a new bid)'), false);
    await settle(builder);
    expect(wrapper.value.employment.funding).to.deep.equal({ recurrent: false }, 'an unticked box is an answer');
    typeInto(field(builder, 'Funding term (months)'), '12.5');
    await settle(builder);
    expect(root(builder).getElementById('funding-term-error')!.textContent).to.match(/whole number/);
  });

  it('asks a fixed-term post for the contract’s length, apart from the funding term', async () => {
    const { wrapper, builder } = await mountInWrapper();
    await openSection(builder, 'Employment');
    expect(() => field(builder, 'Contract length (months)')).to.throw();
    choose(field<HTMLSelectElement>(builder, 'Contract type'), 'fixed-term');
    await settle(builder);
    typeInto(field(builder, 'Contract length (months)'), '12');
    typeInto(field(builder, 'Funding term (months)'), '36');
    await settle(builder);
    expect(wrapper.value.employment).to.deep.equal({ contractType: 'fixed-term', fixedTermMonths: 12, funding: { termMonths: 36 } });
    button(builder, 'Employment').click();
    await settle(builder);
    expect(builder.shadowRoot!.querySelector('[data-section="employment"] .section-summary')?.textContent).to.equal('Fixed term for 12 months.');
    await openSection(builder, 'Employment');
    choose(field<HTMLSelectElement>(builder, 'Contract type'), 'permanent');
    await settle(builder);
    expect(field(builder, 'Contract length (months)').value).to.equal('12', 'a length given stays in view, to be cleared');
  });
});

describe('psw-role-builder: progression', () => {
  beforeEach(() => resetPage());
  afterEach(() => resetPage());

  it('adds, edits, reorders and removes progression steps, with focus kept sensible', async () => {
    const { wrapper, builder } = await mountInWrapper();
    await openSection(builder, 'Progression');
    for (const [title, band] of [['Peer support worker', '3'], ['Senior peer support worker', '4']]) {
      button(builder, 'Add progression step').click();
      await settle(builder);
      typeInto(focused(builder) as HTMLInputElement, title!);
      const card = (focused(builder) as HTMLElement).closest('li')!;
      typeInto(field(builder, 'Band or grade', card), band!);
      typeInto(field(builder, 'What it takes', card), `Criteria for ${band}`);
      await settle(builder);
    }
    const steps = () => wrapper.value.progression.steps.map((s) => s.title);
    expect(steps()).to.deep.equal(['Peer support worker', 'Senior peer support worker']);
    expect(wrapper.value.progression.steps[1]).to.include({ band: '4', criteria: 'Criteria for 4' });
    button(builder, 'Move “Senior peer support worker” up').click();
    await settle(builder);
    expect(steps()).to.deep.equal(['Senior peer support worker', 'Peer support worker']);
    expect(focused(builder)?.getAttribute('aria-label')).to.equal('Move “Senior peer support worker” down');
    button(builder, 'Remove “Senior peer support worker”').click();
    await settle(builder);
    expect(steps()).to.deep.equal(['Peer support worker']);
    expect((focused(builder) as HTMLInputElement).value).to.equal('Peer support worker');
    expect(root(builder).querySelector('.announce')!.textContent).to.include('Undo');
  });
});

describe('psw-role-builder: person specification', () => {
  beforeEach(() => resetPage());
  afterEach(() => resetPage());

  it('offers the lived-experience criterion on an empty draft, adds it first with a badge, then stops offering it', async () => {
    const { wrapper, builder } = await mountInWrapper();
    await openSection(builder, 'Person specification');
    button(builder, 'Add essential criterion').click();
    await settle(builder);
    typeInto(focused(builder) as HTMLTextAreaElement, 'Good listening skills');
    await settle(builder);
    button(builder, 'Add the lived-experience criterion').click();
    await settle(builder);
    const essential = wrapper.value.recruitment.personSpec.essential;
    expect(essential).to.have.length(2);
    expect(essential[0]).to.include({ livedExperience: true, assessedBy: 'Application and interview' });
    expect(essential[0]!.text).to.match(/^Lived experience/);
    expect(essential[1]!.text).to.equal('Good listening skills');
    expect(root(builder).querySelectorAll('.badge.lived')).to.have.length(1);
    expect(() => button(builder, 'Add the lived-experience criterion')).to.throw();
    expect((focused(builder) as HTMLTextAreaElement).value).to.match(/^Lived experience/);
  });

  it('uses the role’s lived-experience focus for the criterion, and marks another criterion by its checkbox', async () => {
    const doc = createRoleDocument();
    const { wrapper, builder } = await mountInWrapper({ ...doc, context: { livedExperienceFocus: 'Lived experience of psychosis' } });
    await openSection(builder, 'Person specification');
    button(builder, 'Add the lived-experience criterion').click();
    await settle(builder);
    expect(wrapper.value.recruitment.personSpec.essential[0]!.text).to.equal('Lived experience of psychosis');
    check(field(builder, 'This is the lived-experience criterion'), false);
    await settle(builder);
    expect(wrapper.value.recruitment.personSpec.essential[0]).to.not.have.property('livedExperience');
    expect(root(builder).querySelector('#add-lived-experience')).to.exist;
  });

  it('records how each criterion is assessed, from the list or typed freely', async () => {
    const { wrapper, builder } = await mountInWrapper();
    await openSection(builder, 'Person specification');
    button(builder, 'Add desirable criterion').click();
    await settle(builder);
    typeInto(focused(builder) as HTMLTextAreaElement, 'Driving licence');
    const card = (focused(builder) as HTMLElement).closest('li')!;
    choose(field<HTMLSelectElement>(builder, 'How it is assessed', card), 'References');
    await settle(builder);
    expect(wrapper.value.recruitment.personSpec.desirable[0]).to.include({ text: 'Driving licence', assessedBy: 'References' });
    choose(field<HTMLSelectElement>(builder, 'How it is assessed', card), '__other');
    await settle(builder);
    expect((focused(builder) as HTMLInputElement | null)?.labels?.[0]?.textContent?.trim()).to.equal('Assessed by');
    typeInto(focused(builder) as HTMLInputElement, 'Group task');
    check(field(builder, 'A peer worker sits on the interview panel'));
    await settle(builder);
    expect(wrapper.value.recruitment.personSpec.desirable[0]!.assessedBy).to.equal('Group task');
    expect(wrapper.value.recruitment.peerOnPanel).to.equal(true);
  });
});
