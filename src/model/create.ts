/**
 * `createRoleDocument()`: a new, canonical document. Canonical means every section object and
 * every list is present, optional scalars are absent (never `undefined` or ""), keys are in schema
 * order, and the JSON text parses back to an equal document.
 *
 * Unlike parsing, this function throws on bad arguments: they are a programmer's mistake, not
 * user input. An unknown template id, an invalid `now` or an invalid `id` throw a TypeError.
 */
import { SETTING_IDS, type SettingId } from '../catalogue/ids.js';
import { buildTemplate, templateSpecs, type TemplateBody } from '../catalogue/templates/index.js';
import { newId } from './ids.js';
import { toPlainData } from './plain-data.js';
import { DOCUMENT_KIND, IdSchema, RoleDocumentSchema, SCHEMA_VERSION, TimestampSchema, type RoleDocument } from './schema.js';

export interface CreateOptions {
  /** A settings catalogue id: start from that setting's template instead of an empty draft. */
  template?: SettingId;
  /** The creation time (default: now); becomes `meta.createdAt` and `meta.updatedAt`. */
  now?: Date | string;
  /** The document id (default: a new random id). */
  id?: string;
}

const EMPTY: TemplateBody = {
  context: {}, role: {}, duties: [], boundaries: [], supervision: { arrangements: [] },
  training: { peerSpecific: [] }, team: {}, leadership: {}, employment: {}, progression: { steps: [] },
  wellbeing: {}, recruitment: { personSpec: { essential: [], desirable: [] } },
};

export function createRoleDocument(options: CreateOptions = {}): RoleDocument {
  const { template, now = new Date(), id = newId() } = options;
  if (template !== undefined && !(SETTING_IDS as readonly string[]).includes(template)) {
    throw new TypeError(`createRoleDocument: unknown template "${String(template)}"; use a settings catalogue id (${SETTING_IDS.join(', ')})`);
  }
  const timestamp = now instanceof Date ? (Number.isNaN(now.getTime()) ? '' : now.toISOString()) : now;
  if (!TimestampSchema.safeParse(timestamp).success) {
    throw new TypeError(`createRoleDocument: "now" must be a valid Date or an ISO 8601 timestamp, got ${String(now)}`);
  }
  if (!IdSchema.safeParse(id).success) {
    throw new TypeError(`createRoleDocument: "id" must be 1–64 letters, digits, ".", "_", ":" or "-", got ${JSON.stringify(id)}`);
  }
  const body = template ? buildTemplate(template, templateSpecs[template], () => newId()) : EMPTY;
  const draft = {
    kind: DOCUMENT_KIND, schemaVersion: SCHEMA_VERSION, id,
    meta: { status: 'draft', createdAt: timestamp, updatedAt: timestamp },
    ...body,
  };
  // Dropping undefined fields and running the schema give the canonical form (and prove templates valid).
  return RoleDocumentSchema.parse(toPlainData(draft, true).value);
}
