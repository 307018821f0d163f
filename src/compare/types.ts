/**
 * The shape of a comparison of two roles (a public contract): `compareRoles(before, after)` returns
 * a `Comparison`. Labels are sentences a manager reads; they never hold a catalogue id, an enum
 * value or a document path.
 */
import type { Assessment, Balance, Finding, PolicyInput, Readiness } from '../assess/types.js';
import type { ThemeId } from '../catalogue/ids.js';
import type { ParseIssue } from '../model/issues.js';
import type { OrganisationProfile } from '../organisation/schema.js';

export type ChangeKind = 'added' | 'removed' | 'changed' | 'moved';

/** One run of words of a text change: the same on both sides, only in the new text, or only in the old. */
export interface WordDiff {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

export interface Change {
  /**
   * The field or list item, e.g. `duties[2].kind` or `boundaries[4]`: where it is in the `after`
   * document, or in the `before` document when it was removed.
   */
  path: string;
  /** The same place in the `before` document, when it differs from `path` (an item that moved, or a removed one's neighbours). */
  beforePath?: string;
  /** For a change to a list item: the item's id (its id in `after`, or in `before` when it was removed). */
  itemId?: string;
  /** The top-level part of the document the change is in, e.g. `duties`, `employment`. */
  section: string;
  change: ChangeKind;
  /**
   * For a field (or list) whose value is the same on both sides but whose confirmation changed
   * (`meta.suggested`): 'confirmed' when it was a template's suggestion before and is confirmed
   * after, 'unconfirmed' the other way round. Such a change has no `before` or `after` value.
   */
  confirmation?: 'confirmed' | 'unconfirmed';
  /** The value before (absent when added or when only the confirmation changed); for a list item, the whole item. */
  before?: unknown;
  /** The value after (absent when removed); for a list item, the whole item. */
  after?: unknown;
  /** The change in a sentence, e.g. "“Co-facilitate peer groups” moved from Core to Flexible". */
  label: string;
  /** The name of the field that changed, in words ("Hours per week"); absent for whole list items. */
  field?: string;
  /** The value before, in words, when it has a short form ("Band 3", "Yes", "twice a month"). */
  beforeText?: string;
  /** The value after, in words. */
  afterText?: string;
  /**
   * For a change of prose (a long text): the word-level differences, old and new words in reading
   * order; a text added or removed whole is one run. Read-only, may be shared.
   */
  words?: readonly WordDiff[];
  /** Findings of the `before` assessment that are gone after, and that concern this change's field or item. */
  fixes?: Finding[];
  /** Findings of the `after` assessment that were not there before, and that concern this change's field or item. */
  introduces?: Finding[];
}

export interface ChangeSection {
  /** The top-level key, e.g. `duties`. */
  section: string;
  /** Its name in words, e.g. "Duties". */
  label: string;
  changes: Change[];
}

export interface AssessmentDelta {
  before: Assessment;
  after: Assessment;
  /** Findings of `before` with no match in `after` (matched by rule, item or topic, and field). */
  fixed: Finding[];
  /** Findings of `after` with no match in `before`. */
  introduced: Finding[];
  readiness: { before: Readiness; after: Readiness };
  themes: Record<ThemeId, { before: number; after: number }>;
  balance: { before: Balance; after: Balance };
}

export interface Comparison {
  /** Every change, in document order. */
  changes: Change[];
  /** The same changes grouped by the part of the document they are in, in document order; only parts with changes. */
  sections: ChangeSection[];
  assessment: AssessmentDelta;
}

export interface CompareOptions {
  /** The organisation profile both roles are assessed with (from `parseOrganisationProfile`). */
  organisation?: OrganisationProfile;
  /** The date date-dependent rules compare with, `YYYY-MM-DD` (default: the clock). */
  today?: string;
  /** Assessment thresholds, as `assessRole` takes them; `organisation` and `today` above win over the same keys here. */
  policy?: PolicyInput;
}

/** Thrown by `compareRoles` when one side is not a valid role document or export. */
export class CompareInputError extends Error {
  override readonly name = 'CompareInputError';
  constructor(
    /** Which argument was refused. */
    readonly side: 'before' | 'after',
    /** The parser's issues, each naming the field. */
    readonly issues: ParseIssue[],
  ) {
    super(`The ${side === 'before' ? '“before”' : '“after”'} role cannot be compared: ${issues.slice(0, 3).map((i) => (i.path ? `${i.message} (${i.path})` : i.message)).join('; ')}${issues.length > 3 ? ` (and ${issues.length - 3} more)` : ''}`);
  }
}
