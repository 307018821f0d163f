/**
 * The designer's Print: the Print button of the job description in the Review step prints that job
 * description alone — not the intranet page around the designer, nor the designer's steps, toolbar,
 * insights or export.
 *
 * Print CSS inside the designer's shadow root cannot hide the page around it, and a strict
 * Content-Security-Policy forbids inline styles and scripts, so while that print runs (between the
 * window's `beforeprint` and `afterprint`) everything beside the path from the job description up
 * to `<html>` is marked `data-psw-print-hidden`, and one constructed stylesheet
 * (`@media print { [data-psw-print-hidden] { display: none !important } }`) is adopted by the
 * document and by every shadow root on that path. `afterprint` takes the marks and the sheet away
 * again, leaving alone what the page had marked itself. Constructed stylesheets need no CSP
 * permission; the sheet only applies to print, so the screen never changes.
 *
 * The Print button is known by where it is: a button in the job description's `toolbar` part. A
 * click there arms the designer for the print it starts; any other print of the page (Ctrl+P, the
 * browser's menu) prints the page as the page's own print styles say.
 */
export const PRINT_HIDDEN = 'data-psw-print-hidden';

type Root = Document | ShadowRoot;

let printSheet: CSSStyleSheet | undefined;
function sheet(): CSSStyleSheet | undefined {
  if (printSheet) return printSheet;
  try {
    printSheet = new CSSStyleSheet();
    printSheet.replaceSync(`@media print { [${PRINT_HIDDEN}] { display: none !important; } }`);
  } catch {
    return undefined; // no constructed stylesheets: the page prints as it is
  }
  return printSheet;
}

/**
 * Hides, for print, everything beside `keep` and its ancestors (across shadow roots) up to the
 * document. Returns what undoes it.
 */
export function printOnly(keep: Element): () => void {
  const css = sheet();
  if (!css) return () => {};
  const marked: Element[] = [];
  const adopted: Root[] = [];
  let node: Element = keep;
  for (;;) {
    const container = node.parentNode;
    if (!container) break;
    for (const sibling of container.children) {
      if (sibling === node || sibling.hasAttribute(PRINT_HIDDEN)) continue;
      sibling.setAttribute(PRINT_HIDDEN, '');
      marked.push(sibling);
    }
    const root = node.getRootNode() as Root;
    if ('adoptedStyleSheets' in root && !root.adoptedStyleSheets.includes(css)) {
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, css];
      adopted.push(root);
    }
    if (container instanceof ShadowRoot) node = container.host;
    else if (container instanceof Element) node = container;
    else break; // the document
  }
  return () => {
    for (const el of marked) el.removeAttribute(PRINT_HIDDEN);
    for (const root of adopted) root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== css);
  };
}

/** The job description whose Print button a click is on, if it is. */
function printedBy(event: Event): Element | undefined {
  const path = event.composedPath();
  const at = path.findIndex((n) => n instanceof Element && n.localName === 'psw-job-description');
  if (at < 0) return undefined;
  const inside = path.slice(0, at).filter((n): n is Element => n instanceof Element);
  const onButton = inside.some((n) => n.localName === 'button');
  const inToolbar = inside.some((n) => n.getAttribute('part')?.split(/\s+/).includes('toolbar'));
  return onButton && inToolbar ? (path[at] as Element) : undefined;
}

/**
 * Lets the designer's job description print alone: listens on the designer for clicks on its Print
 * button (capture, before the button's own handler calls `print()`), and for the print they start.
 */
export function printJobDescriptionAlone(designer: HTMLElement): void {
  let restore: (() => void) | undefined;
  let armed: Element | undefined;
  const view = () => designer.ownerDocument.defaultView;
  const before = () => {
    restore?.();
    restore = armed ? printOnly(armed) : undefined;
  };
  const afterPrint = () => {
    restore?.();
    restore = undefined;
    view()?.removeEventListener('beforeprint', before);
    view()?.removeEventListener('afterprint', afterPrint);
  };
  designer.addEventListener('click', (event) => {
    armed = printedBy(event);
    if (!armed) return;
    view()?.addEventListener('beforeprint', before);
    view()?.addEventListener('afterprint', afterPrint);
  }, { capture: true });
  // After the button's own handler: a print it started has run `beforeprint` by now; if it did not
  // start one (no print here), nothing stays armed for a later print of the page.
  designer.addEventListener('click', () => {
    if (armed && !restore) afterPrint();
    armed = undefined;
  });
}
