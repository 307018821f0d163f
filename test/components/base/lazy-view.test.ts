// PswLazyElement: the element is defined at once and its view (templates, styles, hooks) arrives
// later, loaded once for every instance; "Loading…" meanwhile, a message with "Try again" when the
// view cannot be loaded (a retry imports the chunk under a fresh URL when its URL is known; a retry
// that fails too says to reload the page), and an updateComplete that resolves only after rendering
// with the view.
import { expect, fixture, html } from '@open-wc/testing';
import { css, html as litHtml, type PropertyValues } from 'lit';
import { lazyView, PswLazyElement, type LazyView } from '../../../components/base/lazy-view.js';

/** A view module as a test makes it: render, styles and the optional hooks, recording their calls. */
function makeView() {
  const calls: string[] = [];
  return {
    calls,
    render: (el: TestLazy) => litHtml`<p class="content">Hello ${el.who}</p><button type="button" @click=${() => el.clicked++}>Press</button>`,
    styles: css`
      .content {
        color: rgb(1, 2, 3);
      }
    `,
    attach: (el: TestLazy) => calls.push(`attach ${el.id}`),
    willUpdate: (el: TestLazy, changed: PropertyValues) => calls.push(`willUpdate ${el.id} ${changed.size}`),
    updated: (el: TestLazy) => calls.push(`updated ${el.id}`),
    ping: (el: TestLazy) => calls.push(`ping ${el.id}`),
  };
}
type View = ReturnType<typeof makeView>;

/** The loader the test element uses: each test swaps in its own importer. */
let importer: () => Promise<View> = () => Promise.resolve(makeView());
let loader: LazyView<View> = lazyView(() => importer());

class TestLazy extends PswLazyElement<View> {
  protected get viewLoader() {
    return loader;
  }
  who = 'world';
  clicked = 0;
  ready = true;
  /** What a psw-navigate handler does: act with the view, now or when it arrives. */
  ping() {
    this.withView((v) => v.ping(this));
  }
  protected override viewCanRender(): boolean {
    return this.ready;
  }
}
TestLazy.define('test-lazy-view');

declare global {
  interface HTMLElementTagNameMap {
    'test-lazy-view': TestLazy;
  }
}

/** An importer held back until the test lets it go (or fails it). */
function heldImporter() {
  let release!: (v: View) => void;
  let fail!: (e: unknown) => void;
  let asked = 0;
  const promise = new Promise<View>((resolve, reject) => {
    release = resolve;
    fail = reject;
  });
  return { importer: () => (asked++, promise), release, fail, asked: () => asked };
}

/** What the element shows: its view's content, else its placeholder. */
const text = (el: Element) => {
  const root = el.shadowRoot!;
  const content = root.querySelector('.content');
  return content ? `${content.textContent} ${root.querySelector('button')!.textContent}` : root.textContent!.replace(/\s+/g, ' ').trim();
};
const settle = () => new Promise((r) => setTimeout(r, 0));

describe('PswLazyElement', () => {
  let container: HTMLElement | undefined;
  afterEach(() => {
    container?.remove();
    container = undefined;
  });
  const place = (markup: string) => {
    container = document.createElement('div');
    container.innerHTML = markup;
    document.body.append(container);
    return container;
  };

  it('says "Loading…" until the view arrives, loads it once for every instance, then renders with its styles', async () => {
    const held = heldImporter();
    importer = held.importer;
    loader = lazyView(() => importer());
    const page = place('<test-lazy-view id="a"></test-lazy-view><test-lazy-view id="b"></test-lazy-view>');
    const [a, b] = [...page.querySelectorAll('test-lazy-view')];
    await settle();
    const status = a!.shadowRoot!.querySelector('[part="loading"]')!;
    expect(status.textContent).to.equal('Loading…');
    expect(status.getAttribute('role')).to.equal('status');
    expect(a!.matches(':state(loading)')).to.equal(true);
    await expect(a).to.be.accessible();

    let done = false;
    const complete = a!.updateComplete.then(() => (done = true));
    await settle();
    expect(done, 'updateComplete waits for the view').to.equal(false);
    const view = makeView();
    held.release(view);
    await complete;
    await b!.updateComplete;
    expect(held.asked()).to.equal(1, 'one load for the page');
    expect(text(a!)).to.equal('Hello world Press');
    expect(text(b!)).to.equal('Hello world Press');
    expect(a!.matches(':state(loading)')).to.equal(false);
    expect(getComputedStyle(a!.shadowRoot!.querySelector('.content')!).color).to.equal('rgb(1, 2, 3)', 'the view’s styles are adopted');
    expect(view.calls.filter((c) => c.startsWith('attach'))).to.deep.equal(['attach a', 'attach b'], 'attach once per element');
    expect(view.calls).to.include('updated a');

    // A later instance gets the loaded view at once, and the hooks follow every update.
    const late = document.createElement('test-lazy-view');
    late.id = 'c';
    page.append(late);
    await late.updateComplete;
    expect(text(late)).to.equal('Hello world Press');
    view.calls.length = 0;
    late.who = 'there';
    late.requestUpdate();
    await late.updateComplete;
    expect(text(late)).to.equal('Hello there Press');
    expect(view.calls).to.deep.equal(['willUpdate c 0', 'updated c']);
  });

  it('keeps "Loading…" while viewCanRender() says the element is not ready (e.g. no document yet)', async () => {
    importer = () => Promise.resolve(makeView());
    loader = lazyView(() => importer());
    const el = await fixture<TestLazy>(html`<test-lazy-view></test-lazy-view>`);
    el.ready = false;
    el.requestUpdate();
    await el.updateComplete;
    expect(text(el)).to.equal('Loading…');
    expect(el.matches(':state(loading)')).to.equal(true);
    el.ready = true;
    el.requestUpdate();
    await el.updateComplete;
    expect(text(el)).to.equal('Hello world Press');
  });

  it('withView acts at once when the view is here, and when it arrives otherwise', async () => {
    const held = heldImporter();
    importer = held.importer;
    loader = lazyView(() => importer());
    const page = place('<test-lazy-view id="w"></test-lazy-view>');
    const el = page.querySelector('test-lazy-view')!;
    const view = makeView();
    el.ping();
    expect(view.calls).to.deep.equal([]);
    held.release(view);
    await el.updateComplete;
    expect(view.calls.filter((c) => c.startsWith('ping'))).to.deep.equal(['ping w']);
    el.ping();
    expect(view.calls.filter((c) => c.startsWith('ping')), 'synchronously once loaded').to.deep.equal(['ping w', 'ping w']);
  });

  it('says so when the view cannot be loaded, does not retry by itself, and "Try again" brings it to every element', async () => {
    let attempts = 0;
    importer = () => (++attempts === 1 ? Promise.reject(new TypeError('Failed to fetch dynamically imported module')) : Promise.resolve(makeView()));
    loader = lazyView(() => importer());
    const logged: unknown[][] = [];
    const error = console.error;
    console.error = (...a: unknown[]) => logged.push(a);
    try {
      const page = place('<test-lazy-view id="one"></test-lazy-view><section><test-lazy-view id="two"></test-lazy-view></section>');
      const [one, two] = [...page.querySelectorAll('test-lazy-view')];
      await one!.updateComplete;
      await two!.updateComplete;
      const alert = one!.shadowRoot!.querySelector('[part="load-error"]')!;
      expect(alert.getAttribute('role')).to.equal('alert');
      expect(alert.textContent).to.match(/could not be loaded/);
      expect(two!.shadowRoot!.querySelector('[part="load-error"]'), 'every element says so').to.not.equal(null);
      expect(one!.matches(':state(loading)')).to.equal(false);
      await expect(one).to.be.accessible();
      one!.ping(); // nothing to act with, and no error either
      page.querySelector('section')!.append(one!); // moved: no new attempt by itself
      await one!.updateComplete;
      expect(attempts).to.equal(1);

      alert.querySelector('button')!.click();
      await one!.updateComplete;
      await two!.updateComplete;
      expect(attempts).to.equal(2);
      expect(text(one!)).to.equal('Hello world Press');
      expect(text(two!), 'the other element shows the view that arrived').to.equal('Hello world Press');
    } finally {
      console.error = error;
    }
    expect(logged).to.have.length(1);
    expect(String(logged[0]![0])).to.match(/could not be loaded/);
  });

  /** Runs `fn` with console.error recorded instead of printed; returns what was logged. */
  async function quietly(fn: () => Promise<void>): Promise<string[]> {
    const logged: string[] = [];
    const error = console.error;
    console.error = (...a: unknown[]) => logged.push(String(a[0]));
    try {
      await fn();
    } finally {
      console.error = error;
    }
    return logged;
  }
  /** A failed dynamic import, as the drop-in build makes it: the promise says where the chunk is. */
  const failedImport = (url?: string) =>
    Object.assign(Promise.reject(new TypeError('Failed to fetch dynamically imported module')), url ? { url } : {}) as Promise<View>;
  const alertOf = (el: Element) => el.shadowRoot!.querySelector('[part="load-error"]');
  const retryButton = (el: Element) => alertOf(el)?.querySelector('button') ?? null;

  it('"Try again" imports the chunk under a fresh URL when the import said where it is, without asking the importer again', async () => {
    // A browser may remember a failed import of a URL and fail it again without fetching: the
    // importer (which can only import that URL) is not asked again.
    let attempts = 0;
    importer = () => (attempts++, failedImport(new URL('./lazy-view-module.ts', import.meta.url).href));
    loader = lazyView(() => importer());
    await quietly(async () => {
      const el = await fixture<TestLazy>(html`<test-lazy-view></test-lazy-view>`);
      expect(alertOf(el)!.textContent).to.match(/could not be loaded\. Check your connection, then try again\./);
      retryButton(el)!.click();
      await el.updateComplete;
      expect(attempts).to.equal(1);
      expect(el.shadowRoot!.textContent).to.contain('Fresh view');
      expect((loader.module as unknown as { url: string }).url).to.match(/lazy-view-module\.ts\?retry=1$/);
    });
  });

  it('says to reload the page when the retry fails too, in every element, and keeps "Try again" while a fresh URL can be tried', async () => {
    const missing = new URL('./no-such-view-module.ts', import.meta.url).href;
    importer = () => failedImport(missing);
    loader = lazyView(() => importer());
    const logged = await quietly(async () => {
      const page = place('<test-lazy-view id="p"></test-lazy-view><test-lazy-view id="q"></test-lazy-view>');
      const [p, q] = [...page.querySelectorAll('test-lazy-view')];
      await p!.updateComplete;
      await q!.updateComplete;
      retryButton(p!)!.click();
      await p!.updateComplete;
      await q!.updateComplete;
      for (const el of [p!, q!]) {
        expect(alertOf(el)!.textContent).to.match(/still could not be loaded\. Check your connection, then reload the page\./);
        expect(retryButton(el), 'a fresh URL can still be tried').to.not.equal(null);
        expect(el.matches(':state(loading)')).to.equal(false);
      }
      await expect(p).to.be.accessible();
      retryButton(q!)!.click(); // the other element's button tries again too (retry=2), and fails
      await q!.updateComplete;
      expect(alertOf(p!)!.textContent).to.match(/still could not be loaded/);
    });
    expect(logged).to.have.length(3);
    expect(logged[1]).to.match(/could not be loaded again/);
  });

  it('without the chunk’s URL, a failed retry leaves only the advice to reload the page', async () => {
    let attempts = 0;
    importer = () => (attempts++, failedImport());
    loader = lazyView(() => importer());
    await quietly(async () => {
      const el = await fixture<TestLazy>(html`<test-lazy-view></test-lazy-view>`);
      retryButton(el)!.click();
      await el.updateComplete;
      expect(attempts).to.equal(2, 'the importer is asked again');
      expect(alertOf(el)!.textContent).to.match(/still could not be loaded\. Check your connection, then reload the page\./);
      expect(retryButton(el), 'no "Try again" that cannot work').to.equal(null);
      await expect(el).to.be.accessible();
    });
  });
});
