// The designer with an organisation profile: the start screen offers the organisation's templates
// (hidden built-ins left out), and the composed editors mark the profile's answers.
import { expect } from '@open-wc/testing';
import { createRoleDocument } from '../../../src/model/create.js';
import { setIn } from '../../../src/store/ops.js';
import { testProfile } from '../../fixtures/profiles.js';
import { button, field, inStep, mountInWrapper, resetPage, root, settle } from './helpers.js';

describe('<psw-role-designer> with an organisation profile', () => {
  beforeEach(() => resetPage());
  afterEach(() => resetPage());

  it('start screen: hidden templates are not offered, the organisation’s are; starting from one uses its document', async () => {
    const own = setIn(createRoleDocument({ template: 'adult-community' }), ['role', 'title'], 'Riverdale community peer worker');
    const { wrapper, designer } = await mountInWrapper();
    wrapper.organisation = testProfile({
      templates: { hide: ['perinatal'], add: [{ id: 'community', label: 'Riverdale community team', document: own }] },
    }) as unknown as string;
    await wrapper.updateComplete;
    await settle(designer);
    const r = root(designer);
    const radios = [...r.querySelectorAll<HTMLInputElement>('input[name="start-setting"]')].map((x) => x.value);
    expect(radios).to.not.include('perinatal');
    field(r, 'Riverdale community team').click();
    await settle(designer);
    button(r, 'Start from this template').click();
    await settle(designer);
    expect(wrapper.value.role.title).to.equal('Riverdale community peer worker');
    // The composed builder marks the profile's answer.
    const builder = inStep(designer, 'psw-role-builder');
    const organisation = field(root(builder), 'Organisation');
    expect(organisation.value).to.equal('Riverdale NHS Trust');
    const note = root(builder).getElementById(`${organisation.id}-source`)!;
    expect(note.textContent).to.contain('confirmed 2 November 2026');
  });
});
