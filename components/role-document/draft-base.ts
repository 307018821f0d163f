/**
 * The revision a bound `<psw-role-document>`'s tab draft was based on, kept beside the draft (under
 * `<draft key>:base`, with the checksum of that revision's document under `<draft key>:base-sum`) so
 * that a reload knows it: in sessionStorage, and also in localStorage when the draft itself is there
 * (`library-id` set after the element connected), so that whoever restores that draft knows what it
 * was based on, and whether it holds anything more. The base is read from the storage that holds the
 * draft, and only when the tab that wrote it also wrote the draft (`<draft key>:base-tab`). Used by
 * ./library-saver.ts.
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
 * Remembers `revision` for the draft under `draftKey` (a new entry, `null`, is not written), the
 * checksum of the document at that revision (`json`, when known; `:base-sum`), and `tabId`, the page
 * whose drafts it describes (`:base-tab`): a draft written since by another tab (under a key in
 * localStorage, shared by the tabs) is not described by it.
 */
export function writeDraftBase(draftKey: string | undefined, revision: string | null | undefined, json: string | undefined, tabId: string): void {
  if (!draftKey || typeof revision !== 'string') return;
  stores().forEach((s, i) => {
    try {
      if (i !== 0 && s.getItem(draftKey) === null) return;
      s.setItem(`${draftKey}:base`, revision);
      s.setItem(`${draftKey}:base-tab`, tabId);
      if (json === undefined) s.removeItem(`${draftKey}:base-sum`);
      else s.setItem(`${draftKey}:base-sum`, checksum(json));
    } catch {
      /* the tab's draft is a convenience; the library entry is what counts */
    }
  });
}

/** The tab that wrote the draft envelope `raw` (src/store/persistence.ts), if it says. */
function writer(raw: string): string | undefined {
  try {
    const tabId = (JSON.parse(raw) as { tabId?: unknown }).tabId;
    return typeof tabId === 'string' ? tabId : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The revision the draft under `draftKey` was based on (and its document's checksum), when known:
 * read beside the draft, from the storage that holds it, and only if the tab that wrote the base also
 * wrote that draft (a base written before this pairing was kept is taken as it is).
 */
function draftBase(draftKey: string | undefined): { revision: string; sum?: string } | undefined {
  if (!draftKey) return undefined;
  for (const s of stores()) {
    try {
      const raw = s.getItem(draftKey);
      const revision = raw !== null && s.getItem(`${draftKey}:base`);
      if (!revision) continue;
      const tab = s.getItem(`${draftKey}:base-tab`);
      if (tab !== null && tab !== writer(raw!)) continue;
      return { revision, sum: s.getItem(`${draftKey}:base-sum`) ?? undefined };
    } catch {
      /* not known */
    }
  }
  return undefined;
}

/** The revision the draft under `draftKey` was based on, when known. */
export function readDraftBase(draftKey: string | undefined): string | undefined {
  return draftBase(draftKey)?.revision;
}

/** Whether the draft `json` under `draftKey` is exactly the document of the revision it was based on (no edits of its own). */
export function draftIsItsBase(draftKey: string | undefined, json: string): boolean {
  const sum = draftBase(draftKey)?.sum;
  return sum !== undefined && sum === checksum(json);
}
