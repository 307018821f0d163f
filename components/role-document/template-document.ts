/**
 * The first document of a `<psw-role-document template="…">`: the setting's template (loaded
 * lazily, see ../document-runtime/core-deps.ts), or an empty draft when there is no template.
 */
import type { RoleDocument } from '../../src/model/schema.js';
import { SETTING_IDS, type SettingId } from '../../src/catalogue/ids.js';
import { createBlankDocument, loadTemplateDocument } from '../document-runtime/core-deps.js';

export function templateDocument(template: string | undefined): RoleDocument | Promise<RoleDocument> {
  if (!template) return createBlankDocument();
  if (!(SETTING_IDS as readonly string[]).includes(template)) {
    // An unknown template id: start from an empty draft rather than break the page.
    console.warn(`<psw-role-document>: unknown template "${template}"; starting from an empty draft.`);
    return createBlankDocument();
  }
  return loadTemplateDocument(template as SettingId);
}
