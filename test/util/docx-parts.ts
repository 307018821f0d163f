/**
 * The parts of a .docx file, read with JSZip (which the `docx` library itself depends on). Node only,
 * like mammoth: the module name is built at run time so browser bundlers skip it.
 */
interface ZipFile { dir: boolean; async(t: 'string'): Promise<string> }

async function openZip(bytes: Uint8Array): Promise<Record<string, ZipFile>> {
  const name = 'js' + 'zip';
  const mod = (await import(/* @vite-ignore */ name)) as { default?: unknown };
  const JSZip = (mod.default ?? mod) as { loadAsync(b: Uint8Array): Promise<{ files: Record<string, ZipFile> }> };
  return (await JSZip.loadAsync(bytes)).files;
}

/** The text of every XML part (`.xml` and `.rels`), by path. */
export async function xmlParts(bytes: Uint8Array): Promise<Map<string, string>> {
  const parts = new Map<string, string>();
  for (const [path, file] of Object.entries(await openZip(bytes))) {
    if (!file.dir && /\.(xml|rels)$/.test(path)) parts.set(path, await file.async('string'));
  }
  return parts;
}

/** The path of every file in the package. */
export async function partNames(bytes: Uint8Array): Promise<string[]> {
  return Object.entries(await openZip(bytes)).filter(([, f]) => !f.dir).map(([p]) => p);
}
