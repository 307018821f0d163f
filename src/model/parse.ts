/**
 * `parseRoleDocument(input)`: the core's door for untrusted input, `readRoleDocument`
 * (./read-role-document.ts) with JSON syntax errors located by line and column (./json-error.ts).
 */
import { locateJsonError } from './json-error.js';
import { readRoleDocument, type ParseResult } from './read-role-document.js';

export { EXPORT_KIND, EXPORT_SCHEMA_VERSION, type ParseResult } from './read-role-document.js';

export const parseRoleDocument = (input: unknown): ParseResult => readRoleDocument(input, locateJsonError);
