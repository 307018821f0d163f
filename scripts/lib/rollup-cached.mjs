// A rollup plugin's renderChunk results kept on disk (.cache/rollup-render/<name>/), keyed by what
// they depend on: the chunk's code, the plugin's options, the output's format and sourcemap setting,
// and the versions of the plugin's packages. A build whose chunk is unchanged reads the result instead
// of computing it again; anything else (a cold cache, a changed chunk, a new terser) computes it, as
// without the cache. Used for terser, most of the drop-in bundle's build time (the Word writer's
// chunk alone, the `docx` library, takes seconds), so the output is byte for byte what terser writes.
// Entries this build did not use are removed once its output is written, so the folder holds one
// build's worth. PSW_BUILD_NO_CACHE=1 switches the cache off.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const version = (pkg) => JSON.parse(readFileSync(join('node_modules', pkg, 'package.json'), 'utf8')).version;

/**
 * Wraps `plugin` (its renderChunk must depend only on the chunk's code, `options` and the output's
 * format and sourcemap setting). `name` is the cache's folder, one per build that uses the plugin;
 * `packages` are the npm packages whose versions the result depends on.
 */
export function cachedRenderChunk(plugin, { name, options, packages, dir = '.cache/rollup-render' }) {
  if (process.env.PSW_BUILD_NO_CACHE) return plugin;
  const folder = join(dir, name);
  const salt = JSON.stringify({ options, versions: packages.map((p) => [p, version(p)]) });
  const used = new Set();
  return {
    ...plugin,
    buildStart(...args) {
      used.clear();
      mkdirSync(folder, { recursive: true });
      return plugin.buildStart?.apply(this, args);
    },
    async writeBundle(...args) {
      for (const f of readdirSync(folder, { withFileTypes: true })) {
        if (f.isFile() && !used.has(f.name)) rmSync(join(folder, f.name), { force: true });
      }
      return plugin.writeBundle?.apply(this, args);
    },
    async renderChunk(code, chunk, outputOptions, meta) {
      const key = createHash('sha256')
        .update(salt).update('\0').update(`${outputOptions.format} ${Boolean(outputOptions.sourcemap)}`).update('\0').update(code)
        .digest('hex');
      const file = join(folder, `${key}.json`);
      used.add(`${key}.json`);
      try {
        return JSON.parse(readFileSync(file, 'utf8')).result;
      } catch {
        // Not cached yet (or unreadable): computed below.
      }
      const result = await plugin.renderChunk.call(this, code, chunk, outputOptions, meta);
      // Written whole under another name first, so a build stopped half way leaves no broken entry.
      const tmp = `${file}.${process.pid}.tmp`;
      writeFileSync(tmp, JSON.stringify({ result }));
      renameSync(tmp, file);
      return result;
    },
  };
}
