import { css } from 'lit';

/**
 * The insights' own styles; the balance picture's are in components/base/balance.styles.ts. Meters
 * are drawn in system colours in forced colours, and text equivalents sit beside every picture.
 */
export default css`
  .summary .glance {
    display: grid;
    gap: calc(var(--_space) * 0.75);
    margin: 0;
  }
  .glance-item {
    display: grid;
    grid-template-columns: minmax(calc(8 * var(--_psw-rem)), calc(12 * var(--_psw-rem))) 1fr;
    gap: calc(0.25 * var(--_psw-rem)) var(--_space);
    align-items: start;
  }
  .glance-item dt {
    font-weight: 700;
  }
  .glance-item dd {
    margin: 0;
    display: flex;
    flex-wrap: wrap;
    gap: calc(0.25 * var(--_psw-rem)) calc(0.75 * var(--_psw-rem));
    align-items: baseline;
  }
  .badge.status {
    font-size: calc(0.9375 * var(--_psw-rem));
    padding: calc(0.125 * var(--_psw-rem)) calc(0.625 * var(--_psw-rem));
    border-width: 2px;
  }
  .badge[data-readiness='incomplete'],
  .badge[data-readiness='held'],
  .badge[data-ready='false'] {
    color: var(--_error);
  }
  .badge[data-readiness='needs-attention'] {
    color: var(--_warning);
    background: var(--_warning-bg);
  }
  .badge[data-readiness='ready'],
  .badge[data-ready='true'] {
    color: var(--_success);
  }
  .banding-missing,
  .held-list {
    flex-basis: 100%;
  }
  .held-list {
    margin: 0;
    padding-inline-start: calc(1.25 * var(--_psw-rem));
  }
  .banding-missing ul {
    margin: calc(0.25 * var(--_psw-rem)) 0 0;
    padding-inline-start: calc(1.25 * var(--_psw-rem));
  }
  .banding-missing li {
    margin: 0 0 calc(0.125 * var(--_psw-rem));
  }
  .where-list {
    display: grid;
    gap: calc(0.125 * var(--_psw-rem));
    flex-basis: 100%;
  }
  .count-list {
    display: flex;
    flex-wrap: wrap;
    gap: calc(0.25 * var(--_psw-rem)) var(--_psw-rem);
  }
  @container (max-inline-size: max(34rem, 34em)) {
    .glance-item {
      grid-template-columns: 1fr;
    }
  }
  .wrap {
    container-type: inline-size;
  }

  /* Before the assessment: "Checking the role…", or why it cannot be shown */
  .checking {
    margin: calc(0.5 * var(--_psw-rem)) 0 0;
    padding: calc(0.5 * var(--_psw-rem)) calc(0.75 * var(--_psw-rem));
    border-inline-start: 5px solid var(--_info);
    background: var(--_surface-alt);
    font-weight: 600;
  }
  .assessment-error {
    margin: calc(0.5 * var(--_psw-rem)) 0 0;
    padding: calc(0.5 * var(--_psw-rem)) calc(0.75 * var(--_psw-rem));
    border-inline-start: 5px solid var(--_error);
    background: var(--_surface-alt);
  }

  /* Themes */
  .theme-list {
    display: grid;
    gap: calc(0.75 * var(--_psw-rem));
  }
  .theme-row {
    display: grid;
    grid-template-columns: 1fr auto;
    gap: calc(0.25 * var(--_psw-rem)) var(--_space);
    align-items: baseline;
  }
  .theme-name {
    font-weight: 700;
  }
  .score {
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .meter {
    grid-column: 1 / -1;
    display: block;
    block-size: calc(0.875 * var(--_psw-rem));
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
    overflow: hidden;
  }
  .meter .fill {
    display: block;
    block-size: 100%;
    background: var(--_accent);
  }
  .theme details {
    margin-block-start: calc(0.25 * var(--_psw-rem));
  }
  .theme-detail {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 14 * var(--_psw-rem)), 1fr));
    gap: 0 var(--_space);
    margin-block-start: calc(0.25 * var(--_psw-rem));
  }
  .theme-detail ul {
    margin: 0 0 calc(0.5 * var(--_psw-rem));
    padding-inline-start: calc(1.25 * var(--_psw-rem));
  }

  /* Findings */
  .filter {
    margin-block-end: var(--_space);
  }
  .theme-group {
    margin: 0 0 var(--_space);
  }
  .theme-group h4 .count {
    font-weight: 400;
    color: var(--_muted);
  }
  .finding {
    font-size: var(--_psw-rem);
  }
  .finding p {
    margin: 0 0 calc(0.25 * var(--_psw-rem));
  }
  .finding summary.message {
    color: inherit;
    font-weight: 400;
    margin-block-end: calc(0.25 * var(--_psw-rem));
  }
  .finding .meta {
    display: flex;
    flex-wrap: wrap;
    gap: calc(0.125 * var(--_psw-rem)) var(--_psw-rem);
    margin: 0 0 calc(0.25 * var(--_psw-rem));
    font-size: var(--_font-size-small);
    color: var(--_muted);
  }
  .finding .meta div {
    display: flex;
    gap: calc(0.25 * var(--_psw-rem));
  }
  .finding .meta dt {
    font-weight: 700;
  }
  .finding .meta dt::after {
    content: ':';
  }
  .finding .meta dd {
    margin: 0;
  }
  .finding .elsewhere,
  .banding-missing .elsewhere {
    color: var(--_muted);
    font-size: var(--_font-size-small);
  }
  .finding button.go {
    min-block-size: calc(2 * var(--_psw-rem));
    padding-block: calc(0.125 * var(--_psw-rem));
  }

  @media (forced-colors: active) {
    .meter {
      forced-color-adjust: none;
      --_border: CanvasText;
      background: Canvas;
    }
    .meter .fill {
      forced-color-adjust: none;
      background: CanvasText;
    }
  }
`;
