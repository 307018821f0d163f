import { css } from 'lit';

/**
 * The insights on top of the shared ui styles (which hold the <summary> of each disclosure).
 * Pictures with patterns as well as colours (core solid, flexible striped, excluded dotted,
 * unallocated lined), so the kinds differ without colour; in forced colours they are drawn in
 * system colours with the same patterns. Text equivalents sit beside every picture. Properties are
 * logical.
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

  /* Balance */
  .stacked-bar {
    display: flex;
    block-size: 2rem;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    overflow: hidden;
    background: var(--_surface);
    margin: 0.5rem 0;
  }
  .stacked-bar .segment {
    display: block;
    block-size: 100%;
    border-inline-end: 2px solid var(--_surface);
  }
  .stacked-bar .segment:last-child {
    border-inline-end: none;
  }
  .segment[data-kind='core'] {
    background-color: var(--_core);
  }
  .segment[data-kind='flexible'] {
    background-color: var(--_flexible);
    background-image: repeating-linear-gradient(135deg, transparent 0 5px, var(--_surface) 5px 8px);
  }
  .segment[data-kind='excluded'] {
    background-color: var(--_excluded);
    background-image: radial-gradient(circle, var(--_surface) 0 1.5px, transparent 2px);
    background-size: 6px 6px;
  }
  .segment[data-kind='unallocated'] {
    background-color: var(--_unallocated);
    background-image: repeating-linear-gradient(0deg, transparent 0 5px, var(--_border) 5px 6px);
  }
  .legend {
    display: grid;
    gap: 0.25rem;
    margin: 0 0 0.5rem;
  }
  .legend li {
    display: flex;
    gap: 0.5rem;
    align-items: baseline;
  }
  .swatch {
    display: inline-block;
    flex: none;
    inline-size: 1.25rem;
    block-size: 1rem;
    border: 1px solid var(--_border);
    border-radius: 2px;
    align-self: flex-start;
    margin-block-start: 0.2em;
  }
  .verdict .badge {
    font-size: 0.9375rem;
  }
  .verdict[data-verdict='too-rigid'] .badge,
  .verdict[data-verdict='too-loose'] .badge {
    color: var(--_warning);
    background: var(--_warning-bg);
  }
  .verdict[data-verdict='balanced'] .badge {
    color: var(--_success);
  }
  .balance-notes {
    margin: 0 0 0.5rem;
    padding-inline-start: 1.25rem;
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
  .finding button.go {
    min-block-size: 2rem;
    padding-block: 0.125rem;
  }

  @media (forced-colors: active) {
    .segment,
    .meter {
      forced-color-adjust: none;
      --_core: CanvasText;
      --_flexible: CanvasText;
      --_excluded: CanvasText;
      --_unallocated: Canvas;
      --_surface: Canvas;
      --_border: CanvasText;
    }
    .stacked-bar {
      border-color: CanvasText;
    }
    .meter {
      background: Canvas;
    }
    .meter .fill {
      forced-color-adjust: none;
      background: CanvasText;
    }
  }
`;
