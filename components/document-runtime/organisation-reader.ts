/**
 * Reading an organisation profile: the lazy half of ./organisation-source.ts (a chunk of the drop-in
 * bundle with the profile's parser and schema, fetched when a page first supplies a profile). Parses
 * a value or JSON text with `parseOrganisationProfile`, or fetches the one URL the page named (its
 * cookies go to the page's own origin only) and parses what comes back. Nothing a profile names is
 * ever fetched.
 */
import { parseOrganisationProfile } from '../../src/organisation/parse.js';
import type { OrganisationProfile } from '../../src/organisation/schema.js';
import type { PswOrganisationErrorDetail } from '../base/events.js';

/** A profile to use, or why none is used. */
export type ProfileOutcome = { profile: OrganisationProfile; error?: undefined } | { profile?: undefined; error: PswOrganisationErrorDetail };

/** The fields an invalid profile gets wrong, for the console: the first three, and how many more. */
function fieldsWrong(error: PswOrganisationErrorDetail): string {
  if (error.reason !== 'invalid') return '';
  const named = error.issues.slice(0, 3).map((i) => `${i.path || 'the profile'}: ${i.message.replace(/\.$/, '')}`);
  const more = error.issues.length - named.length;
  return ` ${named.join('; ')}${more > 0 ? `; and ${more} more` : ''}.`;
}

function refused(error: PswOrganisationErrorDetail): ProfileOutcome {
  console.warn(`psw-role-kit: the organisation profile${error.url ? ` at ${error.url}` : ''} could not be used (${error.reason}); the role is shown without it.${fieldsWrong(error)}`);
  return { error };
}

/** Parses a profile given as a value or JSON text. */
export function readProfile(input: unknown, url?: string): ProfileOutcome {
  const result = parseOrganisationProfile(input);
  if (result.ok) return { profile: result.profile };
  return refused(url ? { reason: 'invalid', issues: result.issues, url } : { reason: 'invalid', issues: result.issues });
}

/** Fetches the profile at `url` (resolved against `base`) and parses it. */
export async function fetchProfile(url: string, base: string): Promise<ProfileOutcome> {
  let href = url;
  let text: string;
  try {
    href = new URL(url, base).href;
    const response = await fetch(href, { credentials: 'same-origin', headers: { accept: 'application/json' } });
    if (!response.ok) return refused({ reason: 'unreachable', url: href, status: response.status });
    text = await response.text();
  } catch {
    return refused({ reason: 'unreachable', url: href, status: 0 });
  }
  return readProfile(text, href);
}
