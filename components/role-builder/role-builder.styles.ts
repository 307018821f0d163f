import { css } from 'lit';

/**
 * The builder's own layout on top of the shared ui styles (which hold the intro, the toolbar, the
 * disclosure buttons of the sections and the cards): duty groups and cards (a coloured edge per
 * kind, also drawn in forced colours), one-line rows for long roles, the balance bar, the template
 * dialog. Only private `--_*` variables (host.styles.ts) are read; properties are logical.
 */
export default css`
  :host {
    /* Inherited properties a host page might set that would garble a form; font, colour and line
       height are left to the page on purpose. */
    white-space: normal;
    text-transform: none;
    letter-spacing: normal;
    word-spacing: normal;
    font-style: normal;
    max-inline-size: 100%;
    /* Narrow layouts follow the builder's own width (a sidebar on a wide page too). */
    container-type: inline-size;
  }
  /* Flex columns, not the shared grids: a change inside one card lays out that card, not the list. */
  .field,
  .findings,
  ol.duty-list,
  ol.item-list {
    display: flex;
    flex-direction: column;
  }
  .grid {
    align-items: start;
  }
  /* A field with findings takes the whole row, so the finding is readable. */
  .grid > .field:has(.findings) {
    grid-column: 1 / -1;
  }
  .card textarea {
    min-block-size: calc(3 * var(--_psw-rem));
  }
  .builder-heading {
    margin-block-end: calc(var(--_space) * 0.5);
  }

  /* Collapsible sections */
  .builder-section {
    padding-block-start: calc(var(--_space) * 0.5);
  }
  .section-heading,
  .group-heading {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(0.25 * var(--_psw-rem)) calc(0.5 * var(--_psw-rem));
    margin: 0;
  }
  .section-summary {
    margin: calc(0.25 * var(--_psw-rem)) 0 0;
  }
  .section-body {
    margin-block-start: calc(var(--_space) * 0.5);
  }
  .section-findings {
    margin-block-end: calc(var(--_space) * 0.75);
  }

  /* Template picker */
  .template-row {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: 0 var(--_space);
  }
  .template-row > .field {
    flex: 1 1 calc(18 * var(--_psw-rem));
  }
  .template-row > .actions {
    margin-block-end: calc(var(--_space) * 0.75);
  }
  dialog {
    max-inline-size: min(34 * var(--_psw-rem), 100vw - 2 * var(--_psw-rem));
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    padding: var(--_space);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.45);
  }

  /* Duties */
  .group-meta {
    font-weight: 400;
    color: var(--_muted);
  }
  .duty-group {
    margin: var(--_space) 0 0;
    border-block-start: 1px solid var(--_border-subtle);
    padding-block-start: calc(var(--_space) * 0.5);
  }
  .group-intro {
    color: var(--_muted);
    font-size: var(--_font-size-small);
  }
  .meta {
    display: inline-flex;
    flex-wrap: wrap;
    gap: calc(0.25 * var(--_psw-rem)) calc(0.5 * var(--_psw-rem));
    align-items: center;
    vertical-align: baseline;
  }
  .add-duty {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: 0 var(--_space);
    margin: var(--_space) 0 0;
  }
  .add-duty > fieldset {
    flex: 1 1 calc(16 * var(--_psw-rem));
  }
  .add-duty > .actions {
    margin-block-end: calc(var(--_space) * 0.75);
  }
  .add-duty > .error {
    flex: 1 1 100%;
  }
  ol.duty-list,
  ol.item-list {
    gap: calc(var(--_space) * 0.75);
    margin: calc(var(--_space) * 0.5) 0;
  }
  ol.duty-list.lines {
    gap: 0;
  }
  /* A duty card's height before it was first laid out (cards out of view are skipped, see ui.styles.ts). */
  li.duty.card {
    contain-intrinsic-block-size: auto calc(20 * var(--_psw-rem));
  }
  [data-kind='core'].card,
  [data-kind='core'].line {
    border-inline-start-color: var(--_core);
  }
  [data-kind='flexible'].card,
  [data-kind='flexible'].line {
    border-inline-start-color: var(--_flexible);
  }
  [data-kind='excluded'].card,
  [data-kind='excluded'].line {
    border-inline-start-color: var(--_excluded);
    border-inline-start-style: dashed;
  }
  .item-head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: calc(0.5 * var(--_psw-rem));
    margin-block-end: calc(0.5 * var(--_psw-rem));
  }
  .duty-heading,
  .item-heading {
    flex: 1 1 calc(12 * var(--_psw-rem));
    margin: 0;
    font-size: 1.0625em;
    overflow-wrap: anywhere;
  }
  .item-actions {
    flex: none;
  }
  .duty-fields {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_space);
    align-items: flex-start;
  }
  .duty-fields > .field {
    flex: 1 1 calc(9 * var(--_psw-rem));
  }
  .duty-fields > .field:first-child {
    flex: 3 1 calc(16 * var(--_psw-rem));
  }
  .limits {
    background: var(--_surface-alt);
    border: 1px solid var(--_border-subtle);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 0.5) calc(var(--_space) * 0.75);
    margin-block-start: calc(var(--_space) * 0.5);
  }
  .limits-readout {
    font-weight: normal;
    color: var(--_text);
  }
  .bounds {
    border: 0;
    padding: 0;
    margin: calc(var(--_space) * 0.5) 0 0;
  }
  .finding-more > summary {
    cursor: pointer;
    inline-size: fit-content;
    color: var(--_muted);
  }
  .line {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(0.25 * var(--_psw-rem)) calc(0.75 * var(--_psw-rem));
    padding: calc(0.25 * var(--_psw-rem)) calc(0.5 * var(--_psw-rem));
    border-block-end: 1px solid var(--_border-subtle);
    border-inline-start: 4px solid var(--_border);
  }
  .line-title {
    flex: 1 1 calc(12 * var(--_psw-rem));
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }
  .line-share {
    min-inline-size: 3.5em;
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  .ro-line .label {
    font-weight: 700;
  }
  .ro-text {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .exclusion-picker {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: 0 var(--_space);
    margin-block-start: calc(var(--_space) * 0.75);
  }
  .exclusion-picker > .field {
    flex: 1 1 calc(18 * var(--_psw-rem));
  }
  .exclusion-picker > .actions {
    margin-block-end: calc(var(--_space) * 0.75);
  }

  /* Balance */
  .balance {
    border: 1px solid var(--_border-subtle);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 0.75);
    background: var(--_surface-alt);
  }
  .balance > :first-child {
    margin-block-start: 0;
  }

  /* Person specification */
  .criteria {
    margin-block-end: var(--_space);
  }
  .callout {
    border-inline-start: 5px solid var(--_warning);
    background: var(--_warning-bg);
    padding: calc(0.5 * var(--_psw-rem)) calc(0.75 * var(--_psw-rem));
    margin: calc(0.5 * var(--_psw-rem)) 0;
    border-radius: var(--_radius);
    border-start-start-radius: 0;
    border-end-start-radius: 0;
  }
  .callout p {
    margin-block-end: calc(0.5 * var(--_psw-rem));
  }
  .badge.lived {
    color: var(--_accent);
  }
  .item-number {
    font-weight: 700;
  }
  .criterion .item-head {
    justify-content: flex-start;
  }
  .criterion .item-actions {
    margin-inline-start: auto;
  }
  .criterion .grid {
    align-items: end;
  }

  @container (max-inline-size: max(30rem, 30em)) {
    .section,
    .balance {
      padding: calc(var(--_space) * 0.5);
    }
    .card {
      padding: calc(var(--_space) * 0.5);
      border-inline-start-width: 4px;
    }
    fieldset {
      padding-inline: calc(var(--_space) * 0.375);
    }
    .finding {
      padding-inline: calc(0.375 * var(--_psw-rem));
    }
  }
  @media (forced-colors: active) {
    .card,
    .line {
      border-inline-start-color: CanvasText;
    }
    .segment,
    .swatch {
      forced-color-adjust: none;
    }
    [data-segment='core'] {
      background: CanvasText;
    }
    [data-segment='flexible'] {
      background: Highlight;
    }
    [data-segment='excluded'] {
      background: repeating-linear-gradient(135deg, CanvasText 0 4px, Canvas 4px 7px);
    }
    [data-segment='unallocated'] {
      background: Canvas;
    }
  }
  @media print {
    .toolbar,
    .add-duty,
    .exclusion-picker,
    .callout,
    dialog {
      display: none !important;
    }
  }
`;
