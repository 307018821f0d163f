// Two builds from the two source roots, src/ and components/ (docs/architecture.md):
// 1) the library: unbundled ESM, one file per module, lit/@lit/zod/docx left as imports (bundler users);
// 2) the drop-in CDN file: components/define.ts with everything inlined, Lit in production mode,
//    minified, the CSS in `css` literals too (scripts/lib/rollup-minify-css.mjs); dynamic imports (element views, the assessment engine, templates, the Word writer)
//    become lazy chunks in dist/cdn/chunks/ beside it (docs/bundle-size.md).
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { readFileSync } from 'node:fs';
import { minifyCssLiterals } from './scripts/lib/rollup-minify-css.mjs';
import { cachedRenderChunk } from './scripts/lib/rollup-cached.mjs';
import { buildHash } from './scripts/lib/rollup-build-hash.mjs';
import { ownKeysOnly } from './scripts/lib/rollup-own-keys.mjs';
import { thirdPartyNotices } from './scripts/lib/rollup-notices.mjs';

const pkg = JSON.parse(readFileSync('./package.json', 'utf8'));
const define = { __PSW_VERSION__: JSON.stringify(pkg.version) };
const ts = () => esbuild({ target: 'es2022', tsconfig: 'tsconfig.json', sourceMap: true, define });
// One terser worker: npm test builds beside the type-check and the core tests, so a second worker only
// pays for its own start and warm-up (three interleaved pairs of cold builds: 26 core-seconds against 24–30).
const TERSER = { maxWorkers: 1, ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } };
// terser's results are kept in .cache/rollup-render/<name> (scripts/lib/rollup-cached.mjs): a chunk
// that did not change is not minified again (the same bytes, without the seconds).
const minify = (name) => cachedRenderChunk(terser(TERSER), { name, options: TERSER, packages: ['terser', '@rollup/plugin-terser'] });
// zod 4 and docx ship misplaced /*@__PURE__*/ comments and benign import cycles; ours must stay clean.
// Lazy chunks named for what they hold, so `npm run size` and the browser's network panel read well;
// others keep the name of their first module (boundary-checklist.view, docx-writer). All carry the
// build's one hash (scripts/lib/rollup-build-hash.mjs): the entry names every chunk it imports. The
// hash covers the modules' code, this file and the minifier's version (the steps after the modules).
const CHUNK_NAMES = { 'src/assess/index.ts': 'assessment', 'src/model/create.ts': 'templates', 'src/model/parse.ts': 'parse-role-document' };
const cdnHash = buildHash(`${readFileSync(new URL(import.meta.url), 'utf8')}\0terser ${JSON.parse(readFileSync('./node_modules/terser/package.json', 'utf8')).version}`);
const chunkFileNames = (chunk) => {
  // A shared chunk (no facade module) is named by any module it holds.
  const ids = (chunk.facadeModuleId ? [chunk.facadeModuleId] : chunk.moduleIds).map((id) => id.replaceAll('\\', '/'));
  const named = Object.entries(CHUNK_NAMES).find(([path]) => ids.some((id) => id.endsWith(`/${path}`)));
  return `chunks/${named ? named[1] : '[name]'}-${cdnHash.hash}.js`;
};
// An element view's dynamic import in the drop-in file also says where its chunk is: the promise
// carries `url`, the chunk's absolute URL (from the importing file's own), so "Try again" after a failed
// fetch can import the chunk again under a fresh URL (components/base/lazy-view.ts).
const viewChunkUrls = () => ({
  name: 'psw-view-chunk-urls',
  renderDynamicImport: ({ targetModuleId }) => (targetModuleId?.endsWith('.view.ts')
    ? { left: '(u=>Object.assign(import(u),{url:new URL(u,import.meta.url).href}))(', right: ')' }
    : null),
});
const onwarn = (w, warn) => {
  if (w.id?.includes('/node_modules/') || w.ids?.every((id) => id.includes('/node_modules/'))) return;
  warn(w);
};

export default [
  {
    input: {
      'src/index': 'src/index.ts', 'components/index': 'components/index.ts', 'components/define': 'components/define.ts',
      'components/locales/cy': 'components/locales/cy.ts',
    },
    onwarn,
    external: [/^lit(\/|$)/, /^@lit\//, /^zod(\/|$)/, /^docx(\/|$)/],
    output: { dir: 'dist/lib', format: 'es', preserveModules: true, preserveModulesRoot: '.', sourcemap: true },
    plugins: [ts()],
  },
  {
    input: 'components/define.ts',
    onwarn,
    // Lazy chunks (element views, the assessment engine, templates, the Word writer) import shared
    // code from the entry file itself, instead of rollup moving everything into a shared chunk behind
    // a one-line facade entry (which would make the entry's size meaningless).
    preserveEntrySignatures: 'allow-extension',
    output: {
      dir: 'dist/cdn', format: 'es', sourcemap: true,
      entryFileNames: 'psw-role-kit.js', chunkFileNames,
    },
    plugins: [cdnHash, viewChunkUrls(), nodeResolve({ exportConditions: ['browser', 'production'] }), ownKeysOnly(), minifyCssLiterals(), ts(), minify('terser-cdn'), thirdPartyNotices()],
  },
  {
    // Locales for the drop-in file (dist/cdn/locales/*.js): each is a small file of its own that a page
    // loads beside psw-role-kit.js; it registers its strings in the page-wide registry the bundle reads.
    input: { 'locales/cy': 'components/locales/cy.ts' },
    onwarn,
    output: { dir: 'dist/cdn', format: 'es', sourcemap: true, entryFileNames: '[name].js' },
    plugins: [nodeResolve({ exportConditions: ['browser', 'production'] }), minifyCssLiterals(), ts(), minify('terser-cdn-locales')],
  },
];
