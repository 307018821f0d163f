/**
 * The first-use screen, shown when the designer opens on an empty role: the templates offered
 * (the catalogue's settings less those the organisation profile hides, then its own) as a radio group (the chosen one's description below it), "Start from this template"
 * and "Start from a blank role". Later, the Role step's template picker (the builder's, which asks
 * before replacing work) offers the templates again.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { chosenTemplate } from '../base/editor-kit/template-choices.js';
import type { DesignerModel } from './role-designer.view.js';

export function renderStart(d: DesignerModel): TemplateResult {
  const t = d.t;
  const settings = d.templates;
  const chosen = chosenTemplate(settings, d.templateChoice);
  return html`<div class="start section" part="start">
    <h3 id="start-heading">${t('startHeading')}</h3>
    <p class="hint">${t('startIntro')}</p>
    <fieldset class="start-settings">
      <legend>${t('startLegend')}</legend>
      <div class="setting-list">
        ${settings.map(
          (s) => html`<label class="choice setting">
            <input type="radio" name="start-setting" value=${s.id} .checked=${s.id === chosen.id}
              aria-describedby=${s.id === chosen.id ? 'start-description' : nothing}
              @change=${() => d.chooseTemplate(s.id)} />
            <span>${s.label}</span>
          </label>`,
        )}
      </div>
      <p class="setting-description" id="start-description">
        <strong>${chosen.label}:</strong> ${chosen.description}
        ${chosen.confirmed ? nothing : html`<span class="hint">${t('startUnconfirmed')}</span>`}
      </p>
    </fieldset>
    <div class="actions">
      <button type="button" id="start-use" aria-describedby=${d.startError ? 'start-error' : nothing}
        @click=${() => d.start(chosen.id)}>${t('startUse')}</button>
      <button type="button" class="secondary" id="start-blank" @click=${() => d.start(undefined)}>${t('startBlank')}</button>
    </div>
    ${d.startError ? html`<p class="error" id="start-error" role="alert">${d.startError}</p>` : nothing}
  </div>`;
}
