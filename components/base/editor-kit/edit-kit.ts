/**
 * The editing machinery every editor shares (role builder, boundary checklist, supervision
 * planner): edits go through the document store, and an edit that would make the document invalid
 * is not applied — the field keeps what the user typed and shows the issue in place, under the
 * field's key, until an edit of that field is accepted. Numbers are read the same way everywhere,
 * with the same message, and applied as they are typed; a number refused part-way ("1000" hours,
 * after "1" and "10" were accepted) takes the document back to the value it had before the typing
 * began, so the document never keeps a figure nobody meant. What is typed into a number field, and
 * text typed into a field whose document value is derived (a list typed as text), is kept as a draft
 * while the field has focus (a number's also while it is refused), so the field shows it as typed.
 *
 * The refused input of fields (not a button's refused action) is also told to the document
 * (`DocumentController.hold`), so the page's readiness knows a field shows what the role does not hold.
 *
 * One `EditKit` per element, created with the element's view (a lazy chunk), so none of this is in
 * the drop-in entry. Templates for the fields themselves are in ./edit-fields.ts.
 */
import type { ReactiveControllerHost } from 'lit';
import type { RoleDocument } from '../../../src/model/schema.js';
import type { Recipe } from '../../document-runtime/document-context.js';
import type { DocumentController } from '../../document-runtime/document-controller.js';
import type { HeldInput } from '../../document-runtime/editor-registry.js';
import { Localizer } from '../localize.js';
import { EDIT_AREA, editStrings, type EditStrings } from './strings.js';

/** What the kit needs of the element's document (`hold`: where refused input is told). */
type Editable = Pick<DocumentController, 'edit'> & Partial<Pick<DocumentController, 'hold'>>;

export interface KitEditOptions {
  /** The undo step's name. */
  label?: string;
  /** Typing: the edits of one field coalesce into one undo step (keyed by the field's key). */
  typing?: boolean;
  /** The list item the field belongs to: its issue goes when the item does (see `dropStale`). */
  itemId?: string;
  /** A button's edit (Add): refused, its issue is shown by the button, and no field holds input. */
  action?: boolean;
  /** The document path the field edits, for the page's "Go to the field" when its own message refuses it. */
  path?: string;
}

interface Refused {
  message: string;
  itemId?: string;
  /** Where the refused value would have gone (the store's issue), for the document's list of held input. */
  path?: string;
  action?: boolean;
  /** The field's label, when the message is the kit's own and does not name the field. */
  label?: string;
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
  /**
   * The typing in one number field since it took focus: the document before its first accepted
   * keystroke, and after its last. Any other edit in between breaks the chain (`last` is no longer
   * the document).
   */
  private numberRun?: { key: string; start: RoleDocument; last: RoleDocument };
  /** The number fields typed into, by their key: a draft of one goes when focus leaves it. */
  private readonly numberInputs = new WeakMap<EventTarget, string>();
  /** The editor kit's strings, in the element's language. */
  readonly l: Localizer<EditStrings>;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly doc: Editable,
  ) {
    this.l = new Localizer(host, EDIT_AREA, editStrings);
    // On the shadow root: focus moving between two fields of the element never leaves its host.
    (host.shadowRoot ?? host).addEventListener('focusout', (e) => {
      const key = this.numberInputs.get(e.composedPath()[0]!);
      if (key === undefined) return;
      // The typing ends with focus: typed again later, the field goes back no further than that.
      if (this.numberRun?.key === key) this.numberRun = undefined;
      if (!this.refused.has(key)) this.setDraft(key, undefined);
    });
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
      else this.refuse(key, result.issues[0]?.message ?? '', o.itemId, { path: result.issues[0]?.path, action: o.action });
    }
    return result.ok;
  }

  /**
   * A number field's input: refused in place when it is not a number, else `recipe(n)` applied as
   * typing (`n` undefined: the field was cleared). Returns whether the document changed.
   */
  applyNumber(key: string, raw: string, event: Event | undefined, recipe: (n: number | undefined) => Recipe, o: KitEditOptions = {}): boolean {
    const n = this.typedNumber(key, raw, event, o);
    return n !== null && this.applyTypedNumber(key, recipe(n), o);
  }

  /**
   * Reads what was typed into a number field, kept as its draft. When it is no number, keeps the
   * kit's message under `key`, takes the document back to before the typing (see `applyTypedNumber`)
   * and returns null.
   */
  typedNumber(key: string, raw: string, event: Event | undefined, o: KitEditOptions = {}): number | undefined | null {
    const n = parseNumber(raw, event);
    if (event?.target) this.numberInputs.set(event.target, key);
    // An unfinished number ("1e", "-") reads as '': the field is left showing it, not emptied.
    if (n !== null || raw !== '') this.setDraft(key, raw);
    if (n === null) {
      this.refuse(key, this.l.t('enterNumber'), o.itemId, { label: o.label, path: o.path });
      this.takeBack(key, o.label);
    }
    return n;
  }

  /**
   * Applies a typed number's edit as typing. Refused, the document goes back to what it was before
   * this field's typing began, rather than keep the last figure that was accepted on the way.
   */
  applyTypedNumber(key: string, recipe: Recipe, o: KitEditOptions = {}): boolean {
    let before: RoleDocument | undefined;
    const result = this.doc.edit((d) => recipe((before = d)), { coalesceKey: key, label: o.label });
    if (!result.ok) {
      this.refuse(key, result.issues[0]?.message ?? '', o.itemId, { path: result.issues[0]?.path });
      this.takeBack(key, o.label);
      return false;
    }
    const run = this.numberRun;
    this.numberRun = run?.key === key && run.last === before ? { ...run, last: result.document } : { key, start: before!, last: result.document };
    this.clear(key);
    return true;
  }

  /** Takes the document back to before the typing in the number field `key`, if nothing else changed it since. */
  private takeBack(key: string, label?: string): void {
    const run = this.numberRun;
    if (run?.key !== key) return;
    this.numberRun = undefined;
    this.doc.edit((d) => (d === run.last ? run.start : d), { coalesceKey: key, label });
  }

  /**
   * Keeps an issue about what was typed in the field `key` (the document is left alone). `label`
   * names the field in the document's list of held input when `message` does not (the kit's own
   * messages); `path` is where the value would have gone; `action`: a button's, no field holds input.
   */
  refuse(key: string, message: string, itemId?: string, o: { label?: string; path?: string; action?: boolean } = {}): void {
    const before = this.refused.get(key);
    if (before?.message === message && before.itemId === itemId) return;
    this.refused.set(key, { message, itemId, path: o.path, action: o.action, label: o.label });
    this.changed();
  }

  /** The field `key` no longer holds refused input. */
  clear(key: string): void {
    if (this.refused.delete(key)) this.changed();
  }

  /** Forgets the issues and drafts of every field whose key starts with `prefix` (a removed item's). */
  clearUnder(prefix: string): void {
    for (const map of [this.refused, this.drafts]) for (const k of [...map.keys()]) if (k.startsWith(prefix)) map.delete(k);
    this.changed();
  }

  /** Forgets everything typed (the whole document was replaced). */
  clearAll(): void {
    this.refused.clear();
    this.drafts.clear();
    this.numberRun = undefined;
    this.changed();
  }

  /** Forgets the issues of fields whose list item is no longer among `liveIds`. */
  dropStale(liveIds: ReadonlySet<string>): void {
    let dropped = false;
    for (const [k, e] of this.refused) if (e.itemId !== undefined && !liveIds.has(e.itemId)) dropped = this.refused.delete(k);
    // Called while the element renders: the document hears it; the element is rendering already.
    if (dropped) this.doc.hold?.(this.held());
  }

  /** The refused input of fields (not of buttons), as the document's list of held input has it. */
  private held(): HeldInput[] {
    const held: HeldInput[] = [];
    for (const e of this.refused.values()) {
      if (e.action) continue;
      held.push({
        message: e.label ? this.l.t('heldIn', e.label, e.message) : e.message,
        ...(e.path !== undefined && { path: e.path }),
        ...(e.itemId !== undefined && { itemId: e.itemId }),
      });
    }
    return held;
  }

  /** The refused input changed: the element renders again and the document hears what its fields hold. */
  private changed(): void {
    this.host.requestUpdate();
    this.doc.hold?.(this.held());
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
