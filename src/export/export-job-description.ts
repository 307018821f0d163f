/**
 * `exportJobDescription(doc, options?)`: the canonical export with the role's assessment (./envelope.ts).
 *
 * Kept apart from ./envelope.ts so the envelope stays pure and testable without the assessment
 * engine; this file is the only one in src/export that imports it.
 */
import { assessRole } from '../assess/index.js';
import type { PolicyInput } from '../assess/types.js';
import type { RoleDocument } from '../model/schema.js';
import { applyOrganisation, profileDefaults } from '../organisation/apply.js';
import type { OrganisationProfile } from '../organisation/schema.js';
import { makeExportEnvelope, type ExportEnvelope, type ExportOptions } from './envelope.js';

export interface ExportJobDescriptionOptions extends Omit<ExportOptions, 'organisationProfile'> {
  /** The organisation's thresholds for the assessment (see `defaultPolicy`); defaults apply otherwise. */
  policy?: PolicyInput;
  /**
   * The organisation profile (from `parseOrganisationProfile`). The export's `document` is then the
   * effective document (the profile's facts fill what the role leaves unset), assessed with the
   * profile, and `provenance.organisationProfile` names the profile and the fields it filled.
   */
  organisation?: OrganisationProfile;
}

export function exportJobDescription(doc: RoleDocument, options: ExportJobDescriptionOptions = {}): ExportEnvelope {
  const { policy, organisation, ...rest } = options;
  if (!organisation) return makeExportEnvelope(doc, assessRole(doc, policy), rest);
  const effective = applyOrganisation(doc, organisation);
  return makeExportEnvelope(effective, assessRole(doc, { ...policy, organisation }), {
    ...rest,
    // What profileRef (src/organisation/schema.ts) gives, written out so this chunk does not load the profile's zod schema.
    organisationProfile: {
      id: organisation.id,
      name: organisation.organisation.name,
      asOf: organisation.asOf,
      filled: [...profileDefaults(doc, organisation).keys()],
    },
  });
}
