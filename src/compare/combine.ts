/**
 * `combineBySection(mine, theirs, choices)`: one role made of two, part by part, for the choice a
 * person makes when someone else saved the role meanwhile. The parts are the sections of
 * `compareRoles(theirs, mine).sections`; each is one or more top-level keys of the document
 * (`SECTION_KEYS`). A section chosen as 'theirs' takes those keys from theirs; every other key
 * (and `kind`, `schemaVersion`, `id`) stays as in mine. `mergeSections` does the same without
 * asking when each section was changed on one side only. DOM-free.
 */
import { jsonText } from '../model/json-text.js';
import type { RoleDocument } from '../model/schema.js';

export type SectionChoice = 'mine' | 'theirs';

/** The document keys each section of a comparison stands for. */
export const SECTION_KEYS: Readonly<Record<string, readonly (keyof RoleDocument)[]>> = {
  meta: ['meta'],
  context: ['context'],
  role: ['role'],
  duties: ['duties'],
  boundaries: ['boundaries'],
  supervision: ['supervision'],
  training: ['training'],
  team: ['team'],
  leadership: ['leadership'],
  employment: ['employment'],
  progression: ['progression'],
  wellbeing: ['wellbeing'],
  recruitment: ['recruitment'],
  extensions: ['extensions'],
};

/**
 * Mine, with the sections chosen as 'theirs' taken from theirs (a new object; neither input is
 * changed). Which fields still hold a template's suggestion (`meta.suggested`) follows the fields,
 * whichever side the rest of `meta` (status, dates) is taken from: a field taken from theirs is a
 * suggestion only if it is one in theirs (their confirmation comes with their value), every other as
 * in mine.
 */
export function combineBySection(mine: RoleDocument, theirs: RoleDocument, choices: Readonly<Record<string, SectionChoice>>): RoleDocument {
  const combined: Record<string, unknown> = { ...mine };
  const taken = new Set<string>();
  for (const [section, choice] of Object.entries(choices)) {
    if (choice !== 'theirs') continue;
    for (const key of SECTION_KEYS[section] ?? []) {
      taken.add(key);
      if (key in theirs) combined[key] = theirs[key];
      else delete combined[key];
    }
  }
  if (mine.meta.suggested || theirs.meta.suggested) {
    const from = (doc: RoleDocument, wanted: boolean) => (doc.meta.suggested ?? []).filter((p) => taken.has(p.split('.')[0]!) === wanted);
    const suggested = [...from(mine, false), ...from(theirs, true)];
    const { suggested: _either, ...meta } = combined.meta as RoleDocument['meta'];
    combined.meta = suggested.length ? { ...meta, suggested } : meta;
  }
  return combined as RoleDocument;
}

/**
 * A section's part of a role, as JSON: its keys (`meta` without the save times and the suggestions,
 * which change with every save and follow the fields), and which of the section's fields still hold a
 * template's suggestion, so a Confirm counts as a change of its section.
 */
export function sectionPart(doc: RoleDocument, section: string): string {
  const keys: readonly string[] = SECTION_KEYS[section] ?? [];
  const values = keys.map((k) => {
    if (k !== 'meta') return doc[k as keyof RoleDocument];
    const { createdAt: _c, updatedAt: _u, suggested: _s, ...meta } = doc.meta;
    return meta;
  });
  return jsonText([values, (doc.meta.suggested ?? []).filter((p) => keys.includes(p.split('.')[0]!)).sort()]);
}

/**
 * Mine and theirs, both made from `base`, combined without asking: each section that theirs changed
 * since `base` is taken from theirs, every other kept as mine. Undefined when a section was changed
 * on both sides, differently (that is the person's choice). `taken`: the sections taken from theirs.
 */
export function mergeSections(base: RoleDocument, mine: RoleDocument, theirs: RoleDocument): { combined: RoleDocument; taken: string[] } | undefined {
  const choices: Record<string, SectionChoice> = {};
  for (const section of Object.keys(SECTION_KEYS)) {
    const [b, m, t] = [base, mine, theirs].map((d) => sectionPart(d, section));
    if (t === b || t === m) continue;
    if (m !== b) return undefined;
    choices[section] = 'theirs';
  }
  return { combined: combineBySection(mine, theirs, choices), taken: Object.keys(choices) };
}

