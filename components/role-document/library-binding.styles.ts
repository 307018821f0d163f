import { css } from 'lit';

/** Adopted into the document's shadow root the first time the binding shows something (CSP-safe). */
export const bindingStyles = css`
  .library-conflict,
  .library-problem,
  .library-note {
    margin: 0 0 var(--_psw-rem);
    padding: calc(0.5 * var(--_psw-rem)) calc(0.75 * var(--_psw-rem));
    border-inline-start: 5px solid var(--_warning);
    background: var(--_surface-alt);
    color: var(--_text);
  }
  .library-note {
    border-inline-start-color: var(--_info);
  }
  .library-conflict p {
    margin: 0 0 calc(0.5 * var(--_psw-rem));
  }
  .library-sections fieldset {
    margin: 0 0 calc(0.75 * var(--_psw-rem));
  }
  .library-sections-heading {
    margin: calc(0.75 * var(--_psw-rem)) 0 calc(0.5 * var(--_psw-rem));
    font-size: 1.05em;
  }
  .library-section-choice {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_psw-rem);
  }
  .library-choices {
    display: flex;
    flex-wrap: wrap;
    gap: calc(0.5 * var(--_psw-rem));
  }
`;
