/**
 * Whether the binding that wrote a copy of unsent edits (./unsent-copy.ts) is still alive, as the
 * browser knows it (Web Locks): each binding holds a lock named after its owner id while it lives, and
 * the browser lets go of it when the tab goes, also when the tab's last writes (on pagehide) never
 * reached storage, or the tab crashed. Without Web Locks (a page that is not a secure context, an older
 * browser) nothing is held or watched, and a copy's `released` mark alone tells.
 */
const NAME = 'psw-role-kit:unsent-owner:';

/** The browser's lock manager; undefined where the page is not a secure context. */
const locks = (): LockManager | undefined => (navigator as Navigator & { locks?: LockManager }).locks;

export class OwnerLocks {
  private readonly alive = new AbortController();
  private readonly watched = new Set<string>();

  /** Holds the lock of `owner` (this binding) until `dispose`. */
  constructor(owner: string) {
    const signal = this.alive.signal;
    locks()?.request(NAME + owner, { signal }, () => new Promise<void>((resolve) => signal.addEventListener('abort', () => resolve())))
      .catch(() => undefined);
  }

  /** Calls `gone` once the binding `owner` is gone (at once when it already is), unless this one is disposed first. */
  watch(owner: string, gone: () => void): void {
    if (this.watched.has(owner)) return;
    this.watched.add(owner);
    const signal = this.alive.signal;
    locks()?.request(NAME + owner, { signal }, () => void (signal.aborted || gone())).catch(() => undefined);
  }

  dispose(): void {
    this.alive.abort();
  }
}
