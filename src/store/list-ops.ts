/**
 * Pure update helpers for the lists of a document (duties, boundaries, arrangements…), by item
 * `id`, built on `setIn` (./ops.ts) with the same rules: a new value sharing every untouched
 * branch, the input never mutated, and the input itself returned when nothing would change.
 *
 * ```ts
 * edit((doc) => updateItem(doc, ['duties'], duty.id, { kind: 'flexible' }));
 * ```
 */
import { getIn, setIn, type Identified, type Path } from './ops.js';

function listAt<I extends Identified>(root: unknown, listPath: Path): readonly I[] {
  const list = getIn(root, listPath);
  if (list === undefined) return [];
  if (!Array.isArray(list)) throw new TypeError(`${listPath.join('.')} is not a list`);
  return list as I[];
}

const clamp = (n: number, min: number, max: number) => Math.min(Math.max(n, min), max);

/** Adds `item` to the list at `listPath`, at `index` (clamped; default: the end). */
export function addItem<T, I extends Identified>(root: T, listPath: Path, item: I, index?: number): T {
  const list = listAt<I>(root, listPath);
  const at = index === undefined ? list.length : clamp(Math.trunc(index), 0, list.length);
  const next = list.slice();
  next.splice(at, 0, item);
  return setIn(root, listPath, next);
}

/**
 * Updates the item with `id`. A patch object is merged (its `undefined`/`''` values delete keys); a
 * function receives the item and returns the new one. Unknown id or no change: returns `root`.
 */
export function updateItem<T, I extends Identified = Identified & Record<string, unknown>>(
  root: T,
  listPath: Path,
  id: string,
  patchOrFn: NoInfer<Partial<I>> | ((item: I) => I),
): T {
  const list = listAt<I>(root, listPath);
  const index = list.findIndex((it) => it?.id === id);
  if (index < 0) return root;
  const item = list[index]!;
  let updated: I;
  if (typeof patchOrFn === 'function') {
    updated = patchOrFn(item);
  } else {
    updated = item;
    for (const [key, value] of Object.entries(patchOrFn)) updated = setIn(updated, [key], value);
  }
  if (updated === item) return root;
  return setIn(root, [...listPath, index], updated);
}

/** Removes the item with `id` (unknown id: returns `root`). */
export function removeItem<T>(root: T, listPath: Path, id: string): T {
  const list = listAt(root, listPath);
  const index = list.findIndex((it) => it?.id === id);
  if (index < 0) return root;
  return setIn(root, listPath, list.filter((_, i) => i !== index));
}

/** Moves the item with `id` to `toIndex` (clamped to the list). Unknown id or same place: returns `root`. */
export function moveItem<T>(root: T, listPath: Path, id: string, toIndex: number): T {
  const list = listAt(root, listPath);
  const from = list.findIndex((it) => it?.id === id);
  if (from < 0) return root;
  const to = clamp(Math.trunc(toIndex), 0, list.length - 1);
  if (to === from) return root;
  const next = list.slice();
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item!);
  return setIn(root, listPath, next);
}
