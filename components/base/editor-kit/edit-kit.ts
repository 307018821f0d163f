/**
 * The editing machinery every editor shares (role builder, boundary checklist, supervision
 * planner): edits go through the document store, and an edit that would make the document invalid
 * is not applied — the field keeps what the user typed and shows the issue in place, under the
 * field's key, until an edit of that field is accepted. Numbers are read the same way everywhere,
 * with the same message. Text typed into a field whose document value is derived (a list typed as
 * text) is kept as a draft while the field has focus.
 *
 * One `EditKit` per element, created with the element's view (a lazy chunk), so none of this is in
 * the drop-in entry. Templates for the fields themselves are in ./edit-fields.ts.
 */
import type { ReactiveControllerHost } from 'lit';
import type { Recipe } from '../../document-runtime/document-context.js';
import type { DocumentController } from '../../document-runtime/document-controller.js';
import { Localizer } from '../localize.js';
import { EDIT_AREA, editStrings, type EditStrings } from './strings.js';

/** What the kit needs of the element's document. */
type Editable = Pick<DocumentController, 'edit'>;

export interface KitEditOptions {
  /** The undo step's name. */
  label?: string;
  /** Typing: the edits of one field coalesce into one undo step (keyed by the field's key). */
  typing?: boolean;
  /** The list item the field belongs to: its issue goes when the item does (see `dropStale`). */
  itemId?: string;
}

interface Refused {
  message: string;
  itemId?: string;
}

/**
 * What a number field holds: a number, `undefined` for an empty field (clear the value), `null`
 * for anything else (refuse). An unfinished number ("1e") reads as '' with `validity.badInput`: it
 * is refused rather than read as a cleared field.
 */
export function parseNumber(raw: string, event?: Event): number | undefined | null {
  const text = raw.trim();
  if (text === '') return (event?.target as HTMLInputElement | null)?.validity?.badInput ? null : undefined;
  const n = Number(text);
  return Number.isFinite(n) ? n : null;
}

export class EditKit {
  private readonly refused = new Map<string, Refused>();
  private readonly drafts = new Map<string, string>();
  /** The editor kit's strings, in the element's language. */
  readonly l: Localizer<EditStrings>;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly doc: Editable,
  ) {
    this.l = new Localizer(host, EDIT_AREA, editStrings);
  }

  /** The issue of the refused input of the field `key`, shown in place. */
  error(key: string): string | undefined {
    return this.refused.get(key)?.message;
  }

  /** Whether any field holds refused input (the elements' `:state(has-errors)`). */
  get hasRefused(): boolean {
    return this.refused.size > 0;
  }

  /**
   * Applies `recipe` through the document. Accepted: the field's issue goes. Refused: the document
   * stays as it was and the store's first issue is kept under `key` (no key: nothing is kept, e.g.
   * a move whose button shows no issue). Returns whether the edit was applied.
   */
  apply(key: string | undefined, recipe: Recipe, o: KitEditOptions = {}): boolean {
    const result = this.doc.edit(recipe, o.typing && key !== undefined ? { coalesceKey: key, label: o.label } : { label: o.label });
    if (key !== undefined) {
      if (result.ok) this.clear(key);
      else this.refuse(key, result.issues[0]?.message ?? '', o.itemId);
    }
    return result.ok;
  }

  /**
   * A number field's input: refused in place when it is not a number, else `recipe(n)` applied as
   * typing (`n` undefined: the field was cleared). Returns whether the document changed.
   */
  applyNumber(key: string, raw: string, event: Event | undefined, recipe: (n: number | undefined) => Recipe, o: KitEditOptions = {}): boolean {
    const n = this.number(key, raw, event, o.itemId);
    return n !== null && this.apply(key, recipe(n), { typing: true, ...o });
  }

  /** Reads a number field; when it holds no number, keeps the kit's message under `key` and returns null. */
  number(key: string, raw: string, event?: Event, itemId?: string): number | undefined | null {
    const n = parseNumber(raw, event);
    if (n === null) this.refuse(key, this.l.t('enterNumber'), itemId);
    return n;
  }

  /** Keeps an issue about what was typed in the field `key` (the document is left alone). */
  refuse(key: string, message: string, itemId?: string): void {
    const before = this.refused.get(key);
    if (before?.message === message && before.itemId === itemId) return;
    this.refused.set(key, { message, itemId });
    this.host.requestUpdate();
  }

  /** The field `key` no longer holds refused input. */
  clear(key: string): void {
    if (this.refused.delete(key)) this.host.requestUpdate();
  }

  /** Forgets the issues and drafts of every field whose key starts with `prefix` (a removed item's). */
  clearUnder(prefix: string): void {
    for (const map of [this.refused, this.drafts]) for (const k of [...map.keys()]) if (k.startsWith(prefix)) map.delete(k);
    this.host.requestUpdate();
  }

  /** Forgets everything typed (the whole document was replaced). */
  clearAll(): void {
    this.refused.clear();
    this.drafts.clear();
    this.host.requestUpdate();
  }

  /** Forgets the issues of fields whose list item is no longer among `liveIds`. */
  dropStale(liveIds: ReadonlySet<string>): void {
    for (const [k, e] of this.refused) if (e.itemId !== undefined && !liveIds.has(e.itemId)) this.refused.delete(k);
  }

  /** Text being typed into the field `key` whose document value is derived from it, while it has focus. */
  draft(key: string): string | undefined {
    return this.drafts.get(key);
  }

  setDraft(key: string, value: string | undefined): void {
    if (value === undefined) {
      if (!this.drafts.delete(key)) return;
    } else this.drafts.set(key, value);
    this.host.requestUpdate();
  }

  /**
   * The refused input and drafts of the fields whose key starts with `prefix`, as text: a cached
   * part of a template (a list item's card) renders again only when this changes.
   */
  stateUnder(prefix: string): string {
    let key = '';
    for (const [k, e] of this.refused) if (k.startsWith(prefix)) key += `|${k}=${e.message}`;
    for (const [k, v] of this.drafts) if (k.startsWith(prefix)) key += `|${k}:${v}`;
    return key;
  }
}
