// @ts-check
/**
 * Writing results: standard output, or a file / folder given with --out. No folder is created:
 * a typo in --out should be an error, not a new directory tree.
 */
import { constants } from 'node:fs';
import { access, stat, writeFile } from 'node:fs/promises';
import { dirname, join, sep } from 'node:path';
import { CliError } from './errors.js';

/**
 * @param {unknown} e
 */
function reason(e) {
  const code = /** @type {{ code?: string }} */ (e)?.code;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
    case 'EROFS': return 'permission denied';
    case 'ENOSPC': return 'the disk is full';
    case 'EISDIR': return 'it is a folder';
    case 'ENOENT':
    case 'ENOTDIR': return 'its folder does not exist';
    default: return e instanceof Error ? e.message : String(e);
  }
}

/** @param {string} path */
async function kind(path) {
  try {
    const s = await stat(path);
    return s.isDirectory() ? 'folder' : 'file';
  } catch {
    return 'missing';
  }
}

/**
 * Where --out points: a folder gets `filename()` inside it; a file path needs an existing folder.
 * @param {string} out
 * @param {() => string} filename the name to use inside a folder
 * @returns {Promise<string>}
 */
export async function resolveOut(out, filename) {
  const what = await kind(out);
  if (what === 'folder') return join(out, filename());
  if (out.endsWith('/') || out.endsWith(sep)) {
    throw new CliError(`cannot write to ${out}: the folder does not exist (psw-role-kit creates no folders)`);
  }
  const folder = dirname(out);
  const parent = await kind(folder);
  if (parent === 'missing') throw new CliError(`cannot write ${out}: the folder ${folder} does not exist (psw-role-kit creates no folders)`);
  if (parent === 'file') throw new CliError(`cannot write ${out}: ${folder} is a file, not a folder`);
  return out;
}

/**
 * Writes `data` to `out` (a file or a folder; "-" or undefined for standard output) and says so.
 * @param {string | Uint8Array} data
 * @param {object} opts
 * @param {string} [opts.out]
 * @param {() => string} opts.filename the file name to use when `out` is a folder
 * @param {boolean} [opts.binary] refuse to write it to a terminal
 * @param {boolean} [opts.noClobber] refuse to replace an existing file
 */
export async function emit(data, { out, filename, binary = false, noClobber = false }) {
  if (out === undefined || out === '-') {
    if (binary && process.stdout.isTTY) {
      throw new CliError(`will not write a binary file to the terminal: use --out FILE.${filename().split('.').pop()} (or a folder), or pipe the output to a file`);
    }
    process.stdout.write(data);
    return;
  }
  const target = await resolveOut(out, filename);
  if (noClobber && (await access(target, constants.F_OK).then(() => true, () => false))) {
    throw new CliError(`${target} already exists: choose another name, or add --force to replace it`);
  }
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  try {
    await writeFile(target, bytes);
  } catch (e) {
    throw new CliError(`cannot write ${target}: ${reason(e)}`);
  }
  process.stdout.write(`Wrote ${target} (${bytes.length.toLocaleString('en-GB')} bytes)\n`);
}

/**
 * Colour for terminals: only when the stream is a TTY and NO_COLOR is unset (https://no-color.org).
 * @param {NodeJS.WriteStream} stream
 */
export function styles(stream) {
  const on = Boolean(stream.isTTY) && !process.env.NO_COLOR;
  const wrap = (/** @type {number} */ open, /** @type {number} */ close) => (/** @type {string} */ s) => (on ? `\x1b[${open}m${s}\x1b[${close}m` : s);
  return { bold: wrap(1, 22), dim: wrap(2, 22), red: wrap(31, 39), yellow: wrap(33, 39), green: wrap(32, 39), cyan: wrap(36, 39) };
}
/** @typedef {ReturnType<typeof styles>} Styles */
