import { css } from 'lit';

/**
 * Styles of the balance picture (./balance.ts), shared by every view that shows it. Patterns as well
 * as colours (core solid, flexible striped, excluded dotted, not allocated lined), so the kinds
 * differ without colour; in forced colours they are drawn in system colours with the same patterns.
 */
export const balanceStyles = css`
  .stacked-bar {
    display: flex;
    block-size: calc(2 * var(--_psw-rem));
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    overflow: hidden;
    background: var(--_surface);
    margin-block: calc(0.5 * var(--_psw-rem));
  }
  .stacked-bar .segment {
    display: block;
    block-size: 100%;
    min-inline-size: 2px;
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
    gap: calc(0.25 * var(--_psw-rem));
    margin-block: 0 calc(0.5 * var(--_psw-rem));
  }
  .legend li {
    display: flex;
    gap: calc(0.5 * var(--_psw-rem));
    align-items: baseline;
  }
  .swatch {
    display: inline-block;
    flex: none;
    inline-size: calc(1.25 * var(--_psw-rem));
    block-size: var(--_psw-rem);
    border: 1px solid var(--_border);
    border-radius: 2px;
    align-self: flex-start;
    margin-block-start: 0.2em;
  }
  .verdict .badge {
    font-size: calc(0.9375 * var(--_psw-rem));
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
    margin-block: 0 calc(0.5 * var(--_psw-rem));
    padding-inline-start: calc(1.25 * var(--_psw-rem));
  }

  @media (forced-colors: active) {
    .segment {
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
  }
`;
