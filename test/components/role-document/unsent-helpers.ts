/** What the tests of edits not yet sent (unsent.test.ts, unsent-release.test.ts) share. */
import type { PswRoleDocument } from '../../../components/role-document/role-document.component.js';
import { createBlankDocument } from '../../../src/model/blank.js';
import type { RoleDocument } from '../../../src/model/schema.js';

export const RESTORED = 'Edits not yet sent to the library from an earlier visit were restored here.';
/** An element's text, whitespace collapsed. */
export const text = (n: Element | null | undefined) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** The library status lines the document shows. */
export const statuses = (doc: PswRoleDocument) => [...doc.shadowRoot!.querySelectorAll('[part="library-status"]')].map(text);
/** A blank role `id` with this title. */
export const titled = (id: string, title: string): RoleDocument => {
  const doc = createBlankDocument({ id });
  return { ...doc, role: { ...doc.role, title } };
};
