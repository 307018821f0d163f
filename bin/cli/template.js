// @ts-check
/** `templates` lists the settings; `template SETTING_ID` writes a starting document for one. */
import { SETTING_IDS, createRoleDocument, settings, suggestFilename } from '../../dist/lib/src/index.js';
import { CliError, EXIT } from './errors.js';
import { emit, styles } from './output.js';
import { didYouMean } from './suggest.js';

/**
 * @param {string[]} args
 * @param {{ out?: string, force?: boolean }} opts
 * @returns {Promise<number>}
 */
export async function template(args, opts) {
  if (args.length !== 1) throw new CliError(`template: give one SETTING_ID (found ${args.length}); run psw-role-kit templates to list them`);
  const id = args[0];
  if (!(/** @type {readonly string[]} */ (SETTING_IDS)).includes(id)) {
    throw new CliError(`template: unknown setting “${id}”.${didYouMean(id, SETTING_IDS)} Run psw-role-kit templates to list them.`);
  }
  const doc = createRoleDocument({ template: /** @type {typeof SETTING_IDS[number]} */ (id) });
  // A template must not overwrite a document someone has been working on.
  await emit(JSON.stringify(doc, null, 2) + '\n', { out: opts.out, filename: () => suggestFilename(doc, 'json'), noClobber: !opts.force });
  return EXIT.OK;
}

/**
 * @param {string[]} args
 * @param {{ json?: boolean }} opts
 * @returns {number}
 */
export function templates(args, opts) {
  if (args.length) throw new CliError(`templates: takes no arguments (found “${args[0]}”)`);
  if (opts.json) {
    process.stdout.write(JSON.stringify(settings.map((t) => ({ id: t.id, label: t.label, description: t.description, confirmed: t.confirmed })), null, 2) + '\n');
    return EXIT.OK;
  }
  const s = styles(process.stdout);
  const width = Math.max(...settings.map((t) => t.id.length));
  const lines = settings.map((t) => `  ${t.id.padEnd(width)}  ${t.label}${t.confirmed ? '' : s.dim(' (little setting-specific evidence found)')}`);
  process.stdout.write(['Settings with a template (psw-role-kit template SETTING_ID):', ...lines, ''].join('\n'));
  return EXIT.OK;
}
