/**
 * What each section of the builder edits, as document path prefixes: the parts a builder claims
 * in its document's editor registry (components/document-runtime/editor-registry.ts). Kept apart
 * from the view so the element (in the drop-in bundle's entry) carries only this table.
 */
/** The parts of the document each section of the builder edits. */
const SECTION_PATHS: Readonly<Record<string, readonly string[]>> = {
  basics: ['role', 'context', 'meta'],
  duties: ['duties'],
  employment: ['employment'],
  progression: ['progression'],
  'person-spec': ['recruitment'],
};

/** What a builder showing `sections` (space-separated; unset: all of them) edits, as path prefixes. */
export function pathsOfSections(sections?: string): string[] {
  const only = sections?.trim() ? sections.trim().split(/\s+/) : Object.keys(SECTION_PATHS);
  return only.flatMap((s) => SECTION_PATHS[s] ?? []);
}
