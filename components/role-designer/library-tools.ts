/**
 * The designer's library tools (part of its lazy view): "Save a version" beside Undo, "Open the
 * library" when a `<psw-role-library>` is on the page, and "Compare with a saved version" on the
 * review step. They work on the `<psw-role-document library-id>` around the designer; a role that
 * is not in a library yet is offered "Add to the library" instead.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { RoleDocument } from '../../src/model/schema.js';
import type { RoleStore, VersionSummary } from '../../src/store/role-store.js';
import { scrollIntoViewClear } from '../base/scroll-clear.js';
import type { PswRoleDocument } from '../role-document/role-document.component.js';
import type { PswRoleDesigner } from './role-designer.component.js';
import type { DesignerModel } from './role-designer.view.js';

interface Tools {
  open?: boolean;
  versions?: VersionSummary[];
  chosen?: number;
  compare?: { before: RoleDocument; after: RoleDocument };
  message?: string;
  loading?: boolean;
}
const tools = new WeakMap<PswRoleDesigner, Tools>();
const stateOf = (el: PswRoleDesigner) => tools.get(el) ?? tools.set(el, {}).get(el)!;
const update = (el: PswRoleDesigner, patch: Partial<Tools>) => {
  Object.assign(stateOf(el), patch);
  el.requestUpdate();
};

const boundDocument = (el: PswRoleDesigner) => el.closest<PswRoleDocument>('psw-role-document') ?? undefined;
/** The document's store, else the IndexedDB library (its code is fetched when first needed). */
const storeOf = async (doc: PswRoleDocument | undefined): Promise<RoleStore> =>
  doc?.store ?? (await import('../base/default-role-store.js')).defaultRoleStore(doc?.database || undefined);

/** The toolbar's part: Save a version (or Add to the library) and Open the library. */
export function renderLibraryTools(d: DesignerModel): TemplateResult | typeof nothing {
  const el = d.host;
  if (d.readonly || d.onStart) return nothing;
  const t = d.t;
  const s = stateOf(el);
  const doc = boundDocument(el);
  const bound = !!doc?.libraryId;
  const library = el.ownerDocument.querySelector('psw-role-library');
  const form = !s.open
    ? nothing
    : bound
      ? html`<form class="save-version" @submit=${(e: Event) => saveVersion(d, e)}>
          <label for="version-label">${t('versionLabel')}</label>
          <input id="version-label" name="label" type="text" maxlength="200" required />
          <button type="submit">${t('saveVersionConfirm')}</button>
          <button type="button" class="secondary" @click=${() => update(el, { open: false })}>${t('cancel')}</button>
        </form>`
      : html`<p class="save-version">${t('notInLibrary')}
          <button type="button" @click=${() => addToLibrary(d)}>${t('addToLibrary')}</button>
          <button type="button" class="secondary" @click=${() => update(el, { open: false })}>${t('cancel')}</button></p>`;
  return html`<button type="button" class="secondary" id="save-version" aria-expanded=${s.open ? 'true' : 'false'}
      @click=${() => update(el, { open: !s.open, message: undefined })}>${t('saveVersion')}</button>
    ${library ? html`<button type="button" class="secondary" id="open-library" @click=${() => focusLibrary(library)}>${t('openLibrary')}</button>` : nothing}
    ${form}
    ${s.message ? html`<p class="library-note" role="status">${s.message}</p>` : nothing}`;
}

function focusLibrary(library: Element): void {
  scrollIntoViewClear(library, 'start');
  library.shadowRoot?.querySelector<HTMLElement>('#template, #search, button')?.focus();
}

async function saveVersion(d: DesignerModel, e: Event): Promise<void> {
  e.preventDefault();
  const el = d.host;
  const doc = boundDocument(el);
  const label = ((e.target as HTMLFormElement).elements.namedItem('label') as HTMLInputElement).value.trim();
  if (!doc?.libraryId || !label) return;
  await doc.flushLibrary();
  const result = await (await storeOf(doc)).saveVersion(doc.libraryId, { label, ...(doc.libraryRevision ? { baseRevision: doc.libraryRevision } : {}) });
  update(el, { open: !result.ok, message: result.ok ? d.t('versionSaved', result.value.version, result.value.label) : result.message, versions: undefined });
}

async function addToLibrary(d: DesignerModel): Promise<void> {
  const el = d.host;
  const doc = boundDocument(el);
  const store = await storeOf(doc);
  const result = await store.put(d.doc, { baseRevision: null });
  if (!result.ok) return update(el, { message: result.message });
  // The document around the designer is bound to the new entry: its edits are saved there from now on.
  if (doc) {
    doc.store = store;
    doc.libraryId = result.value.id;
  }
  update(el, { open: false, message: d.t('addedToLibrary') });
}

/** The review step's part: pick a saved version and compare it with the role as it is. */
export function renderVersionCompare(d: DesignerModel): TemplateResult | typeof nothing {
  const el = d.host;
  const doc = boundDocument(el);
  if (!doc?.libraryId) return nothing;
  const t = d.t;
  const s = stateOf(el);
  if (!s.versions) {
    if (s.loading) return nothing;
    s.loading = true;
    void storeOf(doc).then((store) => store.versions(doc.libraryId!)).then((versions) => update(el, { versions, chosen: versions.at(-1)?.version, loading: false }), () => update(el, { versions: [], loading: false }));
    return nothing;
  }
  return html`<section class="version-compare" aria-labelledby="version-compare-heading">
    <h3 id="version-compare-heading">${t('compareHeading')}</h3>
    ${s.versions.length
      ? html`<label for="compare-version">${t('compareWith')}</label>
        <select id="compare-version" @change=${(e: Event) => update(el, { chosen: Number((e.target as HTMLSelectElement).value) })}>
          ${[...s.versions].reverse().map((v) => html`<option value=${v.version} ?selected=${v.version === s.chosen}>${t('versionOption', v.version, v.label)}</option>`)}
        </select>
        <button type="button" id="compare-button" @click=${() => compare(d, doc)}>${t('compareButton')}</button>
        ${s.compare ? html`<psw-role-compare .beforeRole=${s.compare.before} .afterRole=${s.compare.after} .organisation=${doc.organisation}></psw-role-compare>` : nothing}`
      : html`<p class="hint">${t('noVersions')}</p>`}
  </section>`;
}

async function compare(d: DesignerModel, doc: PswRoleDocument): Promise<void> {
  const el = d.host;
  const chosen = stateOf(el).chosen;
  if (!doc.libraryId || chosen === undefined) return;
  const version = await (await storeOf(doc)).getVersion(doc.libraryId, chosen);
  if (version) update(el, { compare: { before: version.document, after: d.doc } });
}
