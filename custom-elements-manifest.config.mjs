// The custom elements manifest (psw-role-kit/custom-elements.json), generated from the JSDoc on each
// element class (@summary, @tag, @fires, @csspart, @cssprop, @cssstate, @slot). The shared
// `--psw-*` tokens are documented once, on PswElement, and inherited by every element.
// test/build/manifest.test.mjs fails when an element's public API is undocumented.
import { readFileSync } from 'node:fs';
import { pswDefinitionsPlugin, pswEventsPlugin, pswTokenDefaultsPlugin } from './scripts/lib/cem-plugins.mjs';

const GLOBS = ['components/**/*.component.ts', 'components/base/*.ts'];
// The files in a fixed order (by glob, then by path): the analyzer keeps the order its file search
// returns, which depends on the timing of directory reads (on a busy machine the manifest's modules
// came out in another order).
const byGlob = (path) => (path.startsWith('components/base/') && !path.endsWith('.component.ts') ? 1 : 0);

export default {
  globs: GLOBS,
  overrideModuleCreation: ({ ts, globs }) => [...globs]
    .sort((a, b) => byGlob(a) - byGlob(b) || (a < b ? -1 : a > b ? 1 : 0))
    .map((path) => ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.ES2015, true)),
  exclude: ['**/*.styles.ts', '**/*.test.ts'],
  outdir: '.',
  litelement: true,
  plugins: [pswEventsPlugin(), pswTokenDefaultsPlugin(), pswDefinitionsPlugin()],
};
