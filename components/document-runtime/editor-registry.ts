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
 */

/** Whether `path` is `prefix` or lies under it (`duties[2]` covers `duties[2].title`, not `duties[20]`; '' covers all). */
export function pathUnder(path: string, prefix: string): boolean {
  if (!prefix) return true;
  if (!path.startsWith(prefix)) return false;
  const next = path.charAt(prefix.length);
  return next === '' || next === '.' || next === '[';
}

/** The editors of one document and the parts they edit (shared by copies of the bundle through the snapshot). */
export interface EditorRegistry {
  /** Sets the path prefixes `owner` edits, replacing what it claimed before; an empty list releases it. */
  claim(owner: object, paths: readonly string[]): void;
  /** `owner` no longer edits anything of this document. */
  release(owner: object): void;
  /** Whether an editor of this document edits `path`. */
  edits(path: string): boolean;
  /** Calls `listener` after what the editors claim changes; returns a function that stops it. */
  subscribe(listener: () => void): () => void;
}

export function createEditorRegistry(): EditorRegistry {
  const claims = new Map<object, readonly string[]>();
  const listeners = new Set<() => void>();
  const changed = () => {
    for (const listener of [...listeners]) listener();
  };
  return {
    claim(owner, paths) {
      if (!paths.length) return this.release(owner);
      const before = claims.get(owner);
      if (before && before.length === paths.length && before.every((p, i) => p === paths[i])) return;
      claims.set(owner, [...paths]);
      changed();
    },
    release(owner) {
      if (claims.delete(owner)) changed();
    },
    edits(path) {
      for (const paths of claims.values()) if (paths.some((prefix) => pathUnder(path, prefix))) return true;
      return false;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
