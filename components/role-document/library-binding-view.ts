/**
 * What a document bound to a library entry shows (./library-binding.ts): edits restored from an
 * earlier visit, an entry that could not be loaded, the store that cannot be reached, a problem
 * saving, someone else's save merged with the person's edits, and the conflict with its
 * choices (Keep mine, Take theirs, Compare, Choose section by section). The lines' styles are
 * adopted into the document's shadow root the first time one is shown.
 */
import { adoptStyles, html, nothing, type TemplateResult } from 'lit';
import type { LibraryBinding } from './library-binding.js';
import { bindingStyles } from './library-binding.styles.js';
import type { PswRoleDocument } from './role-document.component.js';

/** The shadow roots that have the lines' styles. */
const styled = new WeakSet<ShadowRoot>();

function adoptBindingStyles(host: PswRoleDocument): void {
  const root = host.renderRoot;
  if (!(root instanceof ShadowRoot) || styled.has(root)) return;
  styled.add(root);
  adoptStyles(root, [...(host.constructor as typeof PswRoleDocument).elementStyles, bindingStyles]);
}

export function renderBinding(b: LibraryBinding): TemplateResult {
  const restored = b.unsent?.restored, t = b.l.t.bind(b.l);
  if (restored || b.merged) adoptBindingStyles(b.host);
  // The merge note fills a live region that is there from the start, so it is announced.
  return html`${restored ? html`<p class="library-note" part="library-status" role="status">${t(restored === 'sent' ? 'unsentSent' : 'unsentRestored')}</p>` : nothing}${renderState(b)}<div role="status">${b.merged && b.state !== 'offline' && !b.notLoaded && b.state !== 'error'
    ? html`<p class="library-note" part="library-status">${t('merged', b.merged.join(', '))}</p>` : nothing}</div>`;
}

function renderState(b: LibraryBinding): TemplateResult | typeof nothing {
  if (b.state === 'conflict' || b.state === 'error' || b.state === 'offline') adoptBindingStyles(b.host);
  const t = b.l.t.bind(b.l);
  const problem = b.unsent?.problem;
  if (b.state === 'offline') return html`<p class="library-problem" part="library-status" role="status">${problem ? t('offlineNotKept', problem) : t('offline')}</p>`;
  if (b.notLoaded) return html`<p class="library-problem" part="library-status" role="alert">${t('notLoaded', b.message ?? '')}</p>`;
  if (b.state === 'error' && b.message) {
    return html`<p class="library-problem" part="library-status" role="alert">${t('problem', b.message)}</p>`;
  }
  if (b.state !== 'conflict') return nothing;
  // Only the sentence is the alert: the choices and the section form below are not read out on every change.
  return html`<div class="library-conflict" part="library-conflict">
    <p role="alert">${t(b.theirs ? 'conflict' : 'conflictGone')} ${t('conflictKept')}</p>
    ${b.message ? html`<p>${t('problem', b.message)}</p>` : nothing}
    <div class="library-choices" role="group" aria-label=${t('choicesLabel')}>
      <button type="button" data-choice="keep-mine" @click=${() => void b.keepMine()}>${t('keepMine')}</button>
      ${b.theirs ? html`<button type="button" data-choice="take-theirs" @click=${() => b.takeTheirs()}>${t('takeTheirs')}</button>
        <button type="button" data-choice="compare" aria-expanded=${b.showCompare ? 'true' : 'false'} @click=${() => b.toggleCompare()}>${t('compare')}</button>
        <button type="button" data-choice="sections" aria-expanded=${b.chooser ? 'true' : 'false'} @click=${() => void b.toggleSections()}>${t('chooseSections')}</button>` : nothing}
    </div>
    ${b.chooser && b.theirs ? b.chooser.render(b.l, () => b.host.requestUpdate(), () => void b.saveCombined()) : nothing}
    ${b.showCompare && b.theirs
      ? html`<p class="library-compare-note">${t('compareNote')}</p><psw-role-compare .beforeRole=${b.theirs.document} .afterRole=${b.host.value} .organisation=${b.host.organisation}></psw-role-compare>`
      : nothing}
  </div>`;
}
