/**
 * A template's suggestions for the post (`meta.suggested`: the paths of fields whose value the
 * template chose and no one has confirmed or changed yet). The store calls `settleSuggested` on
 * every edit, so any editor that changes such a field confirms it; `confirmSuggested` is the edit
 * behind a "Confirm" button (the value stays, the path goes).
 */
import type { RoleDocument } from '../model/schema.js';
import { getIn, setIn, type Path } from './ops.js';
import { formatPath, parsePath } from '../model/paths.js';

const toPath = (p: string): Path => parsePath(p) ?? [p];

/** `next` without the suggestions whose field the edit from `before` to `next` changed. */
export function settleSuggested(before: RoleDocument, next: RoleDocument): RoleDocument {
  const list = next.meta.suggested;
  if (!list?.length || before.meta.suggested === undefined) return next;
  const kept = list.filter((p) => {
    const path = toPath(p);
    return Object.is(getIn(before, path), getIn(next, path));
  });
  if (kept.length === list.length) return next;
  return setIn(next, ['meta', 'suggested'], kept.length ? kept : undefined);
}

/** Whether the field at `path` holds a template's suggestion not yet confirmed. */
export function isSuggested(doc: RoleDocument, path: Path | string): boolean {
  const p = typeof path === 'string' ? path : formatPath(path);
  return !!doc.meta.suggested?.includes(p);
}

/** Confirms the template's suggestion at `path`: the value stays, the suggestion mark goes. */
export function confirmSuggested(doc: RoleDocument, path: Path | string): RoleDocument {
  const p = typeof path === 'string' ? path : formatPath(path);
  const list = doc.meta.suggested;
  if (!list?.includes(p)) return doc;
  const kept = list.filter((x) => x !== p);
  return setIn(doc, ['meta', 'suggested'], kept.length ? kept : undefined);
}
