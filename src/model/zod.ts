/**
 * The one place the core imports zod from. `jitless` must be set before any schema is built: zod
 * otherwise probes `new Function` while constructing object schemas, which a strict
 * Content-Security-Policy reports as a violation even though zod catches the error.
 * zod/mini keeps the drop-in bundle small (classic zod is not tree-shakeable).
 */
import * as z from 'zod/mini';

z.config({ jitless: true });

export { z };
