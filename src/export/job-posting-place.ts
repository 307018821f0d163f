/**
 * Where the job is, as a schema.org PostalAddress, from the free text of `employment.location`
 * ("Riverside House, 12 High Street, Leeds LS1 4AB, with travel across the city"). A heuristic,
 * documented so HR can predict it: the text is split at commas; a UK postcode anywhere becomes
 * `postalCode`; parts that start with a lower-case letter are notes, not address ("with travel…");
 * of the rest, the last is the town (`addressLocality`) and the ones before it the street address.
 * A text with no such part is the locality as a whole. "To be agreed" and the like give no place.
 */
import { line, type LooseNode } from './json-ld.js';

const POSTCODE = /\b([A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2})\b/i;
const UNDECIDED = /^(to be (agreed|confirmed|decided)|tbc|tba|n\/a)\b/i;

export function postalAddress(location: string | undefined): LooseNode | undefined {
  const text = line(location);
  if (!text || UNDECIDED.test(text)) return undefined;
  const postcode = POSTCODE.exec(text)?.[1]?.toUpperCase();
  const parts = text.split(/,|\s\/\s/).map((p) => p.replace(POSTCODE, '').trim()).filter((p) => p !== '' && !/^[a-z]/.test(p));
  const locality = parts.length ? parts[parts.length - 1] : text;
  const street = parts.slice(0, -1).join(', ');
  return {
    '@type': 'PostalAddress',
    streetAddress: street || undefined,
    addressLocality: locality,
    postalCode: postcode,
    addressCountry: 'GB',
  };
}
