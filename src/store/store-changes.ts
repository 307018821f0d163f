/**
 * Who to tell when a store changed: listeners in this page, and other tabs through a
 * BroadcastChannel of the given name (where the runtime has one). Used by `IdbRoleStore`.
 */

/** What happened in the store: `id` was written, removed or restored (here or in another tab). */
export type StoreChangeListener = (change: { id?: string }) => void;

interface ChannelLike { postMessage(v: unknown): void; close(): void; onmessage: ((e: { data: unknown }) => void) | null }
type ChannelCtor = new (name: string) => ChannelLike;

export class StoreChanges {
  private readonly listeners = new Set<StoreChangeListener>();
  private channel?: ChannelLike;

  constructor(private readonly channelName: string) {}

  /** Calls `fn` after every change, here or in another tab. Returns an unsubscribe. */
  subscribe(fn: StoreChangeListener): () => void {
    this.listeners.add(fn);
    this.listen();
    return () => this.listeners.delete(fn);
  }

  close(): void {
    this.channel?.close();
    this.channel = undefined;
  }

  private listen(): void {
    if (this.channel) return;
    const Channel = (globalThis as unknown as { BroadcastChannel?: ChannelCtor }).BroadcastChannel;
    if (!Channel) return;
    this.channel = new Channel(this.channelName);
    this.channel.onmessage = (e) => {
      const id = (e.data as { id?: unknown } | null)?.id;
      this.emit(typeof id === 'string' ? { id } : {});
    };
  }

  notify(id: string | undefined): void {
    this.emit(id === undefined ? {} : { id });
    try {
      this.channel?.postMessage(id === undefined ? {} : { id });
    } catch {
      /* another tab is told on its next look */
    }
  }

  private emit(change: { id?: string }): void {
    for (const fn of [...this.listeners]) {
      try {
        fn(change);
      } catch (error) {
        console.error(error);
      }
    }
  }
}
