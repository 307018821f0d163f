/**
 * The balance of contracted time at a glance: a stacked bar (core, flexible, excluded,
 * unallocated) with its text equivalent, the verdict with the tool's thresholds (a heuristic, said
 * to be one), and flexible duties that lack limits or a review. Data: `assessment.balance`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ref } from 'lit/directives/ref.js';
import type { Balance } from '../../src/assess/types.js';
import type { BuilderState as Builder } from './builder-state.js';
import { toolDefaults } from './thresholds.js';

const SEGMENTS = ['core', 'flexible', 'excluded', 'unallocated'] as const;
const legendKey = { core: 'balanceCore', flexible: 'balanceFlexible', excluded: 'balanceExcluded', unallocated: 'balanceUnallocated' } as const;
const verdictKey = { balanced: 'verdictBalanced', 'too-rigid': 'verdictTooRigid', 'too-loose': 'verdictTooLoose', unknown: 'verdictUnknown' } as const;

export function renderBalance(b: Builder, balance: Balance | undefined): TemplateResult | typeof nothing {
  if (!balance) return nothing;
  const t = b.t;
  const pct = (n: number) => b.percent(n);
  // Over-allocated roles are drawn to scale of what was declared, so every segment stays visible.
  const total = Math.max(100, balance.core + balance.flexible + balance.excluded + balance.unallocated);
  // Widths go through the CSSOM: styleMap's first render writes a style attribute, which a strict
  // CSP (style-src-attr) refuses.
  const width = (n: number) => ref((el?: Element) => (el as HTMLElement | undefined)?.style.setProperty('width', `${(n / total) * 100}%`));
  const th = toolDefaults.balance;
  return html`<div class="balance" part="balance" data-verdict=${balance.verdict}>
    <h4>${t('balanceTitle')}</h4>
    <div class="bar" aria-hidden="true">
      ${SEGMENTS.map((s) =>
        balance[s] > 0 ? html`<span class="segment" data-segment=${s} ${width(balance[s])}></span>` : nothing,
      )}
    </div>
    <ul class="legend plain" aria-hidden="true">
      ${SEGMENTS.map((s) => html`<li><span class="swatch" data-segment=${s}></span>${t(legendKey[s])}</li>`)}
    </ul>
    <p class="balance-text" id="balance-text">
      ${t('balanceText', pct(balance.core), pct(balance.flexible), pct(balance.excluded), pct(balance.unallocated))}
    </p>
    ${balance.overAllocated
      ? html`<p class="error">${t('balanceOver', pct(balance.core + balance.flexible + balance.excluded))}</p>`
      : nothing}
    <p class="verdict">
      <strong>${t('balanceVerdictLabel')}:</strong> <span class="verdict-value">${t(verdictKey[balance.verdict])}</span>
      <span class="heuristic">${t('verdictHeuristic')}</span>
    </p>
    <p class="hint">${t('balanceThresholds', pct(th.tooRigidFlexibleBelow), pct(th.tooLooseFlexibleAbove), pct(th.tooLooseCoreBelow))}</p>
    ${balance.flexibleWithoutBounds > 0 || balance.flexibleWithoutReview > 0
      ? html`<ul class="balance-gaps">
          ${balance.flexibleWithoutBounds > 0 ? html`<li>${t('flexibleWithoutBounds', balance.flexibleWithoutBounds)}</li>` : nothing}
          ${balance.flexibleWithoutReview > 0 ? html`<li>${t('flexibleWithoutReview', balance.flexibleWithoutReview)}</li>` : nothing}
        </ul>`
      : nothing}
  </div>`;
}
