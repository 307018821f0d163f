/**
 * The JSON Schema of the organisation profile, generated from the zod schema at build time
 * (scripts/build-schema.mjs writes dist/organisation.schema.json, shipped as
 * `psw-role-kit/organisation.schema.json`). Kept out of the browser bundle, as
 * src/model/json-schema.ts is.
 */
import { distinctAsUniqueItems } from '../model/json-schema.js';
import { z } from '../model/zod.js';
import { OrganisationProfileSchema, PROFILE_KIND, PROFILE_SCHEMA_VERSION } from './schema.js';

export const PROFILE_SCHEMA_ID = 'psw-role-kit/organisation.schema.json';

/** What `parseOrganisationProfile` checks and the JSON Schema does not. */
export const PROFILE_PARSER_ONLY_CHECKS = [
  'ids are unique within each list (pay tables, organisation templates, standard clauses)',
  'a band\'s minimum is not above its maximum, a table lists each band once, a table\'s end date is not before its start, and no two tables of one scheme start on the same day',
  'asOf, the day the answers were last confirmed, and each answeredOn day are not in the future',
  'the balance thresholds (with the defaults for those left out) leave some balance a role can meet',
  'every organisation template\'s document passes the role document\'s own checks (psw-role-kit/schema.json and parseRoleDocument)',
  'no key is named __proto__, constructor or prototype, anywhere (including extensions)',
  'nesting is at most 32 levels deep and the profile at most 1 MiB',
  `older schema versions are migrated; the JSON Schema describes version ${PROFILE_SCHEMA_VERSION} only`,
] as const;

export function organisationProfileJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(OrganisationProfileSchema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'throw', override: distinctAsUniqueItems }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return {
    $schema,
    $id: PROFILE_SCHEMA_ID,
    title: `psw-role-kit organisation profile, schema version ${PROFILE_SCHEMA_VERSION}`,
    description: `What holds for a whole organisation, applied to every role designed with psw-role-kit: "kind" is "${PROFILE_KIND}". ` +
      `Generated from the zod schema. Checks only parseOrganisationProfile makes: ${PROFILE_PARSER_ONLY_CHECKS.join('; ')}.`,
    ...rest,
  };
}
