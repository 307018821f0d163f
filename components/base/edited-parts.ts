/**
 * Which parts of the role document each editor edits, as path prefixes: the one table that the
 * editors claim from (their `editsPaths`, in the document's editor registry), that the designer's
 * steps are made of (components/role-designer/steps.ts) and that the insights name when no editor
 * on the page edits a field (components/role-insights/where-edited.ts). Small and free of strings,
 * so the element classes in the drop-in bundle's entry carry only this.
 */

/** What each section of `<psw-role-builder>` edits. */
export const BUILDER_SECTION_PARTS = {
  basics: ['role', 'context', 'meta'],
  duties: ['duties'],
  employment: ['employment'],
  progression: ['progression'],
  'person-spec': ['recruitment'],
} as const satisfies Record<string, readonly string[]>;

export type BuilderSection = keyof typeof BUILDER_SECTION_PARTS;

/** What `<psw-boundary-checklist>` edits. */
export const CHECKLIST_PARTS = ['boundaries'] as const;

/** What `<psw-supervision-planner>` edits. */
export const PLANNER_PARTS = ['supervision', 'training', 'team', 'leadership', 'wellbeing'] as const;

/** What a builder showing `sections` (space-separated; unset: all of them) edits. */
export function pathsOfSections(sections?: string): string[] {
  const only = sections?.trim() ? sections.trim().split(/\s+/) : Object.keys(BUILDER_SECTION_PARTS);
  return only.flatMap((s) => (Object.hasOwn(BUILDER_SECTION_PARTS, s) ? BUILDER_SECTION_PARTS[s as BuilderSection] : []));
}
