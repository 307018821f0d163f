import { LitElement, type CSSResultGroup } from 'lit';
import { VERSION } from '../../src/version.js';
import { hostStyles } from './host.styles.js';

const WARNED = Symbol.for('psw-role-kit/define-warned');

/**
 * Keys that belong to an element stop at it instead of going on to the page, where they would seem to
 * come from the element itself (a host page sees the element, not the field inside it, as the target):
 *
 * - Enter pressed anywhere in it (a new line in a text field, a button). ASP.NET WebForms (SharePoint's
 *   classic pages among them) put `onkeypress="return WebForm_FireDefaultButton(…)"` on the form around
 *   everything, which clicks the page's default button (a postback) and cancels the key unless it came
 *   from a textarea, a link or a button; the common "Enter must not submit" script cancels keydown
 *   Enter everywhere but in textareas.
 * - A character typed in one of its fields (no Ctrl, Alt or Meta). Intranet pages bind single keys
 *   to shortcuts (Confluence's "c" creates a page, "/" or "s" jumps to search) and skip them only
 *   while the event's target is a field, which the element is not.
 *
 * Other keys (Escape, Tab, Ctrl+S, a letter on a button) go on as usual, and so do keys in the page's
 * own fields that a wrapper holds (its light DOM).
 */
function keepOwnKeys(this: HTMLElement, event: KeyboardEvent): void {
  const origin = event.composedPath()[0] as Element;
  if (origin.getRootNode() !== this.shadowRoot) return;
  const typing = event.key?.length === 1 && !event.ctrlKey && !event.altKey && !event.metaKey && /^(input|textarea|select)$/.test(origin.localName);
  if (typing || event.key === 'Enter') event.stopPropagation();
}

/** Something an element needs that may still be on its way: a promise while it is, else undefined. */
export type ReadinessCheck = () => Promise<unknown> | undefined;

/**
 * The base of every psw-role-kit element: shared host styles, the package version, a `define()`
 * that is safe when a page loads the bundle twice, helpers for custom states, and an
 * `updateComplete` that also waits for what the element loads lazily (its view, its document, the
 * assessment), so `await el.updateComplete` means "rendered with everything it needs".
 *
 * The theming tokens below are read once, in host.styles.ts (or view-tokens.styles.ts, for those only
 * the views use), and apply to every element (each element inherits them in custom-elements.json).
 * Defaults follow the page's `color-scheme` through `light-dark()`; in forced-colours mode system
 * colours replace the colour tokens.
 *
 * @cssprop --psw-color-text - Body text.
 * @cssprop --psw-color-text-muted - Secondary text: hints, captions, the status line.
 * @cssprop --psw-color-surface - Background of cards, fields and buttons.
 * @cssprop --psw-color-surface-alt - Background of panels, table headers and read-only blocks.
 * @cssprop --psw-color-border - Borders of form controls (must keep 3:1 contrast with the surface).
 * @cssprop --psw-color-border-subtle - Dividers and card outlines that carry no meaning.
 * @cssprop --psw-color-accent - Primary buttons, links, selected choices, progress.
 * @cssprop --psw-color-accent-contrast - Text on the accent colour (primary buttons).
 * @cssprop --psw-color-focus - The focus ring (drawn outside the control).
 * @cssprop --psw-color-focus-text - The dark edge around the focus ring, so it shows on any background.
 * @cssprop --psw-color-error - "Must fix" findings and refused input.
 * @cssprop --psw-color-warning - "Check" findings and status lines that need attention.
 * @cssprop --psw-color-warning-surface - Background of warning panels and of the status line when it needs attention.
 * @cssprop --psw-color-info - "Consider" findings and information panels.
 * @cssprop --psw-color-success - Agreed, covered and ready marks.
 * @cssprop --psw-color-core - Core duties in balance bars and legends.
 * @cssprop --psw-color-flexible - Flexible duties in balance bars and legends.
 * @cssprop --psw-color-excluded - Excluded duties in balance bars and legends.
 * @cssprop --psw-color-unallocated - Contracted time not given to any duty, in balance bars.
 * @cssprop --psw-radius - Corner radius of controls, cards and panels.
 * @cssprop --psw-space - The base spacing unit; gaps and padding are multiples of it.
 * @cssprop --psw-control-height - Minimum height of inputs, selects and buttons (at least 24px for WCAG 2.2 target size).
 * @cssprop --psw-font-size-small - Size of hints, badges and the status line.
 * @cssprop --psw-max-width - Maximum width of an element's content (line length stays readable).
 * @cssprop --psw-line-height - Line height of text inside the elements.
 */
export class PswElement extends LitElement {
  /** The psw-role-kit version that defined this class. */
  static readonly version: string = VERSION;

  static override styles: CSSResultGroup = [hostStyles];

  /**
   * Registers the element. A page that loads the bundle twice keeps working: when the tag already
   * exists with the same version this does nothing; with another version it warns once (for the
   * whole page) and keeps the first definition, since a tag cannot be redefined. A tag another
   * script defined is left to that script, with a warning for each such tag.
   */
  static define(tag: string, ctor: CustomElementConstructor = this): void {
    const registry = globalThis.customElements;
    if (!registry) return;
    const existing = registry.get(tag) as (CustomElementConstructor & { version?: string }) | undefined;
    if (!existing) {
      // A page whose own code refuses one name (a patched registry, a name it keeps) loses that
      // element, not the bundle's others, and hears which.
      try {
        registry.define(tag, ctor);
      } catch (error) {
        console.error(`psw-role-kit ${VERSION}: <${tag}> could not be registered on this page, so it will not appear; the other elements are not affected.`, error);
      }
      return;
    }
    if (existing === ctor || existing.version === VERSION) return;
    const g = globalThis as unknown as Record<symbol, boolean>;
    const ours = !!existing.version;
    if (ours && g[WARNED]) return;
    if (ours) g[WARNED] = true;
    console.warn(`psw-role-kit ${VERSION}: <${tag}> is already defined by ${ours
      ? `psw-role-kit ${existing.version}; the elements of the first copy loaded stay in use. Load one copy of psw-role-kit per page.`
      : `another script, whose element stays in use: psw-role-kit's is not registered. Remove that script's definition to use it.`}`);
  }

  constructor() {
    super();
    for (const type of ['keydown', 'keypress', 'keyup'] as const) this.addEventListener(type, keepOwnKeys);
  }

  #internalsCache?: ElementInternals;
  readonly #readiness: ReadinessCheck[] = [() => (this.#work.size ? Promise.allSettled(this.#work) : undefined)];
  readonly #work = new Set<Promise<unknown>>();

  /**
   * Holds `updateComplete` back while `check` returns a promise: `updateComplete` awaits it, lets
   * the element render again and asks again. For controllers (DocumentController registers one)
   * and subclasses (PswLazyElement: the view); not for host pages.
   * @internal
   */
  holdUpdateComplete(check: ReadinessCheck): void {
    this.#readiness.push(check);
  }

  /**
   * Holds `updateComplete` back until `work` settles, like `ExtendableEvent.waitUntil`: for a user
   * action that waits for a lazy part (e.g. a template picked: `this.waitUntil(apply())`), so tests
   * and host pages that `await el.updateComplete` after the click see its result. Returns `work`.
   * @internal
   */
  waitUntil<T>(work: Promise<T>): Promise<T> {
    this.#work.add(work);
    const done = () => void this.#work.delete(work);
    work.then(done, done);
    return work;
  }

  /** Resolves when the element has rendered with everything it was waiting for (see `holdUpdateComplete`). */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    // Bounded, so a check that keeps finding new work cannot hold a caller forever.
    for (let round = 0; round < 8 && this.isConnected; round++) {
      const waits = this.#readiness.map((check) => check()).filter((w) => w !== undefined);
      if (!waits.length) break;
      await Promise.all(waits);
      done = await super.getUpdateComplete();
    }
    return done;
  }

  /** ElementInternals, attached on first use (custom states, form association). */
  protected get internals(): ElementInternals {
    this.#internalsCache ??= this.attachInternals();
    return this.#internalsCache;
  }

  /** Turns a custom state on or off, for `:state(name)` selectors in host pages. */
  protected setState(name: string, on: boolean): void {
    const states = this.internals.states as Set<string> | undefined;
    if (!states) return;
    try {
      if (on) states.add(name);
      else states.delete(name);
    } catch {
      // Very old engines only accept the legacy `--name` form; states are cosmetic, so ignore.
    }
  }
}
