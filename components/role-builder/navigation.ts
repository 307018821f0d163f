/**
 * psw-navigate for the builder: which paths it owns, which section holds a path, and which control
 * to focus. Controls carry `data-path` with the document path they edit (index form, e.g.
 * `duties[3].flexibility.maxShare`); a finding's `itemId` wins over its index, so a target survives
 * reordering.
 */
import type { PswNavigateDetail } from '../base/events.js';
import type { RoleDocument } from '../../src/model/schema.js';
import { pathUnder } from '../document-runtime/document-controller.js';

export function ownsPath(path: string, owned: readonly string[]): boolean {
  return owned.some((prefix) => pathUnder(path, prefix));
}

export function sectionOf(path: string): string | undefined {
  if (/^(role|context|meta)([.[]|$)/.test(path)) return 'basics';
  if (pathUnder(path, 'duties')) return 'duties';
  if (pathUnder(path, 'employment')) return 'employment';
  if (pathUnder(path, 'progression')) return 'progression';
  if (pathUnder(path, 'recruitment')) return 'person-spec';
  return undefined;
}

const LISTS: readonly [RegExp, (doc: RoleDocument) => readonly { id: string }[]][] = [
  [/^duties\[(\d+)\]/, (d) => d.duties],
  [/^progression\.steps\[(\d+)\]/, (d) => d.progression.steps],
  [/^recruitment\.personSpec\.essential\[(\d+)\]/, (d) => d.recruitment.personSpec.essential],
  [/^recruitment\.personSpec\.desirable\[(\d+)\]/, (d) => d.recruitment.personSpec.desirable],
];

/** The path with the list index of `itemId` as it is now. */
export function currentPath(doc: RoleDocument, path: string, itemId?: string): string {
  if (!itemId) return path;
  for (const [pattern, list] of LISTS) {
    const m = pattern.exec(path);
    if (!m) continue;
    const index = list(doc).findIndex((it) => it.id === itemId);
    if (index < 0) return path;
    return path.replace(pattern, m[0].replace(/\[\d+\]$/, `[${index}]`));
  }
  return path;
}

/** One step up: `a.b[2].c` → `a.b[2]` → `a.b` → `a`. */
export function parentPath(path: string): string | undefined {
  const m = /^(.*)(\.[^.[\]]+|\[\d+\])$/.exec(path);
  return m ? m[1] : undefined;
}

const FIELDS = 'input:not([disabled]), select:not([disabled]), textarea:not([disabled])';

/** The element to focus for a navigation request, or undefined. */
export function navigationTarget(root: ShadowRoot, doc: RoleDocument, detail: PswNavigateDetail): HTMLElement | undefined {
  let path: string | undefined = currentPath(doc, detail.path, detail.itemId);
  while (path) {
    const el = root.querySelector<HTMLElement>(`[data-path="${CSS.escape(path)}"]`);
    if (el) {
      if (el.matches(`${FIELDS}, button:not([disabled])`)) return el;
      const inner = el.querySelector<HTMLElement>(FIELDS) ?? el.querySelector<HTMLElement>('button:not([disabled])');
      if (inner) return inner;
      el.tabIndex = -1;
      return el;
    }
    path = parentPath(path);
  }
  const section = sectionOf(detail.path);
  return section ? root.querySelector<HTMLElement>(`#${section}-toggle`) ?? undefined : undefined;
}
