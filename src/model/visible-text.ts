/**
 * Whether text shows anything to a reader. The assessment and every export share this one test, so a
 * field the assessment counts as blank is "To be agreed" in an advert, never an invisible title.
 */

/**
 * A character a reader sees: not white space, a control character, an invisible format character
 * (U+200B, U+202E…), a combining mark with nothing to combine with (variation selectors, U+034F
 * among them), a Hangul filler (U+115F, U+1160, U+3164, U+FFA0) or the blank Braille pattern (U+2800).
 */
const VISIBLE = /[^\s\p{Cc}\p{Cf}\p{M}\u115F\u1160\u3164\uFFA0\u2800]/u;

/** True when an optional text field holds something a reader can see (a zero-width space alone is no title). */
export function filled(s: string | undefined): s is string {
  // Most filled fields start with a printable ASCII character: skip the expression for them.
  return s !== undefined && s.length > 0 && (s.charCodeAt(0) > 32 && s.charCodeAt(0) < 127 ? true : VISIBLE.test(s));
}
