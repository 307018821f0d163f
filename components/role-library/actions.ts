/**
 * What the library's buttons do, all through the RoleStore interface (so an HTTP store works the
 * same), each saying what it did on the message line; the ones that can be taken back carry Undo.
 * A refusal (a conflict, a full disk) is a message: nothing in the library changes.
 */
import type { RoleDocument } from '../../src/model/schema.js';
import type { RoleStatus, RoleSummary, StoreRefusal } from '../../src/store/role-store.js';
import type { IdbRoleStore } from '../../src/store/idb-role-store.js';
import { TRASH_DAYS } from '../../src/store/idb-role-store.js';
import { exportLibrary, importLibrary, parseLibraryFile, withNewId } from '../../src/store/library-file.js';
import { loadChoiceDocument } from '../base/editor-kit/template-choices.js';
import { createBlankDocument } from '../document-runtime/core-deps.js';
import { saveBlob } from '../role-export/download.js';
import { isoDay, slugify } from '../../src/export/filename.js';
import { PswLibraryOpenEvent } from '../base/events.js';
import { defaultRoleStore } from '../base/default-role-store.js';
import { storeFromSrc } from '../base/http-store.js';
import type { PswRoleLibrary } from './role-library.component.js';
import { jsonText } from '../../src/model/json-text.js';

type El = PswRoleLibrary;
type Trashable = Partial<Pick<IdbRoleStore, 'trash' | 'restore'>>;

const store = (el: El) => el.activeStore!;
const title = (el: El, doc: RoleDocument) => doc.role.title || el.l!.t('untitled');
const refusal = (el: El, r: StoreRefusal) => {
  el.message = { kind: 'error', text: r.reason === 'conflict' ? el.l!.t('conflict') : el.l!.t('failed', r.message), ...(r.reason === 'invalid' ? { issues: r.issues } : {}) };
  void refresh(el);
};

/** The store in use: the `store` property, else the server of `src`, else the IndexedDB library named by `database`. */
function connected(el: El): void {
  el.activeStore ??= storeFromSrc(el, el.src) ?? defaultRoleStore(el.database || undefined);
}

/** The page size asked for: the most the REST API gives in one page (docs/server-api.md, 1–200). */
const PAGE_SIZE = 200;

/** How many refreshes each element has started: only the latest may fill the table. */
const started = new WeakMap<El, number>();

/**
 * Reads every role of the store into the table, page by page. Refreshes overlap (an action's own,
 * a change notice, the assessment engine arriving); one that an older read finishes after must not
 * put back rows a later read no longer has, so only the latest started applies its result.
 */
export async function refresh(el: El): Promise<void> {
  const s = el.activeStore;
  if (!s) return;
  const mine = (started.get(el) ?? 0) + 1;
  started.set(el, mine);
  try {
    const items: RoleSummary[] = [];
    let cursor: string | undefined;
    do {
      const page = await s.list({ cursor, limit: PAGE_SIZE });
      items.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    if (s !== el.activeStore || started.get(el) !== mine) return;
    el.items = items;
    el.listError = undefined;
    if (el.panel.kind === 'versions') el.panel = { ...el.panel, versions: await s.versions(el.panel.id) };
    if (el.panel.kind === 'trash') el.panel = { kind: 'trash', entries: await (s as Trashable).trash?.() };
  } catch (error) {
    if (started.get(el) === mine) el.listError = (error as Error).message;
  }
}

/** Runs an action with the buttons waiting; an unexpected failure is a message. */
async function run(el: El, fn: () => Promise<void>): Promise<void> {
  if (el.busy) return;
  el.busy = true;
  try {
    await fn();
  } catch (error) {
    el.message = { kind: 'error', text: el.l!.t('failed', (error as Error).message) };
  } finally {
    el.busy = false;
  }
}

/** Focuses the heading of the panel just opened (or what `selector` names). */
async function focusPanel(el: El, selector = '#panel-heading'): Promise<void> {
  await el.updateComplete;
  el.renderRoot.querySelector<HTMLElement>(selector)?.focus();
}

export const createFromTemplate = (el: El) => run(el, async () => {
  const doc = el.template ? await loadChoiceDocument(el.template, undefined) : createBlankDocument();
  const result = await store(el).put(doc, { baseRevision: null });
  if (!result.ok) return refusal(el, result);
  el.message = { kind: 'done', text: el.l!.t('created', title(el, doc)) };
  await refresh(el);
});

export const duplicateRole = (el: El, item: RoleSummary) => run(el, async () => {
  const stored = await store(el).get(item.id);
  if (!stored) return void (await refresh(el));
  const copy = withNewId(stored.document, el.l!.t('copyTitle', title(el, stored.document)));
  const result = await store(el).put(copy, { baseRevision: null });
  if (!result.ok) return refusal(el, result);
  el.message = { kind: 'done', text: el.l!.t('duplicated', title(el, copy)) };
  await refresh(el);
});

/** Puts `doc` over the stored role; the message's Undo puts the previous document back. */
async function replaceWithUndo(el: El, id: string, next: (doc: RoleDocument) => RoleDocument, text: (doc: RoleDocument) => string): Promise<boolean> {
  const stored = await store(el).get(id);
  if (!stored) return void (await refresh(el)), false;
  const result = await store(el).put(next(stored.document), { baseRevision: stored.revision });
  if (!result.ok) return refusal(el, result), false;
  const revision = result.value.revision;
  el.message = {
    kind: 'done',
    text: text(result.value.document),
    undo: () => run(el, async () => {
      const back = await store(el).put(stored.document, { baseRevision: revision });
      if (!back.ok) return refusal(el, back);
      el.message = { kind: 'done', text: el.l!.t('undone') };
      await refresh(el);
    }),
  };
  await refresh(el);
  return true;
}

export const renameRole = (el: El, id: string, newTitle: string) => run(el, async () => {
  const t = newTitle.trim();
  const done = await replaceWithUndo(el, id, (doc) => ({ ...doc, role: t ? { ...doc.role, title: t } : withoutTitle(doc.role) }), (doc) => el.l!.t('renamed', title(el, doc)));
  if (done) {
    el.panel = { kind: 'none' };
    await focusPanel(el, `tr[data-id="${CSS.escape(id)}"] [data-action="rename"]`);
  }
});

function withoutTitle(role: RoleDocument['role']): RoleDocument['role'] {
  const { title: _drop, ...rest } = role;
  return rest;
}

/**
 * Deletes a role. Into the trash where the store keeps one (Undo restores it with its versions);
 * from a store that keeps none (a server), only once the person has confirmed (`confirmed`), as
 * the role and its versions are then gone for good.
 */
export const removeRole = (el: El, item: RoleSummary, confirmed = false) => run(el, async () => {
  const restore = (store(el) as Trashable).restore;
  if (!restore && !confirmed) return void (el.panel = { kind: 'delete', id: item.id });
  const stored = await store(el).get(item.id);
  if (!stored) return void (await refresh(el));
  const result = await store(el).remove(item.id, { baseRevision: stored.revision });
  if (!result.ok) return refusal(el, result);
  const trashId = (result.value as { trashId?: string }).trashId;
  if (el.panel.kind !== 'none' && 'id' in el.panel && el.panel.id === item.id) el.panel = { kind: 'none' };
  if (!trashId || !restore) {
    el.message = { kind: 'done', text: el.l!.t('deletedForGood', title(el, stored.document)) };
    return void (await refresh(el));
  }
  el.message = {
    kind: 'done',
    text: el.l!.t('deleted', title(el, stored.document), TRASH_DAYS),
    undo: () => run(el, async () => {
      const back = await restore.call(store(el), trashId);
      if (!back.ok) return refusal(el, back);
      el.message = { kind: 'done', text: el.l!.t('undone') };
      await refresh(el);
    }),
  };
  await refresh(el);
});

export const openRole = (el: El, item: RoleSummary) => run(el, async () => {
  const stored = await store(el).get(item.id);
  if (!stored) return void (await refresh(el));
  const event = new PswLibraryOpenEvent({ id: stored.id, document: stored.document });
  el.dispatchEvent(event);
  el.message = { kind: 'done', text: el.l!.t('opened', title(el, stored.document)) };
  if (event.defaultPrevented) return;
  const root = el.getRootNode() as Document | ShadowRoot;
  const target = el.for ? (root.getElementById?.(el.for) ?? document.getElementById(el.for)) : null;
  if (target && target.localName === 'psw-role-document') {
    const doc = target as HTMLElement & { store?: unknown; libraryId?: string };
    doc.store = store(el);
    doc.libraryId = stored.id;
    return;
  }
  // The page-level document, reached through its global key (components/document-runtime/page-document.ts).
  const page = (globalThis as unknown as Record<symbol, { load(input: unknown): unknown } | undefined>)[Symbol.for('psw-role-kit/page-document/v1')];
  page?.load(stored.document);
});

export const showVersions = (el: El, id: string) => run(el, async () => {
  el.panel = { kind: 'versions', id, versions: await store(el).versions(id) };
  await focusPanel(el);
});

export const saveVersion = (el: El, id: string, input: { label: string; by?: string; note?: string }) => run(el, async () => {
  if (!input.label.trim()) return void (el.message = { kind: 'error', text: el.l!.t('labelMissing') });
  const result = await store(el).saveVersion(id, input);
  if (!result.ok) return refusal(el, result);
  el.message = { kind: 'done', text: el.l!.t('versionSaved', result.value.version, result.value.label) };
  await refresh(el);
});

/** The role's status changes, and a version records it with the reason (two writes, in that order). */
export const changeStatus = (el: El, id: string, status: RoleStatus, reason: string, by: string, statusWord: string) => run(el, async () => {
  if (!reason.trim()) return void (el.message = { kind: 'error', text: el.l!.t('reasonMissing') });
  const stored = await store(el).get(id);
  if (!stored) return void (await refresh(el));
  const put = await store(el).put({ ...stored.document, meta: { ...stored.document.meta, status } }, { baseRevision: stored.revision });
  if (!put.ok) return refusal(el, put);
  const saved = await store(el).saveVersion(id, { label: el.l!.t('statusLabel', statusWord), status, reason, ...(by.trim() ? { by } : {}) });
  if (!saved.ok) return refusal(el, saved);
  el.message = { kind: 'done', text: el.l!.t('statusChanged', statusWord) };
  await refresh(el);
});

export const restoreVersion = (el: El, id: string, version: number) => run(el, async () => {
  const v = await store(el).getVersion(id, version);
  if (!v) return void (await refresh(el));
  await replaceWithUndo(el, id, () => ({ ...v.document, id }), () => el.l!.t('restored', version));
});

export const compareVersion = (el: El, id: string, version: number) => run(el, async () => {
  const [v, stored] = await Promise.all([store(el).getVersion(id, version), store(el).get(id)]);
  if (!v || !stored || el.panel.kind !== 'versions') return;
  el.panel = { ...el.panel, compare: { before: v.document, after: stored.document, label: el.l!.t('compareVersion', version) } };
  await focusPanel(el, '#compare-heading');
});

export const showTrash = (el: El) => run(el, async () => {
  el.panel = { kind: 'trash', entries: await (store(el) as Trashable).trash?.() };
  await focusPanel(el);
});

export const restoreFromTrash = (el: El, trashId: string, name: string) => run(el, async () => {
  const restore = (store(el) as Trashable).restore;
  if (!restore) return;
  const result = await restore.call(store(el), trashId);
  if (!result.ok) return refusal(el, result);
  el.message = { kind: 'done', text: el.l!.t('restoredRole', name) };
  await refresh(el);
});

export const exportAll = (el: El) => run(el, async () => {
  const file = await exportLibrary(store(el));
  const name = `psw-role-library-${isoDay()}.json`;
  saveBlob(el.renderRoot, new Blob([jsonText(file, 2)], { type: 'application/json' }), name);
  el.message = { kind: 'done', text: el.l!.t('exported', name, file.roles.length) };
});

/** One role with its saved versions, as a library file of one role (imported like any library file). */
export const exportHistory = (el: El, id: string, name: string) => run(el, async () => {
  const file = await exportLibrary(store(el), { ids: [id] });
  const slug = slugify(name) || 'role';
  const filename = `${slug}-history-${isoDay()}.json`;
  saveBlob(el.renderRoot, new Blob([jsonText(file, 2)], { type: 'application/json' }), filename);
  el.message = { kind: 'done', text: el.l!.t('exportedHistory', name, filename) };
});

export const importFile = (el: El, event: Event) => run(el, async () => {
  const input = event.target as HTMLInputElement;
  const file = input.files?.[0];
  if (!file) return;
  const parsed = parseLibraryFile(await file.text());
  input.value = '';
  if (!parsed.ok) return void (el.message = { kind: 'error', text: el.l!.t('importRefused', file.name), issues: parsed.issues });
  const result = await importLibrary(store(el), parsed.library);
  if (!result.ok) return refusal(el, result);
  el.message = { kind: 'done', text: el.l!.t('imported', result.value.added.length) };
  await refresh(el);
});

/** `importLibrary()` of the element: a file's text or a value, checked, then added to the store. */
export async function importInput(el: El, input: unknown): Promise<{ ok: true; added: string[] } | { ok: false; issues: { path: string; message: string }[] }> {
  if (!el.activeStore) connected(el);
  const parsed = parseLibraryFile(input);
  if (!parsed.ok) return parsed;
  const result = await importLibrary(store(el), parsed.library);
  if (!result.ok) return { ok: false, issues: [{ path: '', message: result.message }] };
  await refresh(el);
  return { ok: true, added: result.value.added };
}
