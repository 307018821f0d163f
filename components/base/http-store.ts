/**
 * The RoleStore of an element's `src` (or a document's `library-src`): an `HttpRoleStore` for that
 * base URL, one instance per base and token on a page, so a library, a bound document and a compare
 * element pointed at the same server share it. Loaded lazily with the views that use it, never by the
 * drop-in entry.
 */
import { HttpRoleStore } from '../../src/store/http-role-store.js';
import type { RoleStore } from '../../src/store/role-store.js';

const stores = new Map<string, HttpRoleStore>();

/** The absolute form of `src` (relative to the page), so '/api' and 'api' on one page meet. */
function absolute(src: string): string {
  try {
    return new URL(src, document.baseURI).href.replace(/\/+$/, '');
  } catch {
    return src;
  }
}

export function httpRoleStore(src: string, token?: string): HttpRoleStore {
  const base = absolute(src);
  const key = `${base}\n${token ?? ''}`;
  let store = stores.get(key);
  if (!store) {
    store = new HttpRoleStore({ base, ...(token ? { token } : {}) });
    stores.set(key, store);
  }
  return store;
}

/** What an element with `store`, `src` and `token` reads from: `store` wins, then `src`; else undefined. */
export function storeFromSrc(el: { store?: RoleStore; token?: string }, src: string | undefined): RoleStore | undefined {
  return el.store ?? (src ? httpRoleStore(src, el.token) : undefined);
}
