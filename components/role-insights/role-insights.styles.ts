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
    grid-template-columns: minmax(8rem, 12rem) 1fr;
    gap: 0.25rem var(--_space);
    align-items: start;
  }
  .glance-item dt {
    font-weight: 700;
  }
  .glance-item dd {
    margin: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
    align-items: baseline;
  }
  .badge.status {
    font-size: 0.9375rem;
    padding: 0.125rem 0.625rem;
    border-width: 2px;
  }
  .badge[data-readiness='incomplete'],
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
  .banding-missing {
    flex-basis: 100%;
  }
  .banding-missing ul {
    margin: 0.25rem 0 0;
    padding-inline-start: 1.25rem;
  }
  .banding-missing li {
    margin: 0 0 0.125rem;
  }
  .where-list {
    display: grid;
    gap: 0.125rem;
    flex-basis: 100%;
  }
  .count-list {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
  }
  @container (max-inline-size: 34rem) {
    .glance-item {
      grid-template-columns: 1fr;
    }
  }
  .wrap {
    container-type: inline-size;
  }

  /* Before the assessment: "Checking the role…", or why it cannot be shown */
  .checking {
    margin: 0.5rem 0 0;
    padding: 0.5rem 0.75rem;
    border-inline-start: 5px solid var(--_info);
    background: var(--_surface-alt);
    font-weight: 600;
  }
  .assessment-error {
    margin: 0.5rem 0 0;
    padding: 0.5rem 0.75rem;
    border-inline-start: 5px solid var(--_error);
    background: var(--_surface-alt);
  }

  /* Themes */
  .theme-list {
    display: grid;
    gap: 0.75rem;
  }
  .theme-row {
    display: grid;
    grid-template-columns: 1fr auto;
    gap: 0.25rem var(--_space);
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
    block-size: 0.875rem;
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
    margin-block-start: 0.25rem;
  }
  .theme-detail {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 14rem), 1fr));
    gap: 0 var(--_space);
    margin-block-start: 0.25rem;
  }
  .theme-detail ul {
    margin: 0 0 0.5rem;
    padding-inline-start: 1.25rem;
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
    font-size: 1rem;
  }
  .finding p {
    margin: 0 0 0.25rem;
  }
  .finding summary.message {
    color: inherit;
    font-weight: 400;
    margin-block-end: 0.25rem;
  }
  .finding .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.125rem 1rem;
    margin: 0 0 0.25rem;
    font-size: var(--_font-size-small);
    color: var(--_muted);
  }
  .finding .meta div {
    display: flex;
    gap: 0.25rem;
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
    min-block-size: 2rem;
    padding-block: 0.125rem;
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
