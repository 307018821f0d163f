/**
 * The shape every catalogue entry shares (a public contract): a stable id, a label for people, a short
 * description in our own words, and the ids of the sources it rests on (docs/sources.md is the key).
 */
import type { ThemeId } from './ids.js';

export interface CatalogueEntry<Id extends string = string> {
  readonly id: Id;
  readonly label: string;
  readonly description: string;
  /** Source ids, e.g. "S24", "S31-g" (docs/sources.md). */
  readonly sources: readonly string[];
}

/** An entry that is guidance: which of the study's themes (T1–T5) it serves. */
export interface ThemedEntry<Id extends string = string> extends CatalogueEntry<Id> {
  readonly themes: readonly ThemeId[];
}
