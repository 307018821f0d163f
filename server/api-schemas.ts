/**
 * The shapes of the API's requests and responses as zod schemas: the server validates request
 * bodies with them (besides the core's parsers for documents and profiles), and server/openapi.ts
 * turns them, with the core's document and profile schemas, into the OpenAPI document.
 */
import { z } from '../src/model/zod.js';
import { RoleDocumentSchema } from '../src/model/schema.js';
import { OrganisationProfileSchema } from '../src/organisation/schema.js';
import { ExportEnvelopeSchema } from '../src/export/envelope-schema.js';

const Status = z.enum(['draft', 'review', 'approved']);
const Timestamp = z.string().check(z.iso.datetime({ offset: true }));

export const ErrorSchema = z.object({
  error: z.object({ message: z.string() }),
  issues: z.optional(z.array(z.object({ path: z.string(), message: z.string() }))),
});

export const StoredRoleSchema = z.object({
  id: z.string(), revision: z.string(), document: RoleDocumentSchema,
  createdAt: Timestamp, updatedAt: Timestamp, createdBy: z.optional(z.string()),
});

export const RoleSummarySchema = z.object({
  id: z.string(), revision: z.string(), title: z.string(), setting: z.optional(z.string()), band: z.optional(z.string()),
  status: Status, readiness: z.optional(z.enum(['incomplete', 'needs-attention', 'ready'])),
  updatedAt: Timestamp, createdBy: z.optional(z.string()), versionCount: z.number().check(z.int(), z.gte(0)),
});

export const RolePageSchema = z.object({ items: z.array(RoleSummarySchema), nextCursor: z.optional(z.string()) });

export const VersionSummarySchema = z.object({
  version: z.number().check(z.int(), z.gte(1)), label: z.string(), status: Status, by: z.optional(z.string()),
  at: Timestamp, note: z.optional(z.string()), reason: z.optional(z.string()),
});

export const RoleVersionSchema = z.extend(VersionSummarySchema, { document: RoleDocumentSchema });

export const VersionListSchema = z.object({ items: z.array(VersionSummarySchema) });

/** Half of a character: a UTF-16 surrogate without its other half, which UTF-8 cannot store. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Text of a version, at most `max` characters; the database holds no NUL character and no half character. */
const versionText = (max: number) => z.string('must be text').check(
  z.maxLength(max, `must be at most ${max.toLocaleString('en-GB')} characters`),
  z.regex(/^[^\0]*$/, 'must not contain the NUL character (U+0000)'),
  z.refine((s: string) => !LONE_SURROGATE.test(s), 'must not contain half of a character (a lone UTF-16 surrogate)'),
);

/** The body of POST /api/roles/{id}/versions. */
export const NewVersionSchema = z.strictObject({
  label: versionText(200).check(z.trim(), z.minLength(1, 'must not be empty')),
  status: z.optional(z.enum(['draft', 'review', 'approved'], 'must be draft, review or approved')),
  note: z.optional(versionText(10_000)),
  reason: z.optional(versionText(10_000)),
}, 'must be a JSON object with a label');

export const ComparisonSchema = z.looseObject({
  from: z.union([z.number(), z.literal('current')]),
  to: z.union([z.number(), z.literal('current')]),
  changes: z.array(z.looseObject({
    path: z.string(), itemId: z.optional(z.string()), section: z.optional(z.string()),
    change: z.enum(['added', 'removed', 'changed', 'moved']), before: z.optional(z.unknown()), after: z.optional(z.unknown()), label: z.string(),
  })),
  assessment: z.looseObject({ fixed: z.array(z.unknown()), introduced: z.array(z.unknown()) }),
});

export const StoredProfileSchema = z.object({
  revision: z.string(), profile: OrganisationProfileSchema, updatedAt: Timestamp, updatedBy: z.string(),
});

export const AuditPageSchema = z.object({
  items: z.array(z.object({
    id: z.string(), at: Timestamp, user: z.string(), role: z.enum(['manager', 'hr', 'viewer']), action: z.string(),
    roleId: z.optional(z.string()), revision: z.optional(z.number()), summary: z.optional(z.unknown()),
  })),
  nextCursor: z.optional(z.string()),
});

export const HealthSchema = z.object({ status: z.literal('ok'), database: z.enum(['pglite', 'postgres']), version: z.string() });

/** Every schema the OpenAPI document names, by its component name. */
export const COMPONENTS = {
  RoleDocument: RoleDocumentSchema,
  OrganisationProfile: OrganisationProfileSchema,
  ExportEnvelope: ExportEnvelopeSchema,
  Error: ErrorSchema,
  StoredRole: StoredRoleSchema,
  RoleSummary: RoleSummarySchema,
  RolePage: RolePageSchema,
  VersionSummary: VersionSummarySchema,
  VersionList: VersionListSchema,
  RoleVersion: RoleVersionSchema,
  NewVersion: NewVersionSchema,
  Comparison: ComparisonSchema,
  StoredProfile: StoredProfileSchema,
  AuditPage: AuditPageSchema,
  Health: HealthSchema,
} as const;
