/**
 * How a shared document starts when nothing was restored: from a setting's template (loaded lazily,
 * see ./core-deps.ts), or an empty draft. Used by `<psw-role-document template="…">` and by the
 * page-level document (`<meta name="psw-role-kit-template">`, ./page-document.ts); `source` names
 * which in the console's messages.
 */
import type { RoleDocument } from '../../src/model/schema.js';
import { SETTING_IDS, type SettingId } from '../../src/catalogue/ids.js';
import { createBlankDocument, loadTemplateDocument } from './core-deps.js';

/** The template's document, or an empty draft without a template or for an unknown one (with a warning, rather than break the page). */
export function templateDocument(template: string | undefined, source: string): RoleDocument | Promise<RoleDocument> {
  if (!template) return createBlankDocument();
  if (!(SETTING_IDS as readonly string[]).includes(template)) {
    console.warn(`${source}: unknown template "${template}"; starting from an empty draft.`);
    return createBlankDocument();
  }
  return loadTemplateDocument(template as SettingId);
}

/** A shared document's `fallback` when its first document could not be loaded: says what failed (`what()`), then an empty draft. */
export const emptyDraftAfter = (what: () => string) => (): RoleDocument => {
  console.error(`${what()} could not be loaded; starting from an empty draft.`);
  return createBlankDocument();
};
