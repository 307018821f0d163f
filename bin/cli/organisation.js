// @ts-check
/**
 * Organisation profiles on the command line: `--org FILE` for assess and export, and profiles
 * given to validate (recognised by their kind, "psw-organisation-profile"). A profile goes through
 * `parseOrganisationProfile`, the same door as in the browser; its issues name the field in words.
 */
import { PROFILE_KIND, parseOrganisationProfile } from '../../dist/lib/src/index.js';
import { CliError } from './errors.js';
import { readBytes, textOf } from './input.js';
import { reportInvalid } from './invalid.js';

/** @typedef {import('../../dist/lib/src/index.js').OrganisationProfile} OrganisationProfile */
/** @typedef {import('../../dist/lib/src/index.js').ParseIssue} ParseIssue */
/** @typedef {import('./input.js').Raw} Raw */

/**
 * @typedef {{ ok: true, name: string, profile: OrganisationProfile, migratedFrom?: number }
 *   | { ok: false, name: string, issues: ParseIssue[] }} LoadedProfile
 */

export { PROFILE_KIND };

/**
 * Parses raw input as an organisation profile.
 * @param {Raw} raw
 * @returns {LoadedProfile}
 */
export function profileFrom(raw) {
  const { name } = raw;
  const read = textOf(raw);
  if ('problem' in read) return { ok: false, name, issues: [{ path: '', message: read.problem }] };
  const result = parseOrganisationProfile(read.text);
  if (!result.ok) return { ok: false, name, issues: result.issues };
  return result.migratedFrom === undefined
    ? { ok: true, name, profile: result.profile }
    : { ok: true, name, profile: result.profile, migratedFrom: result.migratedFrom };
}

/**
 * The profile of `--org FILE` for a command, or the exit code after its issues were printed.
 * @param {string} command the command's name, for messages
 * @param {string | undefined} file the --org value
 * @param {string} input the command's FILE (standard input cannot be both)
 * @returns {Promise<{ profile?: OrganisationProfile } | { exit: number }>}
 */
export async function orgOption(command, file, input) {
  if (file === undefined) return {};
  if (file === '-' && input === '-') throw new CliError(`${command}: standard input (-) cannot be both the FILE and the --org profile`);
  const loaded = profileFrom(await readBytes(file));
  if (!loaded.ok) return { exit: reportInvalid(loaded, 'organisation profile') };
  return { profile: loaded.profile };
}
