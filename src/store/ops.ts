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
/**
 * `next` with every part that equals the same part of `prev` (a section, a list item found by its
 * `id`, else by its place) replaced by `prev`'s own object; `prev` itself when all of it is equal. A
 * whole document put in place (a `value` set by the page, an import) then shares what it did not
 * change, like an edit: unchanged views are not made again and only the changed parts are checked.
 */
export function shareUnchanged<T>(prev: unknown, next: T): T {
  if (Object.is(prev, next) || !isContainer(prev) || !isContainer(next) || Array.isArray(prev) !== Array.isArray(next)) {
    return (Object.is(prev, next) ? prev : next) as T;
  }
  // `same`: all of it is `prev`'s; `kept`: none of it was replaced (then `next` itself is returned).
  if (Array.isArray(next)) {
    const before = prev as unknown[];
    const byId = new Map(before.map((item, i) => [idOf(item) ?? i, item]));
    let same = before.length === next.length;
    let kept = true;
    const out = next.map((item, i) => {
      const shared = shareUnchanged(byId.get(idOf(item) ?? i), item);
      if (shared !== before[i]) same = false;
      if (shared !== item) kept = false;
      return shared;
    });
    return (same ? prev : kept ? next : out) as T;
  }
  const before = prev as Record<string, unknown>;
  const after = next as Record<string, unknown>;
  const keys = Object.keys(after);
  // Only plain objects are rebuilt: anything else, or a key `__proto__`, stays as given for the checks to refuse.
  if (Object.getPrototypeOf(after) !== Object.prototype || keys.includes('__proto__')) return next;
  let same = keys.length === Object.keys(before).length;
  let kept = true;
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    out[key] = shareUnchanged(before[key], after[key]);
    if (out[key] !== before[key] || !Object.hasOwn(before, key)) same = false;
    if (out[key] !== after[key]) kept = false;
  }
  return (same ? prev : kept ? next : out) as T;
}

const idOf = (item: unknown): string | undefined =>
  isContainer(item) && !Array.isArray(item) && typeof item.id === 'string' ? item.id : undefined;

export { formatPath } from '../model/paths.js';
