// The zod schemas whose checks src/model/generated/role-document-check.ts exports (as `…Check`):
// the document (its `shape` gives each section's), a duty (src/store/validate.ts checks a changed
// duty alone), an id and a timestamp (src/model/blank.ts checks its arguments).
export const CHECKER_ROOTS = ['RoleDocumentSchema', 'DutySchema', 'IdSchema', 'TimestampSchema'];

/**
 * The modules without zod whose lists of values the generated checks refer to (paths from
 * src/model/generated/), with the modules to import them from for the compiler (paths from the
 * repository's root).
 */
export const CHECKER_CONSTANTS = [
  { from: '../../catalogue/ids.js', source: './src/catalogue/ids.ts' },
  { from: '../suggestable.js', source: './src/model/suggestable.ts' },
  { from: '../constants.js', source: './src/model/constants.ts' },
];

/** `constants` for compileChecker: every array of a module in CHECKER_CONSTANTS, by name. */
export const constantsOf = (modules) => Object.fromEntries(CHECKER_CONSTANTS.flatMap(({ from }, i) =>
  Object.entries(modules[i]).filter(([, v]) => Array.isArray(v)).map(([name, values]) => [name, { from, values }])));
