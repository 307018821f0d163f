/**
 * What the section templates (basics, duties, employment, …) need from the element: the current
 * document, strings, findings in place, and edit helpers that keep refused input and its issue in
 * place. `BuilderState` implements it (in the builder's lazy view); the sections stay plain functions.
 */
import type { Assessment, Finding } from '../../src/assess/types.js';
import type { SettingId } from '../../src/catalogue/ids.js';
import type { DutyKind, RoleDocument } from '../../src/model/schema.js';
import type { Path } from '../../src/store/ops.js';
import type { EditOptions, Recipe } from '../context/document-context.js';
import type { Localizer } from '../base/localize.js';
import type { CommonT } from '../base/ui.js';
import type { BuilderStrings } from './strings.js';
import type { SectionId } from './builder-state.js';

export type BuilderT = Localizer<BuilderStrings>['t'];

/** UI state that is not part of the document (what is open, what is being chosen). */
export interface BuilderUi {
  /** The kind chosen for the next "Add duty". */
  addKind: DutyKind;
  /** Duties opened for editing when rows are shown as one line each. */
  expandedDuties: Set<string>;
  /** Criteria whose "How it is assessed" is being typed freely. */
  otherAssessed: Set<string>;
  /** The common exclusion picked in the Excluded group. */
  exclusionPick: string;
  /** The setting chosen in the template picker. */
  templateChoice: SettingId;
  /** Why the last template picked could not be applied (its chunk could not be fetched). */
  templateError?: string;
}

export interface Builder {
  readonly doc: RoleDocument;
  readonly assessment: Assessment | undefined;
  readonly readonly: boolean;
  readonly t: BuilderT;
  readonly ct: CommonT;
  readonly ui: BuilderUi;
  /** Rows become one-line summaries above this many duties. */
  readonly compactThreshold: number;
  /**
   * Changes whenever a list item's row may look different for reasons other than its document
   * data and findings: the language or strings, read only, and the refused input and drafts of the
   * controls whose key starts with `prefix` (e.g. "duty-d3-"). Rows skip re-rendering while it stays.
   */
  rowKey(prefix: string): string;

  /** The issue of a refused edit of the control `key`, shown in place. */
  error(key: string): string | undefined;
  /** Findings whose path is `path` or under it (and, with `itemId`, about that item); marked as shown. */
  claim(path: string, itemId?: string): Finding[];
  /** Marks findings as shown (sections that place findings themselves). */
  markShown(findings: readonly Finding[]): void;
  /** Every finding of the assessment not yet shown in this render. */
  pendingFindings(): readonly Finding[];
  /** Findings under these prefixes not yet shown next to a field (rendered at the top of a section). */
  unclaimed(prefixes: readonly string[]): Finding[];

  /** Applies a recipe; on refusal keeps the issue under `key` (of list item `itemId`). Returns whether it was applied. */
  run(key: string | undefined, recipe: Recipe, options?: EditOptions, itemId?: string): boolean;
  /** Holds the element's `updateComplete` back until `work` settles (a lazy part being loaded). */
  waitUntil<T>(work: Promise<T>): Promise<T>;
  /** Puts a whole document in place (a template): one undo step, psw-change. Returns whether it was applied. */
  replace(next: RoleDocument, label: string): boolean;
  /** A text field's value at `path` (typing coalesces into one undo step per field). */
  setText(key: string, path: Path, value: string, label: string): void;
  /** A number field: '' clears, not-a-number shows an issue and leaves the document alone. */
  setNumber(key: string, path: Path, raw: string, event: Event, label: string): void;
  /** A choice (select, checkbox): one undo step each. */
  setValue(key: string, path: Path, value: unknown, label: string): void;
  /** A field of a list item, e.g. (['duties'], id, ['flexibility', 'maxShare']). */
  setItem(key: string, listPath: Path, id: string, itemPath: Path, value: unknown, label: string, typing?: boolean): void;
  setItemNumber(key: string, listPath: Path, id: string, itemPath: Path, raw: string, event: Event, label: string): void;

  /** Parses a number field: undefined for '' (clear), null for what is not a number (refuse). */
  parseNumber(raw: string, event: Event): number | undefined | null;
  /** Keeps an issue about what was typed in control `key` (the document is left alone). */
  refuse(key: string, message?: string, itemId?: string): void;
  clearError(key: string): void;

  /** Text typed in a field whose document value is derived (lists typed as text), while it has focus. */
  draft(key: string): string | undefined;
  setDraft(key: string, value: string | undefined): void;

  announce(message: string): void;
  /** Focuses the first of these element ids that exists and is enabled, after the next render. */
  focusLater(...ids: string[]): void;
  isOpen(section: string): boolean;
  toggle(section: string, open?: boolean): void;
  requestUpdate(): void;

  /** Whether every section (but the template picker) is open; opens or closes them all. */
  allOpen(): boolean;
  toggleAll(open: boolean): void;
  /** Whether a section is shown (the `sections` attribute), and whether only some are. */
  shows(section: SectionId): boolean;
  readonly partial: boolean;

  readonly canUndo: boolean;
  readonly canRedo: boolean;
  undo(): void;
  redo(): void;
  /** The last announcement (shown in the toolbar's polite live region). */
  readonly announcement: string;

  money(n: number): string;
  percent(n: number): string;
}
