import { expect, fixture, html } from '@open-wc/testing';
import '../../../components/role-document/role-document.js';
import '../../../components/job-description/job-description.js';
import type { PswJobDescription } from '../../../components/job-description/job-description.component.js';
import type { PswRoleDocument } from '../../../components/role-document/role-document.component.js';
import { createRoleDocument } from '../../../src/model/create.js';
import { completeDoc } from '../../fixtures/export-docs.js';
import { resetPage } from '../document-runtime/fixtures.js';
import type { RoleDocument } from '../../../src/model/schema.js';

async function mount(doc: RoleDocument) {
  const wrapper = await fixture<PswRoleDocument>(html`<psw-role-document .value=${doc}><psw-job-description></psw-job-description></psw-role-document>`);
  const el = wrapper.querySelector<PswJobDescription>('psw-job-description')!;
  await el.updateComplete;
  return el;
}
const sections = (el: PswJobDescription) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('section[data-section]')].map((s) => s.dataset.section);
const states = (el: PswJobDescription) => (el as unknown as { internals: ElementInternals }).internals.states;

describe('<psw-job-description> audiences', () => {
  beforeEach(() => resetPage());
  afterEach(() => resetPage());

  it('shows the candidate’s job description by default: main duties, clauses, no boundaries, funding or assessment', async () => {
    const el = await mount(completeDoc);
    expect(el.audience).to.equal('candidate');
    const ids = sections(el);
    expect(ids).to.include.members(['purpose', 'responsibilities', 'person-spec', 'clause']);
    expect(ids).not.to.include.members(['boundaries']);
    expect(ids).not.to.include('terms');
    expect(ids).not.to.include('assessment');
    const text = el.shadowRoot!.textContent!;
    expect(text).to.contain('Main duties');
    expect(text).to.contain('pro rata');
    expect(text).to.contain('This job description is not exhaustive');
    expect(states(el).has('internal')).to.equal(false);
  });

  it('shows the internal record with audience="internal", including the assessment summary once assessed', async () => {
    const el = await mount(completeDoc);
    el.audience = 'internal';
    await el.updateComplete;
    await el.closest<PswRoleDocument>('psw-role-document')!.updateComplete;
    await el.updateComplete;
    expect(el.getAttribute('audience')).to.equal('internal');
    expect(sections(el)).to.include.members(['boundaries', 'terms', 'supervision', 'assessment']);
    expect(states(el).has('internal')).to.equal(true);
  });

  it('without a profile, the candidate’s still carries the standard clauses (the defaults)', async () => {
    const el = await mount(completeDoc);
    const keys = [...el.shadowRoot!.querySelectorAll<HTMLElement>('section[data-section="clause"]')].map((s) => s.dataset.key);
    expect(keys).to.deep.equal(['equality', 'safeguarding', 'confidentiality', 'health-safety', 'infection-control', 'not-exhaustive']);
    expect(sections(el).at(-1)).to.equal('person-spec');
  });

  it('puts no catalogue id in the text of a template, in either audience', async () => {
    const el = await mount(createRoleDocument({ template: 'adult-community' }));
    for (const audience of ['candidate', 'internal'] as const) {
      el.audience = audience;
      await el.updateComplete;
      expect(el.shadowRoot!.textContent!).not.to.match(/team-barriers|self-disclosure|risk-safeguarding|adult-community|agenda-for-change/);
    }
  });
});
