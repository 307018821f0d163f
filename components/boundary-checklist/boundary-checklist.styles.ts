import { css } from 'lit';

/**
 * The checklist's own styles, on top of the shared ui styles (intro, cards, readable width). Only
 * the private `--_*` variables of host.styles.ts are read here; properties are logical. Cards carry
 * their status as a coloured edge and as text, so colour is never the only cue; forced-colours mode
 * keeps the edges and the progress bar visible.
 */
export default css`
  /* Progress */
  .progress {
    display: grid;
    gap: calc(0.5 * var(--_psw-rem));
    margin: 0 0 var(--_space);
    padding: calc(var(--_space) * 0.75);
    border: 1px solid var(--_border-subtle);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .progress-text {
    margin: 0;
  }
  .progress-text .complete {
    color: var(--_success);
    font-weight: 700;
  }
  progress {
    appearance: none;
    display: block;
    inline-size: 100%;
    block-size: calc(0.875 * var(--_psw-rem));
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_surface);
    overflow: hidden;
    color: var(--_success);
  }
  progress::-webkit-progress-bar {
    background: var(--_surface);
  }
  progress::-webkit-progress-value {
    background: var(--_success);
  }
  progress::-moz-progress-bar {
    background: var(--_success);
  }
  .propose-all .hint {
    margin: 0 0 calc(0.25 * var(--_psw-rem));
  }
  .filter {
    margin: 0;
    padding: 0;
    border: 0;
  }
  .filter legend {
    float: inline-start;
    padding: 0;
    margin-inline-end: var(--_psw-rem);
    min-block-size: calc(2 * var(--_psw-rem));
    display: inline-flex;
    align-items: center;
  }
  .filter .hint {
    clear: both;
    margin: calc(0.25 * var(--_psw-rem)) 0 0;
  }
  .section-findings,
  .empty {
    margin: 0 0 var(--_space);
  }

  /* Topic cards */
  .topics {
    container-type: inline-size;
    display: grid;
    gap: var(--_space);
    margin: 0 0 var(--_space);
  }
  .topic {
    margin: 0;
    padding: calc(var(--_space) * 0.75) var(--_space) var(--_space);
  }
  .topic[data-status='agreed'] {
    border-inline-start-color: var(--_success);
  }
  .topic[data-status='proposed'] {
    border-inline-start-color: var(--_accent);
  }
  .topic[data-status='not-applicable'] {
    border-inline-start-color: var(--_muted);
    border-inline-start-style: dashed;
  }
  /* The legend floats so it sits inside the card, with the status badges beside it when they fit. */
  .topic-legend {
    float: inline-start;
    padding: 0;
    margin: 0 0 calc(0.5 * var(--_psw-rem));
    margin-inline-end: calc(0.75 * var(--_psw-rem));
    max-inline-size: 100%;
    min-block-size: calc(2.25 * var(--_psw-rem));
    display: flex;
    align-items: center;
  }
  .topic-bar + * {
    clear: both;
  }
  /* In a narrow column the heading takes the whole line and the badges go under it. */
  @container (max-inline-size: max(36rem, 36em)) {
    .topic-legend {
      inline-size: 100%;
      min-block-size: 0;
    }
    .topic-bar {
      clear: both;
    }
  }
  .topic-legend h3,
  .topic-legend h4 {
    margin: 0;
  }
  .topic-legend h4 {
    font-size: 1.125em;
  }
  .topic-bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: calc(0.25 * var(--_psw-rem)) calc(0.75 * var(--_psw-rem));
    margin: 0 0 calc(0.5 * var(--_psw-rem));
    min-block-size: calc(2.25 * var(--_psw-rem));
  }
  .topic-bar h3,
  .topic-bar h4 {
    margin: 0;
  }
  .badges {
    display: inline-flex;
    flex-wrap: wrap;
    gap: calc(0.375 * var(--_psw-rem));
  }
  .badge.status[data-status='agreed'] {
    color: var(--_success);
  }
  .badge.status[data-status='proposed'] {
    color: var(--_accent);
  }
  .badge.status[data-status='not-applicable'],
  .badge.status[data-status='not-started'] {
    color: var(--_muted);
  }
  .badge.essential {
    color: var(--_accent);
  }
  .toggle {
    margin-inline-start: auto;
    white-space: nowrap;
  }
  .why {
    margin: 0 0 calc(0.75 * var(--_psw-rem));
  }
  .why p {
    margin: 0 0 calc(0.25 * var(--_psw-rem));
  }
  .why .meta {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(0.25 * var(--_psw-rem)) calc(0.5 * var(--_psw-rem));
    color: var(--_muted);
    font-size: var(--_font-size-small);
  }
  .unconfirmed {
    border-inline-start: 4px solid var(--_warning);
    background: var(--_warning-bg);
    padding: calc(0.25 * var(--_psw-rem)) calc(0.625 * var(--_psw-rem));
    font-size: var(--_font-size-small);
  }
  .grid.pair {
    align-items: start;
  }
  textarea {
    field-sizing: content;
    max-block-size: calc(24 * var(--_psw-rem));
  }
  .grid.pair > div {
    min-inline-size: 0;
  }
  .summary {
    margin: 0;
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 3;
    overflow: hidden;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .actions.end {
    justify-content: flex-end;
  }
  /* What is left on a topic shown as one line: words first, colour only underlines them. */
  .left {
    font-size: var(--_font-size-small);
  }
  .left[data-state='fix'] {
    color: var(--_error);
    font-weight: 700;
  }

  /* Custom topics */
  .custom-topics {
    margin: calc(var(--_space) * 1.5) 0 0;
  }
  .custom-topics > .hint {
    margin: 0 0 calc(0.75 * var(--_psw-rem));
  }
  .removed {
    margin: 0 0 calc(0.5 * var(--_psw-rem));
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(0.5 * var(--_psw-rem));
  }
  .removed:empty {
    margin: 0;
  }

  /* Read-only view: the same cards, with the fields as label and text */
  .topic.readonly .topic-bar {
    justify-content: flex-start;
  }
  .topic.readonly .field {
    margin-block-end: calc(0.5 * var(--_psw-rem));
    align-content: start;
  }
  .topic.readonly .grid {
    row-gap: calc(0.25 * var(--_psw-rem));
    align-items: start;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 20 * var(--_psw-rem)), 1fr));
  }

  @media (forced-colors: active) {
    .topic,
    .topic[data-status='agreed'] {
      border-inline-start-color: CanvasText;
    }
    progress {
      appearance: auto;
    }
  }
  @media print {
    .progress .filter,
    .propose-all,
    .toggle {
      display: none;
    }
  }
`;
