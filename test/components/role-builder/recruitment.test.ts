// Lawful recruitment, vetting, unsocial hours and the apprenticeship through the real UI.
import { expect } from '@open-wc/testing';
import { createRoleDocument } from '../../../src/model/create.js';
import { check, choose, field, mountInWrapper, openSection, resetPage, root, settle, typeInto } from './helpers.js';


describe('psw-role-builder: recruitment, vetting and the apprenticeship', () => {
  beforeEach(() => resetPage());
  afterEach(() => resetPage());

  it('sets the DBS level with a barred list and its reason, police vetting and unsocial hours; a yes/no left unanswered stays absent', async () => {
    const { wrapper, builder } = await mountInWrapper(createRoleDocument({ template: 'adult-community' }));
    await openSection(builder, 'Employment');
    choose(field<HTMLSelectElement>(builder, 'DBS check level'), 'enhanced-barred-children');
    typeInto(field(builder, 'Why the post needs this level'), 'Work with young people');
    choose(field<HTMLSelectElement>(builder, 'Police vetting needed'), 'yes');
    choose(field<HTMLSelectElement>(builder, 'The pattern includes unsocial hours'), 'no');
    await settle(builder);
    const e = wrapper.value.employment;
    expect(e.dbs).to.include({ level: 'enhanced-barred-children', reason: 'Work with young people' });
    expect(e.policeVetting).to.deep.equal({ required: true });
    expect(e.unsocialHours).to.equal(false);
    choose(field<HTMLSelectElement>(builder, 'The pattern includes unsocial hours'), '');
    await settle(builder);
    expect(wrapper.value.employment).to.not.have.property('unsocialHours');
  });

  it('shows the apprenticeship’s details only for an apprenticeship, and writes them', async () => {
    const { wrapper, builder } = await mountInWrapper(createRoleDocument({ template: 'adult-community' }));
    await openSection(builder, 'Employment');
    expect(() => field(builder, 'Apprenticeship standard')).to.throw();
    choose(field<HTMLSelectElement>(builder, 'Contract type'), 'apprenticeship');
    await settle(builder);
    typeInto(field(builder, 'Apprenticeship standard'), 'ST0896');
    typeInto(field(builder, 'Length of the training (months)'), '15');
    typeInto(field(builder, 'Off-the-job training (% of paid hours)'), '20');
    await settle(builder);
    expect(wrapper.value.employment.apprenticeship).to.deep.equal({ standard: 'ST0896', durationMonths: 15, offTheJobShare: 20 });
  });

  it('records the lawful basis, health questions, adjustments, accessible steps and the approach to convictions', async () => {
    const { wrapper, builder } = await mountInWrapper(createRoleDocument({ template: 'adult-community' }));
    await openSection(builder, 'Person specification');
    choose(field<HTMLSelectElement>(builder, 'Lawful basis for asking for lived experience'), 'occupational-requirement');
    choose(field<HTMLSelectElement>(builder, 'Applicants are asked health questions before an offer'), 'no');
    choose(field<HTMLSelectElement>(builder, 'Reasonable adjustments are offered at every stage'), 'yes');
    check(field(builder, 'The interview questions in advance'));
    check(field(builder, 'An informal conversation before applying'));
    choose(field<HTMLSelectElement>(builder, 'Approach'), 'individual-assessment');
    await settle(builder);
    const r = wrapper.value.recruitment;
    expect(r).to.include({ livedExperienceBasis: 'occupational-requirement', healthQuestionsBeforeOffer: false, adjustmentsOffered: true, convictionsApproach: 'individual-assessment' });
    expect(r.accessibleSteps).to.deep.equal(['informal-conversation', 'questions-in-advance'], 'in the list’s order');
    check(field(builder, 'The interview questions in advance'), false);
    check(field(builder, 'An informal conversation before applying'), false);
    await settle(builder);
    expect(wrapper.value.recruitment).to.not.have.property('accessibleSteps');
    // Each label is in the same shadow root as its control.
    expect(field(builder, 'A taster session with the team').getRootNode()).to.equal(root(builder));
  });
});
