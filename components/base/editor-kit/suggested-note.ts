/**
 * The note under a field that still holds a template's suggestion for the post (`meta.suggested`,
 * src/store/suggested.ts): "Suggested by the template — check it for this post", with a button
 * "Confirm" that keeps the value and removes the suggestion mark (one undoable edit through the
 * store). Changing the field confirms it too: the store removes the mark on any edit of it. Tied to
 * the control with `aria-describedby`, like the profile's note (./profile-source.ts), whose look it
 * shares.
 */
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Finding } from '../../../src/assess/types.js';
import type { RoleDocument } from '../../../src/model/schema.js';
import { confirmSuggested, isSuggested } from '../../../src/store/suggestion-marks.js';
import type { Path } from '../../../src/store/ops.js';
import { formatPath } from '../../../src/model/paths.js';
import { SUGGESTABLE_LISTS } from '../../../src/model/suggestable-lists.js';
import type { Localizer } from '../localize.js';
import { own, type FieldNote } from '../ui.js';
import type { EditKit } from './edit-kit.js';
import type { EditStrings } from './strings.js';

/** The assessment rule that asks for the suggestion to be confirmed: the note says it in place. */
export const SUGGESTION_RULE = 'R66';

export interface SuggestedNoteOptions {
  /** The control's id: the note's id is `<id>-suggested`. */
  id: string;
  /** The field, or (for a note over a group, such as the training offer) the fields, it is about. */
  path: Path | readonly Path[];
  doc: RoleDocument;
  kit: EditKit;
  l: Localizer<EditStrings>;
  /** The field's label, for the button's accessible name and the undo step. */
  label: string;
  readonly?: boolean;
  /** The control focused after "Confirm" (default: `id`). */
  focusId?: string;
}

/** A field's findings without the suggestion's own (R66) when its note already says it, with its Confirm button. */
export function withoutSuggestionFinding(findings: Finding[], note: FieldNote | undefined): Finding[] {
  return note?.id.endsWith('-suggested') ? findings.filter((f) => f.ruleId !== SUGGESTION_RULE) : findings;
}

const isPathList = (p: Path | readonly Path[]): p is readonly Path[] => p.length > 0 && Array.isArray(p[0]);

/**
 * The note for a field holding a template's suggestion (or a group of fields, any of which does), or
 * undefined. Its Confirm confirms every one of them, as one edit.
 */
export function suggestedNote(given: SuggestedNoteOptions): FieldNote | undefined {
  const o = own(given);
  const paths = (isPathList(o.path) ? o.path : [o.path as Path]).filter((p) => isSuggested(o.doc, p));
  if (!paths.length) return undefined;
  const id = `${o.id}-suggested`;
  const t = o.l.t.bind(o.l);
  const confirm = (e: Event) => {
    const root = (e.currentTarget as Element).getRootNode() as ShadowRoot;
    o.kit.apply(`${o.id}:confirm`, (d) => paths.reduce(confirmSuggested, d), { label: t('confirmSuggestionLabel', o.label), action: true });
    // The button goes with the suggestion: focus returns to the field it was about.
    const host = root.host as (Element & { updateComplete?: Promise<unknown> }) | undefined;
    void host?.updateComplete?.then(() => root.getElementById?.(o.focusId ?? o.id)?.focus());
  };
  // A list, or a group holding one, is settled only by Confirm (src/store/suggested.ts): the note says so.
  const lists: readonly string[] = SUGGESTABLE_LISTS;
  const suggestedLists = paths.map((p) => formatPath(p)).filter((p) => lists.includes(p));
  const whole = isPathList(o.path) || suggestedLists.length > 0;
  const words = o.readonly ? t('suggestedReadonly') : t(whole ? 'suggestedListByTemplate' : 'suggestedByTemplate');
  // The Confirm of a list carries the list's path, so "Go to the field" on its finding lands on it.
  const target = suggestedLists[0];
  return {
    id,
    content: html`<p class="hint profile-source" data-source="template">
      <span id=${id}>${words}</span>
      ${o.readonly ? '' : html`<button type="button" class="link" data-path=${ifDefined(target)} aria-label=${t('confirmSuggestionLabel', o.label)} @click=${confirm}>${t('confirmSuggestion')}</button>`}
    </p>`,
  };
}
