// @ts-check
/** `export FILE --format json|jsonld|md|docx`: the job description in one of the export formats. */
import { exportJobDescription, suggestFilename, toDocx, toJobPosting, toMarkdown } from '../../dist/lib/src/index.js';
import { CliError, EXIT } from './errors.js';
import { loadDocument } from './input.js';
import { reportInvalid } from './invalid.js';
import { orgOption } from './organisation.js';
import { emit } from './output.js';

export const FORMATS = /** @type {const} */ (['json', 'jsonld', 'md', 'docx']);
/** @typedef {typeof FORMATS[number]} Format */
/** Who the Markdown and Word job descriptions are for (JSON is the record, JSON-LD the advert). */
export const AUDIENCES = /** @type {const} */ (['candidate', 'internal']);

/** File extensions that name a format, for `--out role.docx` without --format. */
const BY_EXTENSION = /** @type {Record<string, Format>} */ ({ json: 'json', jsonld: 'jsonld', md: 'md', markdown: 'md', docx: 'docx' });

/**
 * @param {string[]} files
 * @param {{ format?: string, out?: string, extensions?: boolean, org?: string, audience?: string }} opts
 * @returns {Promise<number>}
 */
export async function exportCommand(files, opts) {
  if (files.length !== 1) throw new CliError(files.length ? `export: give one FILE (found ${files.length})` : 'export: give a FILE (or - for standard input) and --format json|jsonld|md|docx');
  const guessed = opts.out?.match(/\.([a-z]+)$/i)?.[1]?.toLowerCase();
  const format = /** @type {Format | undefined} */ (opts.format ?? (guessed ? BY_EXTENSION[guessed] : undefined));
  if (!format) throw new CliError(`export: give --format ${FORMATS.join('|')}`);
  if (opts.extensions && format !== 'jsonld') throw new CliError('export: --extensions applies to --format jsonld only');
  if (opts.audience && format !== 'md' && format !== 'docx') {
    throw new CliError(`export: --audience applies to --format md and docx only (json is always the whole record, jsonld always the advert)`);
  }
  const audience = opts.audience === 'internal' ? 'internal' : 'candidate';

  const org = await orgOption('export', opts.org, files[0]);
  if ('exit' in org) return org.exit;
  const loaded = await loadDocument(files[0]);
  if (!loaded.ok) return reportInvalid(loaded);
  const doc = loaded.document;
  // With --org, every format describes the effective document and carries the organisation.
  const withOrg = org.profile ? { organisation: org.profile } : {};

  /** @type {string | Uint8Array} */
  let data;
  switch (format) {
    case 'json': data = JSON.stringify(exportJobDescription(doc, withOrg), null, 2) + '\n'; break;
    case 'jsonld': data = JSON.stringify(toJobPosting(doc, { extensions: Boolean(opts.extensions), ...withOrg }), null, 2) + '\n'; break;
    case 'md': data = withNewline(toMarkdown(doc, { ...withOrg, audience })); break;
    case 'docx': data = await toDocx(doc, { ...withOrg, audience }); break;
  }
  await emit(data, { out: opts.out, filename: () => suggestFilename(doc, format), binary: format === 'docx' });
  return EXIT.OK;
}

/** @param {string} text */
const withNewline = (text) => (text.endsWith('\n') ? text : text + '\n');
