// A rollup plugin for the drop-in file: zod 4.5–4.6 installs its schemas' shared members with
// `for (const key in table)` (zod/v4/core/util.js, `members`), which also lists what a page's script
// added to Object.prototype (`Object.prototype.extend`, as some old intranet libraries do), and then
// fails on the inherited key: every chunk that builds a schema (the organisation profile's, the
// role's) failed to load on such a page. The loop is made to list the table's own keys only. Where
// zod's `members` no longer has that loop (a zod that fixed it, or changed it), the build stops with
// a message, so the patch is looked at again rather than silently left out
// (test/e2e/page-prototypes.test.mjs checks the result on a polluted page).
const FILE = /[\\/]node_modules[\\/]zod[\\/]v4[\\/]core[\\/]util\.js$/;
const LOOP = 'for (const key in table) {';

export function zodOwnKeys() {
  return {
    name: 'psw-zod-own-keys',
    transform(code, id) {
      if (!FILE.test(id) || !code.includes('function members(')) return null;
      if (!code.includes(LOOP)) this.error(`zod's members() no longer loops "${LOOP}": check whether a page's additions to Object.prototype still break it (scripts/lib/rollup-zod-own-keys.mjs)`);
      return { code: code.replace(LOOP, 'for (const key of Object.keys(table)) {'), map: null };
    },
  };
}
