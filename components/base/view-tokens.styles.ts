import { css } from 'lit';

/**
 * The theming tokens that only the views' styles use (borders, the accent, the balance colours, the
 * control height and the content width), read and turned into private `--_*` variables exactly as
 * in ./host.styles.ts, which reads the others: what the lines an element shows before its view
 * (loading, a load error, the document status) use. The first of `uiStyles` (./ui.styles.ts), so
 * every view brings them, and the drop-in entry does not carry them.
 */
export const viewTokenStyles = css`
  :host {
    --_border: var(--psw-color-border, light-dark(#768692, #8a9ba8));
    --_border-subtle: var(--psw-color-border-subtle, light-dark(#d8dde0, #3d4f5c));
    --_accent: var(--psw-color-accent, light-dark(#005eb8, #66b2ff));
    --_accent-text: var(--psw-color-accent-contrast, light-dark(#ffffff, #0b1a26));
    --_success: var(--psw-color-success, light-dark(#007f3b, #7fdc9f));
    --_core: var(--psw-color-core, light-dark(#005eb8, #66b2ff));
    --_flexible: var(--psw-color-flexible, light-dark(#007f3b, #7fdc9f));
    --_excluded: var(--psw-color-excluded, light-dark(#8a1538, #f48fb1));
    --_unallocated: var(--psw-color-unallocated, light-dark(#e8edee, #3d4f5c));
    --_control-height: var(--psw-control-height, calc(2.5 * var(--_psw-rem)));
    --_max-width: var(--psw-max-width, calc(60 * var(--_psw-rem)));
  }
  @media (forced-colors: active) {
    :host {
      --_border: CanvasText;
      --_border-subtle: CanvasText;
      --_accent: LinkText;
      --_accent-text: Canvas;
      --_success: CanvasText;
    }
  }
`;
