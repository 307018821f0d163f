// @ts-check
/**
 * `validate FILE…`: is each file a valid role document (or an export holding one), or a valid
 * organisation profile? A file whose `kind` is "psw-organisation-profile" is checked as a profile.
 */
import { ExportEnvelopeSchema, PROFILE_SCHEMA_VERSION, SCHEMA_VERSION } from '../../dist/lib/src/index.js';
import { CliError, EXIT } from './errors.js';
import { documentFrom, kindOf, readBytes, textOf } from './input.js';
import { PROFILE_KIND, profileFrom } from './organisation.js';
import { styles } from './output.js';
import { issueLines } from './report.js';

/**
 * @param {string[]} files
 * @param {{ json?: boolean }} opts
 * @returns {Promise<number>} the exit code
 */
export async function validate(files, { json = false }) {
  if (!files.length) throw new CliError('validate: give at least one FILE (or - for standard input)');
  if (files.filter((f) => f === '-').length > 1) throw new CliError('validate: standard input (-) can be read only once');
  const s = styles(process.stdout);
  /** @type {number} */
  let code = EXIT.OK;
  const results = [];
  for (const file of files) {
    let raw;
    try {
      raw = await readBytes(file);
    } catch (e) {
      if (!(e instanceof CliError)) throw e;
      // Keep going: one unreadable file should not hide what is wrong with the others.
      code = EXIT.USAGE;
      if (json) results.push({ file, error: e.message });
      else process.stderr.write(`psw-role-kit: ${e.message}\n`);
      continue;
    }
    if (isProfile(raw)) {
      if (!checkProfile(raw, json ? results : undefined, s) && code === EXIT.OK) code = EXIT.INVALID;
      continue;
    }
    let loaded = documentFrom(raw);
    // An export is valid when its envelope is too (dist/export.schema.json): reading its document needs less.
    if (loaded.ok && loaded.fromExport) {
      const issues = envelopeIssues(raw, loaded.document);
      if (issues.length) loaded = { ok: false, name: loaded.name, issues };
    }
    if (loaded.ok) {
      const kind = loaded.fromExport ? 'valid export' : 'valid';
      const version = `${loaded.fromExport ? 'document ' : ''}schema version ${SCHEMA_VERSION}${loaded.migratedFrom !== undefined ? `, migrated from version ${loaded.migratedFrom}` : ''}`;
      if (json) results.push({ file: loaded.name, valid: true, export: loaded.fromExport, schemaVersion: SCHEMA_VERSION, ...(loaded.migratedFrom !== undefined && { migratedFrom: loaded.migratedFrom }) });
      else process.stdout.write(`${s.green('✓')} ${loaded.name}: ${kind} (${version})\n`);
    } else {
      if (code === EXIT.OK) code = EXIT.INVALID;
      const n = loaded.issues.length;
      if (json) results.push({ file: loaded.name, valid: false, issues: loaded.issues });
      else process.stdout.write([`${s.red('✗')} ${loaded.name}: invalid, ${n} ${n === 1 ? 'issue' : 'issues'}`, ...issueLines(loaded.issues, s), ''].join('\n'));
    }
  }
  if (json) process.stdout.write(JSON.stringify(results, null, 2) + '\n');
  return code;
}

/**
 * What is wrong with an export's envelope (its assessment, provenance, version), its document taken
 * as read (an older one migrated, the fields its profile filled left out).
 * @param {import('./input.js').Raw} raw
 * @param {unknown} document
 * @returns {{ path: string, message: string }[]}
 */
function envelopeIssues(raw, document) {
  const read = textOf(raw);
  if ('problem' in read) return [];
  const envelope = JSON.parse(read.text.replace(/^\uFEFF/, ''));
  const result = ExportEnvelopeSchema.safeParse({ ...envelope, document });
  if (result.success) return [];
  return result.error.issues.slice(0, 20).map((i) => ({
    path: i.path.map(String).join('.'),
    message: `The export's ${i.path.length ? `“${i.path.map(String).join('.')}”` : 'envelope'} ${i.code === 'invalid_type' && i.path.length && i.input === undefined ? 'is missing' : `is not valid: ${i.message}`}.`,
  }));
}

/** @param {import('./input.js').Raw} raw */
function isProfile(raw) {
  const read = textOf(raw);
  return !('problem' in read) && kindOf(read.text) === PROFILE_KIND;
}

/**
 * Checks an organisation profile; writes its line (or pushes its JSON result) and says whether it is valid.
 * @param {import('./input.js').Raw} raw
 * @param {unknown[] | undefined} results the JSON results, with --json
 * @param {import('./output.js').Styles} s
 * @returns {boolean}
 */
function checkProfile(raw, results, s) {
  const profile = profileFrom(raw);
  if (profile.ok) {
    const migrated = profile.migratedFrom !== undefined ? `, migrated from version ${profile.migratedFrom}` : '';
    if (results) results.push({ file: profile.name, valid: true, profile: true, schemaVersion: PROFILE_SCHEMA_VERSION, ...(profile.migratedFrom !== undefined && { migratedFrom: profile.migratedFrom }) });
    else process.stdout.write(`${s.green('✓')} ${profile.name}: valid organisation profile (profile schema version ${PROFILE_SCHEMA_VERSION}${migrated})\n`);
    return true;
  }
  const n = profile.issues.length;
  if (results) results.push({ file: profile.name, valid: false, profile: true, issues: profile.issues });
  else process.stdout.write([`${s.red('✗')} ${profile.name}: invalid organisation profile, ${n} ${n === 1 ? 'issue' : 'issues'}`, ...issueLines(profile.issues, s), ''].join('\n'));
  return false;
}
