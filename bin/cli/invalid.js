// @ts-check
/** What assess and export say when their input is not a valid role document (exit 1). */
import { EXIT } from './errors.js';
import { styles } from './output.js';
import { issueLines } from './report.js';

/**
 * @param {{ name: string, issues: import('../../dist/lib/src/index.js').ParseIssue[] }} loaded
 * @returns {number}
 */
export function reportInvalid({ name, issues }) {
  const s = styles(process.stderr);
  const n = issues.length;
  process.stderr.write([`psw-role-kit: ${name} is not a valid role document (${n} ${n === 1 ? 'issue' : 'issues'}):`, ...issueLines(issues, s), ''].join('\n'));
  return EXIT.INVALID;
}
