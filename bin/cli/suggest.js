// @ts-check
/** "Did you mean …?" for mistyped commands, options, formats and setting ids. */

/**
 * Edit distance (insertions, deletions, substitutions, and swaps of neighbours: "valdiate").
 * @param {string} a
 * @param {string} b
 */
export function distance(a, b) {
  /** @type {number[][]} */
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

/**
 * The candidate nearest to `input`, if it is near enough to be a likely typo or a prefix of it.
 * @param {string} input
 * @param {readonly string[]} candidates
 * @returns {string | undefined}
 */
export function nearest(input, candidates) {
  const text = input.toLowerCase();
  const prefixed = candidates.filter((c) => text.length >= 2 && c.startsWith(text));
  if (prefixed.length === 1) return prefixed[0];
  let best, bestScore = Infinity;
  for (const c of candidates) {
    const score = distance(text, c.toLowerCase());
    if (score < bestScore) { best = c; bestScore = score; }
  }
  // A third of the word may be wrong, at least one letter and at most three.
  return best !== undefined && bestScore <= Math.min(3, Math.max(1, Math.floor(best.length / 3))) ? best : undefined;
}

/**
 * " Did you mean “x”?" or "".
 * @param {string} input
 * @param {readonly string[]} candidates
 * @param {(s: string) => string} [show]
 */
export function didYouMean(input, candidates, show = (s) => `“${s}”`) {
  const n = nearest(input, candidates);
  return n === undefined ? '' : ` Did you mean ${show(n)}?`;
}
