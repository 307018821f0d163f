/**
 * A template's suggestions for the post (`meta.suggested`: the paths of fields whose value the
 * template chose and no one has confirmed or changed yet). The store calls `settleSuggested` on
 * every edit, so any editor that changes such a field confirms it; `confirmSuggested`
 * (./suggestion-marks.ts, only the editors' views need it) is the edit behind a "Confirm" button
 * (the value stays, the path goes). A suggested list (the supervision pattern, the peer-specific
 * training, the progression route) is settled only by Confirm: changing one item of it, or ticking
 * an answer about its provider, says nothing about the rest.
 */
import type { RoleDocument } from '../model/schema.js';
import { getIn, setIn, type Path } from './ops.js';
import { parsePath } from '../model/paths.js';
import { SUGGESTABLE_LISTS } from '../model/suggestable-lists.js';

const LISTS: readonly string[] = SUGGESTABLE_LISTS;

const toPath = (p: string): Path => parsePath(p) ?? [p];

/** `next` without the suggestions whose field the edit from `before` to `next` changed. */
export function settleSuggested(before: RoleDocument, next: RoleDocument): RoleDocument {
  const list = next.meta.suggested;
  if (!list?.length || before.meta.suggested === undefined) return next;
  const kept = list.filter((p) => {
    if (LISTS.includes(p)) return true;
    const path = toPath(p);
    return Object.is(getIn(before, path), getIn(next, path));
  });
  if (kept.length === list.length) return next;
  return setIn(next, ['meta', 'suggested'], kept.length ? kept : undefined);
}
