/**
 * Documents the database holds keep the schema version they were written in. One written by an
 * earlier release (a role document of an older version, or a profile whose templates are) is
 * brought up to the current version as it is read, through the same parsers as a request body;
 * the row itself is rewritten at its next write.
 */
import { parseOrganisationProfile, parseRoleDocument, SCHEMA_VERSION, type OrganisationProfile, type RoleDocument } from '../src/index.js';

/** A stored role document, current. It was valid when stored: one that no longer reads is a fault of the server. */
export function readStoredDocument(json: string): RoleDocument {
  const value = JSON.parse(json) as RoleDocument;
  if (value.schemaVersion === SCHEMA_VERSION) return value;
  const parsed = parseRoleDocument(value);
  if (!parsed.ok) throw new Error(`A stored role document of schema version ${String(value.schemaVersion)} could not be updated: ${parsed.issues.map((i) => i.message).join(' ')}`);
  return parsed.document;
}

/** The stored organisation profile, its templates' documents current. */
export function readStoredProfile(json: string): OrganisationProfile {
  const value = JSON.parse(json) as OrganisationProfile;
  if (!(value.templates?.add ?? []).some((t) => t.document?.schemaVersion !== SCHEMA_VERSION)) return value;
  const parsed = parseOrganisationProfile(value);
  if (!parsed.ok) throw new Error(`The stored organisation profile could not be updated: ${parsed.issues.map((i) => i.message).join(' ')}`);
  return parsed.profile;
}
