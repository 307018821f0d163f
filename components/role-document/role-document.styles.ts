import { css } from 'lit';

/**
 * The wrapper is a plain block around its contents (not `display: contents`, so a form's
 * `reportValidity()` has a box to point at).
 */
export default css`
  :host {
    display: block;
  }
`;
