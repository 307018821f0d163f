/**
 * The OpenAPI 3.1 document of the REST API. Its schemas are generated from the zod schemas (the
 * core's document and profile schemas and server/api-schemas.ts) with zod's `toJSONSchema`, the
 * way src/model/json-schema.ts makes psw-role-kit/schema.json; the paths are written here.
 * scripts/build-server.mjs writes it to dist/openapi.json (`psw-role-kit/openapi.json`), and the
 * server serves it at /api/openapi.json.
 */
import { distinctAsUniqueItems } from '../src/model/json-schema.js';
import { z } from '../src/model/zod.js';
import { VERSION } from '../src/index.js';
import { COMPONENTS } from './api-schemas.js';

type Json = Record<string, unknown>;
const ref = (name: keyof typeof COMPONENTS) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: Json) => ({ 'application/json': { schema } });
const error = (description: string) => ({ description, content: json(ref('Error')) });
const ETAG = { ETag: { description: 'The revision, for If-Match on the next write.', schema: { type: 'string' } } };
const ok = (description: string, schema: Json, headers?: Json) => ({ description, content: json(schema), ...(headers ? { headers } : {}) });

const E = {
  400: error('A query parameter or the JSON is not right.'), 401: error('Not signed in.'), 403: error('Not allowed for this user.'),
  404: error('No such role, version or profile.'), 409: error('A role with this id exists already.'),
  412: error('Stale: someone else saved since the ETag sent; the response carries the current ETag.'),
  413: error('The body is larger than 1 MiB.'), 415: error('The body is not application/json in UTF-8, or it is compressed.'),
  422: error('The document is not valid; `issues` names each field.'), 428: error('If-Match is missing.'), 429: error('Too many writes in a minute.'),
};
const pick = (...codes: (keyof typeof E)[]) => Object.fromEntries(codes.map((k) => [String(k), E[k]]));
const idParam = { name: 'id', in: 'path', required: true, schema: { type: 'string' } };
const ifMatchHeader = { name: 'If-Match', in: 'header', required: true, schema: { type: 'string' }, description: 'The ETag read.' };
const page = [
  { name: 'cursor', in: 'query', schema: { type: 'string' }, description: 'nextCursor of the previous page.' },
  { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 200, default: 50 } },
];
const writes = [400, 401, 403, 413, 415, 422, 429] as const;

export function openApiDocument(): Json {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(COMPONENTS)) registry.add(schema, { id });
  const { schemas } = z.toJSONSchema(registry, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any', uri: (id) => `#/components/schemas/${id}`, override: distinctAsUniqueItems }) as { schemas: Record<string, Json> };
  for (const s of Object.values(schemas)) { delete s.$schema; delete s.$id; }
  return {
    openapi: '3.1.0',
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    info: {
      title: 'psw-role-kit REST API', version: VERSION,
      description: 'A shared library of Peer Support Worker roles: roles, their saved versions, comparisons, exports, the organisation profile and the audit log. See docs/server-api.md.',
    },
    servers: [{ url: '/' }],
    security: [{ bearer: [] }],
    paths: {
      '/api/health': { get: { summary: 'Whether the server and its database answer', security: [], responses: { 200: ok('Up', ref('Health')), 503: error('The database does not answer.') } } },
      '/api/roles': {
        get: { summary: 'Role summaries, newest first', parameters: [...page, { name: 'search', in: 'query', schema: { type: 'string' } }, { name: 'status', in: 'query', schema: { enum: ['draft', 'review', 'approved'] } }], responses: { 200: ok('A page of summaries', ref('RolePage')), ...pick(400, 401) } },
        post: { summary: 'Create a role', requestBody: { required: true, content: json(ref('RoleDocument')) }, responses: { 201: ok('Created', ref('StoredRole'), { ...ETAG, Location: { schema: { type: 'string' } } }), ...pick(...writes, 409) } },
      },
      '/api/roles/{id}': {
        parameters: [idParam],
        get: { summary: 'One role', responses: { 200: ok('The role', ref('StoredRole'), ETAG), ...pick(401, 404) } },
        put: { summary: 'Replace a role', parameters: [ifMatchHeader], requestBody: { required: true, content: json(ref('RoleDocument')) }, responses: { 200: ok('Saved', ref('StoredRole'), ETAG), ...pick(...writes, 404, 412, 428) } },
        delete: { summary: 'Delete a role and its versions', parameters: [ifMatchHeader], responses: { 204: { description: 'Deleted' }, ...pick(401, 403, 404, 412, 428, 429) } },
      },
      '/api/roles/{id}/versions': {
        parameters: [idParam],
        get: { summary: 'The saved versions of a role', responses: { 200: ok('Versions, oldest first', ref('VersionList')), ...pick(401, 404) } },
        post: { summary: 'Save the current document as a new version (only HR may set status approved)', parameters: [{ ...ifMatchHeader, required: false, description: 'Optional: the ETag the version must be of.' }], requestBody: { required: true, content: json(ref('NewVersion')) }, responses: { 201: ok('Saved', ref('VersionSummary')), ...pick(...writes, 404, 412) } },
      },
      '/api/roles/{id}/versions/{v}': {
        parameters: [idParam, { name: 'v', in: 'path', required: true, schema: { type: 'integer', minimum: 1 } }],
        get: { summary: 'One saved version with its document', responses: { 200: ok('The version', ref('RoleVersion')), ...pick(401, 404) } },
      },
      '/api/roles/{id}/compare': {
        parameters: [idParam, { name: 'from', in: 'query', required: true, schema: { type: 'string' }, description: 'A version number or "current".' }, { name: 'to', in: 'query', schema: { type: 'string', default: 'current' } }],
        get: { summary: 'What changed between two versions (or a version and the current role)', responses: { 200: ok('The comparison', ref('Comparison')), ...pick(400, 401, 404), 501: error('This build has no comparison.') } },
      },
      '/api/roles/{id}/export': {
        parameters: [idParam, { name: 'format', in: 'query', schema: { enum: ['json', 'jsonld', 'md', 'docx'], default: 'json' } }, { name: 'audience', in: 'query', schema: { enum: ['candidate', 'internal'], default: 'candidate' } }],
        get: {
          summary: 'The job description in an export format, with the organisation profile applied',
          responses: {
            200: { description: 'The export', content: { 'application/json': { schema: ref('ExportEnvelope') }, 'application/ld+json': { schema: { type: 'object' } }, 'text/markdown': { schema: { type: 'string' } }, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document': { schema: { type: 'string', contentEncoding: 'binary' } } } },
            ...pick(400, 401, 404),
          },
        },
      },
      '/api/organisation': {
        get: { summary: 'The organisation profile', responses: { 200: ok('The profile', ref('StoredProfile'), ETAG), ...pick(401, 404) } },
        put: { summary: 'Create (If-None-Match: *) or replace (If-Match) the profile; HR only', parameters: [{ ...ifMatchHeader, required: false }, { name: 'If-None-Match', in: 'header', schema: { const: '*' } }], requestBody: { required: true, content: json(ref('OrganisationProfile')) }, responses: { 200: ok('Saved', ref('StoredProfile'), ETAG), ...pick(...writes, 404, 412, 428) } },
      },
      '/api/audit': {
        get: { summary: 'The audit log of every write, newest first; HR only', parameters: [...page, { name: 'role', in: 'query', schema: { type: 'string' }, description: 'Only the entries of this role id.' }], responses: { 200: ok('A page of entries', ref('AuditPage')), ...pick(400, 401, 403) } },
      },
    },
    components: {
      schemas,
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'A token from the server\'s tokens file; or none when the server runs local-only or behind a trusted proxy.' } },
    },
  };
}
