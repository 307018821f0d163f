// @ts-check
/** `assess FILE`: the assessment of one role document, as text or JSON. */
import { applyOrganisation, assessRole } from '../../dist/lib/src/index.js';
import { CliError, EXIT } from './errors.js';
import { loadDocument } from './input.js';
import { styles } from './output.js';
import { isDay, readPolicy, withDefaults } from './policy.js';
import { assessmentLines } from './report.js';
import { reportInvalid } from './invalid.js';
import { orgOption } from './organisation.js';

/** Today's local date, YYYY-MM-DD (as the core's clock default reads it). */
function localToday() {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/**
 * @param {string[]} files
 * @param {{ json?: boolean, policy?: string, today?: string, org?: string }} opts
 * @returns {Promise<number>}
 */
export async function assess(files, opts) {
  if (files.length !== 1) {
    throw new CliError(files.length ? `assess: give one FILE (found ${files.length}); to check several files, use validate` : 'assess: give a FILE (or - for standard input)');
  }
  if (opts.today !== undefined && !isDay(opts.today)) throw new CliError(`assess: --today must be a date written YYYY-MM-DD (found “${opts.today}”)`);
  if (opts.policy === '-' && files[0] === '-') throw new CliError('assess: standard input (-) cannot be both the FILE and the --policy');
  if (opts.policy === '-' && opts.org === '-') throw new CliError('assess: standard input (-) cannot be both the --policy and the --org profile');
  const policy = opts.policy !== undefined ? await readPolicy(opts.policy) : {};
  const today = opts.today ?? policy.today ?? localToday();
  const org = await orgOption('assess', opts.org, files[0]);
  if ('exit' in org) return org.exit;
  const organisation = org.profile;
  const loaded = await loadDocument(files[0]);
  if (!loaded.ok) return reportInvalid(loaded);
  const assessment = assessRole(loaded.document, { ...policy, today, ...(organisation && { organisation }) });
  if (opts.json) {
    process.stdout.write(JSON.stringify(assessment, null, 2) + '\n');
  } else {
    // The thresholds shown are the ones used: --policy, then the profile's, then the defaults.
    const used = withDefaults({ ...organisation?.policy, ...policy, balance: { ...organisation?.policy.balance, ...policy.balance }, today });
    const document = organisation ? applyOrganisation(loaded.document, organisation) : loaded.document;
    const lines = assessmentLines({ name: loaded.name, document, assessment, policy: used, organisation }, styles(process.stdout));
    process.stdout.write(lines.join('\n') + '\n');
  }
  return EXIT.OK;
}
