/**
 * The organisation's logo for the Word export: only a PNG or JPEG given as a base64 `data:` URL is
 * used. Nothing is ever fetched: an http(s) address or a path is left out of the Word file (the
 * core has no network access of its own, and a profile must not make it reach an origin the host
 * did not name).
 *
 * The bytes are checked before they reach Word: the data must really start like a PNG or a JPEG,
 * and its width and height are read from the file (PNG's IHDR chunk, JPEG's start-of-frame marker),
 * so a truncated or mislabelled image is left out instead of making a file Word cannot open.
 */

export interface LogoImage {
  readonly type: 'png' | 'jpg';
  readonly data: Uint8Array;
  /** Size in pixels, as the file declares it. */
  readonly width: number;
  readonly height: number;
}

const DATA_URL = /^data:image\/(png|jpeg);base64,([A-Za-z0-9+/=\s]+)$/;

/** `atob` is in every browser and in Node 16+; the core's type library (ES2022) does not declare it. */
const g = globalThis as { atob?: (text: string) => string };

function base64Bytes(text: string): Uint8Array | undefined {
  if (typeof g.atob !== 'function') return undefined;
  try {
    const binary = g.atob(text.replace(/\s+/g, ''));
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  } catch {
    return undefined;
  }
}

const u16 = (b: Uint8Array, i: number): number => (b[i]! << 8) | b[i + 1]!;
const u32 = (b: Uint8Array, i: number): number => ((b[i]! << 24) >>> 0) + (b[i + 1]! << 16) + (b[i + 2]! << 8) + b[i + 3]!;

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function pngSize(b: Uint8Array): { width: number; height: number } | undefined {
  if (b.length < 24 || PNG_SIGNATURE.some((v, i) => b[i] !== v)) return undefined;
  // The first chunk is IHDR: length (4), "IHDR" (4), width (4), height (4).
  if (String.fromCharCode(b[12]!, b[13]!, b[14]!, b[15]!) !== 'IHDR') return undefined;
  return { width: u32(b, 16), height: u32(b, 20) };
}

/** Start-of-frame markers (baseline, progressive and the rarer kinds), which hold the image size. */
const SOF = new Set([0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf]);

function jpegSize(b: Uint8Array): { width: number; height: number } | undefined {
  if (b.length < 4 || b[0] !== 0xff || b[1] !== 0xd8) return undefined;
  let i = 2;
  while (i + 9 < b.length) {
    if (b[i] !== 0xff) return undefined;
    const marker = b[i + 1]!;
    if (marker === 0xff) { i += 1; continue; } // fill byte
    if (SOF.has(marker)) return { height: u16(b, i + 5), width: u16(b, i + 7) };
    if (marker === 0xd9 || marker === 0xda) return undefined; // end of image, or image data before any frame header
    i += 2 + u16(b, i + 2);
  }
  return undefined;
}

/** The logo as an image Word can embed, or undefined when `src` is not a usable PNG or JPEG data: URL. */
export function logoImage(src: string): LogoImage | undefined {
  const m = DATA_URL.exec(src);
  if (!m) return undefined;
  const data = base64Bytes(m[2]!);
  if (!data) return undefined;
  const type = m[1] === 'png' ? 'png' : 'jpg';
  const size = type === 'png' ? pngSize(data) : jpegSize(data);
  if (!size || size.width < 1 || size.height < 1) return undefined;
  return { type, data, ...size };
}

/** Width and height scaled to fit a box (never enlarged), in whole pixels. */
export function fitInto(size: { width: number; height: number }, box: { width: number; height: number }): { width: number; height: number } {
  const scale = Math.min(1, box.width / size.width, box.height / size.height);
  return { width: Math.max(1, Math.round(size.width * scale)), height: Math.max(1, Math.round(size.height * scale)) };
}
