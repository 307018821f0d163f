/** The organisation profile: schema, parsing of untrusted input, and how its answers reach a role. */
export * from './schema.js';
export { parseOrganisationProfile, type ProfileParseResult } from './parse.js';
export { profileMigrations, type ProfileMigration } from './migrations.js';
export { applyOrganisation, profileDefaults, PROFILE_DEFAULTS, PEER_SUPERVISION_TYPES, PEER_SUPERVISION_FIELDS } from './apply.js';
export { profileFieldLabels, describeProfilePath } from './field-labels.js';
