import { css } from 'lit';

/**
 * The compare element's own styles. Added and removed words are `<ins>` and `<del>`: underlined and
 * struck through as well as coloured, with the words "added:" and "removed:" for screen readers and
 * in print. Printing leaves out the controls and shows every change in one list.
 */
export default css`
  .delta-summary {
    display: grid;
    gap: calc(var(--_space) * 0.5);
    margin: 0 0 var(--_space);
  }
  .delta-item {
    display: grid;
    grid-template-columns: minmax(calc(8 * var(--_psw-rem)), calc(12 * var(--_psw-rem))) 1fr;
    gap: calc(0.25 * var(--_psw-rem)) var(--_space);
  }
  .delta-item dt {
    font-weight: 700;
  }
  .delta-item dd {
    margin: 0;
  }
  .delta-item[data-changed='true'] dd {
    font-weight: 700;
  }
  .tables {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space) calc(var(--_space) * 2);
    align-items: start;
  }
  table {
    border-collapse: collapse;
    max-inline-size: 100%;
  }
  caption {
    text-align: start;
    font-weight: 700;
    padding-block-end: calc(0.25 * var(--_psw-rem));
  }
  th,
  td {
    text-align: start;
    vertical-align: top;
    padding: calc(0.25 * var(--_psw-rem)) calc(0.5 * var(--_psw-rem));
    border-block-end: 1px solid var(--_border-subtle);
  }
  thead th {
    background: var(--_surface-alt);
  }
  tbody th {
    font-weight: 400;
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.5) calc(var(--_space) * 1.5);
    align-items: center;
    margin-block-end: var(--_space);
  }
  .controls fieldset {
    margin: 0;
  }
  .count {
    margin: 0;
    color: var(--_muted);
  }
  .changes {
    list-style: none;
    padding: 0;
    margin: 0 0 var(--_space);
    display: grid;
    gap: calc(var(--_space) * 0.5);
  }
  .change {
    overflow-wrap: anywhere;
  }
  li.change {
    padding: calc(0.5 * var(--_psw-rem)) calc(0.75 * var(--_psw-rem));
    border-inline-start: 4px solid var(--_border);
    background: var(--_surface);
  }
  li.change[data-change='added'] {
    border-inline-start-style: double;
  }
  li.change[data-change='removed'] {
    border-inline-start-style: dashed;
  }
  .kind {
    font-weight: 700;
  }
  .words {
    margin: calc(0.5 * var(--_psw-rem)) 0 0;
    white-space: pre-wrap;
    line-height: 1.6;
  }
  ins {
    text-decoration: underline;
    text-decoration-thickness: 2px;
    background: color-mix(in srgb, var(--_success) 15%, transparent);
  }
  del {
    text-decoration: line-through;
    text-decoration-thickness: 2px;
    background: color-mix(in srgb, var(--_error) 12%, transparent);
  }
  del + ins,
  ins + del {
    margin-inline-start: 0.2em;
  }
  .marker {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
  .moved-findings {
    margin-block-start: calc(0.5 * var(--_psw-rem));
    font-size: var(--_font-size-small, calc(0.875 * var(--_psw-rem)));
  }
  .moved-findings ul {
    margin: calc(0.25 * var(--_psw-rem)) 0 0;
    padding-inline-start: calc(1.25 * var(--_psw-rem));
  }
  .moved-label {
    font-weight: 700;
  }
  .severity {
    font-weight: 700;
  }
  .table-scroll {
    overflow-x: auto;
    max-inline-size: 100%;
  }
  table.side {
    inline-size: 100%;
  }
  table.side td,
  table.side th {
    min-inline-size: calc(8 * var(--_psw-rem));
  }
  .muted {
    color: var(--_muted);
  }
  .problem {
    padding: calc(0.5 * var(--_psw-rem)) calc(0.75 * var(--_psw-rem));
    border-inline-start: 5px solid var(--_error);
    background: var(--_surface-alt);
  }
  .problem p {
    margin: 0 0 calc(0.25 * var(--_psw-rem));
  }
  @media (forced-colors: active) {
    ins,
    del {
      background: Canvas;
    }
  }
  @media print {
    .controls {
      display: none;
    }
    .marker {
      position: static;
      width: auto;
      height: auto;
      margin: 0;
      clip: auto;
      font-style: italic;
    }
    ins,
    del {
      background: none;
    }
    li.change,
    tr.change {
      break-inside: avoid;
    }
    .table-scroll {
      overflow: visible;
    }
  }
`;
