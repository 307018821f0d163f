import { css } from 'lit';

/**
 * Shared by every element (prepended by PswElement). Elements must look right with no global CSS
 * and under a host page's aggressive styles: inherit the page's font and colour, reset what a host
 * might have set on common tags inside our shadow roots, and read every token with a fallback.
 */
export const hostStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    font: inherit;
    color: var(--psw-color-text, inherit);
    line-height: var(--psw-line-height, 1.5);
    text-align: start;
    -webkit-text-size-adjust: 100%;
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: var(--psw-focus-width, 3px) solid var(--psw-color-focus, #ffbf47);
    outline-offset: 2px;
    box-shadow: 0 0 0 calc(var(--psw-focus-width, 3px) + 2px) var(--psw-color-focus-ring, #0b0c0c);
  }
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
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
      box-shadow: none;
    }
  }
`;
