/**
 * Pure update helpers for edit recipes: each returns a new value that shares every untouched branch
 * with its input (so unchanged sections keep their identity and memoised views stay valid) and
 * never mutates the input. When nothing would change, the input itself is returned, which the store
 * treats as a no-op (no history entry, no new snapshot).
 *
 * Optional fields are absent, not empty (../model/schema.ts): setting a key of an object to `undefined`
 * or `''` deletes the key.
 *
 * ```ts
 * edit((doc) => setIn(doc, ['role', 'title'], input.value), { coalesceKey: 'role.title' });
 * ```
 *
 * The list helpers (`addItem`, `updateItem`, `removeItem`, `moveItem`) are in ./list-ops.ts, which
 * only the editors' views use, so they stay out of the drop-in entry.
 */

/** A path into the document: object keys and array indexes, e.g. `['duties', 2, 'flexibility', 'maxShare']`. */
export type Path = readonly (string | number)[];

/** Anything kept in a list carries a stable, unique `id`. */
export interface Identified {
  readonly id: string;
}

type Container = Record<string, unknown> | unknown[];

const isContainer = (v: unknown): v is Container => typeof v === 'object' && v !== null;
const isEmpty = (v: unknown) => v === undefined || v === '';

/** The value at `path`, or `undefined` when any step is missing. */
export function getIn(root: unknown, path: Path): unknown {
  let node: unknown = root;
  for (const key of path) {
    if (!isContainer(node)) return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}

/** Writes one key of a container, copying it; `undefined` on an array index removes that element. */
function assign(container: Container, key: string | number, value: unknown): Container {
  if (Array.isArray(container)) {
    const index = typeof key === 'number' ? key : Number(key);
    if (!Number.isInteger(index) || index < 0) throw new RangeError(`"${String(key)}" is not an index of a list`);
    const copy = container.slice();
    if (value === undefined) {
      if (index < copy.length) copy.splice(index, 1);
    } else {
      copy[index] = value;
    }
    return copy;
  }
  const copy: Record<string, unknown> = { ...container };
  if (isEmpty(value)) delete copy[String(key)];
  else copy[String(key)] = value;
  return copy;
}

function has(container: Container, key: string | number): boolean {
  return Array.isArray(container) ? Number(key) < container.length : Object.prototype.hasOwnProperty.call(container, key);
}

/**
 * Returns `root` with `value` at `path`. Missing objects (or lists, when the next key is a number)
 * on the way are created. `undefined` or `''` deletes an object key; `undefined` removes a list
 * element. Returns `root` itself when the value is already there (or already absent).
 */
export function setIn<T>(root: T, path: Path, value: unknown): T {
  if (path.length === 0) return (isEmpty(value) ? root : value) as T;
  return setAt(root as unknown, path, 0, value) as T;
}

function setAt(node: unknown, path: Path, i: number, value: unknown): unknown {
  const key = path[i]!;
  const container: Container = isContainer(node) ? node : typeof key === 'number' ? [] : {};
  const last = i === path.length - 1;
  const current = has(container, key) ? (container as Record<string | number, unknown>)[key] : undefined;
  if (last) {
    const deletes = value === undefined || (value === '' && !Array.isArray(container));
    if (deletes ? !has(container, key) : Object.is(current, value) && has(container, key)) return node;
    return assign(container, key, value);
  }
  if (current === undefined && isEmpty(value)) return node; // deleting under something absent
  const next = setAt(current, path, i + 1, value);
  if (next === current) return node;
  return assign(container, key, next);
}

/** Formats a path the way issues and findings name fields: `duties[2].flexibility.maxShare`. */
export { formatPath } from '../model/paths.js';
