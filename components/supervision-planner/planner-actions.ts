/**
 * The planner's list actions (add, remove, move, with focus and announcements) and its editor kit
 * (components/base/editor-kit/). Part of the planner's lazy view (./supervision-planner.view.ts);
 * the state between renders lives in the element's `ui` and its kit.
 */
import type { SupervisionTypeId } from '../../src/catalogue/ids.js';
import { newId } from '../../src/model/ids.js';
import type { SupervisionArrangement, TrainingItem } from '../../src/model/schema.js';
import { getIn, type Identified, type Path } from '../../src/store/ops.js';
import { addItem, moveItem, removeItem } from '../../src/store/list-ops.js';
import { EditKit } from '../base/editor-kit/edit-kit.js';
import type { Recipe } from '../document-runtime/document-context.js';
import { arrangementName, typeLabel } from './arrangements.js';
import type { ListName } from './planner-view.js';
import type { PswSupervisionPlanner } from './supervision-planner.component.js';

type El = PswSupervisionPlanner;

export const ARR = 'supervision.arrangements' as const;
export const TR = 'training.peerSpecific' as const;
export const listPath = (list: ListName): Path => list.split('.');
/** Lists longer than this collapse to one summary line per item, with an Edit button. */
const COLLAPSE_AFTER = 20;
/** A new arrangement takes the first of these types the role does not have yet. */
const NEW_TYPE_ORDER: readonly SupervisionTypeId[] = [
  'peer-supervision', 'line-management', 'group-peer-supervision', 'reflective-practice', 'clinical-supervision', 'peer-network', 'debrief',
];

const kits = new WeakMap<El, EditKit>();

/** The planner's editor kit: refused input and numbers, as in every editor (created with the view). */
export function kitOf(el: El): EditKit {
  let kit = kits.get(el);
  if (!kit) kits.set(el, (kit = new EditKit(el, el.doc)));
  return kit;
}

/** An edit of a whole list (add, remove, move): refused, its issue shows beside the list's Add button. */
function apply(el: El, list: ListName, recipe: Recipe, label: string): boolean {
  return kitOf(el).apply(`${list}:add`, recipe, { label, action: true });
}

/** Whether lists of `count` items collapse to summary lines. */
export const collapses = (count: number) => count > COLLAPSE_AFTER;

/** The items of a list of the document (arrangements or peer-specific training). */
export function items(el: El, list: ListName): readonly Identified[] {
  return (getIn(el.doc.document, listPath(list)) as readonly Identified[] | undefined) ?? [];
}

function itemName(el: El, list: ListName, id: string): string {
  const all = items(el, list);
  const index = all.findIndex((x) => x.id === id);
  if (list === ARR) return arrangementName(all[index] as SupervisionArrangement);
  const title = (all[index] as TrainingItem).title;
  return title ? `“${title}”` : el.l!.t('trainingName', index + 1, '');
}

export async function addArrangement(el: El): Promise<void> {
  const t = el.l!.t.bind(el.l!);
  const used = new Set(el.doc.document?.supervision.arrangements.map((a) => a.type));
  const type = NEW_TYPE_ORDER.find((x) => !used.has(x)) ?? 'peer-supervision';
  const id = newId();
  if (!apply(el, ARR, (doc) => addItem(doc, listPath(ARR), { id, type }), t('add'))) return;
  openAndAnnounce(el, id, t('added', typeLabel(type)));
  await focusIn(el, id, 'select, input');
}

export async function addTraining(el: El): Promise<void> {
  const t = el.l!.t.bind(el.l!);
  const id = newId();
  if (!apply(el, TR, (doc) => addItem(doc, listPath(TR), { id, title: '' }), t('addTraining'))) return;
  openAndAnnounce(el, id, t('added', t('peerSpecific').toLowerCase()));
  await focusIn(el, id, 'input');
}

function openAndAnnounce(el: El, id: string, message: string): void {
  el.ui.expanded.add(id);
  el.ui.announcement = message;
  el.requestUpdate();
}

export async function removeFromList(el: El, list: ListName, id: string): Promise<void> {
  const before = items(el, list);
  const index = before.findIndex((x) => x.id === id);
  const name = itemName(el, list, id);
  if (!apply(el, list, (doc) => removeItem(doc, listPath(list), id), el.l!.t('remove'))) return;
  el.ui.announcement = el.l!.t('removed', name);
  el.requestUpdate();
  const next = before[index + 1] ?? before[index - 1];
  if (next) await focusIn(el, next.id, 'select, input, textarea', 'button:not([disabled])');
  else {
    await el.updateComplete;
    el.renderRoot.querySelector<HTMLElement>(`[data-path="${list}"]`)?.focus();
  }
}

export async function moveInList(el: El, list: ListName, id: string, delta: -1 | 1, button: 'up' | 'down'): Promise<void> {
  const all = items(el, list);
  const to = all.findIndex((x) => x.id === id) + delta;
  if (!apply(el, list, (doc) => moveItem(doc, listPath(list), id, to), el.l!.t(delta < 0 ? 'moveUp' : 'moveDown'))) return;
  el.ui.announcement = el.l!.t('moved', itemName(el, list, id), to + 1, all.length);
  el.requestUpdate();
  // Moving re-inserts the item's nodes, which drops focus: put it back on the same button, or on
  // the other one when this one is now disabled (the item reached an end of the list).
  await el.updateComplete;
  const item = itemElement(el, id);
  const same = item?.querySelector<HTMLButtonElement>(`[data-action="${button}"]`);
  const other = item?.querySelector<HTMLButtonElement>(`[data-action="${button === 'up' ? 'down' : 'up'}"]`);
  (same && !same.disabled ? same : other)?.focus();
}

/** The rendered card (or row) of the arrangement or training item `id`. */
export function itemElement(el: El, id: string): HTMLElement | null {
  return el.renderRoot.querySelector<HTMLElement>(`[data-item-id="${CSS.escape(id)}"]`);
}

/** Focuses the first match of the first selector that matches inside the item. */
async function focusIn(el: El, id: string, ...selectors: string[]): Promise<void> {
  await el.updateComplete;
  const item = itemElement(el, id);
  for (const s of selectors) {
    const found = item?.querySelector<HTMLElement>(s);
    if (found) return found.focus();
  }
}
