// The custom elements manifest (psw-role-kit/custom-elements.json), generated from the JSDoc on each
// element class (@summary, @tag, @fires, @csspart, @cssprop, @cssstate, @slot). The shared
// `--psw-*` tokens are documented once, on PswElement, and inherited by every element.
// test/build/manifest.test.mjs fails when an element's public API is undocumented.
import { pswDefinitionsPlugin, pswEventsPlugin, pswTokenDefaultsPlugin } from './scripts/lib/cem-plugins.mjs';

export default {
  globs: ['components/**/*.component.ts', 'components/base/*.ts'],
  exclude: ['**/*.styles.ts', '**/*.test.ts'],
  outdir: '.',
  litelement: true,
  plugins: [pswEventsPlugin(), pswTokenDefaultsPlugin(), pswDefinitionsPlugin()],
};
