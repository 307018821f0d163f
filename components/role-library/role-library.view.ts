/**
 * The library's view: a lazy chunk (see components/base/lazy-view.ts) with the table, the search
 * and filters, the toolbar and the message line. The panels below the table are in ./panels.ts, the
 * actions (all through the RoleStore interface) in ./actions.ts.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { RoleSummary } from '../../src/store/role-store.js';
import { dateTimeFormat, Localizer } from '../base/localize.js';
import { uiStyles } from '../base/ui.styles.js';
import { defaultRoleStore, watchStore } from '../base/default-role-store.js';
import { storeFromSrc } from '../base/http-store.js';
import { templateChoices } from '../base/editor-kit/template-choices.js';
import { loadAssessmentEngine } from '../document-runtime/core-deps.js';
import type { LibrarySortKey, PswRoleLibrary } from './role-library.component.js';
import { createFromTemplate, duplicateRole, refresh, exportAll, importFile, openRole, removeRole, showTrash, showVersions } from './actions.js';
import { renderPanel } from './panels.js';
import libraryStyles from './role-library.styles.js';
import { LIBRARY_AREA, libraryStrings } from './strings.js';

import { readinessKey, settingLabel, statusKey, type T } from './format.js';

type El = PswRoleLibrary;
const titleOf = (el: El, item: { title: string }) => item.title || el.l!.t('untitled');

export const styles = [uiStyles, libraryStyles];
export { refresh, importInput } from './actions.js';

export function attach(el: El): void {
  el.l = new Localizer(el, LIBRARY_AREA, libraryStrings);
  // Readiness needs the assessment engine (a lazy chunk): the list is read again once it is here.
  void loadAssessmentEngine().then((engine) => engine && el.items && refresh(el));
}

/** (Re)connects to the store in use and reads the list. */
export function connected(el: El): void {
  el.unwatch?.();
  el.activeStore = storeFromSrc(el, el.src) ?? defaultRoleStore(el.database || undefined);
  el.unwatch = watchStore(el.activeStore, () => void refresh(el));
  void refresh(el);
}


export function render(el: El): TemplateResult {
  const t: T = el.l!.t.bind(el.l!);
  return html`<section class="library" aria-labelledby="library-heading">
    <h2 id="library-heading">${t('heading')}</h2>
    <p class="intro">${t('intro')}</p>
    ${renderToolbar(el, t)}
    ${el.panel.kind === 'trash' ? nothing : renderFilters(el, t)}
    ${renderMessage(el, t)}
    ${el.panel.kind === 'trash' ? nothing : renderTable(el, t)}
    ${renderPanel(el)}
  </section>`;
}

function renderToolbar(el: El, t: T): TemplateResult {
  const choices = templateChoices(undefined);
  const trash = typeof (el.activeStore as { trash?: unknown } | undefined)?.trash === 'function';
  return html`<div class="toolbar library-toolbar" part="toolbar">
    <div class="field new-role">
      <label for="template">${t('newLabel')}</label>
      <select id="template" .value=${el.template} @change=${(e: Event) => (el.template = (e.target as HTMLSelectElement).value)}>
        <option value="" ?selected=${el.template === ''}>${t('newBlank')}</option>
        ${choices.map((c) => html`<option value=${c.id} ?selected=${el.template === c.id}>${c.label}</option>`)}
      </select>
      <button type="button" id="new" ?disabled=${el.busy} @click=${() => createFromTemplate(el)}>${t('newCreate')}</button>
    </div>
    <div class="field">
      <label for="import">${t('importLabel')}</label>
      <input id="import" type="file" accept=".json,application/json" aria-describedby="import-hint" @change=${(e: Event) => importFile(el, e)} />
      <p class="hint" id="import-hint">${t('importHint')}</p>
    </div>
    <div class="actions">
      <button type="button" class="secondary" id="export" ?disabled=${el.busy} @click=${() => exportAll(el)}>${t('exportLibrary')}</button>
      ${trash
        ? html`<button type="button" class="secondary" id="trash" aria-pressed=${el.panel.kind === 'trash' ? 'true' : 'false'}
            @click=${() => (el.panel.kind === 'trash' ? (el.panel = { kind: 'none' }) : showTrash(el))}>${t(el.panel.kind === 'trash' ? 'hideTrash' : 'showTrash')}</button>`
        : nothing}
    </div>
  </div>`;
}

function renderFilters(el: El, t: T): TemplateResult {
  const settingIds = [...new Set((el.items ?? []).map((i) => i.setting).filter((s): s is string => !!s))];
  return html`<div class="filters" part="filters" role="search" aria-label=${t('filtersLabel')}>
    <div class="field">
      <label for="search">${t('search')}</label>
      <input id="search" type="search" .value=${el.search} aria-describedby="search-hint"
        @input=${(e: Event) => (el.search = (e.target as HTMLInputElement).value)} />
      <p class="hint" id="search-hint">${t('searchHint')}</p>
    </div>
    <div class="field">
      <label for="filter-status">${t('filterStatus')}</label>
      <select id="filter-status" @change=${(e: Event) => (el.statusFilter = (e.target as HTMLSelectElement).value)}>
        <option value="" ?selected=${!el.statusFilter}>${t('any')}</option>
        ${(['draft', 'review', 'approved'] as const).map((s) => html`<option value=${s} ?selected=${el.statusFilter === s}>${t(statusKey[s])}</option>`)}
      </select>
    </div>
    <div class="field">
      <label for="filter-setting">${t('filterSetting')}</label>
      <select id="filter-setting" @change=${(e: Event) => (el.settingFilter = (e.target as HTMLSelectElement).value)}>
        <option value="" ?selected=${!el.settingFilter}>${t('any')}</option>
        ${settingIds.map((s) => html`<option value=${s} ?selected=${el.settingFilter === s}>${settingLabel(s)}</option>`)}
      </select>
    </div>
  </div>`;
}

function renderMessage(el: El, t: T): TemplateResult {
  const m = el.message;
  return html`<div class="message" part="message" role="status" aria-live="polite">
    ${m
      ? html`<p class=${m.kind === 'error' ? 'error' : ''}>${m.text}
          ${m.undo ? html`<button type="button" class="secondary" id="undo" @click=${() => undoLast(el)}>${t('undo')}</button>` : nothing}</p>
          ${m.issues?.length ? html`<ul class="issues">${m.issues.map((i) => html`<li>${i.message}</li>`)}</ul>` : nothing}`
      : nothing}
  </div>`;
}

async function undoLast(el: El): Promise<void> {
  const undo = el.message?.undo;
  if (!undo) return;
  el.message = { ...el.message!, undo: undefined };
  await undo();
}

const columns: [LibrarySortKey, 'colTitle' | 'colSetting' | 'colBand' | 'colStatus' | 'colChanged' | 'colReadiness'][] = [
  ['title', 'colTitle'], ['setting', 'colSetting'], ['band', 'colBand'], ['status', 'colStatus'], ['updatedAt', 'colChanged'], ['readiness', 'colReadiness'],
];

/** The items to show: searched, filtered and sorted. */
export function shownItems(el: El): RoleSummary[] {
  const words = el.search.toLowerCase().split(/\s+/).filter(Boolean);
  const key = el.sort.key;
  const value = (i: RoleSummary): string =>
    key === 'setting' ? settingLabel(i.setting) : key === 'title' ? titleOf(el, i) : String(i[key] ?? '');
  return (el.items ?? [])
    .filter((i) => !el.statusFilter || i.status === el.statusFilter)
    .filter((i) => !el.settingFilter || i.setting === el.settingFilter)
    .filter((i) => words.every((w) => [i.title, settingLabel(i.setting), i.band ?? ''].join(' ').toLowerCase().includes(w)))
    .sort((a, b) => el.sort.dir * value(a).localeCompare(value(b), 'en-GB', { numeric: true }) || a.id.localeCompare(b.id));
}

function renderTable(el: El, t: T): TemplateResult {
  if (el.listError) return html`<p class="error" role="alert">${t('listFailed', el.listError)}</p>`;
  if (!el.items) return html`<p class="muted">${t('loadingList')}</p>`;
  if (!el.items.length) return html`<p class="empty">${t('empty')}</p>`;
  const items = shownItems(el);
  const when = dateTimeFormat(el.l!.lang, { dateStyle: 'medium', timeStyle: 'short' });
  const sortButton = (key: LibrarySortKey, label: string) => {
    const active = el.sort.key === key;
    return html`<button type="button" class="sort" aria-label=${t('sortBy', label)}
      @click=${() => (el.sort = { key, dir: active ? (el.sort.dir === 1 ? -1 : 1) : key === 'updatedAt' ? -1 : 1 })}>${label}<span aria-hidden="true">${active ? (el.sort.dir === 1 ? ' ▲' : ' ▼') : ''}</span></button>`;
  };
  return html`<div class="table-wrap"><table part="table">
    <caption>${t('caption')} <span class="muted">(${t('captionCount', items.length, el.items.length)})</span></caption>
    <thead><tr>
      ${columns.map(([key, label]) => html`<th scope="col" aria-sort=${el.sort.key === key ? (el.sort.dir === 1 ? 'ascending' : 'descending') : 'none'}>${sortButton(key, t(label))}</th>`)}
      <th scope="col">${t('colActions')}</th>
    </tr></thead>
    <tbody>
      ${items.length ? items.map((i) => renderRow(el, t, i, when)) : html`<tr><td colspan="7">${t('noMatch')}</td></tr>`}
    </tbody>
  </table></div>`;
}

function renderRow(el: El, t: T, i: RoleSummary, when: Intl.DateTimeFormat): TemplateResult {
  const title = titleOf(el, i);
  const date = new Date(i.updatedAt);
  if (i.problem) {
    return html`<tr data-id=${i.id}><th scope="row">${t('unreadableRow')}</th><td colspan="5" class="error">${i.problem}</td><td></td></tr>`;
  }
  return html`<tr data-id=${i.id}>
    <th scope="row">${title}</th>
    <td>${settingLabel(i.setting)}</td>
    <td>${i.band ? t('bandValue', i.band) : ''}</td>
    <td><span class="badge" data-status=${i.status}>${t(statusKey[i.status])}</span></td>
    <td><time datetime=${i.updatedAt}>${Number.isNaN(date.getTime()) ? i.updatedAt : when.format(date)}</time></td>
    <td>${i.readiness ? html`<span class="badge" data-readiness=${i.readiness}>${t(readinessKey[i.readiness])}</span>` : html`<span class="muted">${t('notKnown')}</span>`}</td>
    <td><div class="row-actions" role="group" aria-label=${t('actionsFor', title)}>
      <button type="button" data-action="open" ?disabled=${el.busy} @click=${() => openRole(el, i)}>${t('open')}</button>
      <button type="button" class="secondary" data-action="duplicate" ?disabled=${el.busy} @click=${() => duplicateRole(el, i)}>${t('duplicate')}</button>
      <button type="button" class="secondary" data-action="rename" ?disabled=${el.busy} @click=${() => (el.panel = { kind: 'rename', id: i.id })}>${t('rename')}</button>
      <button type="button" class="secondary" data-action="versions" ?disabled=${el.busy} @click=${() => showVersions(el, i.id)}>${t('versions')}</button>
      <button type="button" class="danger" data-action="delete" ?disabled=${el.busy} @click=${() => removeRole(el, i)}>${t('remove')}</button>
    </div></td>
  </tr>`;
}
