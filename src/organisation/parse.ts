/**
 * `parseOrganisationProfile(input)`: the one door for a profile from a file, a URL, a script tag or
 * a host page. Synchronous and never throws, with the role document parser's guarantees: size and
 * JSON syntax (text only) → plain data (prototype keys, cycles, depth, exotic values) → kind →
 * schema version and migration → the schema. Issues name the field in words.
 */
import { describeValue, fromZodIssues, schemaErrorMap, toIssues, type ParseIssue, type RawPathIssue } from '../model/issues.js';
import { locateJsonError } from '../model/json-error.js';
import { INPUT_LIMITS, errorText, isObject, mib, toPlainData } from '../model/plain-data.js';
import { withoutInherited } from '../model/zod.js';
import { describeProfilePath } from './field-labels.js';
import { migrateEmbedded } from '../model/migrate-embedded.js';
import { DOCUMENT_KIND, SCHEMA_VERSION } from '../model/constants.js';
import { migrateProfile } from './migrations.js';
import { OrganisationProfileSchema, PROFILE_KIND, PROFILE_SCHEMA_VERSION, type OrganisationProfile } from './schema.js';
import { jsonText } from '../model/json-text.js';

export type ProfileParseResult =
  | { ok: true; profile: OrganisationProfile; /** The schema version the input had, when it was migrated. */ migratedFrom?: number }
  | { ok: false; issues: ParseIssue[] };

const whole = (message: string): ProfileParseResult => ({ ok: false, issues: [{ path: '', message }] });
const fail = (raw: readonly RawPathIssue[], data: unknown): ProfileParseResult => ({ ok: false, issues: toIssues(raw, data, describeProfilePath) });
const LIMIT = INPUT_LIMITS.maxChars;

export function parseOrganisationProfile(input: unknown): ProfileParseResult {
  try {
    return parse(input);
  } catch (e) {
    return whole(`The organisation profile could not be read: ${errorText(e)}.`);
  }
}

function parse(input: unknown): ProfileParseResult {
  let data: unknown = input;
  if (typeof input === 'string') {
    if (input.length > LIMIT) {
      return whole(`The text is too large: ${input.length.toLocaleString('en-GB')} characters (${mib(input.length)}); an organisation profile may be at most ${LIMIT.toLocaleString('en-GB')} characters (${mib(LIMIT)}).`);
    }
    const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
    if (!text.trim()) return whole('The text is empty; expected an organisation profile in JSON.');
    try {
      data = JSON.parse(text);
    } catch (e) {
      const at = locateJsonError(text);
      return whole(at ? `The text is not valid JSON: ${at.problem} at line ${at.line}, column ${at.column}.` : `The text is not valid JSON (${errorText(e)}).`);
    }
  }
  const plain = toPlainData(data, typeof input !== 'string', typeof input === 'string');
  if (plain.issues.length) return fail(plain.issues, plain.value);
  let root = plain.value;
  if (!isObject(root)) return whole('The organisation profile must be a group of fields in curly brackets ({ … }).');
  if (root.kind !== PROFILE_KIND) {
    return whole(root.kind === undefined
      ? `This is not a psw-role-kit organisation profile: it has no “kind” field (expected “${PROFILE_KIND}”).`
      : `This is not a psw-role-kit organisation profile: its kind is ${describeValue(root.kind)}, expected “${PROFILE_KIND}”.`);
  }
  const v = root.schemaVersion;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) {
    return fail([{ path: ['schemaVersion'], predicate: v === undefined ? 'is missing' : `must be a whole number such as ${PROFILE_SCHEMA_VERSION} (found ${describeValue(v)})` }], root);
  }
  if (v > PROFILE_SCHEMA_VERSION) {
    return whole(`This organisation profile was made by a newer version of psw-role-kit (profile schema version ${v}); this copy reads version ${PROFILE_SCHEMA_VERSION} and older. Update psw-role-kit to open it.`);
  }
  let migratedFrom: number | undefined;
  if (v < PROFILE_SCHEMA_VERSION) {
    const m = migrateProfile(root, v);
    if (!m.ok) return whole(`This organisation profile uses schema version ${v}, which this copy of psw-role-kit cannot update: ${m.reason}.`);
    root = m.profile;
    migratedFrom = v;
  }
  const withTemplates = migrateTemplates(root as Record<string, unknown>);
  if (!withTemplates.ok) return withTemplates;
  root = withTemplates.profile;
  const result = OrganisationProfileSchema.safeParse(withoutInherited(root), { error: schemaErrorMap });
  if (!result.success) return fail(fromZodIssues(result.error.issues), root);
  const length = jsonText(result.data).length;
  if (length > LIMIT) return whole(`The organisation profile is too large: ${length.toLocaleString('en-GB')} characters as JSON; it may be at most ${LIMIT.toLocaleString('en-GB')}.`);
  return migratedFrom === undefined ? { ok: true, profile: result.data } : { ok: true, profile: result.data, migratedFrom };
}

/**
 * The organisation's templates are role documents with their own schema version: an older one is
 * migrated as `parseRoleDocument` would migrate it; a newer one is refused in words.
 */
function migrateTemplates(profile: Record<string, unknown>): { ok: true; profile: Record<string, unknown> } | { ok: false; issues: ParseIssue[] } {
  const section = profile.templates;
  if (!isObject(section) || !Array.isArray(section.add)) return { ok: true, profile };
  const add = section.add as unknown[];
  const docVersion = (t: unknown) => (isObject(t) && isObject(t.document) && t.document.kind === DOCUMENT_KIND ? t.document.schemaVersion : undefined);
  const newer = add.findIndex((t) => { const v = docVersion(t); return typeof v === 'number' && v > SCHEMA_VERSION; });
  if (newer >= 0) {
    return fail([{ path: ['templates', 'add', newer, 'document', 'schemaVersion'], predicate: `is ${String(docVersion(add[newer]))}: this template was made by a newer version of psw-role-kit, and this copy reads role documents of schema version ${SCHEMA_VERSION} and older. Update psw-role-kit to use it` }], profile) as { ok: false; issues: ParseIssue[] };
  }
  return { ok: true, profile: { ...profile, templates: { ...section, add: add.map((t) => (isObject(t) ? { ...t, document: migrateEmbedded(t.document) } : t)) } } };
}
