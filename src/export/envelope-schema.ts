/**
 * zod/mini schemas of the canonical export (the envelope of ./envelope.ts), for validating exports
 * read back and for generating `export.schema.json` at build time (./export-json-schema.ts).
 *
 * The document part is the document's own schema, so an export is valid only if its document is.
 * The assessment and provenance are derived data that may gain fields in later versions, so their
 * objects accept extra keys (`looseObject`); the envelope itself and the document are strict.
 */
import { z } from '../model/zod.js';
import { RoleDocumentSchema } from '../model/schema.js';
import { THEME_IDS } from '../catalogue/ids.js';
import type { Assessment } from '../assess/types.js';
import { EXPORT_KIND, EXPORT_SCHEMA_VERSION, type ExportEnvelope } from './envelope.js';

const ThemeIdSchema = z.enum(THEME_IDS);
const share = () => z.number().check(z.gte(0), z.lte(100));

export const FindingSchema = z.looseObject({
  ruleId: z.string(),
  severity: z.enum(['error', 'warning', 'info']),
  themes: z.array(ThemeIdSchema),
  basis: z.enum(['study', 'evidence', 'heuristic']),
  sources: z.array(z.string()),
  message: z.string(),
  fix: z.string(),
  path: z.optional(z.string()),
  itemId: z.optional(z.string()),
  topic: z.optional(z.string()),
});

export const BalanceSchema = z.looseObject({
  core: share(),
  flexible: share(),
  excluded: share(),
  unallocated: share(),
  total: z.number().check(z.gte(0)),
  overAllocated: z.boolean(),
  flexibleWithoutBounds: z.int().check(z.gte(0)),
  flexibleWithoutReview: z.int().check(z.gte(0)),
  verdict: z.enum(['too-rigid', 'balanced', 'too-loose', 'unknown']),
});

export const ThemeCoverageSchema = z.looseObject({
  score: share(),
  addressedBy: z.array(z.string()),
  missing: z.optional(z.array(z.string())),
});

export const AssessmentSchema = z.looseObject({
  findings: z.array(FindingSchema),
  balance: BalanceSchema,
  themes: z.looseObject({
    T1: ThemeCoverageSchema,
    T2: ThemeCoverageSchema,
    T3: ThemeCoverageSchema,
    T4: ThemeCoverageSchema,
    T5: ThemeCoverageSchema,
  }),
  readiness: z.enum(['incomplete', 'needs-attention', 'ready']),
  banding: z.looseObject({
    ready: z.boolean(),
    missing: z.array(z.string()),
    missingItems: z.optional(z.array(z.looseObject({ id: z.string(), label: z.string(), path: z.string() }))),
  }),
});

export const ProvenanceSchema = z.looseObject({
  study: z.looseObject({
    citation: z.string(),
    doi: z.string(),
    url: z.string(),
    themes: z.looseObject({ T1: z.string(), T2: z.string(), T3: z.string(), T4: z.string(), T5: z.string() }),
  }),
  generator: z.looseObject({ name: z.string(), version: z.string(), url: z.optional(z.string()) }),
  generatedAt: z.iso.datetime({ offset: true }),
  organisationProfile: z.optional(z.looseObject({
    id: z.string(),
    name: z.string(),
    asOf: z.iso.date(),
    filled: z.array(z.string()),
  })),
});

export const ExportEnvelopeSchema = z.strictObject({
  kind: z.literal(EXPORT_KIND),
  schemaVersion: z.literal(EXPORT_SCHEMA_VERSION),
  document: RoleDocumentSchema,
  assessment: AssessmentSchema,
  provenance: ProvenanceSchema,
});

// The schemas must describe exactly the TypeScript types (src/assess/types.ts, ./envelope.ts):
// these lines stop compiling when one changes without the other (a field added, dropped, made
// optional or given another type). Index signatures that looseObject adds are dropped first.
type DropIndex<T> = T extends readonly (infer U)[]
  ? DropIndex<U>[]
  : T extends object
    ? { [K in keyof T as string extends K ? never : K]: DropIndex<T[K]> }
    : T;
type Exact<A, B> = (<T>() => T extends A ? 1 : 2) extends (<T>() => T extends B ? 1 : 2) ? true : false;
// `pending` marks the elements' placeholder while the assessment engine loads: never in an export.
const assessmentMatches: Exact<DropIndex<z.infer<typeof AssessmentSchema>>, DropIndex<Omit<Assessment, 'pending'>>> = true;
const provenanceMatches: Exact<DropIndex<z.infer<typeof ProvenanceSchema>>, DropIndex<ExportEnvelope['provenance']>> = true;
void assessmentMatches;
void provenanceMatches;
