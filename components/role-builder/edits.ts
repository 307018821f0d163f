/**
 * Pure document helpers of the builder, on top of src/store/ops.ts: nested writes that leave no
 * empty objects behind, "has this draft any content?", the template swap, and moves within a
 * subset of a list (a duty kind).
 */
import type { Duty, DutyKind, RoleDocument } from '../../src/model/schema.js';
import { getIn, setIn, type Path } from '../../src/store/ops.js';
import { moveItem, updateItem } from '../../src/store/list-ops.js';

const isEmptyObject = (v: unknown) =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).length === 0;

/**
 * `setIn`, then removes objects on the path that the write left empty (optional groups such as
 * `employment.funding` or a duty's `flexibility` are absent, not `{}`). Objects shorter than
 * `keepDepth` segments are never removed (the document's sections always exist).
 */
export function setPruned<T>(root: T, path: Path, value: unknown, keepDepth = 2): T {
  let next = setIn(root, path, Array.isArray(value) && value.length === 0 ? undefined : value);
  for (let depth = path.length - 1; depth >= keepDepth; depth--) {
    const at = path.slice(0, depth);
    if (!isEmptyObject(getIn(next, at))) break;
    next = setIn(next, at, undefined);
  }
  return next;
}

/** `setPruned` on a field of the list item `id`, e.g. (doc, ['duties'], id, ['flexibility', 'maxShare'], 20). */
export function setItemPruned<T>(doc: T, listPath: Path, id: string, itemPath: Path, value: unknown): T {
  return updateItem(doc, listPath, id, (item: Record<string, unknown> & { id: string }) => setPruned(item, itemPath, value, 1));
}

/** Whether a draft holds anything a person wrote or chose (so replacing it needs their consent). */
export function hasContent(doc: RoleDocument): boolean {
  const { kind: _k, schemaVersion: _v, id: _i, meta, extensions: _e, ...sections } = doc;
  if (meta.organisation || meta.reviewDate) return true;
  const filled = (v: unknown): boolean => {
    if (Array.isArray(v)) return v.length > 0;
    if (typeof v === 'object' && v !== null) return Object.values(v).some(filled);
    return v !== undefined && v !== '';
  };
  return Object.values(sections).some(filled);
}

/**
 * The document that replaces `current` when a template is picked. The template's content replaces
 * everything the person wrote, but it is still the same role being drafted in the same place, so
 * the document keeps its identity and provenance: `id`, `meta.createdAt`, `meta.organisation` and
 * the host's `extensions`. The template's suggestions for the post (`meta.suggested`) come with its
 * content. Status goes back to draft and a review date is dropped: they were about
 * the old content. Undo brings the old draft back (replace is one undo step).
 */
export function fromTemplate(current: RoleDocument, template: RoleDocument): RoleDocument {
  const meta: RoleDocument['meta'] = {
    status: 'draft',
    createdAt: current.meta.createdAt,
    updatedAt: template.meta.updatedAt,
    ...(current.meta.organisation ? { organisation: current.meta.organisation } : {}),
    // The template's suggestions for the post come with its content, to be confirmed.
    ...(template.meta.suggested ? { suggested: template.meta.suggested } : {}),
  };
  const { extensions: _drop, ...body } = template;
  return { ...body, id: current.id, meta, ...(current.extensions ? { extensions: current.extensions } : {}) };
}

/**
 * Moves a duty one place up or down among the duties of its own kind (the groups the builder shows),
 * in the one `duties` list. Returns `doc` when it is already first or last.
 */
export function moveDutyWithinKind(doc: RoleDocument, id: string, delta: -1 | 1): RoleDocument {
  const duties = doc.duties;
  const from = duties.findIndex((d) => d.id === id);
  if (from < 0) return doc;
  const kind = duties[from]!.kind;
  let to = from + delta;
  while (to >= 0 && to < duties.length && duties[to]!.kind !== kind) to += delta;
  if (to < 0 || to >= duties.length) return doc;
  return moveItem(doc, ['duties'], id, to);
}

/**
 * A duty moved to another kind. Fields that belong to the old kind only are dropped, so the JSON
 * never carries hidden limits on a core duty or a reason on a flexible one; an excluded duty takes
 * no share of time. Undo brings them back.
 */
export function withKind(duty: Duty, kind: DutyKind): Duty {
  if (duty.kind === kind) return duty;
  const { flexibility, exclusionReason, timeShare, ...rest } = duty;
  return {
    ...rest,
    kind,
    ...(timeShare !== undefined && kind !== 'excluded' ? { timeShare } : {}),
    ...(flexibility && kind === 'flexible' ? { flexibility } : {}),
    ...(exclusionReason && kind === 'excluded' ? { exclusionReason } : {}),
  };
}

/** Splits "a, b ,c" into trimmed, non-empty parts. */
export function splitList(text: string, separator: RegExp = /,/): string[] {
  return text.split(separator).map((s) => s.trim()).filter(Boolean);
}
