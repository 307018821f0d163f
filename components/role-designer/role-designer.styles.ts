import { css } from 'lit';

/**
 * The designer's frame on top of the shared ui styles (which hold the intro and the toolbar): the
 * readiness line, step navigation (a grid of step buttons that wraps to two columns on a phone),
 * the start screen, panels and the pager. The composed elements keep their own styles; only their
 * status lines are hidden (the designer shows one for all). Only private `--_*` variables
 * (host.styles.ts) are read; properties are logical.
 */
export default css`
  :host {
    max-inline-size: 100%;
    white-space: normal;
    text-transform: none;
    letter-spacing: normal;
    word-spacing: normal;
  }
  /* One status line for the whole designer. */
  .panel-body > *::part(document-status),
  .panel-body > details > *::part(document-status) {
    display: none;
  }
  /* The Review step's job description, behind a disclosure until it is read. */
  details.job-description > summary {
    font-size: calc(1.125 * var(--_psw-rem));
    padding-block: calc(0.25 * var(--_psw-rem));
  }
  details.job-description[open] > summary {
    margin-block-end: var(--_space);
  }
  /* The builder's toolbar only holds its announcements here (Undo and Redo are the designer's). */
  .panel-body > psw-role-builder::part(toolbar) {
    margin-block-end: 0;
  }
  .designer-heading {
    margin-block-end: calc(var(--_space) * 0.5);
  }

  .toolbar.quiet,
  .toolbar.quiet .announce {
    margin: 0;
    min-block-size: 0;
  }
  button[aria-disabled='true'] {
    opacity: 0.55;
    cursor: not-allowed;
  }
  button[aria-disabled='true']:hover {
    filter: none;
  }
  .readiness {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(0.25 * var(--_psw-rem)) calc(0.5 * var(--_psw-rem));
    margin: 0;
  }
  .readiness-now {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(0.25 * var(--_psw-rem)) calc(0.5 * var(--_psw-rem));
  }
  .readiness-label {
    font-weight: 700;
  }
  .readiness-value {
    color: var(--_muted);
  }
  .readiness[data-readiness='incomplete'] .readiness-value,
  .readiness[data-readiness='held'] .readiness-value {
    color: var(--_error);
  }
  .readiness[data-readiness='needs-attention'] .readiness-value {
    color: var(--_warning);
  }
  .readiness[data-readiness='ready'] .readiness-value {
    color: var(--_success);
  }

  /* Step navigation: the six steps in a row; two rows of three where six would squeeze the names
     (a 900px intranet column broke "Boundaries" inside the word); one step a line where the designer
     is narrow (a phone, a side column). */
  .steps-nav {
    container-type: inline-size;
  }
  .steps {
    list-style: none;
    margin: 0 0 var(--_space);
    padding: 0;
    display: grid;
    grid-template-columns: repeat(6, minmax(0, 1fr));
    gap: calc(0.5 * var(--_psw-rem));
  }
  @container (max-inline-size: max(62rem, 62em)) {
    .steps {
      grid-template-columns: repeat(3, minmax(0, 1fr));
    }
  }
  .steps li {
    display: flex;
  }
  button.step {
    flex: 1 1 auto;
    display: grid;
    grid-template-columns: auto 1fr;
    align-items: center;
    column-gap: calc(0.5 * var(--_psw-rem));
    row-gap: calc(0.125 * var(--_psw-rem));
    text-align: start;
    padding: calc(0.5 * var(--_psw-rem)) calc(0.625 * var(--_psw-rem));
    background: var(--_surface);
    color: var(--_text);
    border: 2px solid var(--_border-subtle);
    font-weight: 400;
  }
  button.step:hover:not(:disabled) {
    filter: none;
    border-color: var(--_accent);
  }
  .step-number {
    grid-row: span 2;
    display: inline-grid;
    place-items: center;
    inline-size: calc(1.75 * var(--_psw-rem));
    block-size: calc(1.75 * var(--_psw-rem));
    border-radius: 50%;
    border: 2px solid var(--_accent);
    color: var(--_accent);
    font-weight: 700;
  }
  .step-name {
    font-weight: 700;
    /* A last resort for very large text: break with a hyphen where the language allows, else anywhere. */
    hyphens: auto;
    overflow-wrap: break-word;
    min-inline-size: 0;
  }
  .step-status {
    font-size: var(--_font-size-small);
    color: var(--_muted);
  }
  .step-status .mark {
    font-weight: 700;
    color: var(--_success);
    margin-inline-end: calc(0.25 * var(--_psw-rem));
  }
  .step-status .fix,
  .step-status[data-state='fix'] .mark {
    color: var(--_error);
    font-weight: 700;
  }
  .step-status[data-state='check'] .mark {
    color: var(--_warning);
  }
  @container (max-inline-size: max(30rem, 30em)) {
    .steps {
      grid-template-columns: 1fr;
      gap: calc(0.25 * var(--_psw-rem));
    }
    button.step {
      padding-block: calc(0.25 * var(--_psw-rem));
    }
  }
  button.step[aria-current='step'] {
    border-color: var(--_accent);
    background: var(--_surface-alt);
    box-shadow: inset 0 -4px 0 var(--_accent);
  }
  button.step[aria-current='step'] .step-number {
    background: var(--_accent);
    color: var(--_accent-text);
  }

  /* Start screen */
  .start h3 {
    margin-block-end: calc(0.25 * var(--_psw-rem));
  }
  .setting-list {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 17 * var(--_psw-rem)), 1fr));
    gap: calc(0.125 * var(--_psw-rem)) var(--_psw-rem);
  }
  .setting {
    align-items: flex-start;
    padding: calc(0.125 * var(--_psw-rem)) 0;
  }
  .setting span {
    padding-block-start: calc(0.125 * var(--_psw-rem));
  }
  .setting-description {
    margin: calc(0.75 * var(--_psw-rem)) 0 0;
    padding: calc(0.5 * var(--_psw-rem)) calc(0.75 * var(--_psw-rem));
    background: var(--_surface-alt);
    border-radius: var(--_radius);
  }
  .setting-description .hint {
    display: block;
    margin-block-start: calc(0.25 * var(--_psw-rem));
  }

  /* Panels */
  .panel[hidden] {
    display: none;
  }
  .panel-head {
    margin: 0 0 var(--_space);
  }
  .panel-title {
    margin: 0 0 calc(0.25 * var(--_psw-rem));
    color: var(--_muted);
    font-weight: 700;
  }
  .panel-title:focus {
    outline: none;
  }
  .panel-title:focus-visible {
    outline: 3px solid var(--_focus);
    box-shadow: 0 0 0 5px var(--_focus-text);
  }
  .panel-intro {
    margin: 0;
  }
  .panel-body {
    display: grid;
    gap: calc(var(--_space) * 1.5);
  }
  .pager {
    display: flex;
    flex-wrap: wrap;
    gap: calc(0.5 * var(--_psw-rem));
    margin-block-start: var(--_space);
    padding-block-start: var(--_space);
    border-block-start: 1px solid var(--_border-subtle);
  }
  .pager .next {
    margin-inline-start: auto;
  }
  /* Forced colours drop shadows and fills: the current step keeps a thick system-coloured frame. */
  @media (forced-colors: active) {
    button.step[aria-current='step'] {
      border-width: 4px;
      border-color: Highlight;
    }
    button.step[aria-current='step'] .step-number {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
      border-color: Highlight;
    }
  }
`;
