/**
 * Elements whose view arrives as a lazy chunk.
 *
 * Each such element is two modules. `<name>.component.ts` is in the drop-in bundle's entry and
 * defines the tag at once: the class, its public properties, its DocumentController and the state
 * its view reads. `<name>.view.ts` is a chunk fetched when the first such element connects, once
 * per page (`lazyView(() => import('./x.view.js'))`, a module-level `LazyView`): it exports
 * `render(el)` and optionally `styles`, `attach(el)`, `willUpdate`/`updated` hooks and whatever else
 * the element calls once the view is there (see `ElementView`). The view imports the element only
 * as a type, so the class never moves into the chunk; the component file imports nothing heavy
 * (strings, styles, the assessment engine, templates and exports are the view's or lazy too), which
 * test/build/lazy-element-imports.test.mjs and size-budget.test.mjs check.
 *
 * `PswLazyElement` draws a one-line "Loading…" (role=status, `part="loading"`, `:state(loading)`)
 * until the view has arrived and `viewCanRender()` is true (e.g. the document is there), then calls
 * the view's `render`, adopts its `styles` (constructable sheets, so a strict CSP needs nothing
 * more) and forwards the lifecycle hooks. `updateComplete` resolves only once the element has
 * rendered with its view; `withView(fn)` runs `fn` at once when the view is here, else on arrival.
 *
 * When the chunk cannot be loaded, every element of that kind says so (role=alert,
 * `part="load-error"`) and offers "Try again"; a retry that brings the view shows it in all of
 * them. Browsers may remember a failed module import for the life of the page and fail the same URL
 * again without fetching it, so a retry imports the chunk under a fresh URL (`?retry=N`): the drop-in
 * build gives every view import's promise the chunk's absolute URL as `url` (rollup.config.js).
 * The chunk's own imports keep their URLs, so shared modules are not loaded twice. When the retry
 * fails as well — the connection is still down, or a shared chunk the view needs failed and stays
 * remembered — the message says to reload the page, and "Try again" stays only while a fresh URL
 * can be tried. Without a known URL (the library imported through another bundler) a retry calls
 * the importer again.
 *
 * Elements bound to the role document extend `PswDocumentElement` (./document-element.ts), which
 * adds the DocumentController, the status line's styles, the `readonly` state, `viewCanRender()`
 * (the document is there) and hands `psw-navigate` requests about its own document to the view's
 * `navigate(el, detail)`.
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

/** How loading a view failed: whether "Try again" failed too, and whether it can fetch the chunk anew. */
export interface ViewLoadFailure {
  /** A retry was made and failed as well. */
  readonly retried: boolean;
  /** Another retry fetches the chunk again (under a fresh URL, or as the first try). */
  readonly canRetry: boolean;
}

/** A dynamic import's promise; the drop-in build adds the imported chunk's absolute URL. */
type Importing<V> = Promise<V> & { url?: unknown };

/** One view module, fetched at most once per page and shared by every instance of the element. */
export class LazyView<V> {
  /** The module, once it has loaded. */
  module?: V;
  /** Set while the last attempt has failed. */
  failure?: ViewLoadFailure;
  #loading?: Promise<V | undefined>;
  /** The chunk's absolute URL, when the importer's promise carried it. */
  #url?: string;
  #retries = 0;
  readonly #watchers = new Set<() => void>();

  constructor(private readonly importer: () => Promise<V>) {}

  /**
   * Loads the module (once); resolves with it, or with undefined when it could not be loaded. After
   * a failure it does not try again by itself (every element on the page would): `retry()` does,
   * when a person asks.
   */
  load(): Promise<V | undefined> {
    if (this.module) return Promise.resolve(this.module);
    if (this.failure) return Promise.resolve(undefined);
    return (this.#loading ??= this.#settle(this.#importFirst(), false));
  }

  /** Tries to load the module again after a failure, under a fresh URL when the chunk's is known. */
  retry(): Promise<V | undefined> {
    if (this.module || this.#loading || !this.failure) return this.load();
    this.failure = undefined;
    this.#retries++;
    const again = this.#url ? import(/* @vite-ignore */ /* webpackIgnore: true */ freshUrl(this.#url, this.#retries)) : this.importer();
    this.#loading = this.#settle(again as Promise<V>, true);
    this.#changed();
    return this.#loading;
  }

  /**
   * Calls `fn` whenever the load changes (a retry starts, fails, or brings the module) until the
   * module is here: how every element of a kind follows one element's "Try again".
   */
  watch(fn: () => void): void {
    if (!this.module) this.#watchers.add(fn);
  }

  #changed(): void {
    const watchers = [...this.#watchers];
    if (this.module) this.#watchers.clear();
    for (const fn of watchers) fn();
  }

  #importFirst(): Promise<V> {
    const importing: Importing<V> = this.importer();
    if (typeof importing.url === 'string') this.#url = importing.url;
    return importing;
  }

  #settle(importing: Promise<V>, retried: boolean): Promise<V | undefined> {
    return importing.then(
      (module) => {
        this.module = module;
        this.#loading = undefined;
        this.#changed();
        return module;
      },
      (error: unknown) => {
        this.#loading = undefined;
        this.failure = { retried, canRetry: !retried || !!this.#url };
        console.error(
          `psw-role-kit: part of an element could not be loaded${retried ? ' again' : ''}. Check the connection, then ${this.failure.canRetry ? 'try again or ' : ''}reload the page.`,
          error,
        );
        this.#changed();
        return undefined;
      },
    );
  }
}

/** `url` with a query parameter that makes it a new module for the browser: `retry=n`. */
function freshUrl(url: string, n: number): string {
  const fresh = new URL(url);
  fresh.searchParams.set('retry', String(n));
  return fresh.href;
}

/** A module-level loader for a view: `const view = lazyView<View>(() => import('./x.view.js'));`. */
export const lazyView = <V>(importer: () => Promise<V>): LazyView<V> => new LazyView(importer);

export const lazyViewStrings = {
  loading: 'Loading…',
  loadFailed: 'This part of the page could not be loaded. Check your connection, then try again.',
  loadFailedAgain: 'This part of the page still could not be loaded. Check your connection, then reload the page.',
  retry: 'Try again',
} as const;
export const LAZY_VIEW_AREA = 'view';

const placeholderStyles = css`
  .psw-view-status {
    margin: 0;
    color: var(--_muted);
  }
  .psw-view-error {
    padding: calc(0.5 * var(--_psw-rem)) calc(0.75 * var(--_psw-rem));
    border-inline-start: 5px solid var(--_error);
    background: var(--_surface-alt);
    color: var(--_text);
  }
  .psw-view-error p {
    margin: 0 0 calc(0.5 * var(--_psw-rem));
  }
`;

/**
 * An element whose view (templates, handlers, strings, styles) is a lazy chunk: see the comment at
 * the top of this file. `V` is the view module's type (`typeof import('./x.view.js')`).
 *
 * @csspart loading - The one-line "Loading…" shown until the element's view and document are here.
 * @csspart load-error - The message (and, while another try can fetch it, "Try again") shown when the view could not be loaded.
 * @cssstate loading - The element is waiting for its view or its document.
 */
export abstract class PswLazyElement<V extends ElementView> extends PswElement {
  static override styles: CSSResultGroup = [PswElement.styles, placeholderStyles];

  /** The module-level loader of the element's view. */
  protected abstract readonly viewLoader: LazyView<V>;
  /** The view, once it has arrived for this element. */
  protected view?: V;
  #watchingLoader = false;
  #viewStylesAdopted = false;
  readonly #placeholder = new Localizer(this, LAZY_VIEW_AREA, lazyViewStrings);

  constructor() {
    super();
    this.holdUpdateComplete(() => (this.view || this.viewLoader.failure ? undefined : this.whenView()));
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
      else this.followLoader();
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
    const failure = view ? undefined : this.viewLoader.failure;
    this.setState('loading', waiting && !failure);
    if (!waiting) return (view.render as (el: this) => unknown)(this);
    return failure ? this.#renderLoadError(failure) : html`<p class="psw-view-status" part="loading" role="status">${this.#placeholder.t('loading')}</p>`;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    (this.view?.updated as ((el: this, c: PropertyValues) => void) | undefined)?.(this, changed);
  }

  #renderLoadError(failure: ViewLoadFailure): TemplateResult {
    const retry = () => {
      void this.whenView(true);
      this.requestUpdate();
    };
    return html`<div class="psw-view-status psw-view-error" part="load-error" role="alert">
      <p>${this.#placeholder.t(failure.retried ? 'loadFailedAgain' : 'loadFailed')}</p>
      ${failure.canRetry ? html`<button type="button" @click=${retry}>${this.#placeholder.t('retry')}</button>` : ''}
    </div>`;
  }

  /** After a failure: show what any element's "Try again" brings (the view, "Loading…", a new message). */
  private followLoader(): void {
    this.requestUpdate();
    if (this.#watchingLoader) return;
    this.#watchingLoader = true;
    this.viewLoader.watch(() => {
      const module = this.viewLoader.module;
      if (module) this.attachView(module);
      else this.requestUpdate();
    });
  }

  private attachView(view: V): void {
    if (this.view) return;
    this.view = view;
    (view.attach as ((el: this) => void) | undefined)?.(this);
    if (this.renderRoot) this.adoptViewStyles();
    this.requestUpdate();
  }

  /** The view's styles after the element's own, in the shadow root (constructable sheets: CSP-safe). */
  private adoptViewStyles(): void {
    const styles = this.view?.styles;
    if (!styles || this.#viewStylesAdopted || !(this.renderRoot instanceof ShadowRoot)) return;
    this.#viewStylesAdopted = true;
    const ctor = this.constructor as typeof PswLazyElement;
    adoptStyles(this.renderRoot, ctor.finalizeStyles([ctor.elementStyles, styles]));
  }
}
