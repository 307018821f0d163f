import { css } from 'lit';

/**
 * <psw-supervision-planner>, on top of the shared ui styles (intro, cards): uses only the private
 * `--_*` variables of host.styles.ts; properties are logical, except the sizes of the year
 * picture's marks, which are drawn shapes. The year picture tells arrangement types apart by the
 * shape of their marks as well as colour, and in forced colours draws them in system colours, so it
 * never relies on colour alone.
 */
export default css`
  .field {
    align-content: start;
  }
  h5 {
    font-size: 1em;
    margin: 0;
    line-height: 1.25;
  }
  [tabindex='-1']:focus {
    outline: none;
  }
  [tabindex='-1']:focus-visible {
    outline: 3px solid var(--_focus);
  }

  /* Lists of arrangements and training items */
  .items {
    display: grid;
    gap: calc(var(--_space) * 0.75);
    margin-block-end: calc(var(--_space) * 0.75);
  }
  .item {
    border-inline-start-width: 4px;
    border-inline-start-color: var(--_accent);
  }
  .item-head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(0.5 * var(--_psw-rem)) var(--_psw-rem);
    margin-block-end: calc(0.5 * var(--_psw-rem));
  }
  .item-head h4,
  .item-head h5 {
    margin: 0;
  }
  .item-actions {
    margin-inline-start: auto;
  }
  .summary {
    color: var(--_muted);
    font-size: var(--_font-size-small);
  }
  /* What is left on an item shown as a summary: words first, colour only underlines them. */
  .left {
    font-size: var(--_font-size-small);
  }
  .left[data-state='fix'] {
    color: var(--_error);
    font-weight: 700;
  }
  .add {
    margin-block-end: var(--_space);
  }
  .checks {
    margin-block-end: calc(0.5 * var(--_psw-rem));
  }
  .inline {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_space);
    align-items: end;
  }
  .inline .field {
    margin-block-end: calc(0.25 * var(--_psw-rem));
  }
  .inline select {
    inline-size: auto;
    min-inline-size: calc(8 * var(--_psw-rem));
  }
  .focus-choices {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 16 * var(--_psw-rem)), 1fr));
    gap: calc(0.25 * var(--_psw-rem)) var(--_psw-rem);
  }
  .choices.stacked {
    display: grid;
    gap: calc(0.25 * var(--_psw-rem));
  }
  .readonly-grid {
    margin-block-end: calc(0.25 * var(--_psw-rem));
  }

  /* Year view */
  .year {
    container-type: inline-size;
  }
  .hours {
    font-weight: 700;
  }
  .picture {
    margin-block: calc(0.75 * var(--_psw-rem));
    border: 1px solid var(--_border-subtle);
    border-radius: var(--_radius);
  }
  .pic-row {
    display: grid;
    grid-template-columns: minmax(calc(7 * var(--_psw-rem)), calc(14 * var(--_psw-rem))) repeat(12, minmax(max(24px, 1.5 * var(--_psw-rem)), 1fr));
    border-block-start: 1px solid var(--_border-subtle);
  }
  .pic-head {
    border-block-start: 0;
    background: var(--_surface-alt);
    font-weight: 700;
    font-size: var(--_font-size-small);
  }
  .pic-label {
    padding: calc(0.25 * var(--_psw-rem)) calc(0.5 * var(--_psw-rem));
    font-size: var(--_font-size-small);
    overflow-wrap: anywhere;
  }
  .pic-month {
    text-align: center;
    padding: calc(0.125 * var(--_psw-rem)) 0;
    border-inline-start: 1px solid var(--_border-subtle);
  }
  .pic-cell {
    display: flex;
    flex-wrap: wrap;
    align-content: center;
    justify-content: center;
    gap: 2px;
    min-block-size: calc(1.75 * var(--_psw-rem));
    padding: 3px 1px;
    border-inline-start: 1px solid var(--_border-subtle);
  }
  .mark {
    display: inline-block;
    width: calc(0.625 * var(--_psw-rem));
    height: calc(0.625 * var(--_psw-rem));
    border: 2px solid var(--_accent);
    background: var(--_accent);
  }
  .mark.t-line-management {
    border-color: var(--_core);
    background: var(--_core);
  }
  .mark.t-peer-supervision {
    border-radius: 50%;
    border-color: var(--_flexible);
    background: var(--_flexible);
  }
  .mark.t-group-peer-supervision {
    border-radius: 50%;
    border-width: 3px;
    border-color: var(--_flexible);
    background: transparent;
  }
  .mark.t-clinical-supervision {
    transform: rotate(45deg) scale(0.85);
    border-color: var(--_excluded);
    background: var(--_excluded);
  }
  .mark.t-reflective-practice {
    background: transparent;
  }
  .mark.t-peer-network {
    width: calc(0.875 * var(--_psw-rem));
    height: calc(0.375 * var(--_psw-rem));
    border-radius: 999px;
    border-color: var(--_success);
    background: var(--_success);
  }
  .mark.t-debrief {
    width: calc(0.25 * var(--_psw-rem));
    height: calc(0.75 * var(--_psw-rem));
    border-width: 1px;
    border-color: var(--_warning);
    background: var(--_warning);
  }
  .more {
    font-size: calc(0.75 * var(--_psw-rem));
    font-weight: 700;
    line-height: calc(0.75 * var(--_psw-rem));
  }
  @container (max-inline-size: max(34rem, 34em)) {
    .pic-row {
      grid-template-columns: repeat(12, minmax(0, 1fr));
    }
    .pic-row .pic-label {
      grid-column: 1 / -1;
      padding-block-end: 0;
    }
    .pic-head .pic-label {
      display: none;
    }
    .pic-row .pic-cell:nth-child(2),
    .pic-row .pic-month:nth-child(2) {
      border-inline-start: 0;
    }
  }
  .scroll {
    overflow-x: auto;
    max-inline-size: 100%;
    margin-block: calc(0.75 * var(--_psw-rem));
    border-radius: var(--_radius);
  }
  .year-table {
    border-collapse: collapse;
    min-inline-size: calc(44 * var(--_psw-rem));
    font-variant-numeric: tabular-nums;
  }
  .table-title {
    font-weight: 700;
    margin: calc(0.75 * var(--_psw-rem)) 0 calc(0.25 * var(--_psw-rem));
  }
  .table-title + .scroll {
    margin-block-start: 0;
  }
  .year-table th,
  .year-table td {
    border: 1px solid var(--_border-subtle);
    padding: calc(0.25 * var(--_psw-rem)) calc(0.5 * var(--_psw-rem));
    text-align: end;
  }
  .year-table thead th {
    background: var(--_surface-alt);
  }
  .year-table thead th:first-child {
    text-align: start;
  }
  .year-table th[scope='row'] {
    position: sticky;
    inset-inline-start: 0;
    text-align: start;
    min-inline-size: calc(9 * var(--_psw-rem));
    max-inline-size: calc(16 * var(--_psw-rem));
    background: var(--_surface);
    font-weight: 600;
  }
  .year-table tfoot th,
  .year-table tfoot td {
    font-weight: 700;
    border-block-start: 2px solid var(--_border);
  }
  .notes {
    margin: calc(0.5 * var(--_psw-rem)) 0 0;
    padding-inline-start: calc(1.25 * var(--_psw-rem));
  }

  /* Competence domains coverage */
  .coverage {
    margin-block: var(--_space);
  }
  .domains {
    display: grid;
    gap: calc(0.375 * var(--_psw-rem));
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 20 * var(--_psw-rem)), 1fr));
    margin-block-end: calc(0.5 * var(--_psw-rem));
  }
  .domain {
    display: grid;
    grid-template-columns: 1.25em 1fr;
    gap: 0 calc(0.375 * var(--_psw-rem));
    align-items: baseline;
    padding: calc(0.375 * var(--_psw-rem)) calc(0.5 * var(--_psw-rem));
    border: 1px solid var(--_border-subtle);
    border-inline-start: 5px solid var(--_success);
    border-radius: var(--_radius);
  }
  .domain[data-covered='false'] {
    border-inline-start-style: dashed;
    border-inline-start-color: var(--_border);
  }
  .domain .icon {
    font-weight: 700;
    text-align: center;
    color: var(--_success);
  }
  .domain[data-covered='false'] .icon {
    color: var(--_muted);
  }
  .domain .state {
    font-weight: 700;
  }
  .domain .by {
    display: block;
  }

  /* Guidance meta line (theme, basis, sources) */
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: calc(0.25 * var(--_psw-rem)) calc(0.5 * var(--_psw-rem));
    align-items: center;
    margin-block: calc(-0.5 * var(--_psw-rem)) calc(0.75 * var(--_psw-rem));
  }

  @media (forced-colors: active) {
    /* More specific than the per-type colours above, so every mark uses system colours. */
    .picture .mark {
      forced-color-adjust: none;
      border-color: CanvasText;
      background: CanvasText;
    }
    .picture .mark.t-group-peer-supervision,
    .picture .mark.t-reflective-practice {
      background: Canvas;
    }
    .item {
      border-inline-start-color: CanvasText;
    }
  }
`;
