import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../../components/role-document/role-document.js';
import '../../../components/job-description/job-description.js';
import type { PswJobDescription } from '../../../components/job-description/job-description.component.js';
import type { PswRoleDocument } from '../../../components/role-document/role-document.component.js';
import { createRoleDocument } from '../../../src/model/create.js';
import { setIn } from '../../../src/store/ops.js';
import { completeDoc, hostileDoc } from '../../fixtures/export-docs.js';
import { resetPage } from '../document-runtime/fixtures.js';
import type { RoleDocument } from '../../../src/model/schema.js';
import { boundaryTopics } from '../../../src/catalogue/boundary-topics.js';
import { supervisionTypes } from '../../../src/catalogue/supervision-types.js';
import '../../../components/boundary-checklist/boundary-checklist.js';

async function mountIn(doc?: RoleDocument, readonly = false) {
  const wrapper = await fixture<PswRoleDocument>(html`<psw-role-document ?readonly=${readonly} .value=${doc as RoleDocument}>
    <psw-job-description audience="internal"></psw-job-description>
  </psw-role-document>`);
  const el = wrapper.querySelector('psw-job-description')!;
  await el.updateComplete;
  return { wrapper, el, root: el.shadowRoot! };
}

const texts = (root: ParentNode, sel: string) => [...root.querySelectorAll(sel)].map((e) => e.textContent!.replace(/\s+/g, ' ').trim());
const section = (root: ShadowRoot, id: string) => root.querySelector<HTMLElement>(`section[data-section="${id}"]`);
const states = (el: PswJobDescription) => (el as unknown as { internals: ElementInternals }).internals.states;

describe('<psw-job-description>', () => {
  beforeEach(() => resetPage());
  afterEach(async () => {
    await emulateMedia({ media: 'screen' });
    resetPage();
  });

  it('names every boundary topic and supervision type as the checklist and the catalogues do', async () => {
    const doc: RoleDocument = {
      ...completeDoc,
      boundaries: boundaryTopics.map((t, i) => ({ id: `b${i}`, topic: t.id, position: `Position ${i}.`, status: 'agreed' as const })),
      supervision: { ...completeDoc.supervision, arrangements: supervisionTypes.map((t, i) => ({ id: `s${i}`, type: t.id })) },
    };
    const wrapper = await fixture<PswRoleDocument>(html`<psw-role-document .value=${doc}>
      <psw-job-description audience="internal"></psw-job-description><psw-boundary-checklist></psw-boundary-checklist>
    </psw-role-document>`);
    const jd = wrapper.querySelector('psw-job-description')!;
    const checklist = wrapper.querySelector('psw-boundary-checklist')!;
    await jd.updateComplete;
    await checklist.updateComplete;
    const root = jd.shadowRoot!;
    const itemNames = (id: string) => [...section(root, id)!.querySelectorAll(':scope ul:not(.details) > li')]
      .map((li) => (li.querySelector('.item-title') ?? li).textContent!.replace(/\s+/g, ' ').trim());
    expect(itemNames('boundaries')).to.deep.equal(boundaryTopics.map((t) => t.label));
    expect(texts(checklist.shadowRoot!, '[part="topic-heading"]')).to.deep.equal(boundaryTopics.map((t) => t.label));
    expect(itemNames('supervision')).to.deep.equal(supervisionTypes.map((t) => t.label));
  });

  it('shows the title, the job details in a description list and every core duty under key responsibilities', async () => {
    const { root } = await mountIn(completeDoc);
    expect(root.querySelector('h2')!.textContent).to.equal(completeDoc.role.title);
    const header = root.querySelector('[part="header"]')!;
    const terms = texts(header, 'dt');
    for (const key of ['Job title', 'Band', 'Hours', 'Contract', 'Base', 'Reports to', 'Professional supervision']) expect(terms).to.include(key);
    const band = [...header.querySelectorAll('.kv-row')].find((r) => r.querySelector('dt')!.textContent === 'Band')!;
    expect(band.querySelector('dd')!.textContent).to.match(/^Band 3/);
    const responsibilities = section(root, 'responsibilities')!;
    expect(responsibilities.querySelector('h3')!.textContent).to.equal('Key responsibilities');
    const core = completeDoc.duties.filter((d) => d.kind === 'core');
    expect(core.length).to.be.greaterThan(1);
    const shown = responsibilities.textContent!;
    for (const d of core) expect(shown).to.include(d.title);
    for (const d of completeDoc.duties.filter((x) => x.kind !== 'core')) expect(shown).not.to.include(d.title);
    // Flexible elements carry their bounds; exclusions have their own section.
    const flexible = completeDoc.duties.find((d) => d.kind === 'flexible')!;
    expect(section(root, 'flexible')!.textContent).to.include(flexible.title);
    expect(section(root, 'flexible')!.textContent).to.match(/Up to \d+% of contracted hours/);
    expect(section(root, 'excluded')!.textContent).to.include(completeDoc.duties.find((d) => d.kind === 'excluded')!.title);
    for (const id of ['purpose', 'boundaries', 'supervision', 'training', 'progression']) expect(section(root, id), id).to.exist;
  });

  it('renders the person specification as tables with column and row headers and how each criterion is assessed', async () => {
    const { root } = await mountIn(completeDoc);
    const spec = root.querySelector<HTMLElement>('[part~="person-spec"]')!;
    expect(spec.getAttribute('part')).to.equal('section person-spec');
    const tables = [...spec.querySelectorAll('table')];
    expect(tables.map((t) => t.caption!.textContent)).to.deep.equal(['Essential', 'Desirable']);
    const [essential] = tables;
    expect([...essential!.querySelectorAll('thead th')].map((th) => [th.getAttribute('scope'), th.textContent])).to.deep.equal([
      ['col', 'Criteria'],
      ['col', 'How assessed'],
    ]);
    const rows = [...essential!.querySelectorAll('tbody tr')];
    expect(rows.length).to.equal(completeDoc.recruitment.personSpec.essential.length);
    const first = completeDoc.recruitment.personSpec.essential[0]!;
    expect(rows[0]!.querySelector('th')!.getAttribute('scope')).to.equal('row');
    expect(rows[0]!.querySelector('th')!.textContent).to.equal(first.text);
    expect(rows[0]!.querySelector('td')!.textContent).to.equal(first.assessedBy);
  });

  it('marks required lines that are not filled in as "To be agreed" and follows edits of the document', async () => {
    const { wrapper, el, root } = await mountIn(createRoleDocument());
    expect(root.querySelector('h2')!.textContent).to.equal('Job description');
    const placeholders = texts(root, '.placeholder');
    expect(placeholders.length).to.be.greaterThan(5);
    expect(new Set(placeholders)).to.deep.equal(new Set(['To be agreed']));
    expect(states(el).has('has-placeholders')).to.equal(true);
    wrapper.value = setIn(setIn(wrapper.value, ['role', 'title'], 'Peer Support Worker – Crisis'), ['duties'], [
      { id: 'd1', title: 'Offer one-to-one peer support', kind: 'core' },
    ]);
    await el.updateComplete;
    expect(root.querySelector('h2')!.textContent).to.equal('Peer Support Worker – Crisis');
    expect(section(root, 'responsibilities')!.textContent).to.include('Offer one-to-one peer support');
  });

  it('renders hostile text as text: no element, script or attribute comes from the document', async () => {
    const { root } = await mountIn(hostileDoc);
    expect(root.querySelector('h2')!.textContent).to.include('<script>alert(');
    expect(root.querySelectorAll('script, img, b, iframe, a, style').length).to.equal(0);
    for (const el of root.querySelectorAll('*')) {
      for (const attr of el.getAttributeNames()) expect(attr.startsWith('on'), `${el.localName}[${attr}]`).to.equal(false);
    }
    expect(root.textContent).to.include('<img src=x onerror=alert(1)>');
  });

  it('hides the controls and the status line in print, and prints black on white', async () => {
    const { root } = await mountIn(completeDoc);
    const button = root.querySelector('button')!;
    const toolbar = root.querySelector<HTMLElement>('[part="toolbar"]')!;
    const status = root.querySelector<HTMLElement>('[part="document-status"]')!;
    expect(status).to.exist;
    expect(getComputedStyle(toolbar).display).not.to.equal('none');
    expect(getComputedStyle(button).display).not.to.equal('none');
    await emulateMedia({ media: 'print' });
    expect(getComputedStyle(toolbar).display).to.equal('none');
    expect(getComputedStyle(button).display).to.equal('none');
    expect(getComputedStyle(status.parentElement!).display).to.equal('none');
    expect(status.checkVisibility()).to.equal(false);
    const visibleControls = [...root.querySelectorAll('button, input, select, textarea')].filter((c) => c.checkVisibility());
    expect(visibleControls).to.deep.equal([]);
    expect(root.querySelector('article')!.checkVisibility()).to.equal(true);
    const h2 = root.querySelector('h2')!;
    expect(getComputedStyle(h2).display).not.to.equal('none');
    expect(getComputedStyle(h2).color).to.equal('rgb(0, 0, 0)');
    const row = root.querySelector('tbody tr')!;
    expect(getComputedStyle(row).breakInside).to.equal('avoid');
    expect(getComputedStyle(root.querySelector('h3')!).breakAfter).to.equal('avoid');
  });

  it('prints with the Print button, from the keyboard', async () => {
    const { root } = await mountIn(completeDoc);
    let printed = 0;
    const original = window.print;
    window.print = () => void printed++;
    try {
      root.querySelector('button')!.focus();
      await sendKeys({ press: 'Enter' });
      expect(printed).to.equal(1);
    } finally {
      window.print = original;
    }
  });

  it('works placed loose on the page (page-level document) and in a read-only wrapper', async () => {
    const loose = await fixture<PswJobDescription>(html`<psw-job-description></psw-job-description>`);
    await loose.updateComplete;
    expect(loose.shadowRoot!.querySelector('h2')!.textContent).to.equal('Job description');
    loose.remove();
    const { el, root } = await mountIn(completeDoc, true);
    expect(states(el).has('readonly')).to.equal(true);
    expect(root.querySelector('[part="document-status"]')!.textContent).to.match(/Read only/);
    expect(root.querySelector('button')!.textContent!.trim()).to.equal('Print');
  });
});
