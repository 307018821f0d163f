/**
 * Captures what would be downloaded: the Blob handed to `URL.createObjectURL` and the anchor's
 * download name and address, instead of the browser saving a file. Call `restore()` afterwards.
 */
export function interceptDownloads() {
  const saved: { blob: Blob; filename: string; href: string }[] = [];
  const blobs = new Map<string, Blob>();
  const create = URL.createObjectURL;
  const revoke = URL.revokeObjectURL;
  const click = HTMLAnchorElement.prototype.click;
  let n = 0;
  URL.createObjectURL = (obj: Blob | MediaSource) => {
    const url = `blob:test/${n++}`;
    blobs.set(url, obj as Blob);
    return url;
  };
  URL.revokeObjectURL = () => {};
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    saved.push({ blob: blobs.get(this.href)!, filename: this.download, href: this.href });
  };
  return {
    saved,
    restore() {
      URL.createObjectURL = create;
      URL.revokeObjectURL = revoke;
      HTMLAnchorElement.prototype.click = click;
    },
  };
}
