import { css } from 'lit';

/**
 * <psw-organisation-editor>, on top of the shared ui styles: uses only the private `--_*` variables
 * of host.styles.ts, logical properties, and one column from 320 px up.
 */
export default css`
  .history {
    display: flex;
    flex-wrap: wrap;
    gap: calc(0.5 * var(--_psw-rem));
    margin-block-end: var(--_space);
  }
  .fact {
    border-block-start: 1px solid var(--_border-subtle);
    padding-block: calc(var(--_space) * 0.5);
  }
  .fact fieldset {
    margin-block-end: calc(0.25 * var(--_psw-rem));
  }
  .why p {
    margin-block-end: calc(0.25 * var(--_psw-rem));
  }
  .as-of {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0 var(--_space);
  }
  .as-of button {
    margin-block-end: calc(var(--_space) * 0.75);
  }
  .inline {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_space);
  }
  .items {
    display: grid;
    gap: calc(var(--_space) * 0.75);
    padding-inline-start: 0;
    list-style: none;
  }
  .items > li {
    border-inline-start: 4px solid var(--_accent);
    padding-inline-start: calc(var(--_space) * 0.75);
  }
  .bands {
    padding: 0;
    list-style: none;
  }
  .band-row {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0 var(--_space);
    border-block-end: 1px solid var(--_border-subtle);
    margin-block-end: calc(0.5 * var(--_psw-rem));
  }
  .band-row button {
    margin-block-end: calc(var(--_space) * 0.75);
  }
  .logo-summary {
    font-weight: 700;
    overflow-wrap: anywhere;
  }
  .file-issues {
    padding: calc(0.5 * var(--_psw-rem)) calc(0.75 * var(--_psw-rem));
    border-inline-start: 5px solid var(--_error);
    background: var(--_surface-alt);
    margin-block-end: var(--_space);
  }
  .file-issues li {
    overflow-wrap: anywhere;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: calc(0.5 * var(--_psw-rem));
  }
`;
