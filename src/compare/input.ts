/**
 * The two sides of a comparison as checked role documents. Each side may be a role document, an
 * export envelope (`psw-job-description`, whose document is compared) or the JSON text of either:
 * whatever `parseRoleDocument` reads. A side that does not parse is refused with a
 * `CompareInputError` naming the side and the fields.
 *
 * Parsing a 30-duty document costs about ten times its comparison, so a document the parser has
 * just accepted (by identity, ../model/vouched.ts) is used as it is, and the document parsed from
 * any other object is remembered by that object's identity: comparing the same objects again (an
 * element re-rendering, a server answering the same request) neither parses nor assesses again
 * (assessRole's memo is by document identity too). This rests on the rule the store is built on:
 * a document is never changed in place.
 */
import { parseRoleDocument } from '../model/parse.js';
import type { RoleDocument } from '../model/schema.js';
import { isVouchedFor } from '../model/vouched.js';
import { CompareInputError } from './types.js';

const parsed = new WeakMap<object, RoleDocument>();

export function toDocument(input: unknown, side: 'before' | 'after'): RoleDocument {
  if (isVouchedFor(input)) return input as RoleDocument;
  const isObject = typeof input === 'object' && input !== null;
  const known = isObject ? parsed.get(input) : undefined;
  if (known) return known;
  const result = parseRoleDocument(input);
  if (!result.ok) throw new CompareInputError(side, result.issues);
  if (isObject) parsed.set(input, result.document);
  return result.document;
}
