/**
 * A new canonical document from a body of sections, and the blank draft. Kept apart from
 * ./create.ts (which adds the setting templates) so code that never uses a template, such as the
 * elements' document providers, does not carry the templates: the drop-in bundle loads those
 * lazily (docs/bundle-size.md).
 *
 * Canonical means every section object and every list is present, optional scalars are absent
 * (never `undefined` or ""), keys are in schema order, and the JSON text parses back to an equal
 * document. Bad arguments throw a TypeError: they are a programmer's mistake, not user input.
 */
import { newId } from './ids.js';
import { toPlainData } from './plain-data.js';
import { DOCUMENT_KIND, SCHEMA_VERSION } from './constants.js';
import type { RoleDocument } from './schema.js';
import { check } from './checker.js';
import { IdCheck, RoleDocumentCheck, TimestampCheck } from './generated/role-document-check.js';
import { jsonText } from './json-text.js';

/** The sections of a document, without its kind, version, id and meta. */
export type DocumentBody = Omit<RoleDocument, 'kind' | 'schemaVersion' | 'id' | 'meta'>;

export interface BlankOptions {
  /** The creation time (default: now); becomes `meta.createdAt` and `meta.updatedAt`. */
  now?: Date | string;
  /** The document id (default: a new random id). */
  id?: string;
}

const EMPTY: DocumentBody = {
  context: {}, role: {}, duties: [], boundaries: [], supervision: { arrangements: [] },
  training: { peerSpecific: [] }, team: {}, leadership: {}, employment: {}, progression: { steps: [] },
  wellbeing: {}, recruitment: { personSpec: { essential: [], desirable: [] } },
};

/**
 * A canonical document holding `body` (the empty sections when omitted); `suggested` lists the
 * fields that hold a template's suggestion (`meta.suggested`).
 */
export function buildDocument(body: DocumentBody = EMPTY, options: BlankOptions = {}, caller = 'createRoleDocument', suggested?: readonly string[]): RoleDocument {
  const { now = new Date(), id = newId() } = options;
  const timestamp = now instanceof Date ? (Number.isNaN(now.getTime()) ? '' : now.toISOString()) : now;
  if (!check(TimestampCheck, timestamp).ok) {
    throw new TypeError(`${caller}: "now" must be a valid Date or an ISO 8601 timestamp, got ${String(now)}`);
  }
  if (!check(IdCheck, id).ok) {
    throw new TypeError(`${caller}: "id" must be 1–64 letters, digits, ".", "_", ":" or "-", got ${JSON.stringify(id)}`);
  }
  const draft = {
    kind: DOCUMENT_KIND, schemaVersion: SCHEMA_VERSION, id,
    meta: { status: 'draft', createdAt: timestamp, updatedAt: timestamp, suggested: suggested?.length ? [...suggested] : undefined },
    ...body,
  };
  // Dropping undefined fields and running the schema's checks give the canonical form (and prove
  // templates valid).
  const result = check<RoleDocument>(RoleDocumentCheck, toPlainData(draft, true).value);
  if (!result.ok) throw new TypeError(`${caller}: the document would not be valid: ${jsonText(result.issues)}`);
  return result.value;
}

/** An empty canonical draft: the same as `createRoleDocument()` without a template. */
export function createBlankDocument(options: BlankOptions = {}): RoleDocument {
  return buildDocument(EMPTY, options, 'createBlankDocument');
}
