// A @web/dev-server plugin for the browser tests: serves the given packages' entry points as one
// esbuild bundle each run instead of module by module. zod's ESM build is about 90 modules (its 60
// locales included), which every test page would otherwise request one at a time from the dev server.
// The entries are bundled together (code splitting), so the modules they share are loaded once and
// every import sees the same instances. Sources (src/, components/) are still served file by file,
// so coverage and source maps of our own code are unchanged.
import { build } from 'esbuild';

const PREFIX = '/__prebundled__/';

/** `entries`: bare import names (e.g. 'zod/mini') to serve from one bundle. */
export function prebundlePlugin(entries) {
  const names = new Map(entries.map((e, i) => [e, `entry-${i}.js`]));
  let files;
  const bundle = () => (files ??= build({
    entryPoints: Object.fromEntries(entries.map((e) => [names.get(e).slice(0, -3), e])),
    bundle: true, splitting: true, format: 'esm', target: 'es2022', write: false, outdir: '/out', logLevel: 'silent',
  }).then((r) => new Map(r.outputFiles.map((f) => [f.path.slice('/out/'.length), f.text]))));
  return {
    name: 'psw-prebundle',
    resolveImport({ source }) {
      if (names.has(source)) return `${PREFIX}${names.get(source)}`;
    },
    async serve(context) {
      if (!context.path.startsWith(PREFIX)) return;
      const body = (await bundle()).get(context.path.slice(PREFIX.length));
      return body === undefined ? undefined : { body, type: 'js' };
    },
  };
}
