/**
 * Field templates of the editor kit: a labelled native field (`textField` of ../ui.ts) bound to an
 * `EditKit`, so its refused input shows its issue in place, numbers are read one way, and a list
 * typed as text keeps its draft while it has focus; the issue of a refused button (Add); and the
 * split of an item's findings between the fields they name and the item as a whole.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Finding } from '../../../src/assess/types.js';
import type { Recipe } from '../../document-runtime/document-context.js';
import { findingsList, textField, type CommonT, type FieldOptions } from '../ui.js';
import type { EditKit } from './edit-kit.js';

export interface KitFieldOptions extends Omit<FieldOptions, 'error'> {
  /** The key of the field's refused input; default: its id. */
  key?: string;
}

/** A text, date or number field that shows the issue of its refused input. */
export function editField(kit: EditKit, o: KitFieldOptions, ct?: CommonT): TemplateResult {
  return textField({ ...o, error: kit.error(o.key ?? o.id) }, ct);
}

export interface NumberFieldOptions extends Omit<KitFieldOptions, 'type' | 'onInput'> {
  /** The edit for a number typed (`undefined`: the field was cleared). */
  recipe: (n: number | undefined) => Recipe;
  /** The list item the field belongs to. */
  itemId?: string;
}

/**
 * A number field: what is not a number is refused with the kit's message, a number is applied
 * with `recipe` (typing: one undo step per burst), and what the store refuses shows its issue;
 * it shows what was typed (the kit's draft), see `EditKit.typedNumber`.
 */
export function numberField(kit: EditKit, o: NumberFieldOptions, ct?: CommonT): TemplateResult {
  const key = o.key ?? o.id;
  return textField(
    {
      ...o, type: 'number', step: o.step ?? 'any', inputmode: o.inputmode ?? 'decimal', error: kit.error(key), value: kit.draft(key) ?? o.value,
      onInput: (raw, event) => void kit.applyNumber(key, raw, event, o.recipe, { label: o.label, itemId: o.itemId, path: o.path }),
    },
    ct,
  );
}

/**
 * A field where a list is typed as text (one entry per line, or comma-separated): while it has
 * focus it shows what was typed, not the list read back from the document (which drops the blank
 * entry being started).
 */
export function listTextField(kit: EditKit, o: KitFieldOptions & { value: string }, ct?: CommonT): TemplateResult {
  const key = o.key ?? o.id;
  return html`<div @focusout=${() => kit.setDraft(key, undefined)}>
    ${textField(
      {
        ...o, value: kit.draft(key) ?? o.value, error: kit.error(key),
        onInput: (v, e) => {
          kit.setDraft(key, v);
          o.onInput(v, e);
        },
      },
      ct,
    )}
  </div>`;
}

/**
 * A text field whose value, when the role has none, is another's (the organisation profile's answer,
 * see ./profile-source.ts): emptied while it has focus it stays empty, rather than showing that
 * answer again under the cursor; once focus leaves, or the role has a value again, it shows the value.
 */
export function answeredTextField(kit: EditKit, o: KitFieldOptions & { value: string; own: unknown }, ct?: CommonT): TemplateResult {
  const key = o.key ?? o.id;
  const cleared = kit.draft(key) === '' && o.own === undefined;
  return html`<div @focusout=${() => kit.setDraft(key, undefined)}>
    ${textField(
      {
        ...o, value: cleared ? '' : o.value, error: kit.error(key),
        onInput: (v, e) => {
          kit.setDraft(key, v === '' ? '' : undefined);
          o.onInput(v, e);
        },
      },
      ct,
    )}
  </div>`;
}

/** The issue of a refused action that has no field (an Add button), announced; `id` lets the button point to it. */
export function refusedNote(kit: EditKit, key: string, id?: string): TemplateResult | typeof nothing {
  const message = kit.error(key);
  return message ? html`<p class="error" role="alert" id=${ifDefined(id)}>${message}</p>` : nothing;
}

/** A list of findings next to what they concern, or nothing. */
export function findingsNext(findings: readonly Finding[], ct: CommonT): TemplateResult | typeof nothing {
  return findings.length ? findingsList(findings, ct) : nothing;
}

/**
 * Splits an item's findings between the fields shown (`fieldOf` names the field a finding is
 * about) and the item as a whole (no field, or one not shown).
 */
export function placeFindings(findings: readonly Finding[], fieldOf: (f: Finding) => string | undefined, shown: ReadonlySet<string>) {
  const byField = new Map<string, Finding[]>();
  const rest: Finding[] = [];
  for (const f of findings) {
    const field = fieldOf(f);
    if (field === undefined || !shown.has(field)) rest.push(f);
    else byField.set(field, [...(byField.get(field) ?? []), f]);
  }
  return { at: (field: string): Finding[] => byField.get(field) ?? [], rest };
}
