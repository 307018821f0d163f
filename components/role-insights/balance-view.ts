/**
 * The balance of structure and flexibility as a stacked bar with its text equivalent: the bar is
 * decoration (aria-hidden); the legend beside it lists every share in words, and each kind has its
 * own pattern as well as its colour, so nothing depends on colour alone (forced colours included).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { cssProps } from '../base/css-props.js';
import type { Balance, BalanceVerdict } from '../../src/assess/types.js';
import type { Policy } from '../../src/assess/types.js';
import type { Localizer } from '../base/localize.js';
import type { InsightsStrings } from './strings.js';

type T = Localizer<InsightsStrings>;
export const BALANCE_KINDS = ['core', 'flexible', 'excluded', 'unallocated'] as const;
export type BalanceKind = (typeof BALANCE_KINDS)[number];

const KIND_KEY = { core: 'kindCore', flexible: 'kindFlexible', excluded: 'kindExcluded', unallocated: 'kindUnallocated' } as const;
const KIND_HINT = { core: 'kindCoreHint', flexible: 'kindFlexibleHint', excluded: 'kindExcludedHint', unallocated: 'kindUnallocatedHint' } as const;
const VERDICT_KEY: Record<BalanceVerdict, keyof InsightsStrings> = {
  balanced: 'verdictBalanced', 'too-rigid': 'verdictTooRigid', 'too-loose': 'verdictTooLoose', unknown: 'verdictUnknown',
};
const VERDICT_HINT: Record<BalanceVerdict, keyof InsightsStrings> = {
  balanced: 'verdictHintBalanced', 'too-rigid': 'verdictHintTooRigid', 'too-loose': 'verdictHintTooLoose', unknown: 'verdictHintUnknown',
};

/** A share as the reader's language writes a percentage ("65%", "12.5%"). */
export const percent = (l: T, n: number) => l.number(n / 100, { style: 'percent', maximumFractionDigits: 1 });

export function verdictText(l: T, verdict: BalanceVerdict): string {
  return l.t(VERDICT_KEY[verdict] as 'verdictBalanced');
}

export function renderBalance(l: T, b: Balance, thresholds: Policy['balance']): TemplateResult {
  const total = b.core + b.flexible + b.excluded;
  // Over-allocated shares are drawn to scale against their total, so the bar never overflows.
  const scale = Math.max(100, total);
  return html`<h3 id="balance-heading">${l.t('balanceHeading')}</h3>
    <p class="hint">${l.t('balanceIntro')}</p>
    <div class="stacked-bar" aria-hidden="true">
      ${BALANCE_KINDS.map((k) =>
        b[k] > 0 ? html`<span class="segment" data-kind=${k} ${cssProps({ 'inline-size': `${(100 * b[k]) / scale}%` })}></span>` : nothing,
      )}
    </div>
    <ul class="legend plain">
      ${BALANCE_KINDS.map(
        (k) => html`<li data-kind=${k}>
          <span class="swatch segment" data-kind=${k} aria-hidden="true"></span>
          <span><strong class="value">${l.t('balanceValue', l.t(KIND_KEY[k]), percent(l, b[k]))}</strong>
            <span class="hint">– ${l.t(KIND_HINT[k])}</span></span>
        </li>`,
      )}
    </ul>
    <p class="verdict" data-verdict=${b.verdict}>
      <strong>${l.t('verdictLabel')}: <span class="badge">${verdictText(l, b.verdict)}</span></strong>
      ${l.t(VERDICT_HINT[b.verdict] as 'verdictHintBalanced')}
    </p>
    ${b.overAllocated || b.flexibleWithoutBounds > 0 || b.flexibleWithoutReview > 0
      ? html`<ul class="balance-notes">
          ${b.overAllocated ? html`<li>${l.t('overAllocated', percent(l, total))}</li>` : nothing}
          ${b.flexibleWithoutBounds > 0 ? html`<li>${l.t('flexibleWithoutBounds', b.flexibleWithoutBounds)}</li>` : nothing}
          ${b.flexibleWithoutReview > 0 ? html`<li>${l.t('flexibleWithoutReview', b.flexibleWithoutReview)}</li>` : nothing}
        </ul>`
      : nothing}
    <p class="hint heuristic">${l.t('thresholds', thresholds.tooRigidFlexibleBelow, thresholds.tooLooseFlexibleAbove, thresholds.tooLooseCoreBelow)}</p>`;
}
