/**
 * Changes in whether a field (or list) holds a template's suggestion (`meta.suggested`) between two
 * roles whose value there is the same: confirmed in `after`, or a suggestion again. A field whose
 * value changed shows as that change alone (an edit settles the suggestion). Each change is in the
 * field's own section, so the conflict chooser (./combine.ts) offers the confirmation with
 * the field it belongs to, and no one's Confirm is lost without a choice.
 */
import { parsePath } from '../model/paths.js';
import type { RoleDocument } from '../model/schema.js';
import { getIn } from '../store/ops.js';
import type { Change } from './types.js';
import { fieldName } from './values.js';
import { equal, type ChangeLink } from './walk.js';

const SUGGESTED = 'suggested by a template, to be confirmed';
const CONFIRMED = 'confirmed';

export function confirmationChanges(before: RoleDocument, after: RoleDocument): { changes: Change[]; links: ChangeLink[] } {
  const was = new Set(before.meta.suggested ?? []);
  const now = new Set(after.meta.suggested ?? []);
  const changes: Change[] = [];
  const links: ChangeLink[] = [];
  for (const path of [...was, ...[...now].filter((p) => !was.has(p))]) {
    if (was.has(path) === now.has(path)) continue;
    const segments = parsePath(path) ?? [path];
    const value = getIn(before, segments);
    if (value === undefined || !equal(value, getIn(after, segments))) continue;
    const confirmed = was.has(path);
    const field = fieldName(path);
    const beforeText = confirmed ? SUGGESTED : CONFIRMED;
    const afterText = confirmed ? CONFIRMED : SUGGESTED;
    changes.push({
      path, section: String(segments[0]), change: 'changed', field, confirmation: confirmed ? 'confirmed' : 'unconfirmed',
      beforeText, afterText, label: `${field}: ${beforeText} → ${afterText}`,
    });
    links.push({ beforePath: path, afterPath: path });
  }
  return { changes, links };
}
