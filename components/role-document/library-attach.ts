/**
 * Binding a `<psw-role-document>` to its library entry, and moving it to another entry: the part of
 * ./library-link.ts that only a document with `library-id` needs, in the binding's lazy chunk
 * (with ./library-binding.ts).
 */
import type { SharedDocument } from '../document-runtime/shared-document.js';
import { LibraryBinding } from './library-binding.js';
import type { LibraryLink } from './library-link.js';

/** The binding of the link's document to the entry `library-id` names. */
export function bind(link: LibraryLink): LibraryBinding {
  link.binding = new LibraryBinding(link.host, link.host.libraryId!);
  link.host.requestUpdate();
  return link.binding;
}

/** The first document is in place: compare it with the entry when it did not come from there. */
export async function start(link: LibraryLink, shared: SharedDocument): Promise<void> {
  const [binding] = await Promise.all([link.load(), shared.documentReady]);
  await binding.reconcile(shared.document!);
}

/** `library-id` (or the store) changed after the first render: bind to that entry. */
export async function rebind(link: LibraryLink, shared: SharedDocument): Promise<void> {
  await link.binding?.flush();
  link.binding?.dispose();
  link.loading = undefined;
  link.binding = undefined;
  shared.storageKey = undefined;
  const binding = await link.load();
  await shared.documentReady;
  // The tab's draft of the new entry is brought back by the binding, which compares it with the entry.
  const draftKey = () => void (shared.storageKey = link.host.storageKey || link.host.libraryDraftKey);
  await binding.reconcile(shared.document!, draftKey);
  draftKey();
}
