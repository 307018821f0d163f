/**
 * How the Word file is made: `toDocx`, which fetches the Word writer (a separate chunk of the
 * drop-in bundle) on first use. Kept in an object so tests can stand in a writer whose chunk fails
 * to load; not part of the public API.
 */
import { toDocx } from '../../src/export/docx.js';
import type { RoleDocument } from '../../src/model/schema.js';

export const wordExport: { render: (doc: RoleDocument) => Promise<Uint8Array> } = {
  render: (doc) => toDocx(doc),
};

/** Whether an error is a lazily loaded module that did not arrive (offline, blocked, a new deploy). */
export function isChunkLoadError(error: unknown): boolean {
  return error instanceof TypeError && /dynamically imported module|import|fetch/i.test(error.message);
}
