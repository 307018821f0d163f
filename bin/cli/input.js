// @ts-check
/**
 * Reading role documents from files and standard input. File-system problems (a missing file, a
 * folder, no permission) are usage / I/O errors (exit 2); content the parser refuses (too large,
 * not text, not JSON, not a role document, invalid fields) is an invalid document (exit 1).
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { EXPORT_KIND, INPUT_LIMITS, PROFILE_KIND, parseRoleDocument } from '../../dist/lib/src/index.js';
import { CliError } from './errors.js';

/** @typedef {import('../../dist/lib/src/index.js').RoleDocument} RoleDocument */
/** @typedef {import('../../dist/lib/src/index.js').ParseIssue} ParseIssue */

/**
 * @typedef {{ ok: true, name: string, document: RoleDocument, migratedFrom?: number, fromExport: boolean }
 *   | { ok: false, name: string, issues: ParseIssue[] }} Loaded
 */

/**
 * @typedef {object} Raw
 * @property {string} name
 * @property {Buffer} bytes
 * @property {number} [tooLong] the size, when the input is surely over the limit (no bytes are kept)
 * @property {boolean} [stopped] reading stopped at `tooLong` bytes: the input is larger still
 */

/**
 * The most text read: an export may be larger than a role document (it carries the assessment), so
 * reading stops at the export limit and the parser applies the document limit.
 */
const MAX_CHARS = INPUT_LIMITS.maxExportChars;
/** UTF-8 takes at most 3 bytes per UTF-16 code unit: a file larger than this is surely too long. */
const MAX_BYTES = 3 * MAX_CHARS;
export const STDIN_NAME = 'standard input';

const plural = (/** @type {number} */ n, /** @type {string} */ word) => `${n.toLocaleString('en-GB')} ${word}${n === 1 ? '' : 's'}`;
const mib = (/** @type {number} */ n) => `${(n / 1024 / 1024).toFixed(2)} MiB`;
const tooLarge = (/** @type {string} */ what) =>
  `The file is too large: ${what}; a role document may be at most ${plural(INPUT_LIMITS.maxChars, 'character')} (1 MiB), an export at most ${plural(MAX_CHARS, 'character')} (8 MiB).`;

/**
 * Why a file system call failed, in words.
 * @param {unknown} e
 */
function reason(e) {
  const code = /** @type {{ code?: string }} */ (e)?.code;
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR': return 'no such file';
    case 'EISDIR': return 'it is a folder, not a file';
    case 'EACCES':
    case 'EPERM': return 'permission denied';
    case 'ELOOP': return 'too many symbolic links';
    case 'ENAMETOOLONG': return 'the name is too long';
    default: return e instanceof Error ? e.message : String(e);
  }
}

/**
 * The raw bytes of a file or of standard input ("-"), with the name to show.
 * @param {string} file
 * @returns {Promise<Raw>}
 */
export async function readBytes(file) {
  if (file === '-') {
    if (process.stdin.isTTY) process.stderr.write('psw-role-kit: reading a role document from standard input (end it with Ctrl-D)\n');
    return readStream(process.stdin, STDIN_NAME);
  }
  let info;
  try {
    info = await stat(file);
  } catch (e) {
    throw new CliError(`cannot read ${file}: ${reason(e)}`);
  }
  if (info.isDirectory()) throw new CliError(`cannot read ${file}: it is a folder, not a file`);
  if (info.size > MAX_BYTES) return { name: file, bytes: Buffer.alloc(0), tooLong: info.size };
  try {
    // A pipe or device (e.g. <(cat role.json), /dev/zero) has no size: read it with the same cap as stdin.
    return info.isFile() ? { name: file, bytes: await readFile(file) } : await readStream(createReadStream(file), file);
  } catch (e) {
    if (e instanceof CliError) throw e;
    throw new CliError(`cannot read ${file}: ${reason(e)}`);
  }
}

/**
 * Reads a stream up to the size limit.
 * @param {NodeJS.ReadableStream & { destroy(): void }} stream
 * @param {string} name
 * @returns {Promise<Raw>}
 */
async function readStream(stream, name) {
  /** @type {Buffer[]} */
  const chunks = [];
  let size = 0;
  try {
    for await (const chunk of stream) {
      const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      chunks.push(buf);
      size += buf.length;
      if (size > MAX_BYTES) {
        stream.destroy();
        return { name, bytes: Buffer.alloc(0), tooLong: MAX_BYTES, stopped: true };
      }
    }
  } catch (e) {
    throw new CliError(`cannot read ${name}: ${reason(e)}`);
  }
  return { name, bytes: Buffer.concat(chunks) };
}

/**
 * Bytes → text: UTF-8 (with or without a byte order mark) or UTF-16 with a byte order mark (what
 * Windows Notepad calls "Unicode"). Anything else is refused with a sentence saying what it looks like.
 * @param {Buffer} bytes
 * @returns {{ text: string } | { problem: string }}
 */
export function decode(bytes) {
  if (bytes.subarray(0, 4).equals(Buffer.from('PK\x03\x04', 'latin1'))) {
    return { problem: 'The file is a zip archive (a Word .docx?), not a role document in JSON. Give the JSON file the role was exported or saved as.' };
  }
  const encoding = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : 'utf-8';
  try {
    return { text: new TextDecoder(encoding, { fatal: true }).decode(bytes) };
  } catch {
    return { problem: 'The file is not text in UTF-8: save it as UTF-8 JSON and try again.' };
  }
}

/**
 * Reads and parses one role document (or an export, whose document is returned).
 * Throws CliError for I/O problems; content problems come back as issues.
 * @param {string} file a path, or "-" for standard input
 * @returns {Promise<Loaded>}
 */
export async function loadDocument(file) {
  return documentFrom(await readBytes(file));
}

/**
 * The text of raw input, or the issue that stops it being read (too large, not text).
 * @param {Raw} raw
 * @returns {{ text: string } | { problem: string }}
 */
export function textOf({ bytes, tooLong, stopped }) {
  if (tooLong !== undefined) return { problem: tooLarge(`${stopped ? 'more than ' : ''}${plural(tooLong, 'byte')} (${mib(tooLong)})`) };
  const decoded = decode(bytes);
  if ('problem' in decoded) return decoded;
  // The parser refuses this too, but rounds both sizes to "1 MB"; say exactly how large it is.
  if (decoded.text.length > MAX_CHARS) return { problem: tooLarge(`${plural(decoded.text.length, 'character')} (${mib(decoded.text.length)})`) };
  return decoded;
}

/**
 * Parses raw input as a role document (or an export holding one).
 * @param {Raw} raw
 * @returns {Loaded}
 */
export function documentFrom(raw) {
  const { name } = raw;
  const read = textOf(raw);
  if ('problem' in read) return { ok: false, name, issues: [{ path: '', message: read.problem }] };
  const { text } = read;
  const result = parseRoleDocument(text);
  if (!result.ok && kindOf(text) === PROFILE_KIND) {
    return { ok: false, name, issues: [{ path: '', message: 'This is an organisation profile, not a role document: give it with --org (assess, export), or check it with validate.' }] };
  }
  if (!result.ok) return { ok: false, name, issues: result.issues };
  /** @type {Loaded} */
  const loaded = { ok: true, name, document: result.document, fromExport: kindOf(text) === EXPORT_KIND };
  if (result.migratedFrom !== undefined) loaded.migratedFrom = result.migratedFrom;
  return loaded;
}

/**
 * The `kind` of JSON text, when it is an object that has one.
 * @param {string} text
 * @returns {unknown}
 */
export function kindOf(text) {
  try {
    const value = JSON.parse(text.replace(/^\ufeff/, ''));
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? value.kind : undefined;
  } catch {
    return undefined;
  }
}
