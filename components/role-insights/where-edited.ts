/**
 * Where a part of the role is edited, for what no editor on the page edits. The editors bound to
 * the same document claim the parts they edit (components/document-runtime/editor-registry.ts);
 * a finding outside them gets no "Go to the field" but a sentence naming the element (and, for
 * the builder, its section) that edits it, and the summary counts what this page can deal with.
 * The places come from the editors' own table (components/base/edited-parts.ts).
 */
import type { Finding } from '../../src/assess/types.js';
import { pathUnder } from '../document-runtime/editor-registry.js';
import type { InsightsStrings } from './strings.js';
import { BUILDER_SECTION_PARTS, CHECKLIST_PARTS, PLANNER_PARTS, type BuilderSection } from '../base/edited-parts.js';

/** An element (or the builder's section) that edits a part of the role. */
export type Place = BuilderSection | 'boundaries' | 'support';

const PLACES: readonly (readonly [Place, readonly string[]])[] = [
  ...(Object.entries(BUILDER_SECTION_PARTS) as [BuilderSection, readonly string[]][]),
  ['boundaries', CHECKLIST_PARTS],
  ['support', PLANNER_PARTS],
];

/** The words for each place, completing "Edited in …". */
export const placeKey: Record<Place, keyof InsightsStrings> = {
  basics: 'placeBasics',
  duties: 'placeDuties',
  employment: 'placeEmployment',
  progression: 'placeProgression',
  'person-spec': 'placePersonSpec',
  boundaries: 'placeBoundaries',
  support: 'placeSupport',
};

/** The place that edits `path`, or undefined when no element of the toolkit does. */
export function placeOf(path: string): Place | undefined {
  return PLACES.find(([, prefixes]) => prefixes.some((p) => pathUnder(path, p)))?.[0];
}

/**
 * Whether the page can deal with `path`: true when an editor of this document edits it, or when
 * the document's provider does not say (then "Go to the field" is offered as before).
 */
export type EditableHere = (path: string) => boolean;

export interface PlaceCounts {
  /** Findings to fix or check (errors and warnings) that an editor on this page edits. */
  here: number;
  /** The same, edited in a place this page does not include, by place (undefined: no element edits it). */
  elsewhere: { place: Place | undefined; count: number }[];
}

/**
 * What there is to fix or check (errors and warnings, which readiness depends on), split between
 * this page and the places it does not include. Findings with no path concern the whole role and
 * are in neither.
 */
export function countPlaces(findings: readonly Finding[], editable: EditableHere): PlaceCounts {
  let here = 0;
  const elsewhere = new Map<Place | undefined, number>();
  for (const f of findings) {
    if (f.severity === 'info' || f.path === undefined) continue;
    if (editable(f.path)) here++;
    else {
      const place = placeOf(f.path);
      elsewhere.set(place, (elsewhere.get(place) ?? 0) + 1);
    }
  }
  return { here, elsewhere: [...elsewhere].map(([place, count]) => ({ place, count })) };
}
