import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Finding } from '../../src/assess/types.js';
import type { Localizer } from './localize.js';
import type { CommonStrings } from './strings.js';

/**
 * Template helpers for the native controls every editor renders, so that labels, hints, errors and
 * findings look and behave the same everywhere. Each label and its control share one shadow root
 * (labels are the accessible names). Values are bound with `.value=${…}` (not `live()`), so when an
 * edit is refused the field keeps what the user typed while the document stays as it was.
 */
export type CommonT = Localizer<CommonStrings>['t'];

/**
 * A note shown with a field and named by its `aria-describedby` (where the value came from, see
 * editor-kit/profile-source.ts). `content` is rendered after the control and must carry `id`.
 */
export interface FieldNote {
  id: string;
  content: TemplateResult;
}

export interface FieldOptions {
  /** Unique within the shadow root; also the base of the hint/error ids. */
  id: string;
  label: string;
  hint?: string;
  value: string | number | undefined;
  type?: 'text' | 'number' | 'date';
  multiline?: boolean;
  readonly?: boolean;
  required?: boolean;
  min?: number;
  max?: number;
  step?: number | 'any';
  inputmode?: 'numeric' | 'decimal' | 'text';
  autocomplete?: string;
  /** A short unit shown after a number, e.g. "%". */
  unit?: string;
  /** A message about what the user typed (a refused edit), shown in place. */
  error?: string;
  findings?: readonly Finding[];
  onInput: (value: string, event: Event) => void;
  /** Extra attribute for tests and navigation: the document path the field edits. */
  path?: string;
  note?: FieldNote;
}

/**
 * A field's description: its hint, its error, its note, and the severity and message of each finding
 * shown with it (findingsList with the field's id), so a screen reader says them with the field.
 */
const describedBy = (id: string, hint?: string, error?: string, note?: FieldNote, findings: readonly Finding[] = []) =>
  [hint ? `${id}-hint` : '', error ? `${id}-error` : '', note?.id ?? '', ...findings.map((_, i) => `${id}-finding-${i}`)].filter(Boolean).join(' ') || undefined;

/** A field is invalid while it holds refused input or a finding that must be fixed ("Must fix"). */
const invalidWith = (error: string | undefined, findings: readonly Finding[]) => (error || findings.some((f) => f.severity === 'error') ? 'true' : 'false');

/**
 * The options a caller gave and nothing inherited: a page whose script adds `readonly` (or another
 * option's name) to `Object.prototype` must not switch that option on for every field.
 */
export const own = <T extends object>(o: T): T => Object.assign(Object.create(null) as T, o);

/** A read-only field, then its note. */
const readonlyWithNote = (field: TemplateResult, note?: FieldNote) => (note ? html`${field}${note.content}` : field);

export function textField(o: FieldOptions, t?: CommonT): TemplateResult {
  o = own(o);
  if (o.readonly) return readonlyWithNote(readonlyField(o.label, o.value === undefined || o.value === '' ? undefined : `${o.value}${o.unit ? ` ${o.unit}` : ''}`, t, o.multiline), o.note);
  const onInput = (e: Event) => o.onInput((e.target as HTMLInputElement).value, e);
  const value = o.value === undefined ? '' : String(o.value);
  const shown = t ? o.findings ?? [] : [];
  const aria = ifDefined(describedBy(o.id, o.hint, o.error, o.note, shown));
  const invalid = invalidWith(o.error, shown);
  const path = ifDefined(o.path);
  const hint = o.hint ? html`<span class="hint" id="${o.id}-hint">${o.hint}</span>` : nothing;
  // Announced when it appears or changes, as every refusal in the kit is (typing on with the same issue says nothing new).
  const error = o.error ? html`<p class="error" id="${o.id}-error" role="alert">${o.error}</p>` : nothing;
  const list = t && shown.length ? findingsList(shown, t, undefined, o.id) : nothing;
  const findings = o.note ? html`${o.note.content}${list}` : list;
  // One template per shape (no nested template for the control, no unused attributes): a form of
  // many fields renders noticeably faster.
  if (o.multiline) {
    return html`<div class="field"><label for=${o.id}>${o.label}</label>${hint}${error}<textarea id=${o.id} .value=${value}
      @input=${onInput} aria-describedby=${aria} aria-invalid=${invalid} ?required=${!!o.required} data-path=${path}></textarea>${findings}</div>`;
  }
  if (o.type !== 'number' && !o.unit) {
    return html`<div class="field"><label for=${o.id}>${o.label}</label>${hint}${error}<input id=${o.id} type=${o.type ?? 'text'}
      .value=${value} @input=${onInput} aria-describedby=${aria} aria-invalid=${invalid} ?required=${!!o.required}
      inputmode=${ifDefined(o.inputmode)} autocomplete=${o.autocomplete ?? 'off'} data-path=${path} />${findings}</div>`;
  }
  const control = html`<input id=${o.id} type=${o.type ?? 'text'} .value=${value} @input=${onInput} aria-describedby=${aria}
    aria-invalid=${invalid} ?required=${!!o.required} min=${ifDefined(o.min)} max=${ifDefined(o.max)} step=${ifDefined(o.step)}
    inputmode=${ifDefined(o.inputmode)} autocomplete=${o.autocomplete ?? 'off'} data-path=${path} />`;
  return o.unit
    ? html`<div class="field"><label for=${o.id}>${o.label}</label>${hint}${error}<span class="with-unit">${control} <span aria-hidden="true">${o.unit}</span></span>${findings}</div>`
    : html`<div class="field"><label for=${o.id}>${o.label}</label>${hint}${error}${control}${findings}</div>`;
}

export interface SelectOptions {
  id: string;
  label: string;
  hint?: string;
  value: string | undefined;
  options: readonly { value: string; label: string }[];
  /** Label of the empty choice; omit to have none. */
  emptyLabel?: string;
  readonly?: boolean;
  findings?: readonly Finding[];
  onChange: (value: string, event: Event) => void;
  path?: string;
  note?: FieldNote;
  /** The issue of a refused choice, shown and announced in place, and tied to the select. */
  error?: string;
}

export function selectField(o: SelectOptions, t?: CommonT): TemplateResult {
  o = own(o);
  if (o.readonly) return readonlyWithNote(readonlyField(o.label, o.options.find((x) => x.value === o.value)?.label, t), o.note);
  const shown = t ? o.findings ?? [] : [];
  return html`<div class="field">
    <label for=${o.id}>${o.label}</label>
    ${o.hint ? html`<span class="hint" id="${o.id}-hint">${o.hint}</span>` : nothing}
    <select id=${o.id} aria-describedby=${ifDefined(describedBy(o.id, o.hint, o.error, o.note, shown))} data-path=${ifDefined(o.path)}
      aria-invalid=${invalidWith(o.error, shown)} @change=${(e: Event) => o.onChange((e.target as HTMLSelectElement).value, e)}>
      ${o.emptyLabel !== undefined ? html`<option value="" ?selected=${!o.value}>${o.emptyLabel}</option>` : nothing}
      ${o.options.map((x) => html`<option value=${x.value} ?selected=${x.value === o.value}>${x.label}</option>`)}
    </select>
    ${o.error ? html`<p class="error" id="${o.id}-error" role="alert">${o.error}</p>` : nothing}
    ${o.note ? o.note.content : nothing}
    ${t && shown.length ? findingsList(shown, t, undefined, o.id) : nothing}
  </div>`;
}

export interface CheckboxOptions {
  id: string;
  label: string;
  hint?: string;
  checked: boolean | undefined;
  readonly?: boolean;
  onChange: (checked: boolean, event: Event) => void;
  path?: string;
  note?: FieldNote;
}

export function checkboxField(o: CheckboxOptions, t?: CommonT): TemplateResult {
  o = own(o);
  if (o.readonly) return readonlyWithNote(readonlyField(o.label, o.checked === undefined ? undefined : o.checked ? (t?.('yes') ?? 'Yes') : (t?.('no') ?? 'No'), t), o.note);
  return html`<div class="field">
    <label class="choice" for=${o.id}>
      <input type="checkbox" id=${o.id} .checked=${!!o.checked} data-path=${ifDefined(o.path)}
        aria-describedby=${ifDefined(describedBy(o.id, o.hint, undefined, o.note))}
        @change=${(e: Event) => o.onChange((e.target as HTMLInputElement).checked, e)} />
      <span>${o.label}</span>
    </label>
    ${o.hint ? html`<span class="hint" id="${o.id}-hint">${o.hint}</span>` : nothing}
    ${o.note ? o.note.content : nothing}
  </div>`;
}

export interface RadioOptions {
  /** The radio group's name, unique within the shadow root. */
  name: string;
  legend: string;
  hint?: string;
  value: string | undefined;
  options: readonly { value: string; label: string }[];
  readonly?: boolean;
  onChange: (value: string, event: Event) => void;
  path?: string;
}

export function radioGroup(o: RadioOptions, t?: CommonT): TemplateResult {
  o = own(o);
  if (o.readonly) return readonlyField(o.legend, o.options.find((x) => x.value === o.value)?.label, t);
  return html`<fieldset data-path=${ifDefined(o.path)}>
    <legend>${o.legend}</legend>
    ${o.hint ? html`<p class="hint">${o.hint}</p>` : nothing}
    <div class="choices">
      ${o.options.map(
        (x) => html`<label class="choice">
          <input type="radio" name=${o.name} value=${x.value} .checked=${x.value === o.value}
            @change=${(e: Event) => o.onChange(x.value, e)} />
          <span>${x.label}</span>
        </label>`,
      )}
    </div>
  </fieldset>`;
}

/** Cancels a form's submission: the editors' forms only group fields and are never sent. */
const cancelSubmit = (e: Event) => e.preventDefault();

/**
 * The form of one card's fields (a duty, a boundary topic, a supervision arrangement…), never
 * submitted. Chromium's autofill reads the whole form of a changed field on each keystroke; a field
 * outside any form belongs, for it, to one form of every such field on the page, and reading it
 * lays out cards that are out of view (`content-visibility: auto`, ui.styles.ts). With a form of its
 * own, a keystroke costs it this card's few fields.
 */
export function cardForm(content: unknown): TemplateResult {
  return html`<form class="card-form" @submit=${cancelSubmit}>${content}</form>`;
}

/** A label and its value as static text, for read-only views. */
export function readonlyField(label: string, value: string | undefined, t?: CommonT, multiline = false): TemplateResult {
  return html`<div class="field readonly">
    <span class="label">${label}</span>
    <span class=${value ? (multiline ? 'value multiline' : 'value') : 'value muted'}>${value ?? t?.('notSet') ?? 'Not set'}</span>
  </div>`;
}

const severityKey = { error: 'severityError', warning: 'severityWarning', info: 'severityInfo' } as const;
const basisKey = { study: 'basisStudy', evidence: 'basisEvidence', heuristic: 'basisHeuristic' } as const;
const basisHintKey = { study: 'basisStudyHint', evidence: 'basisEvidenceHint', heuristic: 'basisHeuristicHint' } as const;

/** What a finding says beyond its message: the fix, then themes, basis, sources and `extra` (a control). */
export function findingDetail(f: Finding, t: CommonT, extra: unknown = nothing): TemplateResult {
  return html`<div class="fix"><strong>${t('fix')}:</strong> ${coreText(f.fix)}</div>
    <div class="meta">
      ${f.themes.map((th) => html`<span class="badge" title=${t(`theme${th}`)}>${t(`themeShort${th}`)}</span>`)}
      <span class="badge basis" data-basis=${f.basis} title=${t(basisHintKey[f.basis])}>${t(basisKey[f.basis])}</span>
      ${f.sources.length ? html`<span>${t('sources')}: ${f.sources.join(', ')}</span>` : nothing}
      ${extra}
    </div>`;
}

/**
 * The language of what the core writes (catalogue names and explanations, assessment messages,
 * templates): British English, whatever the page's language. Marked so, a page in another language
 * (Welsh) has it read as English rather than with its own language's pronunciation.
 */
export const CORE_LANG = 'en-GB';

/** Text from the core, marked with its language (CORE_LANG). */
export const coreText = (text: string): TemplateResult => html`<span lang=${CORE_LANG}>${text}</span>`;

/** A finding's severity in words ("Check"). */
export const severityText = (f: Finding, t: CommonT): string => t(severityKey[f.severity]);

/**
 * Findings of the assessment shown next to what they concern: severity, message, themes, basis
 * (study / other evidence / tool heuristic), sources and the fix. `onGo` adds a control that takes
 * the user to the field. `fieldId`: the field they are shown with, which they describe (each finding's
 * severity and message carry the id `<fieldId>-finding-<index>`).
 */
export function findingsList(findings: readonly Finding[], t: CommonT, onGo?: (f: Finding) => void, fieldId?: string): TemplateResult {
  return html`<ul class="findings">
    ${findings.map(
      (f, i) => html`<li class="finding" data-severity=${f.severity} data-rule=${f.ruleId}>
        <span id=${ifDefined(fieldId && `${fieldId}-finding-${i}`)}><span class="severity" data-severity=${f.severity}>${severityText(f, t)}:</span>
        ${coreText(f.message)}</span>
        ${findingDetail(f, t, onGo && f.path ? html`<button type="button" class="link" @click=${() => onGo(f)}>${t('goToField')}</button>` : nothing)}
      </li>`,
    )}
  </ul>`;
}
