/**
 * The part of `<psw-role-document>` that binds it to a library entry and stays in the drop-in
 * entry: it loads the binding (./library-binding.ts, a lazy chunk) only when `library-id` is set.
 */
import type { StorageLike } from '../../src/store/persistence.js';
import type { SharedDocument } from '../document-runtime/shared-document.js';
import type { LibraryBinding } from './library-binding.js';
import type { PswRoleDocument } from './role-document.component.js';

/** The tab's own storage (survives a reload, not shared with other tabs), if the browser allows it. */
export function sessionStore(): StorageLike | undefined {
  try {
    const s = window.sessionStorage;
    return { getItem: (k) => s.getItem(k), setItem: (k, v) => s.setItem(k, v), removeItem: (k) => s.removeItem(k) };
  } catch {
    return undefined;
  }
}

export class LibraryLink {
  binding?: LibraryBinding;
  private loading?: Promise<LibraryBinding>;

  constructor(private readonly host: PswRoleDocument) {}

  load(): Promise<LibraryBinding> {
    return (this.loading ??= import('./library-binding.js').then((m) => {
      this.binding = new m.LibraryBinding(this.host, this.host.libraryId!);
      this.host.requestUpdate();
      return this.binding;
    }));
  }

  /** The first document is in place: compare it with the entry when it did not come from there. */
  start(shared: SharedDocument): Promise<void> {
    return Promise.all([this.load(), shared.documentReady]).then(([b]) => b.reconcile(shared.document!));
  }

  /** `library-id` (or the store) changed after the first render: bind to that entry. */
  async rebind(shared: SharedDocument): Promise<void> {
    await this.binding?.flush();
    this.binding?.dispose();
    this.loading = undefined;
    this.binding = undefined;
    shared.storageKey = undefined;
    const binding = await this.load();
    await shared.documentReady;
    await binding.reconcile(shared.document!, true);
    shared.storageKey = this.host.storageKey || this.host.libraryDraftKey;
  }
}
