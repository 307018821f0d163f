/**
 * How a shared document starts when nothing was restored: from a setting's template (loaded lazily,
 * see ./core-deps.ts), or an empty draft. Used by `<psw-role-document template="…">` and by the
 * page-level document (`<meta name="psw-role-kit-template">`, ./page-document.ts); `source` names
 * which in the console's messages.
 */
import type { RoleDocument } from '../../src/model/schema.js';
import type { OrganisationProfile } from '../../src/organisation/schema.js';
import { SETTING_IDS, type SettingId } from '../../src/catalogue/ids.js';
import { createBlankDocument, loadTemplateDocument } from './core-deps.js';

/**
 * The template's document, or an empty draft without a template or for an unknown one (with a
 * warning, rather than break the page). `organisation` gives the provider's profile once the one
 * the page supplied is read (or refused): the template then leaves to it what it answers, as the
 * designer's template picker does, instead of asserting the post's employer type, pay scheme and
 * peer supervision over the organisation's.
 */
export function templateDocument(
  template: string | undefined,
  source: string,
  organisation: () => Promise<OrganisationProfile | undefined> = async () => undefined,
): RoleDocument | Promise<RoleDocument> {
  if (!template) return createBlankDocument();
  if (!(SETTING_IDS as readonly string[]).includes(template)) {
    console.warn(`${source}: unknown template "${template}"; starting from an empty draft.`);
    return createBlankDocument();
  }
  // A microtask first: this runs while the provider is being made, and the page-level document
  // starts reading its profile just after (./page-document.ts).
  return Promise.resolve().then(organisation).then((profile) => loadTemplateDocument(template as SettingId, profile));
}

/** A shared document's `fallback` when its first document could not be loaded: says what failed (`what()`), then an empty draft. */
export const emptyDraftAfter = (what: () => string) => (): RoleDocument => {
  console.error(`${what()} could not be loaded; starting from an empty draft.`);
  return createBlankDocument();
};
