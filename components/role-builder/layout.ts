/**
 * The builder's frame: heading, status, toolbar (Undo, Redo, open/close all, announcements), and
 * sections with a heading that opens and closes them. Part of the lazily loaded view.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { BuilderState } from './builder-state.js';
import { renderBasics } from './basics-section.js';
import { renderDuties } from './duties-section.js';
import { renderEmployment } from './employment-section.js';
import { renderPersonSpec } from './person-spec-section.js';
import { renderProgression } from './progression-section.js';
import { renderTemplatePicker } from './template-picker.js';

function toolbar(b: BuilderState): TemplateResult {
  const t = b.t;
  const allOpen = b.allOpen();
  const several = (['basics', 'duties', 'employment', 'progression', 'person-spec'] as const).filter((s) => b.shows(s)).length > 1;
  return html`<div class="toolbar" part="toolbar">
    ${b.readonly || b.partial
      ? nothing
      : html`<button type="button" class="secondary" id="undo" title=${t('undoHint')} ?disabled=${!b.canUndo} @click=${() => b.undo()}>
            ${t('undo')}</button>
          <button type="button" class="secondary" id="redo" title=${t('redoHint')} ?disabled=${!b.canRedo} @click=${() => b.redo()}>
            ${t('redo')}</button>`}
    ${several
      ? html`<button type="button" class="link" id="toggle-all" @click=${() => b.toggleAll(!allOpen)}>
          ${allOpen ? t('collapseAll') : t('expandAll')}
        </button>`
      : nothing}
    <p class="announce" role="status" aria-live="polite">${b.announcement}</p>
  </div>`;
}

/** Everything below the document status line. */
export function renderView(b: BuilderState, onTemplate: (applied: boolean) => void): TemplateResult {
  const t = b.t;
  const ro = b.readonly;
  return html`
    ${ro || b.partial ? nothing : html`<p class="hint intro">${t('intro')}</p>`}
    ${toolbar(b)}
    ${ro || !b.shows('templates') ? nothing : renderTemplatePicker(b, onTemplate)}
    ${b.shows('basics') ? renderBasics(b) : nothing}
    ${b.shows('duties') ? renderDuties(b) : nothing}
    ${b.shows('employment') ? renderEmployment(b) : nothing}
    ${b.shows('progression') ? renderProgression(b) : nothing}
    ${b.shows('person-spec') ? renderPersonSpec(b) : nothing}
  `;
}
