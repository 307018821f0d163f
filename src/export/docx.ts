/**
 * The job description + person specification as a Word document.
 *
 * The writer (and the `docx` library with it) is loaded on first use with a dynamic import, so
 * bundlers put it in its own chunk: pages that never export to Word never download it.
 */
import type { RoleDocument } from '../model/schema.js';
import { withAssessment } from './jd-assess-option.js';
import { jobDescriptionModel, type JobDescriptionOptions } from './jd-model.js';

/** MIME type of a .docx file, for downloads (`new Blob([bytes], { type: DOCX_MIME_TYPE })`). */
export const DOCX_MIME_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * The bytes of a .docx file holding the role's job description and person specification (A4): the
 * candidate's by default, the internal record (with the assessment summary) with
 * `{ audience: "internal" }`. Every page has a footer (job title, reference, version date, page X of
 * Y). With `{ organisation }`: the effective document, the organisation's header lines and sections,
 * and a page header (logo when a PNG or JPEG data: URL, name).
 */
export async function toDocx(doc: RoleDocument, options: JobDescriptionOptions = {}): Promise<Uint8Array> {
  const model = jobDescriptionModel(doc, withAssessment(doc, options));
  const { renderDocx } = await import('./docx-writer.js');
  return renderDocx(model);
}
