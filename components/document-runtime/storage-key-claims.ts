/**
 * Connected documents by autosave key. Storage events never reach the tab that wrote, so two
 * documents on one page with the same key would overwrite each other unnoticed: warn the developer.
 */
const liveKeys = new Map<string, object>();

/** `owner` (a connected document) autosaves under `key`; a second owner of the key is warned about. */
export function claimKey(key: string | undefined, owner: object): void {
  if (!key) return;
  const other = liveKeys.get(key);
  if (other && other !== owner) {
    console.warn(`psw-role-kit: two role documents on this page autosave under the same storage key "${key}"; give each its own storage-key.`);
  }
  liveKeys.set(key, owner);
}

/** `owner` no longer autosaves under `key` (it was disconnected). */
export function releaseKey(key: string | undefined, owner: object): void {
  if (key && liveKeys.get(key) === owner) liveKeys.delete(key);
}
