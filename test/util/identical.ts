/**
 * `identical(a, b)`: whether two values are the same data, strictly — the same primitive
 * (`Object.is`: NaN is NaN, 0 is not -0), the same object, or plain objects or arrays with the same
 * prototype and the same own properties (names and symbols, enumerable or not) in the same order,
 * each a data property with the same flags and an identical value. Anything else (a Date, a class
 * instance, an accessor) is identical only to itself.
 *
 * Stricter than chai's `deep.equal` (which ignores key order, flags and non-enumerable properties),
 * so tests that compare many large values can skip chai when this holds and let chai word the
 * difference when it does not. And as strict as anything a parser can observe in plain data, so a
 * value identical to one already checked needs no second check.
 */
const PLAIN = new Set<unknown>([Object.prototype, Array.prototype, null]);

export function identical(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const proto = Object.getPrototypeOf(a);
  if (proto !== Object.getPrototypeOf(b) || !PLAIN.has(proto)) return false;
  const keys = Reflect.ownKeys(a);
  const other = Reflect.ownKeys(b);
  if (keys.length !== other.length) return false;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    if (key !== other[i]) return false;
    const x = Object.getOwnPropertyDescriptor(a, key)!;
    const y = Object.getOwnPropertyDescriptor(b, key)!;
    if (!('value' in x) || !('value' in y)) return false;
    if (x.enumerable !== y.enumerable || x.writable !== y.writable || x.configurable !== y.configurable) return false;
    if (!identical(x.value, y.value)) return false;
  }
  return true;
}
