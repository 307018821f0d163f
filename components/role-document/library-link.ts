/**
 * The part of `<psw-role-document>` that binds it to a library entry and stays in the drop-in
 * entry: it loads the binding (./library-attach.ts and ./library-binding.ts, a lazy chunk) only when
 * `library-id` is set.
 */
import { html, nothing } from 'lit';
import type { StorageLike } from '../../src/store/persistence.js';
import type { SharedDocument } from '../document-runtime/shared-document.js';
import type { LibraryBinding } from './library-binding.js';
import type { PswRoleDocument } from './role-document.component.js';

/**
 * The binding's lazy chunk. Replaceable so tests can make its load fail; not part of the public API.
 * @internal
 */
export const libraryChunk = { attach: () => import('./library-attach.js') };

/** The tab's own storage (survives a reload, not shared with other tabs), if the browser allows it. */
export function sessionStore(): StorageLike | undefined {
  try {
    const s = window.sessionStorage;
    return { getItem: (k) => s.getItem(k), setItem: (k, v) => s.setItem(k, v), removeItem: (k) => s.removeItem(k) };
  } catch {
    return undefined;
  }
}

/** The document's library binding, loaded (a lazy chunk: ./library-attach.ts, ./library-binding.ts) only when `library-id` is set. */
export class LibraryLink {
  binding?: LibraryBinding;
  /** @internal The binding on its way (set by `load`, cleared by a rebind). */
  loading?: Promise<LibraryBinding>;
  /** The binding's chunk could not be fetched: the document is not the entry's (the host says so). */
  unreachable = false;

  constructor(readonly host: PswRoleDocument) {}

  load(): Promise<LibraryBinding> {
    return (this.loading ??= this.#attach().then((m) => m.bind(this)));
  }

  /** The first document is in place: compare it with the entry when it did not come from there. */
  start(shared: SharedDocument): Promise<void> {
    return this.#attach().then((m) => m.start(this, shared));
  }

  /** `library-id` (or the store) changed after the first render: bind to that entry. */
  rebind(shared: SharedDocument): Promise<void> {
    return this.#attach().then((m) => m.rebind(this, shared));
  }

  /**
   * What the document shows of its library: the binding's lines, or, when the binding's chunk could
   * not be fetched, that the document is an empty draft and not the entry (`unreachable()`: the words).
   */
  render(unreachable: () => string): unknown {
    if (this.binding) return this.binding.render();
    return this.unreachable
      ? html`<p class="psw-document-status" data-attention="true" part="library-status" role="alert">${unreachable()}</p>`
      : nothing;
  }

  #attach(): ReturnType<typeof libraryChunk.attach> {
    return libraryChunk.attach().catch((error: unknown) => {
      this.unreachable = true;
      this.host.requestUpdate();
      throw error;
    });
  }
}
