/**
 * Captures what would be downloaded: the Blob handed to `URL.createObjectURL` and the anchor's
 * download name and address, instead of the browser saving a file. `saving(n)` waits until `n` have
 * been saved (an export can wait for a lazy chunk first). Call `restore()` afterwards.
 */
export function interceptDownloads() {
  const saved: { blob: Blob; filename: string; href: string }[] = [];
  const blobs = new Map<string, Blob>();
  const create = URL.createObjectURL;
  const revoke = URL.revokeObjectURL;
  const click = HTMLAnchorElement.prototype.click;
  const waiting = new Set<() => void>();
  let n = 0;
  URL.createObjectURL = (obj: Blob | MediaSource) => {
    const url = `blob:test/${n++}`;
    blobs.set(url, obj as Blob);
    return url;
  };
  URL.revokeObjectURL = () => {};
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    saved.push({ blob: blobs.get(this.href)!, filename: this.download, href: this.href });
    for (const wake of waiting) wake();
    waiting.clear();
  };
  return {
    saved,
    async saving(count = 1) {
      while (saved.length < count) await new Promise<void>((wake) => waiting.add(wake));
    },
    restore() {
      URL.createObjectURL = create;
      URL.revokeObjectURL = revoke;
      HTMLAnchorElement.prototype.click = click;
    },
  };
}
