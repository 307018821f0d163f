/**
 * The balance of structure and flexibility, drawn the same way wherever it appears (the builder's
 * duties and the insights): a stacked bar of the shares of contracted time, the same shares in
 * words, the verdict with the tool's thresholds (a heuristic, said to be one) and the flexible
 * duties that lack limits or a review. Data: `assessment.balance`; styles: ./balance.styles.ts;
 * strings: ./balance.strings.ts (in the 'common' area).
 *
 * One encoding: core solid, flexible striped, excluded dotted, not allocated lined — patterns as
 * well as colours, so the kinds differ without colour (forced colours included). The bar is
 * decoration (aria-hidden): the legend beside it gives every share as text.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Balance, BalanceVerdict, Policy } from '../../src/assess/types.js';
import { cssProps } from './css-props.js';
import type { CommonT } from './ui.js';

export const BALANCE_KINDS = ['core', 'flexible', 'excluded', 'unallocated'] as const;
export type BalanceKind = (typeof BALANCE_KINDS)[number];

const KIND = { core: 'balanceCore', flexible: 'balanceFlexible', excluded: 'balanceExcluded', unallocated: 'balanceUnallocated' } as const;
const KIND_HINT = {
  core: 'balanceCoreHint', flexible: 'balanceFlexibleHint', excluded: 'balanceExcludedHint', unallocated: 'balanceUnallocatedHint',
} as const;
const VERDICT = { balanced: 'verdictBalanced', 'too-rigid': 'verdictTooRigid', 'too-loose': 'verdictTooLoose', unknown: 'verdictUnknown' } as const;
const VERDICT_HINT = {
  balanced: 'verdictHintBalanced', 'too-rigid': 'verdictHintTooRigid', 'too-loose': 'verdictHintTooLoose', unknown: 'verdictHintUnknown',
} as const;

export interface BalanceOptions {
  /** The 'common' strings of the element that shows the balance. */
  t: CommonT;
  /** A share of contracted time as the reader's language writes a percentage ("65%", "12.5%"). */
  percent: (n: number) => string;
  /** The thresholds the verdict was judged with. */
  thresholds: Policy['balance'];
  /** The heading's level in the surrounding outline. */
  headingLevel: 3 | 4;
  /** The heading's id (for a section's aria-labelledby). */
  headingId?: string;
}

/** The verdict in words ("Balanced", "Too rigid"…). */
export function verdictText(t: CommonT, verdict: BalanceVerdict): string {
  return t(VERDICT[verdict]);
}

export function renderBalance(b: Balance, o: BalanceOptions): TemplateResult {
  const { t, percent } = o;
  // Over-allocated shares are drawn to scale against their total, so the bar never overflows.
  const scale = Math.max(100, b.total + b.unallocated);
  const heading = t('balanceHeading');
  const th = o.thresholds;
  return html`${o.headingLevel === 3 ? html`<h3 id=${o.headingId ?? nothing}>${heading}</h3>` : html`<h4 id=${o.headingId ?? nothing}>${heading}</h4>`}
    <p class="hint">${t('balanceIntro')}</p>
    <div class="stacked-bar" aria-hidden="true">
      ${BALANCE_KINDS.map((k) =>
        b[k] > 0 ? html`<span class="segment" data-kind=${k} ${cssProps({ 'inline-size': `${(100 * b[k]) / scale}%` })}></span>` : nothing,
      )}
    </div>
    <ul class="legend plain">
      ${BALANCE_KINDS.map(
        (k) => html`<li data-kind=${k}>
          <span class="swatch segment" data-kind=${k} aria-hidden="true"></span>
          <span><strong class="value">${t('balanceValue', t(KIND[k]), percent(b[k]))}</strong>
            <span class="hint">– ${t(KIND_HINT[k])}</span></span>
        </li>`,
      )}
    </ul>
    <p class="verdict" data-verdict=${b.verdict}>
      <strong>${t('balanceVerdictLabel')}: <span class="badge">${verdictText(t, b.verdict)}</span></strong>
      ${t(VERDICT_HINT[b.verdict])}
    </p>
    ${b.overAllocated || b.flexibleWithoutBounds > 0 || b.flexibleWithoutReview > 0
      ? html`<ul class="balance-notes">
          ${b.overAllocated ? html`<li>${t('balanceOverAllocated', percent(b.total))}</li>` : nothing}
          ${b.flexibleWithoutBounds > 0 ? html`<li>${t('flexibleWithoutBounds', b.flexibleWithoutBounds)}</li>` : nothing}
          ${b.flexibleWithoutReview > 0 ? html`<li>${t('flexibleWithoutReview', b.flexibleWithoutReview)}</li>` : nothing}
        </ul>`
      : nothing}
    <p class="hint heuristic">
      ${t('balanceThresholds', percent(th.tooRigidFlexibleBelow), percent(th.tooLooseFlexibleAbove), percent(th.tooLooseCoreBelow))}
    </p>`;
}
