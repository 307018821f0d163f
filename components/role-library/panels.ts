/**
 * The panel below the library's table: rename a role, a role's versions (save a version, change
 * the status with a reason, restore or compare a version, export the role with its versions as one
 * file), the trash, or deleting a role for good from a library that keeps no trash (asked first). One at a time; its
 * heading takes focus when it opens, and Close (or Escape) puts focus back on the table.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { dateTimeFormat } from '../base/localize.js';
import type { RoleStatus, VersionSummary } from '../../src/store/role-store.js';
import type { PswRoleLibrary } from './role-library.component.js';
import { changeStatus, compareVersion, exportHistory, removeRole, renameRole, restoreFromTrash, restoreVersion, saveVersion } from './actions.js';
import { statusKey, titleOf, type T } from './format.js';
import { TRASH_DAYS } from '../../src/store/idb-role-store.js';

type El = PswRoleLibrary;

export function renderPanel(el: El): TemplateResult | typeof nothing {
  const t: T = el.l!.t.bind(el.l!);
  const panel = el.panel;
  if (panel.kind === 'none') return nothing;
  if (panel.kind === 'trash') return renderTrash(el, t, panel.entries);
  const item = el.items?.find((i) => i.id === panel.id);
  if (!item) return nothing;
  const name = titleOf(t, item);
  const close = () => (el.panel = { kind: 'none' });
  const onKey = (e: KeyboardEvent) => e.key === 'Escape' && close();
  if (panel.kind === 'delete') {
    return html`<section class="panel" part="panel" aria-labelledby="panel-heading" @keydown=${onKey}>
      <h3 id="panel-heading" tabindex="-1">${t('deleteHeading', name)}</h3>
      <p>${t('deleteForGoodIntro')}</p>
      <div class="actions">
        <button type="button" class="danger" data-action="delete-for-good" ?disabled=${el.busy} @click=${() => removeRole(el, item, true)}>${t('deleteForGood')}</button>
        <button type="button" class="secondary" data-action="export-history" ?disabled=${el.busy} @click=${() => exportHistory(el, panel.id, name)}>${t('exportHistory')}</button>
        <button type="button" class="secondary" @click=${close}>${t('cancel')}</button></div>
    </section>`;
  }
  if (panel.kind === 'rename') {
    const submit = (e: Event) => {
      e.preventDefault();
      const value = ((e.target as HTMLFormElement).elements.namedItem('title') as HTMLInputElement).value;
      void renameRole(el, panel.id, value);
    };
    return html`<section class="panel" part="panel" aria-labelledby="panel-heading" @keydown=${onKey}>
      <h3 id="panel-heading" tabindex="-1">${t('renameHeading', name)}</h3>
      <form @submit=${submit}>
        <div class="field"><label for="rename-title">${t('newTitle')}</label>
          <input id="rename-title" name="title" type="text" .value=${item.title} maxlength="10000" /></div>
        <div class="actions"><button type="submit" ?disabled=${el.busy}>${t('save')}</button>
          <button type="button" class="secondary" @click=${close}>${t('cancel')}</button></div>
      </form>
    </section>`;
  }
  return html`<section class="panel" part="panel" aria-labelledby="panel-heading" @keydown=${onKey}>
    <h3 id="panel-heading" tabindex="-1">${t('versionsHeading', name)}</h3>
    ${renderVersionList(el, t, panel.id, panel.versions)}
    ${panel.compare
      ? html`<section class="compare" aria-labelledby="compare-heading">
          <h4 id="compare-heading" tabindex="-1">${panel.compare.label}</h4>
          <psw-role-compare .beforeRole=${panel.compare.before} .afterRole=${panel.compare.after}></psw-role-compare>
        </section>`
      : nothing}
    ${renderSaveVersion(el, t, panel.id)}
    ${renderStatusForm(el, t, panel.id, item.status)}
    <div class="actions">
      <button type="button" class="secondary" data-action="export-history" ?disabled=${el.busy}
        @click=${() => exportHistory(el, panel.id, name)}>${t('exportHistory')}</button>
      <button type="button" class="secondary" @click=${close}>${t('closePanel')}</button></div>
  </section>`;
}

function renderVersionList(el: El, t: T, id: string, versions: VersionSummary[] | undefined): TemplateResult {
  if (!versions) return html`<p class="muted">${t('loadingList')}</p>`;
  if (!versions.length) return html`<p>${t('noVersions')}</p>`;
  const when = dateTimeFormat(el.l!.lang, { dateStyle: 'medium', timeStyle: 'short' });
  return html`<ol class="versions plain">
    ${[...versions].reverse().map((v) => html`<li class="card version" data-version=${v.version}>
      <p><strong>${t('versionLine', v.version, v.label)}</strong></p>
      <p class="meta">${t('versionStatus', t(statusKey[v.status]))} · <time datetime=${v.at}>${when.format(new Date(v.at))}</time>${v.by ? html` · ${t('versionBy', v.by)}` : nothing}</p>
      ${v.note ? html`<p>${v.note}</p>` : nothing}
      ${v.reason ? html`<p>${t('versionReason', v.reason)}</p>` : nothing}
      <div class="actions">
        <button type="button" class="secondary" data-action="restore-version" ?disabled=${el.busy} @click=${() => restoreVersion(el, id, v.version)}>${t('restoreVersion', v.version)}</button>
        <button type="button" class="secondary" data-action="compare-version" ?disabled=${el.busy} @click=${() => compareVersion(el, id, v.version)}>${t('compareVersion', v.version)}</button>
      </div>
    </li>`)}
  </ol>`;
}

function renderSaveVersion(el: El, t: T, id: string): TemplateResult {
  const submit = (e: Event) => {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const value = (name: string) => (form.elements.namedItem(name) as HTMLInputElement).value;
    void saveVersion(el, id, { label: value('label'), ...(value('by').trim() ? { by: value('by') } : {}), ...(value('note').trim() ? { note: value('note') } : {}) })
      .then(() => el.message?.kind === 'done' && form.reset());
  };
  return html`<form class="save-version" @submit=${submit} aria-labelledby="save-version-heading">
    <h4 id="save-version-heading">${t('saveVersionHeading')}</h4>
    <div class="field"><label for="version-label">${t('versionLabel')}</label>
      <input id="version-label" name="label" type="text" maxlength="200" required aria-describedby="version-label-hint" />
      <p class="hint" id="version-label-hint">${t('versionLabelHint')}</p></div>
    <div class="field"><label for="version-by">${t('versionByLabel')}</label><input id="version-by" name="by" type="text" maxlength="200" /></div>
    <div class="field"><label for="version-note">${t('versionNote')}</label><textarea id="version-note" name="note" rows="2"></textarea></div>
    <div class="actions"><button type="submit" ?disabled=${el.busy}>${t('saveVersion')}</button></div>
  </form>`;
}

function renderStatusForm(el: El, t: T, id: string, current: RoleStatus): TemplateResult {
  const submit = (e: Event) => {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const value = (name: string) => (form.elements.namedItem(name) as HTMLInputElement).value;
    const status = value('status') as RoleStatus;
    void changeStatus(el, id, status, value('reason'), value('status-by'), t(statusKey[status]))
      .then(() => el.message?.kind === 'done' && form.reset());
  };
  return html`<form class="change-status" @submit=${submit} aria-labelledby="status-heading">
    <h4 id="status-heading">${t('statusHeading')}</h4>
    <div class="field"><label for="new-status">${t('newStatus')}</label>
      <select id="new-status" name="status">
        ${(['draft', 'review', 'approved'] as const).map((s) => html`<option value=${s} ?selected=${s === current}>${t(statusKey[s])}</option>`)}
      </select></div>
    <div class="field"><label for="status-reason">${t('statusReason')}</label>
      <textarea id="status-reason" name="reason" rows="2" required aria-describedby="status-reason-hint"></textarea>
      <p class="hint" id="status-reason-hint">${t('statusReasonHint')}</p></div>
    <div class="field"><label for="status-by">${t('versionByLabel')}</label><input id="status-by" name="status-by" type="text" maxlength="200" /></div>
    <div class="actions"><button type="submit" ?disabled=${el.busy}>${t('changeStatus')}</button></div>
  </form>`;
}

function renderTrash(el: El, t: T, entries: { trashId: string; title: string; deletedAt: string; purgeAfter: string }[] | undefined): TemplateResult {
  const when = dateTimeFormat(el.l!.lang, { dateStyle: 'medium' });
  const day = (iso: string) => when.format(new Date(iso));
  return html`<section class="panel trash" part="panel" aria-labelledby="panel-heading">
    <h3 id="panel-heading" tabindex="-1">${t('trashHeading')}</h3>
    <p class="hint">${t('trashIntro', TRASH_DAYS)}</p>
    ${!entries ? html`<p class="muted">${t('loadingList')}</p>` : !entries.length ? html`<p>${t('trashEmpty')}</p>` : html`<ul class="plain">
      ${entries.map((e) => {
        const name = e.title || t('untitled');
        return html`<li class="card" data-trash-id=${e.trashId}><p>${t('trashLine', name, day(e.deletedAt), day(e.purgeAfter))}</p>
          <button type="button" class="secondary" ?disabled=${el.busy} @click=${() => restoreFromTrash(el, e.trashId, name)}>${t('restoreRole', name)}</button></li>`;
      })}
    </ul>`}
  </section>`;
}
