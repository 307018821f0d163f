// The designer's library tools: Save a version beside Undo (when the document is bound to a library
// entry; otherwise Add to the library), Open the library, and Compare with a saved version on review.
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../util/wait.js';
import { createRoleDocument } from '../../../src/model/create.js';
import { testProfile } from '../../fixtures/profiles.js';
import { IdbRoleStore } from '../../../src/store/idb-role-store.js';
import type { RoleDocument } from '../../../src/model/schema.js';
import type { PswRoleDesigner } from '../../../components/role-designer/role-designer.component.js';
import type { PswRoleDocument } from '../../../components/role-document/role-document.component.js';
import '../../../components/role-library/role-library.js';
import { resetPage, root, settle } from './helpers.js';

let n = 0;
const dbName = () => `wtr-designer-library-${Date.now()}-${++n}`;
const byText = (r: ParentNode, label: string) => [...r.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent?.trim() === label);

describe('psw-role-designer: library tools', () => {
  beforeEach(() => resetPage());
  afterEach(() => resetPage());

  it('saves a version of the bound entry from beside Undo and compares it on the review step', async () => {
    const name = dbName();
    const store = new IdbRoleStore({ name });
    const role = createRoleDocument({ template: 'crisis', id: 'designer-role' });
    await store.put(role, { baseRevision: null });
    const wrapper = await fixture<PswRoleDocument>(html`<psw-role-document library-id="designer-role" storage-key=${name} .store=${store}>
      <psw-role-designer></psw-role-designer></psw-role-document>`);
    const designer = wrapper.querySelector<PswRoleDesigner>('psw-role-designer')!;
    wrapper.organisation = testProfile() as unknown as string;
    await waitUntil(() => wrapper.libraryState === 'saved' && wrapper.organisation !== undefined, 'bound, with a profile');
    await settle(designer);
    byText(root(designer), 'Save a version')!.click();
    await settle(designer);
    const label = root(designer).querySelector<HTMLInputElement>('#version-label')!;
    expect(label.labels?.[0]?.textContent?.trim()).to.equal('Label of the version');
    label.value = 'Before the panel';
    root(designer).querySelector<HTMLButtonElement>('.save-version button[type="submit"]')!.click();
    await waitUntil(async () => (await store.versions('designer-role')).length === 1, 'saved');
    designer.step = 'review';
    await waitUntil(() => root(designer).querySelector('#compare-version'), 'the picker is shown');
    wrapper.snapshot.edit((d) => ({ ...d, role: { ...d.role, title: 'Changed after the version' } }));
    await settle(designer);
    root(designer).querySelector<HTMLButtonElement>('#compare-button')!.click();
    await waitUntil(() => root(designer).querySelector('psw-role-compare'), 'compare shown');
    const compare = root(designer).querySelector('psw-role-compare') as unknown as { beforeRole: RoleDocument; afterRole: RoleDocument; organisation?: unknown };
    expect(compare.beforeRole.role.title).to.equal(role.role.title);
    expect(compare.afterRole.role.title).to.equal('Changed after the version');
    expect(compare.organisation, 'assessed with the document\'s profile').to.equal(wrapper.organisation);
    store.close();
  });

  it('offers to add a role that is in no library, and offers Open the library when one is on the page', async () => {
    const name = dbName();
    const store = new IdbRoleStore({ name });
    const wrap = await fixture<HTMLElement>(html`<div>
      <psw-role-document storage-key=${name} .store=${store} .value=${createRoleDocument({ template: 'crisis' })}><psw-role-designer></psw-role-designer></psw-role-document>
      <psw-role-library .store=${store}></psw-role-library></div>`);
    const wrapper = wrap.querySelector<PswRoleDocument>('psw-role-document')!;
    const designer = wrap.querySelector<PswRoleDesigner>('psw-role-designer')!;
    await settle(designer);
    expect(byText(root(designer), 'Open the library')).to.not.equal(undefined);
    byText(root(designer), 'Save a version')!.click();
    await settle(designer);
    expect(root(designer).textContent).to.include('not in a library yet');
    byText(root(designer), 'Add to the library')!.click();
    await waitUntil(() => wrapper.libraryId && wrapper.libraryState === 'saved', 'added and bound');
    expect((await store.get(wrapper.libraryId!))?.document.role.title).to.equal(wrapper.value.role.title);
    await expect(designer).to.be.accessible();
    store.close();
  });
});
