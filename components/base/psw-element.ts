import { LitElement, type CSSResultGroup } from 'lit';
import { VERSION } from '../../src/version.js';
import { hostStyles } from './host.styles.js';

const WARNED = Symbol.for('psw-role-kit/define-warned');

/** Something an element needs that may still be on its way: a promise while it is, else undefined. */
export type ReadinessCheck = () => Promise<unknown> | undefined;

/**
 * The base of every psw-role-kit element: shared host styles, the package version, a `define()`
 * that is safe when a page loads the bundle twice, helpers for custom states, and an
 * `updateComplete` that also waits for what the element loads lazily (its view, its document, the
 * assessment), so `await el.updateComplete` means "rendered with everything it needs".
 */
export class PswElement extends LitElement {
  /** The psw-role-kit version that defined this class. */
  static readonly version: string = VERSION;

  static override styles: CSSResultGroup = [hostStyles];

  /**
   * Registers the element. A page that loads the bundle twice keeps working: when the tag already
   * exists with the same version this does nothing; with another version it warns once (for the
   * whole page) and keeps the first definition, since a tag cannot be redefined.
   */
  static define(tag: string, ctor: CustomElementConstructor = this): void {
    const registry = globalThis.customElements;
    if (!registry) return;
    const existing = registry.get(tag) as (CustomElementConstructor & { version?: string }) | undefined;
    if (!existing) {
      registry.define(tag, ctor);
      return;
    }
    if (existing === ctor || existing.version === VERSION) return;
    const g = globalThis as unknown as Record<symbol, boolean>;
    if (g[WARNED]) return;
    g[WARNED] = true;
    console.warn(
      `psw-role-kit ${VERSION}: <${tag}> is already defined by ${existing.version ? `psw-role-kit ${existing.version}` : 'another script'}; ` +
        'the elements of the first copy loaded stay in use. Load one copy of psw-role-kit per page.',
    );
  }

  private internalsCache?: ElementInternals;
  private readonly readiness: ReadinessCheck[] = [() => (this.work.size ? Promise.allSettled(this.work) : undefined)];
  private readonly work = new Set<Promise<unknown>>();

  /**
   * Holds `updateComplete` back while `check` returns a promise: `updateComplete` awaits it, lets
   * the element render again and asks again. For controllers (DocumentController registers one)
   * and subclasses (PswLazyElement: the view); not for host pages.
   * @internal
   */
  holdUpdateComplete(check: ReadinessCheck): void {
    this.readiness.push(check);
  }

  /**
   * Holds `updateComplete` back until `work` settles, like `ExtendableEvent.waitUntil`: for a user
   * action that waits for a lazy part (e.g. a template picked: `this.waitUntil(apply())`), so tests
   * and host pages that `await el.updateComplete` after the click see its result. Returns `work`.
   * @internal
   */
  waitUntil<T>(work: Promise<T>): Promise<T> {
    this.work.add(work);
    const done = () => void this.work.delete(work);
    work.then(done, done);
    return work;
  }

  /** Resolves when the element has rendered with everything it was waiting for (see `holdUpdateComplete`). */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    // Bounded, so a check that keeps finding new work cannot hold a caller forever.
    for (let round = 0; round < 8 && this.isConnected; round++) {
      const waits = this.readiness.map((check) => check()).filter((w) => w !== undefined);
      if (!waits.length) break;
      await Promise.all(waits);
      done = await super.getUpdateComplete();
    }
    return done;
  }

  /** ElementInternals, attached on first use (custom states, form association). */
  protected get internals(): ElementInternals {
    this.internalsCache ??= this.attachInternals();
    return this.internalsCache;
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
