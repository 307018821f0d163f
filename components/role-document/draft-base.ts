/**
 * The revision a bound `<psw-role-document>`'s tab draft was based on, kept beside the draft (under
 * `<draft key>:base`) so that a reload knows it: in sessionStorage, and also in localStorage when the
 * draft itself is there (`library-id` set after the element connected), so that whoever restores
 * that draft knows what it was based on. Used by ./library-binding.ts.
 */

function stores(): Storage[] {
  const found: Storage[] = [];
  for (const get of [() => window.sessionStorage, () => window.localStorage]) {
    try {
      found.push(get());
    } catch {
      /* storage disabled */
    }
  }
  return found;
}

/** Remembers `revision` for the draft under `draftKey` (a new entry, `null`, is not written). */
export function writeDraftBase(draftKey: string | undefined, revision: string | null | undefined): void {
  if (!draftKey || typeof revision !== 'string') return;
  stores().forEach((s, i) => {
    try {
      if (i === 0 || s.getItem(draftKey) !== null) s.setItem(`${draftKey}:base`, revision);
    } catch {
      /* the tab's draft is a convenience; the library entry is what counts */
    }
  });
}

/** The revision the draft under `draftKey` was based on, when known. */
export function readDraftBase(draftKey: string | undefined): string | undefined {
  if (!draftKey) return undefined;
  for (const [i, s] of stores().entries()) {
    try {
      const base = (i === 0 || s.getItem(draftKey) !== null) && s.getItem(`${draftKey}:base`);
      if (base) return base;
    } catch {
      /* not known */
    }
  }
  return undefined;
}
