/**
 * The one place the core imports zod from. `jitless` must be set before any schema is built: zod
 * otherwise probes `new Function` while constructing object schemas, which a strict
 * Content-Security-Policy reports as a violation even though zod catches the error.
 * zod/mini keeps the drop-in bundle small (classic zod is not tree-shakeable).
 */
import * as z from 'zod/mini';

z.config({ jitless: true });

export { z };

/**
 * A copy of plain data (objects, lists, text, numbers) whose objects inherit nothing: zod lists an
 * object's keys with `for…in`, so a property a page's script added to `Object.prototype`
 * (`Object.prototype.extend`, as some old intranet libraries do) would read as an unknown field in
 * every object. What zod returns is built afresh.
 */
export function withoutInherited<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withoutInherited) as T;
  if (value === null || typeof value !== 'object') return value;
  const out = Object.create(null) as Record<string, unknown>;
  for (const key of Object.keys(value)) out[key] = withoutInherited((value as Record<string, unknown>)[key]);
  return out as T;
}
