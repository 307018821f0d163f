// Loose tags starting from a template: <meta name="psw-role-kit-template" content="…"> is read once
// by the page-level document, which starts from that setting's template when nothing is saved.
import { expect } from '@open-wc/testing';
import { consumersIn, mount, resetPage } from './fixtures.js';
import { ensurePageDocument, pageAutosaveKey, pageTemplate } from '../../../components/document-runtime/page-document.js';
import { lazyImports } from '../../../components/document-runtime/core-deps.js';
import { createRoleDocument } from '../../../src/model/create.js';
import { pageStorageKey } from '../../../src/store/persistence.js';
import { testProfile } from '../../fixtures/profiles.js';

let container: HTMLElement | undefined;
const templates = lazyImports.templates;

function meta(content: string): void {
  const el = document.createElement('meta');
  el.name = 'psw-role-kit-template';
  el.content = content;
  document.head.append(el);
}

const dutyTitles = (doc: { duties: readonly { title: string }[] }) => doc.duties.map((d) => d.title);

describe('page-level document from a template (<meta name="psw-role-kit-template">)', () => {
  beforeEach(() => resetPage());
  afterEach(() => {
    container?.remove();
    container = undefined;
    document.head.querySelectorAll('meta[name="psw-role-kit-template"]').forEach((m) => m.remove());
    lazyImports.templates = templates;
    resetPage();
  });

  it('with the page’s organisation profile, the template leaves to it what it answers (the employer type)', async () => {
    meta('adult-community');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.id = 'psw-organisation';
    script.textContent = JSON.stringify(testProfile({ organisation: { ...testProfile().organisation, employerType: 'vcse' } }));
    document.body.append(script);
    try {
      container = await mount('<test-doc-consumer></test-doc-consumer>');
      const page = ensurePageDocument()!;
      await page.documentReady;
      expect(page.value.context.setting).to.equal('adult-community');
      expect(page.value.context.employerType).to.equal(undefined);
    } finally {
      script.remove();
    }
  });

  it('starts loose tags from the named template when nothing is saved, as the first document (no undo step)', async () => {
    meta(' adult-community ');
    expect(pageTemplate()).to.equal('adult-community');
    container = await mount('<test-doc-consumer></test-doc-consumer><test-doc-consumer></test-doc-consumer>');
    const page = ensurePageDocument()!;
    await page.documentReady;
    const expected = createRoleDocument({ template: 'adult-community' });
    expect(page.value.role.title).to.equal(expected.role.title);
    expect(dutyTitles(page.value)).to.deep.equal(dutyTitles(expected));
    for (const c of consumersIn(container)) expect(c.jobTitle).to.equal(expected.role.title);
    expect(page.undo()).to.equal(false);
  });

  it('leaves a saved draft as it is: the template is only for a page with nothing saved', async () => {
    const saved = createRoleDocument();
    localStorage.setItem(
      pageAutosaveKey()!,
      JSON.stringify({ format: 'psw-role-kit/autosave', version: 1, savedAt: new Date().toISOString(), tabId: 'tab-other', document: { ...saved, role: { title: 'My draft' } } }),
    );
    expect(pageAutosaveKey()).to.equal(pageStorageKey(location.pathname));
    meta('adult-community');
    container = await mount('<test-doc-consumer></test-doc-consumer>');
    expect(consumersIn(container)[0]!.jobTitle).to.equal('My draft');
    expect(ensurePageDocument()!.value.duties).to.deep.equal([]);
  });

  it('starts an empty draft, and says why, for an unknown template or one that cannot be loaded', async () => {
    const warnings: string[] = [];
    const errors: string[] = [];
    const { warn, error } = console;
    console.warn = (m: string) => warnings.push(m);
    console.error = (m: string) => errors.push(m);
    try {
      meta('no-such-setting');
      container = await mount('<test-doc-consumer></test-doc-consumer>');
      expect(ensurePageDocument()!.value.duties).to.deep.equal([]);
      expect(warnings.join('\n')).to.include('unknown template "no-such-setting"');
      container.remove();
      resetPage();
      document.head.querySelectorAll('meta[name="psw-role-kit-template"]').forEach((m) => m.remove());

      meta('crisis');
      lazyImports.templates = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
      container = await mount('<test-doc-consumer></test-doc-consumer>');
      await ensurePageDocument()!.documentReady;
      expect(ensurePageDocument()!.value.duties).to.deep.equal([]);
      expect(consumersIn(container)[0]!.doc.document).to.equal(ensurePageDocument()!.value);
      expect(errors.join('\n')).to.include('the template "crisis" could not be loaded');
    } finally {
      console.warn = warn;
      console.error = error;
    }
  });
});
