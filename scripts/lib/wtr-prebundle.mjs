// A @web/dev-server plugin for the browser tests: serves third-party packages as one esbuild build
// instead of module by module. zod's ESM build alone is about 90 modules (its 60 locales included),
// Lit and @open-wc/testing about 80 more, which every test page would otherwise request one at a time
// from the dev server. Every import name of those packages that the sources and tests use is an entry
// point of the same build (code splitting), so the modules they share are loaded once and every
// import sees the same instances (one Lit: the sweep's "Multiple versions of Lit loaded" check would
// say otherwise). Our own sources (src/, components/) are still served file by file, so coverage and
// source maps of our code are unchanged.
import { build } from 'esbuild';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const PREFIX = '/__prebundled__/';

/** The import names of `packages` (and their subpaths) used in the .ts files under `roots`. */
function importNames(roots, packages) {
  const names = new Set();
  const pattern = /(?:from\s+|import\s*\(\s*|import\s+)'([^'.][^']*)'/g;
  for (const root of roots) {
    for (const file of readdirSync(root, { recursive: true }).map(String).filter((f) => f.endsWith('.ts'))) {
      for (const [, name] of readFileSync(join(root, file), 'utf8').matchAll(pattern)) {
        if (packages.some((p) => name === p || name.startsWith(`${p}/`))) names.add(name);
      }
    }
  }
  return [...names].sort();
}

/**
 * `packages`: package names whose imports under `roots` are served from the build; `conditions`: the
 * export conditions to resolve them with (as the dev server's nodeResolve); `external`: imports the
 * build leaves to the dev server (e.g. a UMD file that must register itself on window).
 */
export function prebundlePlugin({ packages, roots, conditions = [], external = [] }) {
  const entries = importNames(roots, packages);
  const files = new Map(entries.map((e, i) => [e, `entry-${i}.js`]));
  let output;
  const bundle = () => (output ??= build({
    entryPoints: Object.fromEntries(entries.map((e) => [files.get(e).slice(0, -3), e])),
    bundle: true, splitting: true, format: 'esm', target: 'es2022', conditions, external,
    write: false, outdir: '/out', logLevel: 'silent',
  }).then((r) => new Map(r.outputFiles.map((f) => [f.path.slice('/out/'.length), f.text]))));
  return {
    name: 'psw-prebundle',
    // Built while the browser starts, not when the first page asks.
    serverStart() {
      bundle().catch(() => { /* reported by serve() when a page asks */ });
    },
    resolveImport({ source }) {
      if (files.has(source)) return `${PREFIX}${files.get(source)}`;
    },
    async serve(context) {
      if (!context.path.startsWith(PREFIX)) return;
      const body = (await bundle()).get(context.path.slice(PREFIX.length));
      return body === undefined ? undefined : { body, type: 'js' };
    },
  };
}
