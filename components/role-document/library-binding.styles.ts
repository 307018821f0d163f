import { css } from 'lit';

/** Adopted into the document's shadow root the first time the binding shows something (CSP-safe). */
export const bindingStyles = css`
  .library-conflict,
  .library-problem,
  .library-note {
    margin: 0 0 1rem;
    padding: 0.5rem 0.75rem;
    border-inline-start: 5px solid var(--_warning);
    background: var(--_surface-alt);
    color: var(--_text);
  }
  .library-note {
    border-inline-start-color: var(--_info);
  }
  .library-conflict p {
    margin: 0 0 0.5rem;
  }
  .library-sections fieldset {
    margin: 0 0 0.75rem;
  }
  .library-sections-heading {
    margin: 0.75rem 0 0.5rem;
    font-size: 1.05em;
  }
  .library-section-choice {
    display: flex;
    flex-wrap: wrap;
    gap: 1rem;
  }
  .library-choices {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
`;
