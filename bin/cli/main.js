// @ts-check
/**
 * The command line: dispatches to a command and turns errors into messages and exit codes.
 * Commands write to process.stdout / process.stderr and return their exit code.
 */
import { VERSION } from '../../dist/lib/src/index.js';
import { parseArgs } from './args.js';
import { assess } from './assess.js';
import { CliError, EXIT } from './errors.js';
import { AUDIENCES, FORMATS, exportCommand } from './export.js';
import { commandHelp, overview } from './help.js';
import { didYouMean } from './suggest.js';
import { serve } from './serve.js';
import { template, templates } from './template.js';
import { validate } from './validate.js';

/** @typedef {import('./args.js').OptionSpecs} OptionSpecs */

const help = /** @type {const} */ ({ type: 'boolean', short: 'h' });
const out = /** @type {const} */ ({ type: 'string', short: 'o', valueName: 'a file or folder' });
const org = /** @type {const} */ ({ type: 'string', valueName: 'PROFILE.json' });

/** @type {Record<string, { options: OptionSpecs, run: (args: string[], values: any) => Promise<number> | number }>} */
const COMMANDS = {
  validate: { options: { help, json: { type: 'boolean' } }, run: validate },
  assess: { options: { help, json: { type: 'boolean' }, policy: { type: 'string', valueName: 'POLICY.json' }, today: { type: 'string', valueName: 'YYYY-MM-DD' }, org }, run: assess },
  export: { options: { help, format: { type: 'string', short: 'f', values: FORMATS }, out, extensions: { type: 'boolean' }, org, audience: { type: 'string', values: AUDIENCES } }, run: exportCommand },
  template: { options: { help, out, force: { type: 'boolean' } }, run: template },
  templates: { options: { help, json: { type: 'boolean' } }, run: templates },
  serve: {
    options: {
      help, port: { type: 'string', short: 'p', valueName: 'PORT' }, host: { type: 'string', valueName: 'ADDRESS' }, data: { type: 'string', valueName: 'DIR' },
      'database-url': { type: 'string', valueName: 'URL' }, tokens: { type: 'string', valueName: 'FILE' }, 'trust-proxy-header': { type: 'string', valueName: 'NAME' },
      'cors-origin': { type: 'string', valueName: 'ORIGIN[,ORIGIN…]' }, 'writes-per-minute': { type: 'string', valueName: 'N' },
    },
    run: serve,
  },
};

/**
 * @param {string[]} argv the arguments after `psw-role-kit`
 * @returns {Promise<number>} the exit code
 */
export async function main(argv) {
  try {
    return await dispatch(argv);
  } catch (e) {
    if (process.env.PSW_DEBUG === '1' && e instanceof Error) process.stderr.write(`${e.stack}\n`);
    if (e instanceof CliError) {
      process.stderr.write(`psw-role-kit: ${e.message}\n`);
      return e.code;
    }
    const message = e instanceof Error ? e.message : String(e);
    process.stderr.write(`psw-role-kit: unexpected error: ${message}${process.env.PSW_DEBUG === '1' ? '' : ' (set PSW_DEBUG=1 for details)'}\n`);
    return EXIT.USAGE;
  }
}

/** @param {string[]} argv */
async function dispatch(argv) {
  const [first, ...rest] = argv;
  if (first === undefined || first === '--help' || first === '-h') {
    process.stdout.write(overview());
    return first === undefined ? EXIT.USAGE : EXIT.OK;
  }
  if (first === '--version' || first === '-v' || first === '-V') {
    process.stdout.write(`${VERSION}\n`);
    return EXIT.OK;
  }
  if (first === 'help') {
    const topic = rest[0];
    if (topic === undefined) { process.stdout.write(overview()); return EXIT.OK; }
    if (!Object.hasOwn(commandHelp, topic)) throw unknownCommand(topic);
    process.stdout.write(commandHelp[topic]);
    return EXIT.OK;
  }
  if (first.startsWith('-')) {
    throw new CliError(`unknown option ${first}: give a command first.${didYouMean(first.replace(/^-+/, ''), ['help', 'version'], (n) => `--${n}`)} Run psw-role-kit --help for usage.`);
  }
  if (!Object.hasOwn(COMMANDS, first)) throw unknownCommand(first);
  const command = COMMANDS[first];
  const { positionals, values } = parseArgs(rest, command.options, first);
  if (values.help) {
    process.stdout.write(commandHelp[first]);
    return EXIT.OK;
  }
  return command.run(positionals, values);
}

/** @param {string} name */
function unknownCommand(name) {
  return new CliError(`unknown command “${name}”.${didYouMean(name, Object.keys(COMMANDS))} Commands: ${Object.keys(COMMANDS).join(', ')}. Run psw-role-kit --help for usage.`);
}
