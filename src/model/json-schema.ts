/**
 * The JSON Schema of the role document, generated from the zod schema with zod 4's `toJSONSchema`
 * at build time (scripts/build-schema.mjs writes dist/schema.json, shipped as
 * `psw-role-kit/schema.json`). Not exported from the package entry: `toJSONSchema` would add about
 * 6 KB to the browser bundle for something only build scripts and servers need.
 *
 * JSON Schema cannot express every check the parser makes; `PARSER_ONLY_CHECKS` lists them and the
 * schema's description repeats them, so a server that validates with the JSON Schema knows to run
 * `parseRoleDocument` as well.
 */
import { z } from './zod.js';
import { DOCUMENT_KIND, RoleDocumentSchema, SCHEMA_VERSION } from './schema.js';
import { refinementOf } from './zod-refinement.js';

/** A neutral id: the schema's path inside the package, not a URL anyone has to host. */
export const SCHEMA_ID = 'psw-role-kit/schema.json';

/** What `parseRoleDocument` checks and the JSON Schema does not. */
export const PARSER_ONLY_CHECKS = [
  'ids are unique within each list (duties, boundaries, supervision arrangements, training items, progression steps, essential and desirable criteria)',
  'each boundary topic from the catalogue appears at most once ("custom" may repeat)',
  'salary minimum is not above the maximum',
  'no key is named __proto__, constructor or prototype, anywhere (including extensions)',
  'nesting is at most 32 levels deep and the document at most 1 MiB',
  'older schema versions are migrated; the JSON Schema describes version ' + SCHEMA_VERSION + ' only',
] as const;

/**
 * `toJSONSchema`'s `override`: a list whose values must differ (the `distinct` check: meta.suggested,
 * a training item's domains, the accessible steps) says so in JSON Schema too.
 */
export function distinctAsUniqueItems({ zodSchema, jsonSchema }: { zodSchema: z.core.$ZodType; jsonSchema: Record<string, unknown> }): void {
  if ((zodSchema._zod.def.checks ?? []).some((c) => refinementOf(c)?.name === 'distinct')) jsonSchema.uniqueItems = true;
}

export function roleDocumentJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(RoleDocumentSchema, {
    target: 'draft-2020-12', io: 'input', unrepresentable: 'throw',
    override: distinctAsUniqueItems,
  }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  const version = typeof __PSW_VERSION__ === 'string' ? ` ${__PSW_VERSION__}` : '';
  return {
    $schema,
    $id: SCHEMA_ID,
    title: `psw-role-kit role document, schema version ${SCHEMA_VERSION}`,
    description: `A Peer Support Worker role designed with psw-role-kit${version}: "kind" is "${DOCUMENT_KIND}". ` +
      `Generated from the zod schema. Checks only parseRoleDocument makes: ${PARSER_ONLY_CHECKS.join('; ')}.`,
    ...rest,
  };
}
