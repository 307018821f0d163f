/**
 * Word-level differences of two texts, with jsdiff's `diffWordsWithSpace` (the `diff` package): a
 * well-kept implementation of Myers' algorithm that treats each word, punctuation mark and run of
 * spaces as a token, so both texts are rebuilt exactly from the parts. Past `MAX_EDITS` edits the
 * texts have little in common, and the difference is given as the old text removed and the new one
 * added (which keeps the work bounded for 10,000-character fields). The start and end both texts
 * share are set aside before diffing, so an edit of a few words in a long text costs little.
 */
import { diffWordsWithSpace } from 'diff';
import type { WordDiff } from './types.js';

const MAX_EDITS = 400;

/**
 * The differences of recently compared texts: comparing the same two versions again (an element
 * re-rendering, a server answering the same request) finds them here. Bounded; oldest out first.
 */
const recent = new Map<string, readonly WordDiff[]>();
const RECENT = 256;

/** The differences of `before` and `after` (shared with later calls for the same texts: treat as read-only). */
export function wordDiff(before: string, after: string): readonly WordDiff[] {
  const key = `${before.length}:${before}\u0000${after}`;
  let words = recent.get(key);
  if (!words) {
    words = diffTexts(before, after);
    if (recent.size >= RECENT) recent.delete(recent.keys().next().value!);
    recent.set(key, words);
  }
  return words;
}

function diffTexts(before: string, after: string): WordDiff[] {
  // Most edits touch a few words of a longer text: the words both ends share are set aside first
  // (cut at a space, so no word is split), and only the middle is diffed.
  const head = sharedHead(before, after);
  const tail = sharedTail(before.slice(head), after.slice(head));
  const a = before.slice(head, before.length - tail), b = after.slice(head, after.length - tail);
  const out: WordDiff[] = [];
  if (head) out.push({ kind: 'same', text: before.slice(0, head) });
  const parts = a && b ? diffWordsWithSpace(a, b, { maxEditLength: MAX_EDITS }) : undefined;
  if (parts) for (const p of parts) out.push({ kind: p.added ? 'added' : p.removed ? 'removed' : 'same', text: p.value });
  else {
    if (a) out.push({ kind: 'removed', text: a });
    if (b) out.push({ kind: 'added', text: b });
  }
  if (tail) out.push({ kind: 'same', text: before.slice(before.length - tail) });
  return out;
}

/** The length of the start both texts share, ending just after a space (0 when none). */
function sharedHead(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (i === a.length && i === b.length) return i;
  while (i > 0 && !/\s/.test(a[i - 1]!)) i--;
  return i;
}

/** The length of the end both texts share, starting just before a space (0 when none). */
function sharedTail(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a.charCodeAt(a.length - 1 - i) === b.charCodeAt(b.length - 1 - i)) i++;
  while (i > 0 && !/\s/.test(a[a.length - i]!)) i--;
  return i;
}

const WORD = /[\p{L}\p{N}]+/gu;
const count = (s: string) => s.match(WORD)?.length ?? 0;

/** Whether most of the old text's words went: "rewritten" rather than "edited". */
const rewritten = new WeakMap<readonly WordDiff[], boolean>();
export function mostlyRewritten(words: readonly WordDiff[]): boolean {
  let known = rewritten.get(words);
  if (known === undefined) rewritten.set(words, (known = countRewritten(words)));
  return known;
}

function countRewritten(words: readonly WordDiff[]): boolean {
  let same = 0, removed = 0;
  for (const w of words) {
    if (w.kind === 'same') same += count(w.text);
    else if (w.kind === 'removed') removed += count(w.text);
  }
  return removed > same;
}
