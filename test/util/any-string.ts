/**
 * `anyString(constraints)`: the same strings as `fc.string({ unit: 'binary', ...constraints })`
 * (any code point but lone surrogates; for a seed, the same values in the same order), without the
 * table of all 1,112,064 code points that fast-check builds, once per process, to recognise the
 * values of its own 'binary' unit (about 1.5 s, three times that under coverage). This unit
 * recognises its values with arithmetic.
 */
import fc from 'fast-check';

const SURROGATES = 0x800; // U+D800..U+DFFF, which the 'binary' unit leaves out
const toCodePoint = (i: number) => String.fromCodePoint(i < 0xd800 ? i : i + SURROGATES);
const fromCodePoint = (s: unknown): number => {
  const c = typeof s === 'string' ? s.codePointAt(0) : undefined;
  if (c === undefined || String.fromCodePoint(c) !== s || (c >= 0xd800 && c < 0xd800 + SURROGATES)) throw new Error('not a code point of the unit');
  return c < 0xd800 ? c : c - SURROGATES;
};
/**
 * One code point, as fast-check's 'binary' unit (a nat mapped onto two ranges) draws it: the unit for
 * `fc.anything({ stringUnit: anyCodePoint })` in place of `withUnicodeString: true`.
 */
export const anyCodePoint = fc.nat({ max: 0x10ffff - SURROGATES }).map(toCodePoint, fromCodePoint);

export const anyString = (constraints: Omit<fc.StringConstraints, 'unit'> = {}): fc.Arbitrary<string> =>
  fc.string({ ...constraints, unit: anyCodePoint });
