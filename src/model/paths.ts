/**
 * Paths name a place in a document. Machine form is what issues and findings carry, e.g.
 * `duties[2].flexibility.maxShare`; segments are keys and zero-based list indices.
 */
export type PathSegment = string | number;

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** `['duties', 2, 'title']` → `"duties[2].title"`; odd keys are quoted: `extensions["my key"]`. */
export function formatPath(segments: readonly PathSegment[]): string {
  let out = '';
  for (const s of segments) {
    if (typeof s === 'number') out += `[${s}]`;
    else if (IDENTIFIER.test(s)) out += out ? `.${s}` : s;
    else out += `[${JSON.stringify(s)}]`;
  }
  return out;
}

/** The inverse of `formatPath`. Returns undefined for text that is not a path. */
export function parsePath(path: string): PathSegment[] | undefined {
  const out: PathSegment[] = [];
  const re = /\.?([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/y;
  let at = 0;
  while (at < path.length) {
    re.lastIndex = at;
    const m = re.exec(path);
    if (!m || (at === 0 && path[0] === '.')) return undefined;
    if (m[1] !== undefined) out.push(m[1]);
    else if (m[2] !== undefined) out.push(Number(m[2]));
    else {
      try { out.push(JSON.parse(m[3]!) as string); } catch { return undefined; }
    }
    at = re.lastIndex;
  }
  return out;
}

/** The pattern of a path, with list indices replaced by `[]`: `duties[].flexibility.maxShare`. */
export function pathPattern(segments: readonly PathSegment[]): string {
  let out = '';
  for (const s of segments) out += typeof s === 'number' ? '[]' : out ? `.${s}` : s;
  return out;
}

const isPart = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/**
 * Whether every path into `before` names the same item in `after`, judged in the parts that differ
 * (an edit shares the parts it did not change): each list keeps its length and its items' ids in
 * their places, and no list or object appears or goes. A value typed or cleared keeps the places;
 * an item added, removed or moved changes what paths such as `duties[2].title` point at.
 */
export function samePlaces(before: unknown, after: unknown): boolean {
  if (before === after) return true;
  if (Array.isArray(before) || Array.isArray(after)) {
    if (!Array.isArray(before) || !Array.isArray(after) || before.length !== after.length) return false;
    return after.every((item, i) => samePlaces(before[i], item));
  }
  if (!isPart(before) || !isPart(after)) return !isPart(before) && !isPart(after);
  if (before.id !== after.id) return false; // another list item in this place
  for (const key of Object.keys(after)) if (!samePlaces(before[key], after[key])) return false;
  for (const key of Object.keys(before)) if (!Object.hasOwn(after, key) && !samePlaces(before[key], undefined)) return false;
  return true;
}
