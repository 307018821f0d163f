// Waiting in the page, with any driver (playwright or puppeteer): the end-to-end tests' one wait for
// every element to have rendered.

/**
 * Waits until every psw-* element on the page (shadow roots included) has rendered with its view.
 * One call into the page that waits there: puppeteer's waitForFunction builds its predicate with
 * `new Function` in the page, which a strict CSP refuses (Firefox ESR 140).
 */
export const settled = (page) => page.evaluate(async () => {
  const deadline = Date.now() + 60_000;
  const elements = () => {
    const all = [];
    const visit = (scope) => { for (const el of scope.querySelectorAll('*')) { if (el.localName.startsWith('psw-')) all.push(el); if (el.shadowRoot) visit(el.shadowRoot); } };
    visit(document);
    return all;
  };
  for (;;) {
    const all = elements();
    await Promise.all(all.map((el) => el.updateComplete));
    await new Promise((r) => setTimeout(r, 50));
    const now = elements();
    if (now.length && now.length === all.length && !now.some((el) => el.isUpdatePending || el.matches(':state(loading)'))) return;
    if (Date.now() > deadline) throw new Error(`not settled: ${now.filter((el) => el.isUpdatePending || el.matches(':state(loading)')).map((el) => el.localName)}`);
  }
});
