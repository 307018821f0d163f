/**
 * Reading a .docx file back in the core tests (Node): its parts with JSZip (which the `docx` library
 * itself depends on), its text with mammoth.
 */
import JSZip from 'jszip';
import mammoth from 'mammoth';

async function files(bytes: Uint8Array): Promise<[string, JSZip.JSZipObject][]> {
  return Object.entries((await JSZip.loadAsync(bytes)).files).filter(([, f]) => !f.dir);
}

/** The text of every XML part (`.xml` and `.rels`), by path. */
export async function xmlParts(bytes: Uint8Array): Promise<Map<string, string>> {
  const parts = new Map<string, string>();
  for (const [path, file] of await files(bytes)) if (/\.(xml|rels)$/.test(path)) parts.set(path, await file.async('string'));
  return parts;
}

/** The path of every file in the package. */
export async function partNames(bytes: Uint8Array): Promise<string[]> {
  return (await files(bytes)).map(([p]) => p);
}

/** The document's text as mammoth reads it (paragraphs, tables and lists; no headers or footers). */
export async function rawText(bytes: Uint8Array): Promise<string> {
  return (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
}
