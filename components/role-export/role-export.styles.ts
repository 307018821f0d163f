import { css } from 'lit';

/**
 * The export element on top of the shared ui styles: the download list, the file input, the import
 * preview and its issues. Properties are logical.
 */
export default css`
  .download-list {
    display: grid;
    gap: calc(0.5 * var(--_psw-rem));
    margin: 0 0 calc(0.5 * var(--_psw-rem));
  }
  .download-list li {
    display: grid;
    grid-template-columns: minmax(calc(12 * var(--_psw-rem)), max-content) 1fr;
    gap: calc(0.25 * var(--_psw-rem)) var(--_space);
    align-items: center;
  }
  .download-list button {
    justify-self: start;
  }
  .download-list button[aria-disabled='true'] {
    opacity: 0.55;
    cursor: progress;
  }
  .download-status:empty,
  .download-error:empty,
  .import-status:empty {
    margin: 0;
  }
  .download-status {
    font-weight: 600;
  }
  .import .field {
    grid-template-columns: minmax(0, 1fr);
  }
  .issues {
    border-inline-start: 5px solid var(--_error);
    background: var(--_surface-alt);
    padding: calc(0.5 * var(--_psw-rem)) calc(0.75 * var(--_psw-rem));
    border-radius: var(--_radius);
    border-start-start-radius: 0;
    border-end-start-radius: 0;
  }
  .issues h4 {
    color: var(--_error);
  }
  .issues ul {
    margin: 0;
    padding-inline-start: calc(1.25 * var(--_psw-rem));
  }
  .issues li {
    margin: 0 0 calc(0.25 * var(--_psw-rem));
    overflow-wrap: anywhere;
  }
  .preview {
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    padding: calc(0.75 * var(--_psw-rem));
  }
  .preview-facts {
    margin: 0 0 calc(0.5 * var(--_psw-rem));
    display: grid;
    gap: calc(0.25 * var(--_psw-rem));
  }
  .preview-facts div {
    display: grid;
    grid-template-columns: minmax(calc(7 * var(--_psw-rem)), calc(10 * var(--_psw-rem))) 1fr;
    gap: 0 var(--_space);
  }
  .preview-facts dt {
    font-weight: 700;
  }
  .preview-facts dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .migrated {
    border-inline-start: 5px solid var(--_info);
    padding-inline-start: calc(0.5 * var(--_psw-rem));
  }
  h4[tabindex='-1']:focus {
    outline: none;
  }
  h4[tabindex='-1']:focus-visible {
    outline: 3px solid var(--_focus);
  }
  @container (max-inline-size: max(34rem, 34em)) {
    .download-list li,
    .preview-facts div {
      grid-template-columns: 1fr;
    }
  }
  .wrap {
    container-type: inline-size;
  }
`;
