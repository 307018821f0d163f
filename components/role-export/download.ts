/**
 * Saving a file from the page: a Blob, an object URL and a temporary `<a download>` clicked once
 * (no data: or javascript: URLs, so it works under a strict Content-Security-Policy and Trusted
 * Types). The object URL is released a minute later, when every browser has started the download.
 */
export function saveBlob(container: ParentNode & Node, blob: Blob, filename: string): void {
  const doc = container.ownerDocument ?? document;
  const url = URL.createObjectURL(blob);
  const a = doc.createElement('a');
  a.href = url;
  a.download = filename;
  a.hidden = true;
  container.appendChild(a);
  try {
    a.click();
  } finally {
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
}

/** A byte count as people read it: "850 KB", "2.4 MB". */
export function formatSize(bytes: number, lang: string): string {
  const mb = bytes / (1024 * 1024);
  const nf = (n: number, digits: number) => new Intl.NumberFormat(lang, { maximumFractionDigits: digits }).format(n);
  return mb >= 1 ? `${nf(mb, 1)} MB` : `${nf(Math.max(1, Math.round(bytes / 1024)), 0)} KB`;
}
