import { css } from 'lit';
import { fitWidthStyles } from './fit-width.styles.js';
import { viewTokenStyles } from './view-tokens.styles.js';

/**
 * Shared styles for the native controls and building blocks the elements render (see ui.ts):
 * fields with visible labels, hints and errors, buttons, fieldsets, findings, sections. Targets are
 * at least 24×24 px (WCAG 2.2 AA 2.5.8); layouts collapse to one column from 320 px up.
 *
 * The patterns every element's frame uses are here too, so element styles add only what is their own:
 * - Long words and file inputs fit the element's width: ./fit-width.styles.ts, the last of `uiStyles`.
 * - `.visually-hidden`: text for screen readers only (only views render it, so it is here, not in
 *   the host styles every element carries from the first paint).
 * - `.intro`: the paragraph under an element's heading that says what it is for, kept to the
 *   readable line length of `--psw-max-width`.
 * - `.toolbar`: buttons in a row that wraps, with an `.announce` line (the live region of what an
 *   action did) taking the rest of the row.
 * - `button.disclosure` with a `.chevron`: a heading's button that opens and closes what follows it
 *   (`aria-expanded`); the chevron points along the text when closed and down when open. It is a
 *   drawn arrow, so its borders are physical and it is mirrored right to left. The native
 *   `<summary>` of a `<details>` is styled to match.
 * - `.card`: one item of a list (a duty, a boundary topic, a supervision arrangement…) on the
 *   surface, with an edge on its inline-start side that an element may colour to carry a meaning
 *   (always with a text equivalent too). The checklist's `.topic` and the planner's `.item` are cards.
 *   A card out of view is not laid out until it nears the viewport; its fields belong to a form of
 *   its own (`cardForm` in ui.ts).
 *
 * Properties are logical (inline: the direction text runs; block: the direction lines stack), so a
 * right-to-left page mirrors the layout. Comments stay out of the CSS text: it ships as written.
 * Only lazily loaded views import this module, so it adds nothing to the drop-in entry file; it
 * begins with the theming tokens only the views use (./view-tokens.styles.ts).
 */
export const uiStyles = [viewTokenStyles, css`
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  h2,
  h3,
  h4 {
    margin: 0 0 calc(var(--_space) * 0.5);
    line-height: 1.25;
    font-weight: 700;
    color: var(--_text);
  }
  h2 {
    font-size: 1.375em;
  }
  h3 {
    font-size: 1.125em;
  }
  h4 {
    font-size: 1em;
  }
  p {
    margin: 0 0 calc(var(--_space) * 0.5);
  }
  .section {
    background: var(--_surface);
    border: 1px solid var(--_border-subtle);
    border-radius: var(--_radius);
    padding: var(--_space);
    margin: 0 0 var(--_space);
  }
  .hint,
  .muted {
    color: var(--_muted);
    font-size: var(--_font-size-small);
  }
  .field {
    display: grid;
    gap: calc(0.25 * var(--_psw-rem));
    margin: 0 0 calc(var(--_space) * 0.75);
    min-inline-size: 0;
  }
  .field > label,
  .label {
    font-weight: 700;
  }
  .grid {
    display: grid;
    gap: 0 var(--_space);
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 14 * var(--_psw-rem)), 1fr));
  }
  input[type='text'],
  input[type='number'],
  input[type='date'],
  input[type='search'],
  select,
  textarea {
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    min-block-size: var(--_control-height);
    padding: calc(0.25 * var(--_psw-rem)) calc(0.5 * var(--_psw-rem));
    box-sizing: border-box;
    inline-size: 100%;
    max-inline-size: 100%;
    margin: 0;
  }
  textarea {
    min-block-size: calc(4.5 * var(--_psw-rem));
    resize: vertical;
  }
  input[type='number'] {
    max-inline-size: calc(8 * var(--_psw-rem));
  }
  input:focus-visible,
  select:focus-visible,
  textarea:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 0;
    box-shadow: inset 0 0 0 2px var(--_focus-text);
    border-color: var(--_focus-text);
  }
  [aria-invalid='true'] {
    border-color: var(--_error);
  }
  input[readonly],
  textarea[readonly] {
    background: var(--_surface-alt);
  }
  .error {
    color: var(--_error);
    font-weight: 700;
    font-size: var(--_font-size-small);
    margin: 0;
  }
  fieldset {
    border: 1px solid var(--_border-subtle);
    border-radius: var(--_radius);
    margin: 0 0 calc(var(--_space) * 0.75);
    padding: calc(var(--_space) * 0.5) calc(var(--_space) * 0.75) calc(var(--_space) * 0.75);
    min-inline-size: 0;
  }
  legend {
    font-weight: 700;
    padding: 0 calc(0.25 * var(--_psw-rem));
  }
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: calc(0.25 * var(--_psw-rem)) var(--_psw-rem);
  }
  .choice {
    display: inline-flex;
    align-items: center;
    gap: calc(0.5 * var(--_psw-rem));
    min-block-size: max(32px, 2 * var(--_psw-rem));
    cursor: pointer;
  }
  .choice input {
    /* WCAG 2.2's 24px target size on any page, also where the text is smaller than 16px */
    width: max(24px, 1.5 * var(--_psw-rem));
    height: max(24px, 1.5 * var(--_psw-rem));
    margin: 0;
    accent-color: var(--_accent);
    flex: none;
  }
  button {
    font: inherit;
    font-weight: 600;
    min-block-size: calc(2.25 * var(--_psw-rem));
    min-inline-size: calc(2.25 * var(--_psw-rem));
    padding: calc(0.25 * var(--_psw-rem)) calc(0.875 * var(--_psw-rem));
    border-radius: var(--_radius);
    border: 2px solid var(--_accent);
    background: var(--_accent);
    color: var(--_accent-text);
    cursor: pointer;
    line-height: 1.2;
  }
  button.secondary {
    background: var(--_surface);
    color: var(--_accent);
  }
  button.link {
    background: none;
    border-color: transparent;
    color: var(--_accent);
    text-decoration: underline;
    padding-inline: calc(0.25 * var(--_psw-rem));
  }
  /* Where a value came from (editor-kit/profile-source.ts): the organisation's answer, or this post's own. */
  .profile-source {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 calc(0.5 * var(--_psw-rem));
    margin: calc(0.25 * var(--_psw-rem)) 0 0;
    padding-inline-start: calc(0.5 * var(--_psw-rem));
    border-inline-start: 3px solid var(--_accent);
  }
  button.danger {
    background: var(--_surface);
    color: var(--_error);
    border-color: var(--_error);
  }
  button.icon {
    padding: 0;
    inline-size: calc(2.25 * var(--_psw-rem));
  }
  button:disabled {
    opacity: 0.55;
    cursor: not-allowed;
  }
  button:hover:not(:disabled) {
    filter: brightness(0.92);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: calc(0.5 * var(--_psw-rem));
    align-items: center;
  }
  ul.plain,
  ol.plain {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .findings {
    list-style: none;
    margin: calc(0.25 * var(--_psw-rem)) 0 calc(0.5 * var(--_psw-rem));
    padding: 0;
    display: grid;
    gap: calc(0.375 * var(--_psw-rem));
  }
  .finding {
    border-inline-start: 5px solid var(--_info);
    background: var(--_surface-alt);
    padding: calc(0.375 * var(--_psw-rem)) calc(0.625 * var(--_psw-rem));
    border-radius: var(--_radius);
    border-start-start-radius: 0;
    border-end-start-radius: 0;
    font-size: var(--_font-size-small);
  }
  .finding[data-severity='error'] {
    border-color: var(--_error);
  }
  .finding[data-severity='warning'] {
    border-color: var(--_warning);
    background: var(--_warning-bg);
  }
  .finding .meta {
    display: flex;
    flex-wrap: wrap;
    gap: calc(0.25 * var(--_psw-rem)) calc(0.5 * var(--_psw-rem));
    align-items: center;
    margin-block-start: calc(0.125 * var(--_psw-rem));
    color: var(--_muted);
  }
  .badge {
    display: inline-block;
    border: 1px solid currentColor;
    border-radius: 999px;
    padding: 0 calc(0.5 * var(--_psw-rem));
    font-size: calc(0.8125 * var(--_psw-rem));
    font-weight: 600;
    line-height: 1.5;
    white-space: nowrap;
  }
  .severity {
    font-weight: 700;
  }
  .severity[data-severity='error'] {
    color: var(--_error);
  }
  .severity[data-severity='warning'] {
    color: var(--_warning);
  }
  .severity[data-severity='info'] {
    color: var(--_info);
  }
  .with-unit {
    display: inline-flex;
    align-items: center;
    gap: calc(0.5 * var(--_psw-rem));
  }
  .readonly .value {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .intro {
    max-inline-size: var(--_max-width);
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(0.5 * var(--_psw-rem)) calc(0.75 * var(--_psw-rem));
    margin: 0 0 var(--_space);
  }
  .announce {
    flex: 1 1 calc(14 * var(--_psw-rem));
    margin: 0;
    min-block-size: 1.5em;
    color: var(--_muted);
    font-size: var(--_font-size-small);
  }
  button.disclosure {
    display: inline-flex;
    align-items: center;
    gap: calc(0.5 * var(--_psw-rem));
    flex: 1 1 auto;
    justify-content: flex-start;
    text-align: start;
    background: none;
    border: 2px solid transparent;
    color: var(--_text);
    font: inherit;
    font-weight: 700;
    padding: calc(0.25 * var(--_psw-rem));
    margin-inline-start: calc(-0.25 * var(--_psw-rem));
    min-block-size: calc(2.5 * var(--_psw-rem));
  }
  button.disclosure:hover:not(:disabled) {
    filter: none;
    text-decoration: underline;
  }
  .chevron {
    flex: none;
    width: 0.6em;
    height: 0.6em;
    border-right: 0.15em solid currentColor;
    border-bottom: 0.15em solid currentColor;
    transform: rotate(-45deg);
    transition: transform 0.15s;
  }
  [aria-expanded='true'] > .chevron {
    transform: rotate(45deg);
  }
  .chevron:dir(rtl) {
    scale: -1 1;
  }
  summary {
    cursor: pointer;
    min-block-size: calc(1.5 * var(--_psw-rem));
    color: var(--_accent);
    font-weight: 600;
  }
  .card,
  .topic,
  .item {
    background: var(--_surface);
    border: 1px solid var(--_border-subtle);
    border-inline-start: 6px solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 0.75);
    min-inline-size: 0;
  }
  /* A card out of view is not laid out or painted until it nears the viewport (it is still focusable,
     found by find-in-page and read by assistive technology); its last height holds its place meanwhile. */
  .card,
  .topic,
  .item {
    content-visibility: auto;
    contain-intrinsic-block-size: auto calc(8 * var(--_psw-rem));
  }
  /* Only groups a card's fields (cardForm in ui.ts); no margin even on a host page in quirks mode. */
  .card-form {
    margin: 0;
  }
  @media print {
    .card,
    .topic,
    .item {
      content-visibility: visible;
    }
    button,
    .no-print {
      display: none !important;
    }
  }
`, fitWidthStyles];

/**
 * For elements that are read as a document or a checklist: the whole element keeps the readable
 * line length of --psw-max-width on screen, and takes the page's width in print.
 */
export const readableWidthStyles = css`
  :host {
    max-inline-size: var(--_max-width);
  }
  @media print {
    :host {
      max-inline-size: none;
    }
  }
`;
