/**
 * `exportJobDescription(doc, options?)`: the canonical export with the role's assessment (./envelope.ts).
 *
 * Kept apart from ./envelope.ts so the envelope stays pure and testable without the assessment
 * engine; this file is the only one in src/export that imports it.
 */
import { assessRole } from '../assess/index.js';
import type { Policy } from '../assess/types.js';
import type { RoleDocument } from '../model/schema.js';
import { makeExportEnvelope, type ExportEnvelope, type ExportOptions } from './envelope.js';

export interface ExportJobDescriptionOptions extends ExportOptions {
  /** The organisation's thresholds for the assessment (see `defaultPolicy`); defaults apply otherwise. */
  policy?: Partial<Policy>;
}

export function exportJobDescription(doc: RoleDocument, options: ExportJobDescriptionOptions = {}): ExportEnvelope {
  const { policy, ...rest } = options;
  return makeExportEnvelope(doc, assessRole(doc, policy), rest);
}
