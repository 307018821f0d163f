import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../components/role-document/role-document.js';
import '../../../components/role-export/role-export.js';
import type { PswRoleExport } from '../../../components/role-export/role-export.component.js';
import type { PswRoleDocument } from '../../../components/role-document/role-document.component.js';
import { createRoleDocument } from '../../../src/model/create.js';
import { resetPage } from '../document-runtime/fixtures.js';

async function mount() {
  const wrapper = await fixture<PswRoleDocument>(html`<psw-role-document .value=${createRoleDocument()}><psw-role-export></psw-role-export></psw-role-document>`);
  const el = wrapper.querySelector<PswRoleExport>('psw-role-export')!;
  await el.updateComplete;
  return { wrapper, el, root: el.shadowRoot! };
}

/** A role saved by schema version 1, whose only length field was the funding term. */
function version1(contractType: string, extra: Record<string, unknown> = {}) {
  const d = JSON.parse(JSON.stringify(createRoleDocument({ template: 'adult-community' }))) as Record<string, any>;
  d.schemaVersion = 1;
  delete d.meta.suggested;
  d.employment = { ...d.employment, contractType, funding: { source: 'Transformation fund', termMonths: 9 }, ...extra };
  delete d.employment.fixedTermMonths;
  if (extra.fixedTermMonths !== undefined) d.employment.fixedTermMonths = extra.fixedTermMonths;
  return d;
}

async function importFile(el: PswRoleExport, root: ShadowRoot, value: unknown) {
  const input = root.querySelector<HTMLInputElement>('input[type="file"]')!;
  const dt = new DataTransfer();
  dt.items.add(new File([JSON.stringify(value)], 'old.json', { type: 'application/json' }));
  input.files = dt.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await waitUntil(() => root.querySelector('.preview, [part="issues"]') !== null, 'the file is not read yet');
  await el.updateComplete;
  return (root.querySelector('.migrated')?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

describe('<psw-role-export> importing a version 1 file', () => {
  beforeEach(() => resetPage());
  afterEach(() => resetPage());

  it('says that a fixed-term contract’s length moved out of the funding term, with the months', async () => {
    const { el, root } = await mount();
    expect(await importFile(el, root, version1('fixed-term'))).to.equal(
      'This file was saved in an older format (version 1). It has been brought up to date and nothing in it is lost; the contract’s length (9 months) is now in “Contract length” rather than the funding term.',
    );
  });

  it('says nothing moved when the contract is permanent, or already had its length', async () => {
    for (const older of [version1('permanent'), version1('fixed-term', { fixedTermMonths: 12 })]) {
      resetPage();
      const { el, root } = await mount();
      expect(await importFile(el, root, older)).to.equal('This file was saved in an older format (version 1). It has been brought up to date and nothing in it is lost.');
    }
  });
});
