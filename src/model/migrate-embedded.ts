/**
 * Role documents embedded in other files. A module of its own, apart from ./migrations.ts: only the
 * organisation profile's reader (a lazy part of the drop-in bundle) uses it, and the parser's
 * module, which every page has, need not carry it.
 */
import { DOCUMENT_KIND, SCHEMA_VERSION } from './constants.js';
import { migrate } from './migrations.js';
import { isObject } from './plain-data.js';

/**
 * A role document embedded in another file (an organisation profile's template), brought up to
 * SCHEMA_VERSION before that file's schema checks it, as `parseRoleDocument` does for a document
 * on its own. Anything else (not a role document, a malformed, current or newer version, a
 * missing step) is returned as it is, for the schema to judge.
 */
export function migrateEmbedded(value: unknown): unknown {
  if (!isObject(value) || value.kind !== DOCUMENT_KIND) return value;
  const v = value.schemaVersion;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v >= SCHEMA_VERSION) return value;
  const m = migrate(value, v);
  return m.ok ? m.doc : value;
}
