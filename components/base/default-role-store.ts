/**
 * The default RoleStore of the elements: the IndexedDB library of this browser, one instance per
 * database name and page, so a library and a bound document on one page see each other's writes
 * at once (other tabs are told through a BroadcastChannel). Loaded lazily with the views that
 * use it, never by the drop-in entry.
 */
import { DEFAULT_DATABASE, IdbRoleStore } from '../../src/store/idb-role-store.js';
import { assessIfLoaded } from '../document-runtime/core-deps.js';

const stores = new Map<string, IdbRoleStore>();

export function defaultRoleStore(name: string = DEFAULT_DATABASE): IdbRoleStore {
  let store = stores.get(name);
  if (!store) {
    store = new IdbRoleStore({ name, readiness: (doc) => assessIfLoaded(doc)?.readiness });
    stores.set(name, store);
  }
  return store;
}

/** Whether `store` can say when it changed (the IndexedDB store can). */
export function watchStore(store: unknown, fn: (change: { id?: string }) => void): (() => void) | undefined {
  const s = store as { onChange?: (f: (change: { id?: string }) => void) => () => void };
  return typeof s.onChange === 'function' ? s.onChange(fn) : undefined;
}
