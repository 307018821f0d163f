// @ts-check
/** `validate FILE…`: is each file a valid role document (or an export holding one)? */
import { SCHEMA_VERSION } from '../../dist/lib/src/index.js';
import { CliError, EXIT } from './errors.js';
import { loadDocument } from './input.js';
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
    let loaded;
    try {
      loaded = await loadDocument(file);
    } catch (e) {
      if (!(e instanceof CliError)) throw e;
      // Keep going: one unreadable file should not hide what is wrong with the others.
      code = EXIT.USAGE;
      if (json) results.push({ file, error: e.message });
      else process.stderr.write(`psw-role-kit: ${e.message}\n`);
      continue;
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
