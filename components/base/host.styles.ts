import { css } from 'lit';

/**
 * Shared by every element (PswElement prepends it).
 *
 * Theming: the public tokens are the `--psw-*` custom properties read below, each with a fallback,
 * so the elements look right with no global CSS. They are read here, and turned into private `--_*`
 * variables that component styles use; those that only the views' styles use are read likewise in
 * ./view-tokens.styles.ts, which arrives with the views (not in the drop-in entry). The two files
 * are the only ones that read a public token (docs/theming.md documents them, and a test checks
 * that they agree).
 *
 * Colour scheme: fallbacks use `light-dark()`, which follows the page's `color-scheme`. A page that
 * declares `color-scheme: light dark` gets dark elements when the reader prefers dark; a page that
 * declares nothing stays light, as intranet pages expect. Forced colours (Windows high contrast)
 * map everything to system colours.
 *
 * Host pages may style `font`, `color` and `line-height` on our hosts; elements inherit the page's
 * font family, size and weight, and its letter and word spacing (which readers may widen, WCAG
 * 1.4.12), but not the other text styles of the container they sit in (below). Host-page rules
 * cannot reach inside our shadow roots, so aggressive global CSS on `input`, `button` or `table`
 * does not break the layout.
 */
/**
 * Sizes: the elements measure spacing, control sizes, small text and widths in `--_psw-rem`, not in
 * `rem`. It is the page's root font size, or the host's own text size where that is larger: a page
 * that shrinks its root font size to make rem arithmetic easy (`html { font-size: 62.5% }`, as
 * Bootstrap 3 does with 10px) while its text stays 14–16px would otherwise get 8.75px hints and
 * controls below the 24px target size. On a page whose root and text sizes are the browser's, it is
 * exactly 1rem. Registered as a length, so each host computes it once in pixels and everything
 * inside inherits that value (a plain custom property would carry `1em` and resolve it against
 * each element's own font size). A second copy of the bundle on the page finds it registered; a
 * browser that cannot register it reads the same `max(1rem, 1em)` where it is used. Container-query
 * conditions cannot read a custom property: they say the same as `max(34rem, 34em)` (em there is the
 * container's text size, the host's).
 */
try {
  CSS.registerProperty({ name: '--_psw-rem', syntax: '<length>', inherits: true, initialValue: '16px' });
} catch {
  // registered already (a second copy of the bundle), or no CSS.registerProperty
}

export const hostStyles = css`
  :host {
    --_psw-rem: max(1rem, 1em);
    --_text: var(--psw-color-text, light-dark(#212b32, #f0f4f5));
    --_muted: var(--psw-color-text-muted, light-dark(#4c6272, #b6c2ca));
    --_surface: var(--psw-color-surface, light-dark(#ffffff, #1d2a33));
    --_surface-alt: var(--psw-color-surface-alt, light-dark(#f0f4f5, #26353f));
    --_focus: var(--psw-color-focus, #ffeb3b);
    --_focus-text: var(--psw-color-focus-text, #212b32);
    --_error: var(--psw-color-error, light-dark(#d5281b, #ff8a80));
    --_warning: var(--psw-color-warning, light-dark(#8a4b00, #ffcc80));
    --_warning-bg: var(--psw-color-warning-surface, light-dark(#fff4e0, #3b2c12));
    --_info: var(--psw-color-info, light-dark(#005eb8, #90caf9));
    --_radius: var(--psw-radius, 4px);
    --_space: var(--psw-space, var(--_psw-rem));
    --_font-size-small: var(--psw-font-size-small, calc(0.875 * var(--_psw-rem)));

    display: block;
    box-sizing: border-box;
    font: inherit;
    /* Readable in a container whose text size is 0 (the inline-block gap trick). */
    font-size: max(1em, 0.75rem);
    color: var(--_text);
    line-height: var(--psw-line-height, 1.5);
    text-align: start;
    /* Text styles a page gives the container it puts an element in would otherwise reach every line
       and field inside: a nowrap column would make the elements overflow it, an indent, capitals or
       italics would change every label and entry. The page's own rules on the element still win. */
    white-space: normal;
    text-indent: 0;
    text-transform: none;
    font-style: normal;
    font-variant: normal;
    word-break: normal;
    hyphens: manual;
    text-shadow: none;
    cursor: auto;
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
    outline: 3px solid var(--_focus);
    outline-offset: 0;
    box-shadow: 0 0 0 5px var(--_focus-text);
  }
  /* The buttons of the lines an element shows before or beside its view: the document status
     (components/document-runtime/document-status.ts) and "Try again" (./lazy-view.ts). */
  .psw-document-status button,
  .psw-view-error button {
    font: inherit;
    min-block-size: calc(2.25 * var(--_psw-rem));
    padding: calc(0.25 * var(--_psw-rem)) calc(0.75 * var(--_psw-rem));
    border: 2px solid currentColor;
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    cursor: pointer;
  }
  @media (forced-colors: active) {
    :host {
      --_text: CanvasText;
      --_muted: CanvasText;
      --_surface: Canvas;
      --_surface-alt: Canvas;
      --_error: CanvasText;
      --_warning: CanvasText;
      --_warning-bg: Canvas;
      --_info: CanvasText;
    }
    :focus-visible {
      outline-color: Highlight;
      box-shadow: none;
    }
  }
`;
