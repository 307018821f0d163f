/**
 * Theme coverage T1–T5 as five bars with their scores in words, and for each theme what in the
 * role covers it and what is missing (from the assessment's checklist, `themeChecklist`, handed in
 * by the view from the engine module: this file does not import the engine).
 */
import { html, type TemplateResult } from 'lit';
import { cssProps } from '../base/css-props.js';
import { THEME_IDS, type ThemeId } from '../../src/catalogue/ids.js';
import type { ThemeCoverage } from '../../src/assess/types.js';
import type { ThemeChecklistItem } from '../../src/assess/themes.js';
import { fieldLabel } from '../../src/model/field-labels.js';
import type { Localizer } from '../base/localize.js';
import type { CommonStrings } from '../base/strings.js';
import type { InsightsStrings } from './strings.js';

type T = Localizer<InsightsStrings>;
type C = Localizer<CommonStrings>;

/** What covers a theme and what is missing, in words. */
export function themeParts(theme: ThemeId, coverage: ThemeCoverage, checklist: readonly ThemeChecklistItem[]): { has: string[]; missing: string[] } {
  const items = checklist.filter((i) => i.theme === theme);
  if (coverage.missing) {
    const missing = new Set(coverage.missing);
    return { has: items.filter((i) => !missing.has(i.id)).map((i) => i.label), missing: items.filter((i) => missing.has(i.id)).map((i) => i.label) };
  }
  // An assessment without checklist gaps: name the fields that address the theme.
  return { has: coverage.addressedBy.map((p) => fieldLabel(p) ?? p), missing: [] };
}

const list = (items: string[], empty: string) =>
  items.length ? html`<ul>${items.map((i) => html`<li>${i}</li>`)}</ul>` : html`<p class="muted">${empty}</p>`;

export function renderThemes(l: T, c: C, themes: Record<ThemeId, ThemeCoverage>, checklist: readonly ThemeChecklistItem[]): TemplateResult {
  return html`<h3 id="themes-heading">${l.t('themesHeading')}</h3>
    <p class="hint">${l.t('themesIntro')}</p>
    <ul class="theme-list plain">
      ${THEME_IDS.map((id) => {
        const coverage = themes[id];
        const score = Math.max(0, Math.min(100, Math.round(coverage.score)));
        const { has, missing } = themeParts(id, coverage, checklist);
        return html`<li class="theme" data-theme=${id}>
          <div class="theme-row">
            <span class="theme-name">${c.t(`theme${id}`)}</span>
            <span class="score">${l.t('score', score)}</span>
            <span class="meter" aria-hidden="true"><span class="fill" ${cssProps({ 'inline-size': `${score}%` })}></span></span>
          </div>
          <details>
            <summary>${l.t('themeDetails')}<span class="visually-hidden">: ${c.t(`theme${id}`)}</span></summary>
            <div class="theme-detail">
              <div class="has">
                <h4>${l.t('themeHas')}</h4>
                ${list(has, l.t('themeNothingYet'))}
              </div>
              <div class="missing">
                <h4>${l.t('themeMissing')}</h4>
                ${list(missing, l.t('themeNothingMissing'))}
              </div>
            </div>
          </details>
        </li>`;
      })}
    </ul>`;
}
