// In the browser: runs several element-test files on one page (the group files that
// scripts/lib/wtr-page-groups.mjs writes load this). Each file's describe/it/hooks go into a suite of
// its own, titled with the file's path, so a failure names its file and test, and a file's top-level
// hooks apply to its own tests only. After each file the page is put back as the group found it:
// the <html> attributes, what the file left in <head> and <body>, local and session storage, and the
// page's shared role document. A file that does not load fails as one test of its suite; the others
// still run.

const PAGE_DOCUMENT_KEY = Symbol.for('psw-role-kit/page-document/v1');

/** A snapshot of the page as the group found it, and a function that puts it back. */
function pageState() {
  const html = document.documentElement;
  const attributes = [...html.attributes].map((a) => [a.name, a.value]);
  const head = new Set(document.head.childNodes);
  const body = new Set(document.body.childNodes);
  return () => {
    for (const name of html.getAttributeNames()) html.removeAttribute(name);
    for (const [name, value] of attributes) html.setAttribute(name, value);
    for (const node of [...document.head.childNodes]) if (!head.has(node)) node.remove();
    for (const node of [...document.body.childNodes]) if (!body.has(node)) node.remove();
    globalThis[PAGE_DOCUMENT_KEY]?.dispose?.();
    delete globalThis[PAGE_DOCUMENT_KEY];
    localStorage.clear();
    sessionStorage.clear();
  };
}

/** Loads `files` (paths from the served root) one after another, each into a suite of its own. */
export async function runFiles(files) {
  const { Mocha, mocha } = globalThis;
  const reset = pageState();
  for (const file of files) {
    const suite = Mocha.Suite.create(mocha.suite, file);
    // Mocha's BDD interface bound to this suite: while the file loads, the globals describe, it,
    // before... add to it (as they add to the root suite when the file has a page of its own).
    Mocha.interfaces.bdd(suite);
    suite.emit('pre-require', globalThis, file, mocha);
    try {
      await import(`/${file}`);
    } catch (error) {
      suite.addTest(new Mocha.Test('loads', () => { throw error; }));
    }
    // After the file's own after-all hooks.
    suite.afterAll('put the page back as it was', reset);
  }
}
