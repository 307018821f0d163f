/**
 * Whether text shows anything to a reader. The assessment and every export share this one test, so a
 * field the assessment counts as blank is "To be agreed" in an advert, never an invisible title.
 */

/** A character a reader sees: not white space, a control character or an invisible format character (U+200B, U+202E…). */
const VISIBLE = /[^\s\p{Cc}\p{Cf}]/u;

/** True when an optional text field holds something a reader can see (a zero-width space alone is no title). */
export function filled(s: string | undefined): s is string {
  // Most filled fields start with a printable ASCII character: skip the expression for them.
  return s !== undefined && s.length > 0 && (s.charCodeAt(0) > 32 && s.charCodeAt(0) < 127 ? true : VISIBLE.test(s));
}
