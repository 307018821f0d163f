/**
 * The organisation editor's field kit: one object per render (`ProfileView`) with the profile, the
 * strings, and templates for native controls bound to profile paths. Each control's refused input
 * shows its issue in place (the profile stays as it was); an accepted edit clears it. Ids derive from
 * the path, so every label sits beside its control in the one shadow root.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { clockToday } from '../../src/assess/policy.js';
import { jsonText } from '../../src/model/json-text.js';
import { ANSWER_PATHS } from '../../src/organisation/apply.js';
import { getIn, setIn, type Path } from '../../src/store/ops.js';
import { parseNumber } from '../base/editor-kit/edit-kit.js';
import { selectField, textField, type CommonT } from '../base/ui.js';
import type { Localizer } from '../base/localize.js';
import type { PswOrganisationEditor } from './organisation-editor.component.js';
import type { Profile, ProfileModel, ProfileRecipe } from './profile-model.js';
import type { OrganisationStrings } from './strings.js';

type Key = keyof OrganisationStrings & string;
type El = PswOrganisationEditor;

/** `facts.peerSupervision.frequency` → `facts-peerSupervision-frequency`. */
export const idOf = (path: Path): string => path.join('-');
/** The key refused input is kept under: the path with dots. */
export const keyOf = (path: Path): string => path.join('.');

const ANSWERS: ReadonlySet<string> = new Set(ANSWER_PATHS);

/** `after` with the day its answer at `key` was set, when the edit changed that answer. */
function withAnswerDay(before: Profile, after: Profile, key: string, today: string): Profile {
  const path = key.split('.');
  const value = getIn(after, path);
  if (after === before || jsonText(value) === jsonText(getIn(before, path))) return after;
  const { [key]: _was, ...days } = after.answeredOn ?? {};
  if (value !== undefined) days[key] = today;
  const { answeredOn: _all, ...rest } = after;
  return Object.keys(days).length ? { ...rest, answeredOn: days } : rest;
}

export interface TextOptions {
  label: string;
  hint?: string;
  multiline?: boolean;
  type?: 'text' | 'date';
  autocomplete?: string;
  /** The field is required: emptied, it holds '' (and the schema says whether that is allowed). */
  required?: boolean;
}

export class ProfileView {
  readonly model: ProfileModel;
  readonly p: Profile;
  readonly t: Localizer<OrganisationStrings>['t'];
  readonly ct: CommonT;

  constructor(readonly el: El) {
    this.model = el.model!;
    this.p = this.model.profile;
    this.t = el.l!.t.bind(el.l!);
    this.ct = el.c!.t.bind(el.c!) as CommonT;
  }

  /** A string of the editor's catalogue (untyped key, for data-driven rows). */
  s(key: Key, ...args: unknown[]): string {
    return (this.t as (k: string, ...a: unknown[]) => string)(key, ...args);
  }

  get<T>(path: Path): T | undefined {
    return getIn(this.p, path) as T | undefined;
  }

  /**
   * A user's edit under the field `key`. An edit that changes an answer to a role field also
   * records the day (`answeredOn`, in the same undo step), or drops it when the answer is removed.
   */
  edit(key: string, recipe: ProfileRecipe, label?: string, typing = false): boolean {
    const dated: ProfileRecipe = ANSWERS.has(key) ? (p) => withAnswerDay(p, recipe(p), key, clockToday()) : recipe;
    return this.model.edit(key, dated, { label, typing });
  }

  /** Sets the value at `path` (`undefined` or '' removes it). */
  set(path: Path, value: unknown, label?: string, typing = false): boolean {
    return this.edit(keyOf(path), (p) => setIn(p, path, value), label, typing);
  }

  /** A text field bound to `path`; emptied, the field is removed from the profile. */
  text(path: Path, o: TextOptions): TemplateResult {
    const key = keyOf(path);
    return textField({
      id: idOf(path), label: o.label, hint: o.hint, multiline: o.multiline, type: o.type, autocomplete: o.autocomplete,
      value: this.get<string>(path), error: this.model.error(key), path: key,
      onInput: (value) => void (o.required ? this.edit(key, (p) => setKept(p, path, value), o.label, true) : this.set(path, value, o.label, true)),
    });
  }

  /** A number field bound to `path`: what is not a number is refused in place. */
  number(path: Path, o: { label: string; hint?: string; min?: number; max?: number; step?: number | 'any'; unit?: string }): TemplateResult {
    const key = keyOf(path);
    return textField({
      id: idOf(path), label: o.label, hint: o.hint, type: 'number', min: o.min, max: o.max, step: o.step ?? 'any', unit: o.unit,
      inputmode: 'decimal', value: this.get<number>(path), error: this.model.error(key), path: key,
      onInput: (raw, event) => {
        const n = parseNumber(raw, event);
        if (n === null) this.model.refuse(key, this.t('enterNumber'));
        else this.set(path, n, o.label, true);
      },
    });
  }

  /** A select bound to `path`; the empty choice removes the field. */
  /** A select; `required`: the profile needs a value there, so "Not set" is not offered. */
  select(path: Path, label: string, options: readonly { value: string; label: string }[], hint?: string, required = false): TemplateResult {
    const key = keyOf(path);
    return selectField({
      id: idOf(path), label, hint, value: this.get<string>(path), options, emptyLabel: required ? undefined : this.t('none'), path: key,
      error: this.model.error(key), onChange: (value) => void this.set(path, value || undefined, label),
    });
  }

  /** Yes / no / not answered for a fact: "not answered" removes it from the profile. */
  yesNo(path: Path, label: string, why?: TemplateResult): TemplateResult {
    return this.choices(path, label, [['yes', this.t('yes'), true], ['no', this.t('no'), false], ['unset', this.t('notAnswered'), undefined]], why);
  }

  /**
   * Native radio buttons in a fieldset: each option is `[value, text, what is stored]` (undefined:
   * the field is left out). `why` (its element has the id `<id>-why`) describes the group.
   */
  choices(path: Path, label: string, options: readonly (readonly [string, string, unknown])[], why?: TemplateResult): TemplateResult {
    const key = keyOf(path);
    const id = idOf(path);
    const stored = this.get<unknown>(path);
    const current = (options.find((o) => o[2] === stored) ?? options.find((o) => o[2] === undefined))?.[0];
    return html`<fieldset data-path=${key} aria-describedby=${why ? `${id}-why` : nothing}>
        <legend>${label}</legend>
        <div class="choices">
          ${options.map(([value, text, store]) => html`<label class="choice">
            <input type="radio" name=${id} value=${value} .checked=${value === current}
              @change=${() => void this.set(path, store, label)} />
            <span>${text}</span>
          </label>`)}
        </div>
      </fieldset>${why ?? nothing}${this.errorOf(key)}`;
  }

  /** The issue of refused input with no text field of its own (a choice, a button), announced. */
  errorOf(key: string): TemplateResult | typeof nothing {
    const message = this.model.error(key);
    return message ? html`<p class="error" role="alert">${message}</p>` : nothing;
  }

  /** Says something politely (moves, removals, additions). */
  announce(text: string): void {
    this.el.ui.announcement = text;
    this.el.requestUpdate();
  }
}

/** `setIn` that keeps an empty string (setIn deletes a key set to ''). */
function setKept(p: Profile, path: Path, value: string): Profile {
  const parent = path.slice(0, -1);
  const last = path[path.length - 1]!;
  const holder = getIn(p, parent) as Record<string | number, unknown> | undefined;
  if (holder?.[last] === value) return p;
  return setIn(p, parent, Array.isArray(holder) ? holder.map((x, i) => (i === last ? value : x)) : { ...holder, [last]: value });
}
