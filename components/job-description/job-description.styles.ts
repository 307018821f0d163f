import { css } from 'lit';

/**
 * The job description, on top of the shared ui styles (toolbar, readable width), reads like a
 * document: a header with the job details, then sections. Properties are logical. Print
 * styles (below) leave only the document, black on white, and keep rows, list items and headings
 * with what follows. `@page` (size and margins) cannot be set from a shadow root: the host page adds
 * `@page { size: A4; margin: 18mm; }` to its own CSS.
 */
export default css`
  .toolbar .hint {
    margin: 0;
    flex: 1 1 calc(16 * var(--_psw-rem));
  }
  .jd {
    container-type: inline-size;
  }
  .jd-header {
    border-block-end: 2px solid var(--_text);
    padding-block-end: calc(var(--_space) * 0.5);
    margin-block-end: var(--_space);
  }
  .subtitle {
    color: var(--_muted);
    font-weight: 600;
  }
  .jd-organisation {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 0.5) var(--_space);
    margin-block-end: calc(var(--_space) * 0.5);
  }
  .jd-organisation .logo {
    display: block;
    max-block-size: calc(3.5 * var(--_psw-rem));
    max-inline-size: calc(12 * var(--_psw-rem));
    inline-size: auto;
    block-size: auto;
  }
  .org-lines p {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .org-name {
    font-weight: 700;
  }
  .org-label {
    font-weight: 600;
  }
  .key-value {
    margin: 0;
    border-block-start: 1px solid var(--_border-subtle);
  }
  .kv-row {
    display: grid;
    grid-template-columns: minmax(calc(8 * var(--_psw-rem)), 32%) 1fr;
    gap: 0 var(--_space);
    padding: calc(0.375 * var(--_psw-rem)) 0;
    border-block-end: 1px solid var(--_border-subtle);
  }
  dt {
    font-weight: 700;
  }
  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .placeholder {
    font-style: italic;
    color: var(--_muted);
  }
  .jd-section {
    margin: 0 0 var(--_space);
  }
  .jd-section p {
    overflow-wrap: anywhere;
  }
  ul.items {
    margin: 0 0 calc(var(--_space) * 0.75);
    padding-inline-start: calc(1.25 * var(--_psw-rem));
  }
  ul.items > li {
    margin: 0 0 calc(0.375 * var(--_psw-rem));
    overflow-wrap: anywhere;
  }
  .item-title {
    font-weight: 600;
  }
  ul.details {
    margin: calc(0.125 * var(--_psw-rem)) 0 0;
    padding-inline-start: calc(1.25 * var(--_psw-rem));
    list-style: circle;
  }
  /* Fixed layout: column widths do not depend on the text, so long words break only when they must. */
  table {
    border-collapse: collapse;
    table-layout: fixed;
    inline-size: 100%;
    margin: 0 0 var(--_space);
  }
  thead th:first-child {
    inline-size: 60%;
  }
  caption {
    text-align: start;
    font-weight: 700;
    padding: 0 0 calc(0.25 * var(--_psw-rem));
  }
  th,
  td {
    border: 1px solid var(--_border);
    padding: calc(0.375 * var(--_psw-rem)) calc(0.5 * var(--_psw-rem));
    text-align: start;
    vertical-align: top;
    overflow-wrap: anywhere;
    hyphens: auto;
  }
  thead th {
    background: var(--_surface-alt);
  }
  tbody th {
    font-weight: 400;
  }
  @container (max-inline-size: max(30rem, 30em)) {
    .kv-row {
      grid-template-columns: 1fr;
    }
    thead th:first-child {
      inline-size: 55%;
    }
    th,
    td {
      padding: calc(0.25 * var(--_psw-rem)) calc(0.375 * var(--_psw-rem));
    }
  }
  @media print {
    :host {
      --_text: #000;
      --_muted: #000;
      --_border: #000;
      --_border-subtle: #000;
      --_surface: #fff;
      --_surface-alt: #fff;
      color: #000 !important;
      background: #fff !important;
    }
    .no-print,
    .toolbar,
    button {
      display: none !important;
    }
    h2,
    h3,
    h4,
    caption {
      break-after: avoid;
      page-break-after: avoid;
    }
    tr,
    li,
    .kv-row {
      break-inside: avoid;
      page-break-inside: avoid;
    }
    thead {
      display: table-header-group;
    }
    .placeholder {
      color: #000;
    }
  }
`;
