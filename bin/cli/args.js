// @ts-check
/**
 * A small, strict argument parser: `--name value`, `--name=value`, short aliases (`-o value`),
 * `-` as a positional (standard input), `--` ends the options. Unknown options, missing values,
 * values outside a fixed list and options given twice are usage errors with a suggestion.
 * (node:util parseArgs is strict too, but its messages name no alternatives.)
 */
import { CliError } from './errors.js';
import { didYouMean } from './suggest.js';

/**
 * @typedef {object} OptionSpec
 * @property {'boolean' | 'string'} type
 * @property {string} [short] a one-letter alias, without the dash
 * @property {readonly string[]} [values] the values allowed (string options)
 * @property {string} [valueName] how help names the value, e.g. "PATH"
 */

/** @typedef {Record<string, OptionSpec>} OptionSpecs */

/**
 * @typedef {object} ParsedArgs
 * @property {string[]} positionals
 * @property {Record<string, string | boolean | undefined>} values
 */

/**
 * @param {readonly string[]} argv the arguments after the command name
 * @param {OptionSpecs} specs
 * @param {string} where how errors name the command, e.g. "export"
 * @returns {ParsedArgs}
 */
export function parseArgs(argv, specs, where) {
  /** @type {string[]} */
  const positionals = [];
  /** @type {Record<string, string | boolean | undefined>} */
  const values = {};
  const names = Object.keys(specs);
  const byShort = new Map(names.filter((n) => specs[n].short).map((n) => [/** @type {string} */ (specs[n].short), n]));
  const fail = (/** @type {string} */ msg) => { throw new CliError(`${where}: ${msg}`); };

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') { positionals.push(...argv.slice(i + 1)); break; }
    if (arg === '-' || !arg.startsWith('-')) { positionals.push(arg); continue; }

    let name, inline;
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      name = eq < 0 ? arg.slice(2) : arg.slice(2, eq);
      inline = eq < 0 ? undefined : arg.slice(eq + 1);
      if (!Object.hasOwn(specs, name)) {
        fail(`unknown option --${name}.${didYouMean(name, names, (n) => `--${n}`)}`);
      }
    } else {
      const letter = arg.slice(1, 2);
      const long = byShort.get(letter);
      if (long === undefined) {
        fail(`unknown option ${arg}.${didYouMean(arg.replace(/^-+/, ''), names, (n) => `--${n}`)}`);
      }
      name = /** @type {string} */ (long);
      inline = arg.length > 2 ? arg.slice(2).replace(/^=/, '') : undefined;
    }
    const spec = specs[name];
    if (values[name] !== undefined) fail(`--${name} is given more than once.`);
    if (spec.type === 'boolean') {
      if (inline !== undefined) fail(`--${name} takes no value (found “${inline}”).`);
      values[name] = true;
      continue;
    }
    let value = inline;
    if (value === undefined) {
      const next = argv[i + 1];
      if (next === undefined || (next.startsWith('-') && next !== '-')) {
        fail(`--${name} needs a value${spec.values ? ` (${spec.values.join(', ')})` : spec.valueName ? ` (${spec.valueName})` : ''}.`);
      }
      value = next;
      i++;
    }
    if (spec.values && !spec.values.includes(/** @type {string} */ (value))) {
      fail(`--${name} must be one of ${spec.values.join(', ')} (found “${value}”).${didYouMean(/** @type {string} */ (value), spec.values)}`);
    }
    values[name] = value;
  }
  return { positionals, values };
}
