// A rollup plugin for the drop-in file: loops in two dependencies list an object's keys with `for…in`,
// which also lists what a page's script added to Object.prototype (`Object.prototype.extend`, as some
// old intranet libraries do), and then fail on the inherited key:
// - zod 4.5–4.6 installs its schemas' shared members that way (zod/v4/core/util.js, `members`), so
//   every chunk that builds a schema (the organisation profile's, the role's) failed to load;
// - the zip writer docx bundles (fflate: `fltn`, `mrg`, `zipSync`) walks the files of the archive that
//   way, so the Word export recursed until the stack ran out.
// Each loop is made to list the object's own keys only. Where a loop is no longer there as written (a
// release that fixed or changed it), the build stops with a message, so the patch is looked at again
// rather than silently left out (test/e2e/page-prototypes.test.mjs checks the result on such a page).
const PATCHES = [
  {
    file: /[\\/]node_modules[\\/]zod[\\/]v4[\\/]core[\\/]util\.js$/,
    loops: ['for (const key in table) {'],
  },
  {
    file: /[\\/]node_modules[\\/]docx[\\/]dist[\\/]index\.mjs$/,
    loops: ['for (var k in a) o[k] = a[k];', 'for (var k in b) o[k] = b[k];', 'var fltn = function(d, p, t, o) {\n\tfor (var k in d) {', 'for (var fn in r) {'],
  },
];

/** `for (var k in d)` → `for (var k of Object.keys(d))`, inside the text of one patched loop. */
const ownKeys = (loop) => loop.replace(/for \((var|const) (\w+) in (\w+)\)/, 'for ($1 $2 of Object.keys($3))');

export function ownKeysOnly() {
  return {
    name: 'psw-own-keys-only',
    transform(code, id) {
      const patch = PATCHES.find((p) => p.file.test(id));
      if (!patch) return null;
      let out = code;
      for (const loop of patch.loops) {
        if (!out.includes(loop)) this.error(`${id} no longer has the loop "${loop}": check whether a page's additions to Object.prototype still break it (scripts/lib/rollup-own-keys.mjs)`);
        out = out.replace(loop, ownKeys(loop));
      }
      return { code: out, map: null };
    },
  };
}
