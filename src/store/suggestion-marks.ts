/**
 * Reading and confirming a template's suggestions for the post (`meta.suggested`, see
 * ./suggested.ts): what the "Confirm" note under a field uses. Apart from ./suggested.ts, which the
 * store needs on every edit, so that only the editors' views load it.
 */
import type { RoleDocument } from '../model/schema.js';
import { formatPath } from '../model/paths.js';
import { setIn, type Path } from './ops.js';

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
