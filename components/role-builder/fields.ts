/**
 * Field templates bound to the document: each reads its value at a path, shows the findings about
 * that path and the issue of a refused edit in place, and writes through the builder's edit helpers
 * and the editor kit (components/base/editor-kit/), so typing is one undo step per field, refused
 * input stays where it was typed, and numbers are read as in every editor.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Finding } from '../../src/assess/types.js';
import { formatPath } from '../../src/model/paths.js';
import { getIn, type Path } from '../../src/store/ops.js';
import { answeredTextField, editField, numberField } from '../base/editor-kit/edit-fields.js';
import { checkboxField, findingsList, selectField } from '../base/ui.js';
import type { BuilderState } from './builder-state.js';
import { setItemPruned, setPruned } from './edits.js';

export interface DocFieldOptions {
  /** Control id, unique in the shadow root; also the key of its refused-edit issue and undo burst. */
  id: string;
  path: Path;
  label: string;
  hint?: string;
}

const str = (v: unknown) => (v === undefined || v === null ? undefined : String(v));

/** The last segment of a path as a field of a list item: `['duties', 3, 'title']`. */
export interface ItemFieldOptions extends Omit<DocFieldOptions, 'path'> {
  listPath: Path;
  index: number;
  itemId: string;
  /** The field inside the item, e.g. ['flexibility', 'maxShare']. */
  field: Path;
  /** Findings to show (when the caller places the item's findings itself); default: claimed by path. */
  findings?: Finding[];
}

/** Dates: an unfinished date reads as '' with `badInput`; leave the document alone until it is whole. */
const unfinishedDate = (e: Event) => !!(e.target as HTMLInputElement | null)?.validity?.badInput;

/*
 * The document fields show the effective value (the organisation profile's answer where the role
 * has none) and, where the profile answers the field, the editor kit's note saying so
 * (components/base/editor-kit/profile-source.ts). Changing such a field sets the role's own value.
 * A field that still holds a template's suggestion for the post shows the note "Suggested by the
 * template" with a Confirm button instead (components/base/editor-kit/suggested-note.ts).
 */

export function docText(b: BuilderState, o: DocFieldOptions & { multiline?: boolean; type?: 'text' | 'date' }): TemplateResult {
  const path = formatPath(o.path);
  const note = b.fieldNote(o.id, o.path, o.label);
  const answered = b.sources.sourceOf(o.path) !== undefined;
  // A field the profile answers stays empty while it is being cleared (answeredTextField).
  return (answered ? answeredTextField : editField)(
    b.kit,
    {
      own: answered ? getIn(b.doc, o.path) : undefined,
      id: o.id, label: o.label, hint: o.hint, multiline: o.multiline, type: o.type, path,
      value: str(b.sources.valueAt(o.path)) ?? '', readonly: b.readonly, findings: b.claimField(path, note), note,
      onInput: (v, e) => {
        if (o.type === 'date' && v === '' && unfinishedDate(e)) return;
        b.setText(o.id, o.path, v, o.label);
      },
    },
    b.ct,
  );
}

export interface NumberOptions {
  unit?: string;
  min?: number;
  max?: number;
  step?: number | 'any';
  inputmode?: 'numeric' | 'decimal';
}

export function docNumber(b: BuilderState, o: DocFieldOptions & NumberOptions): TemplateResult {
  const path = formatPath(o.path);
  const note = b.fieldNote(o.id, o.path, o.label);
  return numberField(
    b.kit,
    {
      id: o.id, label: o.label, hint: o.hint, unit: o.unit, min: o.min, max: o.max, step: o.step, inputmode: o.inputmode, path,
      value: str(getIn(b.doc, o.path)), readonly: b.readonly, findings: b.claimField(path, note), note,
      recipe: (n) => (d) => setPruned(d, o.path, n),
    },
    b.ct,
  );
}

export function docSelect(
  b: BuilderState,
  o: DocFieldOptions & { options: readonly { value: string; label: string }[]; emptyLabel?: string },
): TemplateResult {
  const path = formatPath(o.path);
  const optionLabel = (answer: unknown) => o.options.find((x) => x.value === answer)?.label ?? String(answer);
  const note = b.fieldNote(o.id, o.path, o.label, optionLabel);
  return selectField(
    {
      id: o.id, label: o.label, hint: o.hint, options: o.options, emptyLabel: o.emptyLabel, path,
      value: str(b.sources.valueAt(o.path)), readonly: b.readonly, findings: b.claimField(path, note), note,
      onChange: (v) => b.setValue(o.id, o.path, v, o.label),
    },
    b.ct,
  );
}

export function docCheckbox(b: BuilderState, o: DocFieldOptions): TemplateResult {
  const path = formatPath(o.path);
  return checkboxField(
    {
      id: o.id, label: o.label, hint: o.hint, path, readonly: b.readonly,
      checked: b.sources.valueAt(o.path) as boolean | undefined, note: b.fieldNote(o.id, o.path, o.label),
      onChange: (v) => b.setValue(o.id, o.path, v, o.label),
    },
    b.ct,
  );
}

const itemPath = (o: ItemFieldOptions) => formatPath([...o.listPath, o.index, ...o.field]);
const itemValue = (b: BuilderState, o: ItemFieldOptions) => str(getIn(getIn(b.doc, [...o.listPath, o.index]), o.field));

export function itemText(b: BuilderState, o: ItemFieldOptions & { multiline?: boolean }): TemplateResult {
  const path = itemPath(o);
  return editField(
    b.kit,
    {
      id: o.id, label: o.label, hint: o.hint, multiline: o.multiline, path, value: itemValue(b, o), readonly: b.readonly,
      findings: o.findings ?? b.claim(path),
      onInput: (v) => b.setItem(o.id, o.listPath, o.itemId, o.field, v, o.label, true),
    },
    b.ct,
  );
}

export function itemNumber(b: BuilderState, o: ItemFieldOptions & NumberOptions): TemplateResult {
  const path = itemPath(o);
  return numberField(
    b.kit,
    {
      id: o.id, label: o.label, hint: o.hint, unit: o.unit, min: o.min, max: o.max, step: o.step, inputmode: o.inputmode, path,
      value: itemValue(b, o), readonly: b.readonly, findings: o.findings ?? b.claim(path), itemId: o.itemId,
      recipe: (n) => (d) => setItemPruned(d, o.listPath, o.itemId, o.field, n),
    },
    b.ct,
  );
}

export function itemSelect(
  b: BuilderState,
  o: ItemFieldOptions & { options: readonly { value: string; label: string }[]; emptyLabel?: string; onChange?: (v: string) => void },
): TemplateResult {
  const path = itemPath(o);
  return selectField(
    {
      id: o.id, label: o.label, hint: o.hint, options: o.options, emptyLabel: o.emptyLabel, path, value: itemValue(b, o),
      readonly: b.readonly, findings: o.findings ?? b.claim(path),
      onChange: o.onChange ?? ((v) => b.setItem(o.id, o.listPath, o.itemId, o.field, v, o.label)),
    },
    b.ct,
  );
}

/**
 * A yes / no / not answered question as a native select: an unanswered question stays absent from
 * the document (so the rules can ask), unlike a checkbox, which can only say yes or no.
 */
export function docYesNo(b: BuilderState, o: DocFieldOptions & { yes: string; no: string }): TemplateResult {
  const path = formatPath(o.path);
  const raw = b.sources.valueAt(o.path);
  const options = [{ value: 'yes', label: o.yes }, { value: 'no', label: o.no }];
  const note = b.fieldNote(o.id, o.path, o.label, (answer) => (answer === true ? o.yes : answer === false ? o.no : String(answer)));
  return selectField(
    {
      id: o.id, label: o.label, hint: o.hint, options, emptyLabel: b.t('chooseOne'), path,
      value: raw === true ? 'yes' : raw === false ? 'no' : undefined, readonly: b.readonly, findings: b.claimField(path, note), note,
      onChange: (v) => b.setValue(o.id, o.path, v === 'yes' ? true : v === 'no' ? false : undefined, o.label),
    },
    b.ct,
  );
}

/** One checkbox per value of a list of choices at `path` (e.g. accessible recruitment steps), in their given order. */
export function docSetMembers(
  b: BuilderState,
  o: { id: string; path: Path; legend: string; hint?: string; options: readonly { value: string; label: string }[] },
): TemplateResult {
  const path = formatPath(o.path);
  const current = (b.sources.valueAt(o.path) as string[] | undefined) ?? [];
  const toggle = (value: string, on: boolean, label: string) => {
    // Read the list again: two changes can come before the next render.
    const now = (b.sources.valueAt(o.path) as string[] | undefined) ?? [];
    const next = o.options.map((x) => x.value).filter((v) => (v === value ? on : now.includes(v)));
    b.setValue(`${o.id}-${value}`, o.path, next.length ? next : undefined, label);
  };
  return html`<fieldset data-path=${path}>
    <legend>${o.legend}</legend>
    ${o.hint ? html`<p class="hint">${o.hint}</p>` : nothing}
    ${findingsOf(b, path)}
    ${o.options.map((x) => checkboxField(
      { id: `${o.id}-${x.value}`, label: x.label, readonly: b.readonly, checked: current.includes(x.value), onChange: (on) => toggle(x.value, on, x.label) },
      b.ct,
    ))}
  </fieldset>`;
}

function findingsOf(b: BuilderState, path: string): TemplateResult | typeof nothing {
  const found = b.claim(path);
  return found.length ? findingsList(found, b.ct) : nothing;
}
