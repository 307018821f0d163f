/** The page's localStorage for autosave (documents and organisation profiles). */
import type { StorageLike } from '../../src/store/persistence.js';

/** localStorage, reached lazily: merely reading `window.localStorage` throws when storage is disabled. */
export function browserStorage(): StorageLike | undefined {
  if (typeof window === 'undefined') return undefined;
  return {
    getItem: (k) => window.localStorage.getItem(k),
    setItem: (k, v) => window.localStorage.setItem(k, v),
    removeItem: (k) => window.localStorage.removeItem(k),
  };
}
