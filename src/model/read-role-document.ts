/**
 * `readRoleDocument(input, locateJsonError?)`: the one door for untrusted input (a file, storage, a
 * value set by a host page). Synchronous and never throws. Steps: size and JSON syntax (text only) →
 * plain data (prototype keys, cycles, depth, exotic values) → export envelope → kind → schema
 * version and migration → the schema. Issue paths are relative to the role document, also when it
 * came inside an export envelope.
 *
 * JSON text with a syntax error is described in the JavaScript engine's words, or, given
 * `locateJsonError` (./json-error.ts), by line and column in ours. The core's `parseRoleDocument`
 * (./parse.ts) passes it; the drop-in bundle's entry reads documents without it, so the scanner
 * (0.7 KiB) is not in the entry (components/document-runtime/core-deps.ts).
 */
import { DOCUMENT_KIND, SCHEMA_VERSION } from './constants.js';
import type { RoleDocument } from './schema.js';
import { check } from './checker.js';
import { RoleDocumentCheck } from './generated/role-document-check.js';
import { describeValue, fromZodIssues, toIssues, type ParseIssue, type RawPathIssue } from './issues.js';
import type { JsonErrorLocation } from './json-error.js';
import { migrate } from './migrations.js';
import { INPUT_LIMITS, errorText, isObject, mib, toPlainData } from './plain-data.js';
import { vouchFor } from './vouched.js';
import { parsePath, type PathSegment } from './paths.js';
import { jsonText } from './json-text.js';

export type ParseResult =
  | { ok: true; document: RoleDocument; /** The schema version the input had, when it was migrated. */ migratedFrom?: number }
  | { ok: false; issues: ParseIssue[] };

/** The `kind` of an export envelope (src/export/envelope.ts), whose `document` is the role document. */
export const EXPORT_KIND = 'psw-job-description' as const;
/** The schema version of the export envelope this copy writes and reads (src/export/envelope.ts). */
export const EXPORT_SCHEMA_VERSION = 1 as const;

const version = (): string => (typeof __PSW_VERSION__ === 'string' ? ' ' + __PSW_VERSION__ : '');
const fail = (issues: RawPathIssue[], data?: unknown): ParseResult => ({ ok: false, issues: toIssues(issues, data) });
const whole = (message: string): ParseResult => ({ ok: false, issues: [{ path: '', message }] });
/** A document or an export made by a newer release, in words that say what to do. */
const newer = (what: string, v: number, reads: number): ParseResult =>
  whole(`This ${what} was made by a newer version of psw-role-kit (${what} schema version ${v}). ` +
    `This copy of psw-role-kit${version()} reads schema version ${reads} and older: update psw-role-kit to a release that supports schema version ${v} to open it.`);

/** Finds where JSON text stops being JSON (./json-error.ts), or undefined when it cannot say. */
export type LocateJsonError = (text: string) => JsonErrorLocation | undefined;

export function readRoleDocument(input: unknown, locateJsonError?: LocateJsonError): ParseResult {
  try {
    return parse(input, locateJsonError);
  } catch (e) {
    // Nothing above should throw; this is the promise that nothing escapes.
    return whole(`The document could not be read: ${errorText(e)}.`);
  }
}

function parse(input: unknown, locateJsonError?: LocateJsonError): ParseResult {
  let data: unknown;
  if (typeof input === 'string') {
    const tooLarge = () =>
      whole(`The text is too large: ${input.length.toLocaleString('en-GB')} characters (${mib(input.length)}); a role document may be at most ${INPUT_LIMITS.maxChars.toLocaleString('en-GB')} characters (${mib(INPUT_LIMITS.maxChars)}).`);
    // Text over the document limit is read only if it is an export (its document is then measured).
    if (input.length > INPUT_LIMITS.maxExportChars) return tooLarge();
    const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input; // editors on Windows add a BOM
    if (!text.trim()) return whole('The text is empty; expected a role document in JSON.');
    try {
      data = JSON.parse(text);
    } catch (e) {
      if (input.length > INPUT_LIMITS.maxChars) return tooLarge();
      const at = locateJsonError?.(text);
      return whole(at
        ? `The text is not valid JSON: ${at.problem} at line ${at.line}, column ${at.column}.`
        : `The text is not valid JSON (${errorText(e)}).`);
    }
    if (input.length > INPUT_LIMITS.maxChars) {
      if (!(isObject(data) && data.kind === EXPORT_KIND && isObject(data.document))) return tooLarge();
      // Only the document of a large export is kept, and measured against the document limit as the
      // role's own document: without the fields an organisation profile filled (see below).
      unfill(data.document, filledOf(data));
      data = { kind: EXPORT_KIND, schemaVersion: data.schemaVersion, document: data.document };
    }
  }
  // Text was parsed just above: the data is ours to put right in place.
  const plain = toPlainData(typeof input === 'string' ? data : input, typeof input !== 'string', typeof input === 'string');
  const root = plain.value;
  if (plain.issues.length) {
    // Report paths relative to the role document, also inside an export envelope.
    const inEnvelope = isObject(root) && root.kind === EXPORT_KIND && isObject(root.document);
    const issues = plain.issues.map((i) => ({ path: inEnvelope && i.path[0] === 'document' ? i.path.slice(1) : i.path, predicate: i.predicate }));
    return fail(issues, inEnvelope ? root.document : root);
  }
  if (!isObject(root)) return whole(`The document must be a group of fields in curly brackets ({ … }), but it is ${describeRoot(root)}.`);

  let doc = root;
  if (root.kind === EXPORT_KIND) {
    if (!isObject(root.document)) return whole('This export holds no role document: its “document” field is missing or not a group of fields.');
    // The envelope's own version: a newer export may hold its document differently.
    const ev = root.schemaVersion;
    if (ev !== EXPORT_SCHEMA_VERSION) {
      return typeof ev === 'number' && ev > EXPORT_SCHEMA_VERSION
        ? newer('export', ev, EXPORT_SCHEMA_VERSION)
        : whole(`This export's “schemaVersion” must be ${EXPORT_SCHEMA_VERSION}.`);
    }
    doc = root.document;
    // An export made with an organisation profile holds the effective document; the role's own
    // document is that without the fields the profile filled, so the profile (or a newer one)
    // fills them again wherever the role is opened.
    unfill(doc, filledOf(root));
  }
  if (doc.kind !== DOCUMENT_KIND) {
    return whole(doc.kind === undefined
      ? `This is not a psw-role-kit role document: it has no “kind” field (expected “${DOCUMENT_KIND}”).`
      : `This is not a psw-role-kit role document: its kind is ${describeValue(doc.kind)}, expected “${DOCUMENT_KIND}”.`);
  }

  const v = doc.schemaVersion;
  let migratedFrom: number | undefined;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) {
    return fail([{ path: ['schemaVersion'], predicate: v === undefined ? 'is missing' : `must be a whole number such as ${SCHEMA_VERSION} (found ${describeValue(v)})` }]);
  }
  if (v > SCHEMA_VERSION) return newer('document', v, SCHEMA_VERSION);
  if (v < SCHEMA_VERSION) {
    const m = migrate(doc, v);
    if (!m.ok) return whole(`This document uses schema version ${v}, which this copy of psw-role-kit${version()} cannot update: ${m.reason}.`);
    doc = m.doc;
    migratedFrom = v;
  }

  // The schema's checks, generated from the zod schema (./generated/role-document-check.ts): the
  // issues and the copy zod would give, without zod in the browser bundle.
  const result = check<RoleDocument>(RoleDocumentCheck, doc);
  if (!result.ok) return fail(fromZodIssues(result.issues), doc);
  // The size estimate of a value does not count every comma and escape: measure the document as the
  // JSON it will be saved as, so whatever is accepted here can be saved and read back.
  const length = jsonText(result.value).length;
  if (length > INPUT_LIMITS.maxChars) {
    return whole(`The role document is too large: ${length.toLocaleString('en-GB')} characters as JSON (${mib(length)}); it may be at most ${INPUT_LIMITS.maxChars.toLocaleString('en-GB')} characters (${mib(INPUT_LIMITS.maxChars)}).`);
  }
  if (migratedFrom !== undefined) return { ok: true, document: result.value, migratedFrom };
  // Not migrated, the document holds only what the input held (the schema adds no defaults), so
  // it is within the size estimate the input was checked against; its JSON was measured above.
  vouchFor(result.value);
  return { ok: true, document: result.value };
}

/**
 * `provenance.organisationProfile.filled` of an export: the paths of the fields its profile filled,
 * at most 1,000 (a profile fills at most 818: 18 role fields and 4 in each of up to 200 supervision
 * arrangements, src/organisation/apply.ts).
 */
function filledOf(envelope: Record<string, unknown>): string[] {
  const prov = envelope.provenance;
  const org = isObject(prov) ? prov.organisationProfile : undefined;
  const filled = isObject(org) ? org.filled : undefined;
  return Array.isArray(filled) ? filled.filter((p): p is string => typeof p === 'string').slice(0, 1000) : [];
}

/**
 * Removes the fields at `paths` from `doc` (plain data of our own), own properties only. A profile
 * fills fields inside the sections, never a section or the document's kind, version or id: a path
 * of one segment (a hand-edited export's) is left alone.
 */
function unfill(doc: Record<string, unknown>, paths: readonly string[]): void {
  for (const p of paths) {
    const segs = parsePath(p);
    if (!segs || segs.length < 2) continue;
    const nodes: unknown[] = [doc];
    for (const seg of segs.slice(0, -1)) {
      const node = nodes[nodes.length - 1];
      nodes.push(node !== null && typeof node === 'object' && Object.hasOwn(node, seg) ? (node as Record<PathSegment, unknown>)[seg] : undefined);
    }
    const parent = nodes[nodes.length - 1];
    const last = segs[segs.length - 1]!;
    if (!isObject(parent) || typeof last !== 'string' || !Object.hasOwn(parent, last)) continue;
    delete parent[last];
    // A group the profile's value needed (employment.dbs for the DBS fee) goes too when left
    // empty; sections, always present, stay.
    const grand = nodes[nodes.length - 2];
    const key = segs[segs.length - 2];
    if (segs.length > 2 && isObject(grand) && typeof key === 'string' && Object.keys(parent).length === 0) delete grand[key];
  }
}


function describeRoot(v: unknown): string {
  if (v === null) return 'empty (null)';
  if (Array.isArray(v)) return 'a list ([ … ])';
  if (typeof v === 'string') return 'text';
  return typeof v === 'number' ? `the number ${v}` : `the value ${String(v)}`;
}
