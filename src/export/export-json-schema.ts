/**
 * The JSON Schema of the canonical export (`psw-role-kit/export.schema.json`), generated from the
 * zod schema. Build-time and Node use only: `z.toJSONSchema` adds about 6 KB to a bundle, so this
 * module is not exported from any entry point that goes into the browser bundle.
 *
 * The document's schema is embedded (not `$ref`-ed to schema.json), so the file validates on its own
 * with any JSON Schema 2020-12 validator. What JSON Schema cannot express (unique ids within a list,
 * one boundary per catalogue topic, salary minimum not above maximum) only the parser checks.
 */
import { distinctAsUniqueItems } from '../model/json-schema.js';
import { z } from '../model/zod.js';
import { ExportEnvelopeSchema } from './envelope-schema.js';

export const EXPORT_SCHEMA_ID = 'urn:psw-role-kit:export-schema:v1';

/** The export envelope's JSON Schema (draft 2020-12), as a plain object ready for JSON.stringify. */
export function exportEnvelopeJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(ExportEnvelopeSchema, { target: 'draft-2020-12', unrepresentable: 'any', override: distinctAsUniqueItems }) as Record<string, unknown>;
  return {
    $schema: schema.$schema,
    $id: EXPORT_SCHEMA_ID,
    title: 'psw-role-kit job description export',
    description: 'A peer support worker role document with its assessment and provenance (kind "psw-job-description").',
    ...schema,
  };
}
