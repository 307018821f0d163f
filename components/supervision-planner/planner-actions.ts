/**
 * What the planner's template modules see of one render (`PlannerView`, ./planner-view.ts): strings,
 * the document state, findings, refused-input errors, and the actions that edit the document and
 * move focus. Part of the planner's lazy view (./supervision-planner.view.ts); the state between
 * renders lives in the element's `ui`.
 */
import type { Finding } from '../../src/assess/types.js';
import type { SupervisionTypeId } from '../../src/catalogue/ids.js';
import { newId } from '../../src/model/ids.js';
import type { RoleDocument, SupervisionArrangement, TrainingItem } from '../../src/model/schema.js';
import { addItem, getIn, moveItem, removeItem, setIn, updateItem, type Identified, type Path } from '../../src/store/ops.js';
import { findingsList } from '../base/ui.js';
import type { Recipe } from '../context/document-context.js';
import { arrangementName, typeLabel } from './arrangements.js';
import { itemKey, type ListName, type Per, type PlannerView } from './planner-view.js';
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

/** What the template modules see of this render. */
export function plannerView(el: El, d: RoleDocument): PlannerView {
  const readonly = el.doc.readonly;
  const l = el.l!;
  const ct = el.c!.t.bind(el.c!);
  const ui = el.ui;
  return {
    l,
    t: l.t.bind(l),
    ct,
    document: d,
    readonly,
    showTable: ui.showTable,
    error: (key) => (readonly ? undefined : ui.errors.get(key)),
    findings: (path, itemId) => el.doc.findingsFor(path, itemId),
    findingsBlock: (f: readonly Finding[]) => (f.length ? findingsList(f, ct) : undefined),
    collapses: (count) => !readonly && count > COLLAPSE_AFTER,
    isExpanded: (_list, id, count) => readonly || count <= COLLAPSE_AFTER || ui.expanded.has(id),
    setText: (path, value) => apply(el, path.join('.'), (doc) => setIn(doc, path, value), true),
    setBool: (path, checked) => apply(el, path.join('.'), (doc) => setIn(doc, path, checked)),
    setNumber: (path, raw, event) => {
      const key = path.join('.');
      const n = parseNumber(el, key, raw, event);
      if (n !== null) apply(el, key, (doc) => setIn(doc, path, n), true);
    },
    addArrangement: () => void addArrangement(el),
    removeItem: (list, id) => void removeFromList(el, list, id),
    moveItem: (list, id, delta, button) => void moveInList(el, list, id, delta, button),
    toggleExpanded: (_list, id) => {
      if (!ui.expanded.delete(id)) ui.expanded.add(id);
      el.requestUpdate();
    },
    setArrangement: (id, field, value) =>
      apply(el, itemKey(ARR, id, field), (doc) => updateItem<RoleDocument, SupervisionArrangement>(doc, listPath(ARR), id, { [field]: value }), typeof value === 'string'),
    setCount: (id, raw, event) => {
      const key = itemKey(ARR, id, 'frequency');
      const count = parseNumber(el, key, raw, event);
      if (count === null) return;
      apply(el, key, (doc) => updateItem<RoleDocument, SupervisionArrangement>(doc, listPath(ARR), id, (a) =>
        setIn(a, ['frequency'], count === undefined ? undefined : { count, per: a.frequency?.per ?? pendingPer(el, id) })), true);
    },
    setPer: (id, per) => {
      const a = el.doc.document?.supervision.arrangements.find((x) => x.id === id);
      if (a?.frequency) {
        apply(el, itemKey(ARR, id, 'frequency'), (doc) =>
          updateItem<RoleDocument, SupervisionArrangement>(doc, listPath(ARR), id, (x) => (x.frequency ? setIn(x, ['frequency', 'per'], per) : x)));
      } else {
        ui.pendingPers.set(id, per);
        el.requestUpdate();
      }
    },
    pendingPer: (id) => pendingPer(el, id),
    setDuration: (id, raw, event) => {
      const key = itemKey(ARR, id, 'durationMinutes');
      const n = parseNumber(el, key, raw, event);
      if (n !== null) apply(el, key, (doc) => updateItem<RoleDocument, SupervisionArrangement>(doc, listPath(ARR), id, { durationMinutes: n }), true);
    },
    toggleFocus: (id, focus, on) =>
      apply(el, itemKey(ARR, id, 'focus'), (doc) => updateItem<RoleDocument, SupervisionArrangement>(doc, listPath(ARR), id, (a) => {
        const now = a.focus ?? [];
        const next = on ? (now.includes(focus) ? now : [...now, focus]) : now.filter((f) => f !== focus);
        return setIn(a, ['focus'], next.length ? next : undefined);
      })),
    addTraining: () => void addTraining(el),
    setTrainingTitle: (id, value) =>
      // The title is required (an empty one is allowed): set it directly, since setIn deletes ''.
      apply(el, itemKey(TR, id, 'title'), (doc) => updateItem<RoleDocument, TrainingItem>(doc, listPath(TR), id, (it) => (it.title === value ? it : { ...it, title: value })), true),
    setTrainingHours: (id, raw, event) => {
      const key = itemKey(TR, id, 'hours');
      const n = parseNumber(el, key, raw, event);
      if (n !== null) apply(el, key, (doc) => updateItem<RoleDocument, TrainingItem>(doc, listPath(TR), id, { hours: n }), true);
    },
    toggleDomain: (id, domain, on) =>
      apply(el, itemKey(TR, id, 'competenceDomains'), (doc) => updateItem<RoleDocument, TrainingItem>(doc, listPath(TR), id, (it) => {
        const now = it.competenceDomains ?? [];
        const next = on ? [...new Set([...now, domain])].sort((a, b) => a - b) : now.filter((n) => n !== domain);
        return setIn(it, ['competenceDomains'], next.length ? next : undefined);
      })),
    toggleTable: () => {
      ui.showTable = !ui.showTable;
      el.requestUpdate();
    },
  };
}

function pendingPer(el: El, id: string): Per {
  return el.ui.pendingPers.get(id) ?? 'month';
}

/**
 * Applies an edit and records its outcome for the field `key`: refused edits keep their message
 * (shown in place; the field keeps what was typed), accepted ones clear it.
 */
function apply(el: El, key: string, recipe: Recipe, coalesce = false, label?: string): boolean {
  const result = el.doc.edit(recipe, coalesce ? { coalesceKey: key, label } : { label });
  setError(el, key, result.ok ? undefined : result.issues[0]?.message ?? '');
  return result.ok;
}

function setError(el: El, key: string, message: string | undefined): void {
  const errors = el.ui.errors;
  if (errors.get(key) === message) return;
  if (message === undefined) errors.delete(key);
  else errors.set(key, message);
  el.requestUpdate();
}

/** A number from a field: undefined for empty (delete), null when refused (the error is shown). */
function parseNumber(el: El, key: string, raw: string, event: Event): number | undefined | null {
  const input = event.target as HTMLInputElement | null;
  const text = raw.trim();
  if (input?.validity?.badInput || (text !== '' && !Number.isFinite(Number(text)))) {
    setError(el, key, el.l!.t('notANumber'));
    return null;
  }
  return text === '' ? undefined : Number(text);
}

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

async function addArrangement(el: El): Promise<void> {
  const t = el.l!.t.bind(el.l!);
  const used = new Set(el.doc.document?.supervision.arrangements.map((a) => a.type));
  const type = NEW_TYPE_ORDER.find((x) => !used.has(x)) ?? 'peer-supervision';
  const id = newId();
  if (!apply(el, `${ARR}:add`, (doc) => addItem(doc, listPath(ARR), { id, type }), false, t('add'))) return;
  openAndAnnounce(el, id, t('added', typeLabel(type)));
  await focusIn(el, id, 'select, input');
}

async function addTraining(el: El): Promise<void> {
  const t = el.l!.t.bind(el.l!);
  const id = newId();
  if (!apply(el, `${TR}:add`, (doc) => addItem(doc, listPath(TR), { id, title: '' }), false, t('addTraining'))) return;
  openAndAnnounce(el, id, t('added', t('peerSpecific').toLowerCase()));
  await focusIn(el, id, 'input');
}

function openAndAnnounce(el: El, id: string, message: string): void {
  el.ui.expanded.add(id);
  el.ui.announcement = message;
  el.requestUpdate();
}

async function removeFromList(el: El, list: ListName, id: string): Promise<void> {
  const before = items(el, list);
  const index = before.findIndex((x) => x.id === id);
  const name = itemName(el, list, id);
  if (!apply(el, `${list}:add`, (doc) => removeItem(doc, listPath(list), id), false, el.l!.t('remove'))) return;
  el.ui.announcement = el.l!.t('removed', name);
  el.requestUpdate();
  const next = before[index + 1] ?? before[index - 1];
  if (next) await focusIn(el, next.id, 'select, input, textarea', 'button:not([disabled])');
  else {
    await el.updateComplete;
    el.renderRoot.querySelector<HTMLElement>(`[data-path="${list}"]`)?.focus();
  }
}

async function moveInList(el: El, list: ListName, id: string, delta: -1 | 1, button: 'up' | 'down'): Promise<void> {
  const all = items(el, list);
  const to = all.findIndex((x) => x.id === id) + delta;
  if (!apply(el, `${list}:add`, (doc) => moveItem(doc, listPath(list), id, to), false, el.l!.t(delta < 0 ? 'moveUp' : 'moveDown'))) return;
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
