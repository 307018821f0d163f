/**
 * The revision a bound `<psw-role-document>`'s tab draft was based on, kept beside the draft (under
 * `<draft key>:base`, with the checksum of that revision's document under `<draft key>:base-sum`) so
 * that a reload knows it: in sessionStorage, and also in localStorage when the draft itself is there
 * (`library-id` set after the element connected), so that whoever restores that draft knows what it
 * was based on, and whether it holds anything more. Used by ./library-saver.ts.
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

/** A short checksum of a document's JSON (FNV-1a, 32 bits): whether a draft is its base document. */
export function checksum(json: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < json.length; i++) h = Math.imul(h ^ json.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16);
}

/**
 * Remembers `revision` for the draft under `draftKey` (a new entry, `null`, is not written), and
 * the checksum of the document at that revision (`json`, when known; `:base-sum`).
 */
export function writeDraftBase(draftKey: string | undefined, revision: string | null | undefined, json?: string): void {
  if (!draftKey || typeof revision !== 'string') return;
  stores().forEach((s, i) => {
    try {
      if (i !== 0 && s.getItem(draftKey) === null) return;
      s.setItem(`${draftKey}:base`, revision);
      if (json === undefined) s.removeItem(`${draftKey}:base-sum`);
      else s.setItem(`${draftKey}:base-sum`, checksum(json));
    } catch {
      /* the tab's draft is a convenience; the library entry is what counts */
    }
  });
}

/** Whether the draft `json` under `draftKey` is exactly the document of the revision it was based on (no edits of its own). */
export function draftIsItsBase(draftKey: string | undefined, json: string): boolean {
  if (!draftKey) return false;
  for (const [i, s] of stores().entries()) {
    try {
      const sum = (i === 0 || s.getItem(draftKey) !== null) && s.getItem(`${draftKey}:base-sum`);
      if (sum) return sum === checksum(json);
    } catch {
      /* not known */
    }
  }
  return false;
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
