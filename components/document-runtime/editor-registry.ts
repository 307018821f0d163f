/**
 * Which parts of one document the editors on the page edit. Every provider (`SharedDocument`) keeps
 * one registry and hands it out on each snapshot (`snapshot.editors`); an editor bound to that
 * provider claims the path prefixes it edits (`DocumentController.claim`, made by
 * `PswDocumentElement` from the element's `editsPaths`) while it is connected, and releases them
 * when it leaves or moves to another provider. So the registry holds exactly the editors of the
 * same document: two `<psw-role-document>` wrappers on a page have one each, and loose tags share
 * the page-level document's.
 *
 * The insights read it (`DocumentController.hasEditorFor`) to offer "Go to the field" only when an
 * editor here answers `psw-navigate` for the path, and to say where the rest is edited.
 *
 * Editors also say here which of their fields hold input the document refused (`hold`, from the
 * editor kit): the field shows what was typed, the document keeps what it had. The insights, the
 * designer's readiness and a `required` wrapper read it (`held`), so the role is never called ready
 * while a field on the page shows something the role does not hold.
 */

/** Whether `path` is `prefix` or lies under it (`duties[2]` covers `duties[2].title`, not `duties[20]`; '' covers all). */
export function pathUnder(path: string, prefix: string): boolean {
  if (!prefix) return true;
  if (!path.startsWith(prefix)) return false;
  const next = path.charAt(prefix.length);
  return next === '' || next === '.' || next === '[';
}

/** What changed in a registry: the parts the editors claim, or the refused input they hold. */
export type RegistryChange = 'claims' | 'held';

/** A field's input the document refused, as its editor shows it. */
export interface HeldInput {
  /** Why it was refused, naming the field. */
  message: string;
  /** Where in the document the refused value would have gone, when known (for `psw-navigate`). */
  path?: string;
  /** The list item the field belongs to. */
  itemId?: string;
}

/** The editors of one document and the parts they edit (shared by copies of the bundle through the snapshot). */
export interface EditorRegistry {
  /** Sets the path prefixes `owner` edits, replacing what it claimed before (an empty list: none). */
  claim(owner: object, paths: readonly string[]): void;
  /** Sets the refused input `owner`'s fields hold, replacing what it held before (an empty list: none). */
  hold?(owner: object, held: readonly HeldInput[]): void;
  /** `owner` no longer edits anything of this document, and holds nothing. */
  release(owner: object): void;
  /** Whether an editor of this document edits `path`. */
  edits(path: string): boolean;
  /** The refused input held by every editor of this document. Optional: an older copy of the bundle's registry has none. */
  held?(): readonly HeldInput[];
  /**
   * Calls `listener` after what the editors claim (`'claims'`) or hold (`'held'`) changes; returns a
   * function that stops it.
   */
  subscribe(listener: (what: RegistryChange) => void): () => void;
}

export function createEditorRegistry(): EditorRegistry {
  const claims = new Map<object, readonly string[]>();
  const holds = new Map<object, readonly HeldInput[]>();
  let allHeld: readonly HeldInput[] = [];
  const listeners = new Set<(what: RegistryChange) => void>();
  const changed = (what: RegistryChange) => {
    if (what === 'held') allHeld = [...holds.values()].flat();
    for (const listener of [...listeners]) listener(what);
  };
  /** Sets `owner`'s entry of `map` (none for an empty list); returns whether it changed. */
  const put = <T>(map: Map<object, readonly T[]>, owner: object, list: readonly T[], same: (a: T, b: T) => boolean): boolean => {
    const before = map.get(owner) ?? [];
    if (before.length === list.length && before.every((x, i) => same(x, list[i]!))) return false;
    if (list.length) map.set(owner, [...list]);
    else map.delete(owner);
    return true;
  };
  return {
    claim(owner, paths) {
      if (put(claims, owner, paths, (a, b) => a === b)) changed('claims');
    },
    hold(owner, held) {
      if (put(holds, owner, held, (a, b) => a.message === b.message && a.path === b.path && a.itemId === b.itemId)) changed('held');
    },
    release(owner) {
      if (claims.delete(owner)) changed('claims');
      if (holds.delete(owner)) changed('held');
    },
    edits(path) {
      for (const paths of claims.values()) if (paths.some((prefix) => pathUnder(path, prefix))) return true;
      return false;
    },
    held: () => allHeld,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
