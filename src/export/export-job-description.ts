/**
 * `exportJobDescription(doc)`: the canonical export with the role's assessment (DESIGN.md §3).
 *
 * Kept apart from ./envelope.ts so the envelope stays pure and testable without the assessment
 * engine; this file is the only one in src/export that imports it.
 */
import { assessRole } from '../assess/index.js';
import type { RoleDocument } from '../model/schema.js';
import { makeExportEnvelope, type ExportEnvelope, type ExportOptions } from './envelope.js';

export function exportJobDescription(doc: RoleDocument, opts: ExportOptions = {}): ExportEnvelope {
  return makeExportEnvelope(doc, assessRole(doc), opts);
}
