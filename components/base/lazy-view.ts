/**
 * Elements whose view loads lazily (DESIGN.md §7: "elements may load heavy parts lazily").
 *
 * An element is split in two:
 * - `<name>.component.ts` (in the drop-in bundle's entry, defined eagerly so the tag upgrades
 *   everywhere, third-party shadow roots included): the class with its public API and JSDoc, its
 *   properties and state, its DocumentController. Small.
 * - `<name>.view.ts` (a lazy chunk, fetched once per page when the first such element connects):
 *   its templates, handlers, navigation/focus logic, strings and styles.
 *
 * While the view is on its way the element shows a one-line localised "Loading…" (role=status,
 * `part="loading"`, `:state(loading)`); if its chunk cannot be fetched, a clear message with a
 * "Try again" button (role=alert, `part="load-error"`). Its `updateComplete` resolves only after it
 * has rendered with the view (and, through DocumentController, with the document and its real
 * assessment), so tests and host pages can `await el.updateComplete` as before.
 *
 * ## Converting an element (builder, supervision planner, insights, job description, export, designer)
 *
 * 1. Make `<name>.view.ts`. Move into it everything the element only needs to draw and handle its
 *    content: `render` and the template functions it calls (section/row modules stay separate
 *    files, imported only by the view), event handlers, focus and `psw-navigate` logic, the
 *    element's `strings.ts` import and its `<name>.styles.ts`, plus `uiStyles`. It exports:
 *      - `render(el)` (required): the content, called only when the view has arrived and
 *        `viewCanRender()` is true (so `el.doc.document` is there if you say so);
 *      - `styles` (optional): adopted into the element's shadow root when the view arrives;
 *      - `attach(el)` (optional): runs once per element before its first render with the view,
 *        e.g. `el.l = new Localizer(el, AREA, strings)`;
 *      - `willUpdate(el, changed)` / `updated(el, changed)` (optional): called from the element's;
 *      - `navigate(el, detail)` (optional, editors): called by PswDocumentElement for a
 *        `psw-navigate` about the element's own document;
 *      - anything else the element calls once the view is there.
 *    Import the element only as a type (`import type { PswX } from './x.component.js'`), never as a
 *    value: the view must not pull the class into its chunk, nor the chunk into the entry.
 * 2. In `<name>.component.ts`: `class PswX extends PswLazyElement<View>` (or, for an element
 *    bound to the role document, `PswDocumentElement<View, Strings>` from ./document-element.ts,
 *    which brings the DocumentController, the status line's styles, the `readonly` state,
 *    `viewCanRender()`, `l`/`c` and `psw-navigate`) with, at module level,
 *      type View = typeof import('./x.view.js');
 *      const view = lazyView<View>(() => import('./x.view.js'));
 *    and in the class `protected readonly viewLoader = view;`. Delete `render()` and the element's
 *    `static styles` (PswLazyElement.styles already has the host styles and the placeholder's).
 *    Keep the DocumentController, the public properties (`@property`), the JSDoc (@csspart
 *    loading and load-error, @cssstate loading too) and what the view reads between renders, in
 *    fields the view can reach: not `private` (mark them `@internal`; prefer one `ui` object).
 *    Override `viewCanRender()` to return `!!this.doc.document`, so "Loading…" also covers a
 *    `<psw-role-document template>` whose template is still loading.
 * 3. Eager imports of the component file: only `lit` (types), `lit/decorators.js`, ../base/*
 *    (not ui.ts / ui.styles.ts), ../context/document-controller.js, and small pure modules.
 *    Never `src/assess/index.js` (the assessment engine: read `el.doc.assessment`, or import
 *    from it in the view only), `src/model/create.js` / templates (use `loadTemplateDocument`
 *    from ../context/core-deps.js), `src/export/*` (import them in the view or with `import()`
 *    when the user asks for the file), catalogues with long texts, or `strings.ts`.
 * 4. `psw-navigate`: `DocumentController.onNavigate` passes on only requests about the element's
 *    own document; a request may arrive before the view, so PswDocumentElement hands it over with
 *    `this.withView((v) => v.navigate?.(this, detail))` (at once when the view is here, else when
 *    it arrives).
 * 5. The assessment may be pending (`el.doc.assessment.pending`: no findings yet) for a moment
 *    after the page loads; a new snapshot with the real one follows. Show findings when they are
 *    there; decide anything "once per document" that depends on findings only when they are not
 *    pending; never put a pending assessment in an export (`exportJobDescription(doc)` assesses
 *    the document itself). psw-change details carry whatever the snapshot's assessment is.
 * 6. A user action that needs a lazy part (a template picked: `await loadTemplateDocument(id)`;
 *    a Word file: `toDocx` loads its writer) is asynchronous: wrap it in `this.waitUntil(…)`
 *    (PswElement) so `updateComplete` covers it, and say in place when it fails.
 * 7. Tests: `await el.updateComplete` before reading the shadow DOM (a fixture of the element or
 *    of its `<psw-role-document>` wrapper already does). Run `npm run size`: the view must appear
 *    as its own chunk, and test/build/size-budget.test.mjs keeps the entry ≤ 40 KiB brotli and
 *    every lazy chunk but the Word writer ≤ 25 KiB.
 */
import { adoptStyles, css, html, type CSSResultGroup, type PropertyValues, type TemplateResult } from 'lit';
import { PswElement } from './psw-element.js';
import { Localizer } from './localize.js';

/** What a view module exports (it may export more for its own element to call). */
export interface ElementView {
  /** The element's content, once the view is here and `viewCanRender()` is true. */
  render(el: never): unknown;
  /** Adopted into the element's shadow root when the view arrives. */
  styles?: CSSResultGroup;
  /** Once per element, before its first render with the view (e.g. create its Localizers). */
  attach?(el: never): void;
  willUpdate?(el: never, changed: PropertyValues): void;
  updated?(el: never, changed: PropertyValues): void;
}

/** One view module, fetched at most once per page and shared by every instance of the element. */
export class LazyView<V> {
  /** The module, once it has loaded. */
  module?: V;
  private loading?: Promise<V | undefined>;
  private failed = false;
  private readonly arrivals = new Set<(module: V) => void>();

  constructor(private readonly importer: () => Promise<V>) {}

  /**
   * Loads the module (once); resolves with it, or with undefined when its chunk could not be
   * fetched. After a failure it does not try again by itself (every element on the page would):
   * `retry()` does, when a person asks.
   */
  load(): Promise<V | undefined> {
    if (this.module) return Promise.resolve(this.module);
    if (this.failed) return Promise.resolve(undefined);
    this.loading ??= this.importer().then(
      (module) => {
        this.module = module;
        for (const arrived of this.arrivals) arrived(module);
        this.arrivals.clear();
        return module;
      },
      (error: unknown) => {
        this.loading = undefined;
        this.failed = true;
        console.error('psw-role-kit: part of an element could not be loaded. Check the connection and reload the page.', error);
        return undefined;
      },
    );
    return this.loading;
  }

  /** Tries to load the module again after a failure. */
  retry(): Promise<V | undefined> {
    this.failed = false;
    return this.load();
  }

  /** Calls `fn` with the module when it arrives (at once if it is here): e.g. after another element's retry. */
  whenLoaded(fn: (module: V) => void): void {
    if (this.module) fn(this.module);
    else this.arrivals.add(fn);
  }
}

/** A module-level loader for a view: `const view = lazyView<View>(() => import('./x.view.js'));`. */
export const lazyView = <V>(importer: () => Promise<V>): LazyView<V> => new LazyView(importer);

export const lazyViewStrings = {
  loading: 'Loading…',
  loadFailed: 'This part of the page could not be loaded. Check your connection, then try again.',
  retry: 'Try again',
} as const;
export const LAZY_VIEW_AREA = 'view';

const placeholderStyles = css`
  .psw-view-status {
    margin: 0;
    color: var(--_muted);
  }
  .psw-view-error {
    padding: 0.5rem 0.75rem;
    border-inline-start: 5px solid var(--_error);
    background: var(--_surface-alt);
    color: var(--_text);
  }
  .psw-view-error p {
    margin: 0 0 0.5rem;
  }
  .psw-view-error button {
    font: inherit;
    min-height: 2.25rem;
    padding: 0.25rem 0.75rem;
    border: 2px solid currentColor;
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    cursor: pointer;
  }
`;

/**
 * An element whose view (templates, handlers, strings, styles) is a lazy chunk: see the comment at
 * the top of this file. `V` is the view module's type (`typeof import('./x.view.js')`).
 *
 * @csspart loading - The one-line "Loading…" shown until the element's view and document are here.
 * @csspart load-error - The message (and "Try again" button) shown when the view could not be loaded.
 * @cssstate loading - The element is waiting for its view or its document.
 */
export abstract class PswLazyElement<V extends ElementView> extends PswElement {
  static override styles: CSSResultGroup = [PswElement.styles, placeholderStyles];

  /** The module-level loader of the element's view. */
  protected abstract readonly viewLoader: LazyView<V>;
  /** The view, once it has arrived for this element. */
  protected view?: V;
  private viewFailed = false;
  private viewStylesAdopted = false;
  private readonly placeholder = new Localizer(this, LAZY_VIEW_AREA, lazyViewStrings);

  constructor() {
    super();
    this.holdUpdateComplete(() => (this.view || this.viewFailed ? undefined : this.whenView()));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.view) this.adoptViewStyles();
    else void this.whenView();
  }

  /** Resolves with the view (loading it if needed), or undefined when it could not be loaded. */
  protected whenView(retry = false): Promise<V | undefined> {
    if (this.view) return Promise.resolve(this.view);
    return (retry ? this.viewLoader.retry() : this.viewLoader.load()).then((loaded) => {
      if (loaded) this.attachView(loaded);
      else if (!this.view && !this.viewFailed) {
        this.viewFailed = true;
        this.requestUpdate();
        // Another element's "Try again" may bring the view: show it here too.
        this.viewLoader.whenLoaded((view) => this.attachView(view));
      }
      return this.view;
    });
  }

  /**
   * Runs `fn` with the view: at once when it is here (so event handling keeps its timing), else when
   * it arrives (not at all if it cannot be loaded).
   */
  protected withView(fn: (view: V) => void): void {
    if (this.view) fn(this.view);
    else void this.whenView().then((view) => view && fn(view));
  }

  /** Whether the view has what it needs to render (e.g. a document); until then "Loading…" shows. */
  protected viewCanRender(): boolean {
    return true;
  }

  /**
   * Turns a custom state on or off (public for the element's view module).
   * @internal
   */
  override setState(name: string, on: boolean): void {
    super.setState(name, on);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    (this.view?.willUpdate as ((el: this, c: PropertyValues) => void) | undefined)?.(this, changed);
  }

  protected override render(): unknown {
    const view = this.view;
    const waiting = !view || !this.viewCanRender();
    this.setState('loading', waiting && !this.viewFailed);
    if (!waiting) return (view.render as (el: this) => unknown)(this);
    return this.viewFailed ? this.renderLoadError() : html`<p class="psw-view-status" part="loading" role="status">${this.placeholder.t('loading')}</p>`;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    (this.view?.updated as ((el: this, c: PropertyValues) => void) | undefined)?.(this, changed);
  }

  private renderLoadError(): TemplateResult {
    const retry = () => {
      this.viewFailed = false;
      this.requestUpdate();
      void this.whenView(true);
    };
    return html`<div class="psw-view-status psw-view-error" part="load-error" role="alert">
      <p>${this.placeholder.t('loadFailed')}</p>
      <button type="button" @click=${retry}>${this.placeholder.t('retry')}</button>
    </div>`;
  }

  private attachView(view: V): void {
    if (this.view) return;
    this.view = view;
    this.viewFailed = false;
    (view.attach as ((el: this) => void) | undefined)?.(this);
    if (this.renderRoot) this.adoptViewStyles();
    this.requestUpdate();
  }

  /** The view's styles after the element's own, in the shadow root (constructable sheets: CSP-safe). */
  private adoptViewStyles(): void {
    const styles = this.view?.styles;
    if (!styles || this.viewStylesAdopted || !(this.renderRoot instanceof ShadowRoot)) return;
    this.viewStylesAdopted = true;
    const ctor = this.constructor as typeof PswLazyElement;
    adoptStyles(this.renderRoot, ctor.finalizeStyles([ctor.elementStyles, styles]));
  }
}
