/**
 * The shape every catalogue entry shares (DESIGN.md §3): a stable id, a label for people, a short
 * description in our own words, and the ids of the sources in domain/evidence.md it rests on.
 */
import type { ThemeId } from './ids.js';

export interface CatalogueEntry<Id extends string = string> {
  readonly id: Id;
  readonly label: string;
  readonly description: string;
  /** Source ids from domain/evidence.md, e.g. "S24", "S31-g". */
  readonly sources: readonly string[];
}

/** An entry that is guidance: which of the study's themes (T1–T5) it serves. */
export interface ThemedEntry<Id extends string = string> extends CatalogueEntry<Id> {
  readonly themes: readonly ThemeId[];
}
