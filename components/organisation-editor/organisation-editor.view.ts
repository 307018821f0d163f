/**
 * The organisation editor's view: a lazy chunk of the drop-in bundle, fetched once per page when
 * the first `<psw-organisation-editor>` connects (see components/base/lazy-view.ts). It brings the
 * profile's parser and schema, the profile model (./profile-model.ts: history, checks, autosave),
 * the sections' templates and handlers, the strings and the styles. The element
 * (./organisation-editor.component.ts) keeps the model and the state between renders.
 */
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { parseOrganisationProfile } from '../../src/organisation/parse.js';
import type { AutosaveStatus } from '../../src/store/autosave.js';
import { PswInvalidEvent } from '../base/events.js';
import { Localizer } from '../base/localize.js';
import { commonStrings } from '../base/strings.js';
import { uiStyles } from '../base/ui.styles.js';
import { documentStatusStyles } from '../document-runtime/document-status.js';
import { renderFacts, renderSupervision } from './facts.js';
import { ProfileView } from './fields.js';
import { renderFile } from './file.js';
import { renderIdentity } from './identity.js';
import type { PswOrganisationEditor } from './organisation-editor.component.js';
import editorStyles from './organisation-editor.styles.js';
import { renderPay } from './pay.js';
import { renderPolicy } from './policy.js';
import { blankProfile, ProfileModel } from './profile-model.js';
import { ORGANISATION_AREA, organisationStrings, type OrganisationStrings } from './strings.js';
import { renderJobDescription, renderTemplates } from './templates.js';

type El = PswOrganisationEditor;

export const styles = [uiStyles, documentStatusStyles, editorStyles];

/** Per element: its listeners, so they can be removed when it leaves the page. */
const listeners = new WeakMap<El, { keydown: (e: KeyboardEvent) => void; storage: (e: StorageEvent) => void; pagehide: () => void }>();

/** Strings and the model arrive with the view; a value set meanwhile is checked now. */
export function attach(el: El): void {
  el.l = new Localizer(el, ORGANISATION_AREA, organisationStrings);
  el.c = new Localizer(el, 'common', commonStrings);
  let initial = blankProfile(el.l.t('newOrganisationName'));
  const pending = el.pendingValue;
  el.pendingValue = undefined;
  let keep = false;
  if (pending) {
    const result = parseOrganisationProfile(pending.input);
    if (result.ok) {
      initial = result.profile;
      keep = true;
    } else queueMicrotask(() => el.dispatchEvent(new PswInvalidEvent({ issues: result.issues })));
  }
  el.model = new ProfileModel(el, initial);
  el.model.setStorageKey(el.storageKey, keep);
}

export function connected(el: El): void {
  if (listeners.has(el)) return;
  const l = {
    keydown: (e: KeyboardEvent) => onKeydown(el, e),
    storage: (e: StorageEvent) => el.model?.storageEvent(e),
    pagehide: () => el.model?.flush(),
  };
  listeners.set(el, l);
  el.addEventListener('keydown', l.keydown);
  const win = el.ownerDocument.defaultView;
  win?.addEventListener('storage', l.storage);
  win?.addEventListener('pagehide', l.pagehide);
}

export function disconnected(el: El): void {
  const l = listeners.get(el);
  if (!l) return;
  listeners.delete(el);
  el.removeEventListener('keydown', l.keydown);
  const win = el.ownerDocument.defaultView;
  win?.removeEventListener('storage', l.storage);
  win?.removeEventListener('pagehide', l.pagehide);
  el.model?.flush();
}

/** Ctrl/Cmd+Z undo, Ctrl/Cmd+Shift+Z and Ctrl/Cmd+Y redo, anywhere inside the editor. */
function onKeydown(el: El, e: KeyboardEvent): void {
  if (e.altKey || !(e.ctrlKey || e.metaKey) || !el.model) return;
  const key = e.key.toLowerCase();
  const action = key === 'z' ? (e.shiftKey ? 'redo' : 'undo') : key === 'y' && !e.shiftKey ? 'redo' : undefined;
  if (!action) return;
  e.preventDefault();
  if (action === 'undo') el.model.undo(true);
  else el.model.redo(true);
}

export function willUpdate(el: El, changed: PropertyValues): void {
  if (changed.has('storageKey')) el.model?.setStorageKey(el.storageKey);
}

const STATUS: Record<AutosaveStatus['kind'], keyof OrganisationStrings> = {
  new: 'statusNew', restored: 'statusRestored', saving: 'statusSaving', saved: 'statusSaved', 'memory-only': 'statusMemoryOnly',
  'storage-error': 'statusStorageError', 'kept-aside': 'statusKeptAside', 'other-tab': 'statusOtherTab',
};

function renderStatus(el: El): TemplateResult | typeof nothing {
  const status = el.model!.status;
  if (!status) return nothing;
  const t = el.l!.t.bind(el.l!);
  const routine = status.kind === 'saving' || status.kind === 'saved';
  const attention = status.kind === 'storage-error' || status.kind === 'kept-aside' || status.kind === 'other-tab';
  const message = t(STATUS[status.kind] as 'statusNew');
  return html`<div class="psw-document-status" part="document-status" data-kind=${status.kind} data-attention=${attention ? 'true' : 'false'}>
    <span class="psw-document-status__message" role="status" aria-live="polite">${routine ? nothing : message}</span>${routine
      ? html`<span class="psw-document-status__message">${message}</span>`
      : nothing}
    ${status.kind === 'other-tab'
      ? html`<span class="psw-document-status__actions">
          <button type="button" part="document-status-button" @click=${() => el.model!.choose('load-theirs')}>${t('loadTheirs')}</button
          ><button type="button" part="document-status-button" @click=${() => el.model!.choose('keep-mine')}>${t('keepMine')}</button>
        </span>`
      : nothing}
  </div>`;
}

export function render(el: El): TemplateResult {
  const v = new ProfileView(el);
  const { t } = v;
  const m = el.model!;
  return html`${renderStatus(el)}
    <h2>${t('heading')}</h2>
    <p class="intro">${t('intro')}</p>
    <div class="actions history">
      <button type="button" ?disabled=${!m.canUndo} @click=${() => m.undo(true)} aria-keyshortcuts="Control+Z Meta+Z">${t('undo')}</button>
      <button type="button" ?disabled=${!m.canRedo} @click=${() => m.redo(true)} aria-keyshortcuts="Control+Y Meta+Shift+Z">${t('redo')}</button>
    </div>
    <div class="visually-hidden" role="status" aria-live="polite">${el.ui.announcement}</div>
    ${renderIdentity(v)} ${renderFacts(v)} ${renderSupervision(v)} ${renderPay(v)} ${renderPolicy(v)} ${renderTemplates(v)}
    ${renderJobDescription(v)} ${renderFile(v)}`;
}
