import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../components/role-document/role-document.js';
import '../../../components/role-export/role-export.js';
import type { PswRoleExport } from '../../../components/role-export/role-export.component.js';
import type { PswRoleDocument } from '../../../components/role-document/role-document.component.js';
import { PswExportEvent, type PswChangeEvent, type PswInvalidEvent } from '../../../components/base/events.js';
import { wordExport } from '../../../components/role-export/word.js';
import { exportModules } from '../../../components/role-export/formats.js';
import { exportJobDescription } from '../../../src/export/export-job-description.js';
import { suggestFilename } from '../../../src/export/filename.js';
import { DOCX_MIME_TYPE } from '../../../src/export/docx.js';
import { createRoleDocument } from '../../../src/model/create.js';
import type { RoleDocument } from '../../../src/model/schema.js';
import { completeDoc } from '../../fixtures/export-docs.js';
import { resetPage } from '../document-runtime/fixtures.js';
import { interceptDownloads } from '../util/downloads.js';

async function mountIn(doc: RoleDocument = completeDoc, readonly = false) {
  const wrapper = await fixture<PswRoleDocument>(html`<psw-role-document ?readonly=${readonly} .value=${doc}>
    <psw-role-export></psw-role-export>
  </psw-role-document>`);
  const el = wrapper.querySelector('psw-role-export')!;
  await el.updateComplete;
  return { wrapper, el, root: el.shadowRoot! };
}

const text = (e: Element | null | undefined) => (e?.textContent ?? '').replace(/\s+/g, ' ').trim();
const states = (el: PswRoleExport) => (el as unknown as { internals: ElementInternals }).internals.states;
const button = (root: ShadowRoot, format: string) => root.querySelector<HTMLButtonElement>(`li[data-format="${format}"] button`)!;


/** Chooses a file in the element's file input the way a browser does (files set, then change). */
function choose(root: ShadowRoot, file: File) {
  const input = root.querySelector<HTMLInputElement>('input[type="file"]')!;
  const dt = new DataTransfer();
  dt.items.add(file);
  input.files = dt.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  return input;
}

const jsonFile = (value: unknown, name = 'role.json') => new File([JSON.stringify(value)], name, { type: 'application/json' });
/** Waits until a chosen file has been read and the element has rendered the outcome. */
async function settle(el: PswRoleExport) {
  await waitUntil(() => (el as unknown as { importState: { kind: string } }).importState.kind !== 'reading', 'file still being read');
  for (let i = 0; i < 3; i++) {
    await new Promise((r) => setTimeout(r, 0));
    await el.updateComplete;
  }
}

function otherRole(): RoleDocument {
  const d = createRoleDocument({ template: 'crisis' });
  return { ...d, role: { ...d.role, title: 'Crisis Peer Support Worker' }, meta: { ...d.meta, updatedAt: '2026-10-02T09:30:00.000Z' } };
}

describe('<psw-role-export>', () => {
  let downloads: ReturnType<typeof interceptDownloads>;
  const renderWord = wordExport.render;
  const modules = { ...exportModules };
  beforeEach(() => {
    resetPage();
    downloads = interceptDownloads();
  });
  afterEach(() => {
    downloads.restore();
    wordExport.render = renderWord;
    Object.assign(exportModules, modules);
    resetPage();
  });

  describe('downloads', () => {
    const cases = [
      { format: 'json', ext: 'json', type: 'application/json' },
      { format: 'jsonld', ext: 'jsonld', type: 'application/ld+json' },
      { format: 'md', ext: 'md', type: 'text/markdown;charset=utf-8' },
    ] as const;
    for (const c of cases) {
      it(`${c.format}: a Blob of type ${c.type}, named from the title and date, then psw-export`, async () => {
        const { wrapper, el, root } = await mountIn();
        const event = oneEvent(el, 'psw-export') as Promise<PswExportEvent>;
        button(root, c.format).click();
        const e = await event;
        const filename = suggestFilename(wrapper.value, c.ext);
        expect(filename).to.match(new RegExp(`^peer-support-worker-\\d{4}-\\d{2}-\\d{2}\\.${c.ext}$`));
        expect(e).to.be.instanceOf(PswExportEvent);
        expect(e.detail).to.deep.equal({ format: c.format, filename });
        expect(e.bubbles && e.composed).to.equal(true);
        expect(downloads.saved).to.have.length(1);
        const [saved] = downloads.saved;
        expect(saved!.filename).to.equal(filename);
        expect(saved!.href.startsWith('blob:')).to.equal(true);
        expect(saved!.blob.type).to.equal(c.type);
        const body = await saved!.blob.text();
        if (c.format === 'json') {
          const data = JSON.parse(body);
          expect(data.kind).to.equal('psw-job-description');
          expect(data.document).to.deep.equal(wrapper.value);
          expect(Object.keys(data.assessment)).to.include.members(['findings', 'balance', 'themes', 'readiness']);
        } else if (c.format === 'jsonld') {
          const data = JSON.parse(body);
          expect(data['@context']).to.equal('https://schema.org');
          expect(data['@type']).to.equal('JobPosting');
          expect(data.title).to.equal(completeDoc.role.title);
        } else {
          expect(body.startsWith(`# ${completeDoc.role.title}\n`)).to.equal(true);
        }
        expect(text(root.querySelector('.download-status'))).to.equal(`Downloaded ${filename}.`);
        expect(root.querySelector('a'), 'the temporary link is removed').to.equal(null);
      });
    }

    it('docx: shows "Preparing Word document…" while the writer loads, then a zip ("PK") Blob and psw-export', async () => {
      const { wrapper, el, root } = await mountIn();
      const event = oneEvent(el, 'psw-export') as Promise<PswExportEvent>;
      button(root, 'docx').click();
      await el.updateComplete;
      expect(text(root.querySelector('.download-status'))).to.equal('Preparing Word document…');
      expect(button(root, 'docx').getAttribute('aria-disabled')).to.equal('true');
      expect(states(el).has('busy')).to.equal(true);
      const e = await event;
      const filename = suggestFilename(wrapper.value, 'docx');
      expect(e.detail).to.deep.equal({ format: 'docx', filename });
      const [saved] = downloads.saved;
      expect(saved!.filename).to.equal(filename);
      expect(saved!.blob.type).to.equal(DOCX_MIME_TYPE);
      const head = new Uint8Array(await saved!.blob.slice(0, 4).arrayBuffer());
      expect(String.fromCharCode(head[0]!, head[1]!)).to.equal('PK');
      expect([head[2], head[3]]).to.deep.equal([3, 4]);
      await el.updateComplete;
      expect(button(root, 'docx').getAttribute('aria-disabled')).to.equal('false');
      expect(states(el).has('busy')).to.equal(false);
    });

    it('docx: says clearly when the Word chunk fails to load, and fires no psw-export', async () => {
      wordExport.render = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module: https://intranet.example/chunks/docx-writer-x.js'));
      const { el, root } = await mountIn();
      let exported = 0;
      el.addEventListener('psw-export', () => exported++);
      button(root, 'docx').click();
      await settle(el);
      const alert = root.querySelector('.download-error')!;
      expect(alert.getAttribute('role')).to.equal('alert');
      expect(text(alert)).to.match(/^The Word document could not be prepared: the part of the toolkit that writes Word files did not load\./);
      expect(text(root.querySelector('.download-status'))).to.equal('');
      expect(exported).to.equal(0);
      expect(downloads.saved).to.deep.equal([]);
      expect(button(root, 'docx').getAttribute('aria-disabled')).to.equal('false');
      // The other formats still work.
      button(root, 'md').click();
      await settle(el);
      expect(downloads.saved).to.have.length(1);
      expect(text(alert)).to.equal('');
    });

    it('JSON, JSON-LD and Markdown load on first use: updateComplete covers the download', async () => {
      const { el, root } = await mountIn();
      for (const format of ['json', 'jsonld', 'md'] as const) {
        button(root, format).click();
        await el.updateComplete;
        expect(downloads.saved.at(-1)?.filename, format).to.match(new RegExp(`\\.${format}$`));
      }
      expect(downloads.saved).to.have.length(3);
    });

    it('says clearly when the code of a format fails to load, and fires no psw-export', async () => {
      exportModules.md = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module: https://intranet.example/chunks/markdown-x.js'));
      exportModules.json = () => Promise.reject(new Error('out of memory'));
      const { el, root } = await mountIn();
      let exported = 0;
      el.addEventListener('psw-export', () => exported++);
      button(root, 'md').click();
      await el.updateComplete;
      const alert = root.querySelector('.download-error')!;
      expect(text(alert)).to.equal('The Markdown file could not be prepared: part of the toolkit did not load. Check your connection and try again.');
      button(root, 'json').click();
      await el.updateComplete;
      expect(text(alert)).to.equal('The JSON file could not be prepared. Try again, or choose another format.');
      expect(exported).to.equal(0);
      expect(downloads.saved).to.deep.equal([]);
      // The other formats still work.
      button(root, 'jsonld').click();
      await el.updateComplete;
      expect(downloads.saved).to.have.length(1);
      expect(exported).to.equal(1);
      expect(text(alert)).to.equal('');
    });

    it('download(format) from a script makes the same file as the button, with psw-export', async () => {
      const { wrapper, el, root } = await mountIn();
      const event = oneEvent(el, 'psw-export') as Promise<PswExportEvent>;
      await el.download('md');
      const filename = suggestFilename(wrapper.value, 'md');
      expect(downloads.saved.map((s) => s.filename)).to.deep.equal([filename]);
      expect((await downloads.saved[0]!.blob.text()).startsWith(`# ${completeDoc.role.title}\n`)).to.equal(true);
      expect((await event).detail).to.deep.equal({ format: 'md', filename });
      await el.updateComplete;
      expect(text(root.querySelector('.download-status'))).to.equal(`Downloaded ${filename}.`);
    });

    it('are available when the role is read only (import is not)', async () => {
      const { el, root } = await mountIn(completeDoc, true);
      expect(states(el).has('readonly')).to.equal(true);
      expect(root.querySelector('input[type="file"]')).to.equal(null);
      expect(text(root.querySelector('.readonly-note'))).to.equal('Importing is not available: this role is read only.');
      const event = oneEvent(el, 'psw-export') as Promise<PswExportEvent>;
      button(root, 'json').click();
      expect((await event).detail.format).to.equal('json');
    });

    it('work from the keyboard', async () => {
      const { el, root } = await mountIn();
      button(root, 'jsonld').focus();
      const event = oneEvent(el, 'psw-export') as Promise<PswExportEvent>;
      await sendKeys({ press: 'Enter' });
      expect((await event).detail.format).to.equal('jsonld');
    });
  });

  describe('import', () => {
    it('a valid export shows a preview and replaces the role only after confirmation (one undo step, psw-change)', async () => {
      const { wrapper, el, root } = await mountIn();
      const before = wrapper.value;
      const other = otherRole();
      let changes = 0;
      el.addEventListener('psw-change', () => changes++);
      choose(root, jsonFile(exportJobDescription(other), 'crisis.json'));
      await settle(el);
      const preview = root.querySelector('.preview')!;
      expect(text(preview.querySelector('h4'))).to.equal('Check the role in “crisis.json”');
      expect(root.activeElement).to.equal(preview.querySelector('h4'));
      expect(text(preview.querySelector('.preview-title'))).to.equal('Crisis Peer Support Worker');
      const core = other.duties.filter((d) => d.kind === 'core').length;
      const flexible = other.duties.filter((d) => d.kind === 'flexible').length;
      const excluded = other.duties.filter((d) => d.kind === 'excluded').length;
      expect(text(preview.querySelector('.preview-duties'))).to.equal(`${other.duties.length} (${core} core, ${flexible} flexible, ${excluded} excluded)`);
      expect(text(preview.querySelector('.preview-updated'))).to.match(/^2 Oct 2026/);
      expect(preview.querySelector('.migrated')).to.equal(null);
      expect(wrapper.value, 'not replaced before confirmation').to.equal(before);
      expect(changes).to.equal(0);

      const changed = oneEvent(el, 'psw-change') as Promise<PswChangeEvent>;
      const confirm = preview.querySelector<HTMLButtonElement>('button.confirm')!;
      expect(text(confirm)).to.equal('Replace the current role with this one');
      confirm.click();
      const e = await changed;
      expect(e.detail.document).to.deep.equal(other);
      expect(wrapper.value).to.deep.equal(other);
      await settle(el);
      expect(root.querySelector('.preview')).to.equal(null);
      expect(text(root.querySelector('.import-status'))).to.equal('The role from “crisis.json” is now in place. Undo brings back the previous role.');
      expect(root.activeElement).to.equal(root.querySelector('#import-file'));
      wrapper.undo();
      expect(wrapper.value).to.deep.equal(before);
    });

    it('Cancel leaves the role as it was', async () => {
      const { wrapper, el, root } = await mountIn();
      const before = wrapper.value;
      choose(root, jsonFile(otherRole()));
      await settle(el);
      root.querySelector<HTMLButtonElement>('.preview button.cancel')!.click();
      await settle(el);
      expect(root.querySelector('.preview')).to.equal(null);
      expect(wrapper.value).to.equal(before);
      expect(text(root.querySelector('.import-status'))).to.equal('Import cancelled. Nothing has changed.');
    });

    it('an invalid file lists the issues by field, fires psw-invalid and leaves the role untouched', async () => {
      const { wrapper, el, root } = await mountIn();
      const before = wrapper.value;
      const bad = structuredClone(otherRole()) as unknown as Record<string, any>;
      bad.duties[1].flexibility = { maxShare: 140 };
      bad.duties[0].kind = 'optional';
      bad.surprise = true;
      let changes = 0;
      el.addEventListener('psw-change', () => changes++);
      const invalid = oneEvent(el, 'psw-invalid') as Promise<PswInvalidEvent>;
      choose(root, jsonFile(bad, 'bad.json'));
      const e = await invalid;
      await settle(el);
      const paths = e.detail.issues.map((i) => i.path);
      expect(paths).to.include.members(['duties[0].kind', 'duties[1].flexibility.maxShare', 'surprise']);
      const issues = root.querySelector('[part="issues"]')!;
      expect(text(issues.querySelector('h4'))).to.equal('“bad.json” cannot be imported');
      expect(root.activeElement).to.equal(issues.querySelector('h4'));
      const items = [...issues.querySelectorAll('li')];
      expect(items.map((li) => li.getAttribute('data-path'))).to.deep.equal(paths);
      const share = items.find((li) => li.getAttribute('data-path') === 'duties[1].flexibility.maxShare')!;
      expect(text(share.querySelector('.issue-field'))).to.equal(`Duty 2 “${bad.duties[1].title}” › Flexibility › Maximum share`);
      expect(text(share.querySelector('.issue-message'))).to.equal('must be 100 or less.');
      const kind = items.find((li) => li.getAttribute('data-path') === 'duties[0].kind')!;
      expect(text(kind.querySelector('.issue-message'))).to.match(/^must be one of “core”, “flexible” or “excluded”/);
      expect(root.querySelector('.preview')).to.equal(null);
      expect(wrapper.value).to.equal(before);
      expect(changes).to.equal(0);
      expect(states(el).has('has-errors')).to.equal(true);
      expect(root.querySelector('#import-file')!.getAttribute('aria-invalid')).to.equal('true');
    });

    it('a file that is not JSON is refused with the issue on the file as a whole', async () => {
      const { wrapper, el, root } = await mountIn();
      const before = wrapper.value;
      const invalid = oneEvent(el, 'psw-invalid') as Promise<PswInvalidEvent>;
      choose(root, new File(['{"kind": "psw-role-document",'], 'broken.json', { type: 'application/json' }));
      expect((await invalid).detail.issues[0]!.path).to.equal('');
      await settle(el);
      const li = root.querySelector('[part="issues"] li')!;
      expect(text(li.querySelector('.issue-field'))).to.equal('The file');
      expect(text(li.querySelector('.issue-message'))).to.match(/^The text is not valid JSON/);
      expect(wrapper.value).to.equal(before);
    });

    it('refuses a file over 8 MB (the export limit) before reading it', async () => {
      const { wrapper, el, root } = await mountIn();
      const before = wrapper.value;
      const big = new File([new Uint8Array(8 * 1024 * 1024 + 10)], 'huge.json', { type: 'application/json' });
      let read = false;
      Object.defineProperty(big, 'text', { value: () => ((read = true), Promise.resolve('')) });
      const invalid = oneEvent(el, 'psw-invalid') as Promise<PswInvalidEvent>;
      choose(root, big);
      const e = await invalid;
      await settle(el);
      expect(read).to.equal(false);
      expect(e.detail.issues).to.have.length(1);
      expect(text(root.querySelector('[part="issues"] .issue-message'))).to.equal('This file is 8 MB; files over 8 MB cannot be imported. Is it the right file?');
      expect(wrapper.value).to.equal(before);
    });

    it('says when a file in an older format has been brought up to date', async () => {
      const { el, root } = await mountIn();
      const { wellbeing: _w, leadership: _l, ...rest } = structuredClone(otherRole());
      const { title, ...role } = rest.role;
      const v0 = { ...rest, schemaVersion: 0, role: { ...role, name: title } };
      choose(root, jsonFile(v0, 'old.json'));
      await settle(el);
      expect(text(root.querySelector('.preview-title'))).to.equal('Crisis Peer Support Worker');
      expect(text(root.querySelector('.migrated'))).to.equal(
        'This file was saved in an older format (version 0). It has been brought up to date and nothing in it is lost.',
      );
    });

    it('completes an import from the keyboard', async () => {
      const { wrapper, el, root } = await mountIn();
      choose(root, jsonFile(otherRole()));
      await settle(el);
      await sendKeys({ press: 'Tab' });
      expect(root.activeElement?.textContent?.trim()).to.equal('Replace the current role with this one');
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(wrapper.value.role.title).to.equal('Crisis Peer Support Worker');
    });

    it('works placed loose on the page (page-level document)', async () => {
      const el = await fixture<PswRoleExport>(html`<psw-role-export></psw-role-export>`);
      const root = el.shadowRoot!;
      const changed = oneEvent(el, 'psw-change') as Promise<PswChangeEvent>;
      choose(root, jsonFile(otherRole()));
      await settle(el);
      root.querySelector<HTMLButtonElement>('button.confirm')!.click();
      expect((await changed).detail.document.role.title).to.equal('Crisis Peer Support Worker');
      const event = oneEvent(el, 'psw-export') as Promise<PswExportEvent>;
      button(root, 'md').click();
      expect((await event).detail.filename).to.match(/^crisis-peer-support-worker-/);
      el.remove();
    });
  });

  // Empty, filled and read only are in the every-element sweep (test/components/a11y); these states are not.
  describe('accessibility', () => {
    it('filled, after a download', async () => {
      const { el, root } = await mountIn();
      button(root, 'md').click();
      await settle(el);
      await expect(el).to.be.accessible();
    });
    it('with import issues', async () => {
      const { el, root } = await mountIn();
      choose(root, jsonFile({ kind: 'psw-role-document', schemaVersion: 1 }));
      await settle(el);
      expect(root.querySelector('[part="issues"]')).to.exist;
      await expect(el).to.be.accessible();
    });
    it('with a preview', async () => {
      const { el, root } = await mountIn();
      choose(root, jsonFile(otherRole()));
      await settle(el);
      expect(root.querySelector('.preview')).to.exist;
      await expect(el).to.be.accessible();
    });
  });
});
