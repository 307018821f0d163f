import { css } from 'lit';

/**
 * The wrapper is a plain block around its contents (not `display: contents`, so a form's
 * `reportValidity()` has a box to point at).
 */
export default css`
  :host {
    display: block;
  }
  .library-conflict,
  .library-problem {
    margin: 0 0 1rem;
    padding: 0.5rem 0.75rem;
    border-inline-start: 5px solid var(--_warning);
    background: var(--_surface-alt);
    color: var(--_text);
  }
  .library-conflict p {
    margin: 0 0 0.5rem;
  }
  .library-choices {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
`;
