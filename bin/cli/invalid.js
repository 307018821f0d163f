// @ts-check
/** What assess and export say when their input (a role document, or the --org profile) is not valid (exit 1). */
import { EXIT } from './errors.js';
import { styles } from './output.js';
import { issueLines } from './report.js';

/**
 * @param {{ name: string, issues: import('../../dist/lib/src/index.js').ParseIssue[] }} loaded
 * @param {string} [what] what the input should have been
 * @returns {number}
 */
export function reportInvalid({ name, issues }, what = 'role document') {
  const s = styles(process.stderr);
  const n = issues.length;
  process.stderr.write([`psw-role-kit: ${name} is not a valid ${what} (${n} ${n === 1 ? 'issue' : 'issues'}):`, ...issueLines(issues, s), ''].join('\n'));
  return EXIT.INVALID;
}
