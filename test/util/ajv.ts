/**
 * A JSON Schema 2020-12 validator (ajv, strict, with formats) for the tests that check a shipped
 * schema agrees with its parser: the role document, the export envelope, the organisation profile.
 * The core tests run in Node only, where ajv (CommonJS) loads as it is.
 */
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { ValidateFunction } from 'ajv';

export function compileSchema(schema: object): ValidateFunction {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  return ajv.compile(schema);
}
