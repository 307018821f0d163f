/**
 * Scrolling a part of a view into sight where the page keeps a header over the top of the window.
 * Browsers align a scrolled-to element with the window's edge unless the page sets
 * `scroll-padding-top`, which most intranet pages with a sticky or fixed header do not: the element
 * would land under the header. `scrollIntoViewClear` scrolls as `scrollIntoView` does, then looks
 * at what the page shows at the element's top edge; when that is the page's own fixed or sticky
 * box (not the element or what holds it), it scrolls back by the part that box covers, in the
 * page or in the box that scrolls the element (a page whose content scrolls inside a frame of its own).
 * `focusCentred` brings a field to the middle of the window and keeps it there while the cards the
 * scroll passed take their real heights.
 */

/** The element that holds `el` in the rendered tree: its slot, its parent, or its shadow root's host. */
const up = (el: Element): Element | null => el.assignedSlot ?? el.parentElement ?? ((el.parentNode as ShadowRoot | null)?.host ?? null);

/** Whether `node` is `target` or holds it, across shadow roots. */
function holds(node: Element, target: Element): boolean {
  for (let n: Element | null = target; n; n = up(n)) if (n === node) return true;
  return false;
}

/** What scrolls `target` up and down: its nearest ancestor with scrolling content, or the window. */
function scroller(target: Element): Element | Window {
  for (let n = up(target); n && n !== document.documentElement; n = up(n)) {
    if (n.scrollHeight > n.clientHeight && /auto|scroll|overlay/.test(getComputedStyle(n).overflowY)) return n;
  }
  return window;
}

/** The fixed or sticky box `hit` is part of (itself or an ancestor in the page), if any. */
function pinned(hit: Element | null): Element | undefined {
  for (let el = hit; el && el !== document.documentElement; el = el.parentElement) {
    const { position } = getComputedStyle(el);
    if (position === 'fixed' || position === 'sticky') return el;
  }
  return undefined;
}

/**
 * `target.scrollIntoView({ block })`, then clear of a fixed or sticky box of the page over its top
 * edge (a header). Only a box that ends in the upper half of the window counts: a dialog or banner
 * over the whole page is not a header.
 */
export function scrollIntoViewClear(target: Element, block: ScrollLogicalPosition): void {
  target.scrollIntoView?.({ block });
  const box = target.getBoundingClientRect();
  const hit = document.elementFromPoint(box.left + Math.min(8, box.width / 2), Math.max(box.top, 0) + 1);
  if (!hit || holds(hit, target)) return;
  const bottom = pinned(hit)?.getBoundingClientRect().bottom ?? 0;
  // 8px between the header and the element, as a page's own scroll-padding would leave.
  if (bottom > box.top && bottom < innerHeight / 2) scroller(target).scrollBy(0, box.top - bottom - 8);
}

/**
 * Scrolls `target` to the middle of the window and focuses it; then, once the sections and cards the
 * scroll passed have been laid out at their real heights (cards out of view are measured only when
 * near it), scrolls again if that moved the target out of the window.
 */
export function focusCentred(target: HTMLElement): void {
  target.scrollIntoView?.({ block: 'center' });
  target.focus({ preventScroll: true });
  // Checked over the next frames: a card comes to its real height in the frame after it nears the window.
  const check = (frames: number, scrolls: number) => requestAnimationFrame(() => {
    const box = target.getBoundingClientRect();
    if (box.bottom <= 0 || box.top >= innerHeight) {
      target.scrollIntoView?.({ block: 'center' });
      scrolls--;
    }
    if (frames > 1 && scrolls > 0) check(frames - 1, scrolls);
  });
  check(12, 3);
}
