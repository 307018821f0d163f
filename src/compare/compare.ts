/**
 * `compareRoles(before, after, options?)`: what changed between two roles or two versions of one,
 * and what that did to the assessment. Synchronous and DOM-free.
 */
import { fieldLabels } from '../model/field-labels.js';
import { RoleDocumentSchema } from '../model/schema.js';
import { confirmationChanges } from './confirmations.js';
import { assessmentDelta, linkFindings } from './delta.js';
import { toDocument } from './input.js';
import type { Change, ChangeSection, CompareOptions, Comparison } from './types.js';
import { walk, type ChangeLink } from './walk.js';

/** The document's sections in their order, e.g. `duties`, `boundaries`. */
const SECTIONS = Object.keys(RoleDocumentSchema.shape);

/**
 * Compares two roles. Each side is a role document, an export (`exportJobDescription`'s envelope,
 * whose document is compared) or the JSON text of either; a side that does not parse throws a
 * `CompareInputError` naming the side and the fields. `options` (`organisation`, `today`, `policy`)
 * are passed to `assessRole` for both sides, so the delta is the difference of two ordinary
 * assessments. The result is new on every call; its assessments are `assessRole`'s (shared, read-only).
 */
export function compareRoles(before: unknown, after: unknown, options?: CompareOptions): Comparison {
  const a = toDocument(before, 'before');
  const b = toDocument(after, 'after');
  const walked = walk(a, b);
  const { changes, links } = inSectionOrder(walked, confirmationChanges(a, b));
  const assessment = assessmentDelta(a, b, options, walked.rekeyed);
  linkFindings(changes, links, assessment);
  return { changes, sections: group(changes), assessment };
}

const rank = (section: string) => (SECTIONS.includes(section) ? SECTIONS.indexOf(section) : SECTIONS.length);

/** The walked changes with the confirmations put at the end of their sections, each with its link. */
function inSectionOrder(...parts: { changes: Change[]; links: ChangeLink[] }[]): { changes: Change[]; links: ChangeLink[] } {
  const pairs = parts.flatMap((p) => p.changes.map((c, i) => ({ c, l: p.links[i]! })));
  pairs.sort((x, y) => rank(x.c.section) - rank(y.c.section)); // stable: document order within a section
  return { changes: pairs.map((p) => p.c), links: pairs.map((p) => p.l) };
}

function group(changes: readonly Change[]): ChangeSection[] {
  const by = new Map<string, Change[]>();
  for (const c of changes) {
    const list = by.get(c.section);
    if (list) list.push(c);
    else by.set(c.section, [c]);
  }
  const known = SECTIONS.filter((s) => by.has(s));
  const other = [...by.keys()].filter((s) => !SECTIONS.includes(s));
  return [...known, ...other].map((section) => ({ section, label: fieldLabels[section] ?? section, changes: by.get(section)! }));
}
