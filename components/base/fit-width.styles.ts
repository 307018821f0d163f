import { css } from 'lit';

/**
 * What someone types or picks never makes an element wider than its container (WCAG 1.4.10 from a
 * 320 px wide page, with the page's own margins too). Part of `uiStyles` (./ui.styles.ts):
 * - a word alone wider than its line (a URL, a reference, a name without spaces) breaks inside
 *   itself: `overflow-wrap: anywhere`, which the whole shadow tree inherits from the host;
 * - a file input (importing a role, a library file, an organisation profile, a logo) is as wide as
 *   its field at most, its button drawn like the elements' other secondary buttons.
 */
export const fitWidthStyles = css`
  :host {
    overflow-wrap: anywhere;
  }
  input[type='file'] {
    font: inherit;
    inline-size: 100%;
    min-inline-size: 0;
    max-inline-size: 100%;
    min-block-size: calc(2.25 * var(--_psw-rem));
  }
  input[type='file']::file-selector-button {
    font: inherit;
    font-weight: 600;
    min-block-size: calc(2.25 * var(--_psw-rem));
    padding: calc(0.25 * var(--_psw-rem)) calc(0.875 * var(--_psw-rem));
    margin-inline-end: calc(0.75 * var(--_psw-rem));
    border-radius: var(--_radius);
    border: 2px solid var(--_accent);
    background: var(--_surface);
    color: var(--_accent);
    cursor: pointer;
  }
  input[type='file']:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
`;
