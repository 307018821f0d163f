/**
 * Moving and removing items of the builder's lists (progression steps, criteria) with focus kept
 * sensible: after a move, on the same button (or its partner when it became disabled); after a
 * removal, on the next item, else the previous, else the list's Add button.
 */
import { html, type TemplateResult } from 'lit';
import { getIn, type Path } from '../../src/store/ops.js';
import { moveItem, removeItem } from '../../src/store/list-ops.js';
import type { BuilderState } from './builder-state.js';

export interface ListItemActions {
  listPath: Path;
  id: string;
  /** Prefix of the item's control ids, e.g. `step-<id>`. */
  base: string;
  /** Position in the list shown and its length. */
  pos: number;
  count: number;
  /** The item's name for the buttons' accessible names. */
  name: string;
  /** Control ids to focus after a removal (tried in order). */
  focusAfterRemove: () => string[];
  removedMessage: string;
  label: string;
}

export function moveInList(b: BuilderState, a: ListItemActions, delta: -1 | 1): void {
  const list = (getIn(b.doc, a.listPath) as { id: string }[] | undefined) ?? [];
  const from = list.findIndex((it) => it.id === a.id);
  if (from < 0) return;
  const done = b.run(undefined, (d) => moveItem(d, a.listPath, a.id, from + delta), { label: a.label });
  if (!done) return;
  b.focusLater(`${a.base}-${delta < 0 ? 'up' : 'down'}`, `${a.base}-${delta < 0 ? 'down' : 'up'}`);
  b.announce(delta < 0 ? b.t('movedUp', a.name) : b.t('movedDown', a.name));
}

export function removeFromList(b: BuilderState, a: ListItemActions): void {
  const focus = a.focusAfterRemove();
  if (!b.run(undefined, (d) => removeItem(d, a.listPath, a.id), { label: a.label })) return;
  b.focusLater(...focus);
  b.announce(a.removedMessage);
}

/** Move up, Move down and Remove buttons; icon-like buttons have names that say which item. */
export function itemButtons(b: BuilderState, a: ListItemActions): TemplateResult {
  const t = b.t;
  return html`<div class="item-actions actions">
    <button type="button" class="secondary icon" id="${a.base}-up" aria-label=${t('moveUp', a.name)} title=${t('moveUp', a.name)}
      ?disabled=${a.pos === 0} @click=${() => moveInList(b, a, -1)}><span aria-hidden="true">↑</span></button>
    <button type="button" class="secondary icon" id="${a.base}-down" aria-label=${t('moveDown', a.name)} title=${t('moveDown', a.name)}
      ?disabled=${a.pos === a.count - 1} @click=${() => moveInList(b, a, 1)}><span aria-hidden="true">↓</span></button>
    <button type="button" class="danger" id="${a.base}-remove" aria-label=${t('removeNamed', a.name)}
      @click=${() => removeFromList(b, a)}>${t('remove')}</button>
  </div>`;
}
