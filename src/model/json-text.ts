/**
 * JSON text of plain data (documents, profiles, envelopes, request bodies), the same on any page.
 *
 * `JSON.stringify` calls a value's `toJSON` before writing it, and a script on the host page can give
 * every array or object one: Prototype.js 1.6 makes each array write itself as a JSON *string*. On
 * such a page a plain `JSON.stringify(document)` writes lists as strings, and saved work could not
 * be read back. Here a list or plain object is always written as what it holds, unless it has a
 * `toJSON` of its own; a `Date`, say, still writes itself through its own.
 * On a page that changed nothing this is `JSON.stringify` itself.
 */

/** `JSON.stringify(value, null, space)`, with no `toJSON` from the page applied. */
export function jsonText(value: unknown, space?: number): string {
  const { toJSON: arrays } = Array.prototype as { toJSON?: unknown };
  const { toJSON: objects } = Object.prototype as { toJSON?: unknown };
  if (arrays === undefined && objects === undefined) return JSON.stringify(value, null, space);
  // The holder, `this`, still has the original value: a list or object that would go through the
  // page's `toJSON` is written as it is; a value's own `toJSON` (a `Date`'s) stays.
  return JSON.stringify(value, function (this: Record<string, { toJSON?: unknown } | null>, key: string, written: unknown) {
    const original = this[key];
    return original != null && (original.toJSON === arrays || original.toJSON === objects) ? original : written;
  }, space);
}
