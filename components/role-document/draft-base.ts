/**
 * The revision a bound `<psw-role-document>`'s tab draft was based on, kept in sessionStorage beside
 * the draft (under `<draft key>:base`) so that a reload knows it. Used by ./library-binding.ts.
 */

/** Remembers `revision` for the draft under `draftKey` (a new entry, `null`, is not written). */
export function writeDraftBase(draftKey: string | undefined, revision: string | null | undefined): void {
  try {
    if (draftKey && typeof revision === 'string') window.sessionStorage.setItem(`${draftKey}:base`, revision);
  } catch {
    /* the tab's draft is a convenience; the library entry is what counts */
  }
}

/** The revision the draft under `draftKey` was based on, when known. */
export function readDraftBase(draftKey: string | undefined): string | undefined {
  try {
    return (draftKey && window.sessionStorage.getItem(`${draftKey}:base`)) || undefined;
  } catch {
    return undefined;
  }
}
