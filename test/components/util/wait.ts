/**
 * `waitUntil` with room for storage: IndexedDB transactions and a fake server's round trips can take
 * well over open-wc's default second on a loaded machine. Waiting longer costs nothing when the
 * condition holds early; it only stops a slow machine from failing a test that would pass.
 */
import { waitUntil as waitFor } from '@open-wc/testing';

type Options = Parameters<typeof waitFor>[2];

export const waitUntil = (predicate: Parameters<typeof waitFor>[0], message?: string, options?: Options) =>
  waitFor(predicate, message, { timeout: 10_000, ...options });
