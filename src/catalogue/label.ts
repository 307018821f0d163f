/**
 * The label of a catalogue entry by its id: what the editors show and what every export prints, so a
 * job description names things exactly as the checklist, planner and builder do.
 */
import type { CatalogueEntry } from './types.js';

/** The entry's label, the id itself when the catalogue has no such entry, undefined for no id. */
export function labelOf<Id extends string>(entries: readonly CatalogueEntry<Id>[], id: Id | undefined): string | undefined {
  if (id === undefined) return undefined;
  return entries.find((e) => e.id === id)?.label ?? id;
}

/** The label in an id → label record (src/catalogue/short-labels.ts), or the id itself; never an inherited key. */
export function labelIn<Id extends string>(labels: Readonly<Record<Id, string>>, id: Id): string {
  return Object.prototype.hasOwnProperty.call(labels, id) ? labels[id] : id;
}
