// One hash for all the lazy chunks of a build, instead of one per chunk: `buildHash(salt)` is a rollup
// plugin whose `hash` (8 hex digits) is set when the modules have been read, from every module's path
// and code after the transforms, the rollup version and `salt` (what the chunks' later steps depend on,
// such as the minifier's options and version). The drop-in entry names each chunk it imports; with one
// hash, it carries that hash once instead of 14 different random ones (about 100 B of brotli).
// The price: any change gives every chunk a new name, so after an update a page fetches every chunk
// it needs again, the unchanged ones too. Names still change whenever content does, so a browser never
// mixes a cached chunk of one build with the entry of another.
import { createHash } from 'node:crypto';
import { relative } from 'node:path';

export function buildHash(salt) {
  const plugin = {
    name: 'psw-build-hash',
    /** The build's hash, once `buildEnd` has run (output options read it while the chunks are named). */
    hash: undefined,
    buildEnd(error) {
      if (error) return;
      const h = createHash('sha256').update(`${this.meta.rollupVersion}\0${salt}\0`);
      for (const id of [...this.getModuleIds()].sort()) {
        const name = id.startsWith('\0') ? id : relative(process.cwd(), id).replaceAll('\\', '/');
        h.update(`${name}\0${this.getModuleInfo(id)?.code ?? ''}\0`);
      }
      plugin.hash = h.digest('hex').slice(0, 8);
    },
  };
  return plugin;
}
