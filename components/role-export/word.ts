/**
 * How the Word file is made: `toDocx` (src/export/docx.ts, with the job-description model), loaded
 * on first use; it fetches the Word writer (a separate chunk of the drop-in bundle) in turn. Kept in
 * an object so tests can stand in a writer whose chunk fails to load; not part of the public API.
 */
import type { Audience } from '../../src/export/jd-model-types.js';
import type { RoleDocument } from '../../src/model/schema.js';
import type { OrganisationProfile } from '../../src/organisation/schema.js';

export const wordExport: { render: (doc: RoleDocument, organisation?: OrganisationProfile, audience?: Audience) => Promise<Uint8Array> } = {
  render: async (doc, organisation, audience) => (await import('../../src/export/docx.js')).toDocx(doc, { organisation, audience }),
};

/** The MIME type of a .docx file, from the module that makes it (loaded on first use, like the writer). */
export async function wordMimeType(): Promise<string> {
  return (await import('../../src/export/docx.js')).DOCX_MIME_TYPE;
}

/** Whether an error is a lazily loaded module that did not arrive (offline, blocked, a new deploy). */
export function isChunkLoadError(error: unknown): boolean {
  return error instanceof TypeError && /dynamically imported module|import|fetch/i.test(error.message);
}
