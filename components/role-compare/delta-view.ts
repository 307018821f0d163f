/** The assessment delta of `<psw-role-compare>`: readiness, findings fixed and introduced, theme scores, balance. */
import { html, nothing, type TemplateResult } from 'lit';
import type { Readiness } from '../../src/assess/types.js';
import { THEME_IDS } from '../../src/catalogue/ids.js';
import type { AssessmentDelta } from '../../src/compare/types.js';
import { verdictText } from '../base/balance.js';
import type { Localizer } from '../base/localize.js';
import type { CommonStrings } from '../base/strings.js';
import { findingsList } from '../base/ui.js';
import type { CompareStrings } from './strings.js';

type L = Localizer<CompareStrings>;
type C = Localizer<CommonStrings>;

const READINESS = { incomplete: 'readinessIncomplete', 'needs-attention': 'readinessNeedsAttention', ready: 'readinessReady' } as const;
const BALANCE = [['core', 'balanceCore'], ['flexible', 'balanceFlexible'], ['excluded', 'balanceExcluded'], ['unallocated', 'balanceUnallocated']] as const;

function beforeAfter(l: L, before: string, after: string): string {
  return before === after ? l.t('unchanged', after) : l.t('beforeAfter', before, after);
}

const readiness = (l: L, r: Readiness) => l.t(READINESS[r]);

export function renderDelta(l: L, c: C, d: AssessmentDelta): TemplateResult {
  const t = c.t.bind(c);
  const pct = (n: number) => l.number(n / 100, { style: 'percent', maximumFractionDigits: 1 });
  return html`<h3 id="delta-heading">${l.t('deltaHeading')}</h3>
    <dl class="delta-summary">
      <div class="delta-item" data-changed=${d.readiness.before !== d.readiness.after}>
        <dt>${l.t('readiness')}</dt>
        <dd>${beforeAfter(l, readiness(l, d.readiness.before), readiness(l, d.readiness.after))}</dd>
      </div>
      <div class="delta-item" data-changed=${d.fixed.length > 0}><dt>${l.t('fixedLabel')}</dt><dd>${d.fixed.length}</dd></div>
      <div class="delta-item" data-changed=${d.introduced.length > 0}><dt>${l.t('introducedLabel')}</dt><dd>${d.introduced.length}</dd></div>
    </dl>
    ${d.fixed.length || d.introduced.length
      ? html`${d.fixed.length ? html`<h4>${l.t('fixedHeading', d.fixed.length)}</h4>${findingsList(d.fixed, t)}` : nothing}
          ${d.introduced.length ? html`<h4>${l.t('introducedHeading', d.introduced.length)}</h4>${findingsList(d.introduced, t)}` : nothing}`
      : html`<p class="hint">${l.t('noFindingsMoved')}</p>`}
    <div class="tables">
      <table class="delta-table">
        <caption>${l.t('themesCaption')}</caption>
        <thead><tr><th scope="col">${l.t('column')}</th><th scope="col">${l.t('columnBefore')}</th><th scope="col">${l.t('columnAfter')}</th><th scope="col">${l.t('columnChange')}</th></tr></thead>
        <tbody>
          ${THEME_IDS.map((id) => {
            const s = d.themes[id];
            return html`<tr><th scope="row">${t(`theme${id}`)}</th><td>${s.before}</td><td>${s.after}</td><td>${l.t('difference', s.after - s.before)}</td></tr>`;
          })}
        </tbody>
      </table>
      <table class="delta-table">
        <caption>${l.t('balanceCaption')}</caption>
        <thead><tr><th scope="col">${l.t('columnPart')}</th><th scope="col">${l.t('columnBefore')}</th><th scope="col">${l.t('columnAfter')}</th></tr></thead>
        <tbody>
          ${BALANCE.map(([k, key]) => html`<tr><th scope="row">${t(key)}</th><td>${pct(d.balance.before[k])}</td><td>${pct(d.balance.after[k])}</td></tr>`)}
          <tr><th scope="row">${l.t('verdict')}</th><td>${verdictText(t, d.balance.before.verdict)}</td><td>${verdictText(t, d.balance.after.verdict)}</td></tr>
        </tbody>
      </table>
    </div>`;
}
