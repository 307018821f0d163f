/**
 * `waitUntil` with room for storage: IndexedDB transactions and a fake server's round trips can take
 * well over open-wc's default second on a loaded machine. Waiting longer costs nothing when the
 * condition holds early; it only stops a slow machine from failing a test that would pass.
 */
import { waitUntil as waitFor } from '@open-wc/testing';

type Options = Parameters<typeof waitFor>[2];

export const waitUntil = (predicate: Parameters<typeof waitFor>[0], message?: string, options?: Options) =>
  waitFor(predicate, message, { timeout: 10_000, ...options });

/**
 * Lets pending renders run, then resolves just after the next paint: by then the views that showed
 * an earlier assessment while someone typed have asked to render the current one
 * (components/document-runtime/shown-assessment.ts; their frame callbacks were queued first).
 */
export async function afterNextPaint(): Promise<void> {
  await new Promise((r) => setTimeout(r));
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
}
