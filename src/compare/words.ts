/**
 * Word-level differences of two texts, with jsdiff's `diffWords` (the `diff` package): a well-kept
 * implementation of Myers' algorithm that treats each word and punctuation mark as a token and keeps
 * the spacing. Past `MAX_EDITS` edits the texts have little in common, and the difference is given
 * as the old text removed and the new one added (which keeps the work bounded for 10,000-character
 * fields).
 */
import { diffWords } from 'diff';
import type { WordDiff } from './types.js';

const MAX_EDITS = 400;

export function wordDiff(before: string, after: string): WordDiff[] {
  const parts = diffWords(before, after, { maxEditLength: MAX_EDITS });
  if (!parts) return [{ kind: 'removed', text: before }, { kind: 'added', text: after }].filter((p) => p.text !== '') as WordDiff[];
  return parts.map((p) => ({ kind: p.added ? 'added' : p.removed ? 'removed' : 'same', text: p.value }));
}

const WORD = /[\p{L}\p{N}]+/gu;
const count = (s: string) => s.match(WORD)?.length ?? 0;

/** Whether most of the old text's words went: "rewritten" rather than "edited". */
export function mostlyRewritten(words: readonly WordDiff[]): boolean {
  let same = 0, removed = 0;
  for (const w of words) {
    if (w.kind === 'same') same += count(w.text);
    else if (w.kind === 'removed') removed += count(w.text);
  }
  return removed > same;
}
