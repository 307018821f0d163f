/**
 * The assessment summary at the end of the internal record: readiness, the balance of structure
 * and flexibility, readiness for job evaluation, and what is left to fix or check, in words.
 * It is made from an assessment the caller passes (`assessRole`), so the job-description model
 * itself never loads the assessment engine.
 */
import type { Assessment } from '../assess/types.js';
import { formatDecimal, joinWords } from './format.js';
import { defined, line } from './jd-lines.js';
import type { JdBlock, ListItem } from './jd-model-types.js';

const READINESS = { ready: 'Ready', 'needs-attention': 'Needs attention', incomplete: 'Incomplete' } as const;
const VERDICT = { balanced: 'balanced', 'too-rigid': 'too rigid', 'too-loose': 'too loose', unknown: 'not known yet' } as const;

const count = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

export function assessmentSection(a: Assessment | undefined): JdBlock[] {
  if (!a || a.pending) return [];
  const b = a.balance;
  const errors = a.findings.filter((f) => f.severity === 'error');
  const warnings = a.findings.filter((f) => f.severity === 'warning');
  const notes = a.findings.length - errors.length - warnings.length;
  const pct = (n: number) => `${formatDecimal(n)}%`;
  const rows = [
    { key: 'Readiness', value: READINESS[a.readiness] },
    { key: 'Balance', value: `Core ${pct(b.core)}, flexible ${pct(b.flexible)}, excluded ${pct(b.excluded)}, not allocated ${pct(b.unallocated)} (${VERDICT[b.verdict]})` },
    { key: 'Ready for job evaluation', value: a.banding.ready ? 'Yes' : `Not yet: ${joinWords(a.banding.missing)}` },
    { key: 'Findings', value: `${count(errors.length, 'to fix', 'to fix')}, ${count(warnings.length, 'to check', 'to check')}, ${count(notes, 'note', 'notes')}` },
  ];
  const items = [...errors, ...warnings].map((f): ListItem => ({ text: line(f.message) ?? '', details: defined([line(f.fix) && `What to do: ${line(f.fix)}`]) }));
  return defined<JdBlock>([
    { kind: 'keyValue', rows },
    items.length > 0 && { kind: 'list', caption: 'To fix and to check', items },
  ]);
}
