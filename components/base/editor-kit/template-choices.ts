/**
 * The templates a picker offers (the role builder's and the designer's start screen): the built-in
 * settings' templates, less those the organisation profile hides (`templates.hide`), then the
 * organisation's own (`templates.add`, offered under the id `org:<id>`). Picking an organisation
 * template gives a copy of its document with fresh ids and pay from the table in force
 * (`createRoleDocument` in src/model/create.ts), as a built-in template gives a new document.
 */
import { settings } from '../../../src/catalogue/settings.js';
import type { SettingId } from '../../../src/catalogue/ids.js';
import type { RoleDocument } from '../../../src/model/schema.js';
import type { OrganisationProfile } from '../../../src/organisation/schema.js';
import { loadTemplateDocument } from '../../document-runtime/core-deps.js';

export interface TemplateChoice {
  /** A setting id, or `org:<id>` for the organisation's own template. */
  id: string;
  label: string;
  description: string;
  /** False for a built-in template of a setting with little setting-specific evidence. */
  confirmed: boolean;
  /** The organisation's own template. */
  organisation: boolean;
}

const ORG = 'org:';

/** What a picker offers with `profile` (never empty: with every built-in hidden and none added, all built-ins). */
export function templateChoices(profile: OrganisationProfile | undefined): TemplateChoice[] {
  const hidden = new Set<string>(profile?.templates.hide ?? []);
  const own = (profile?.templates.add ?? []).map((t) => ({
    id: ORG + t.id, label: t.label, description: t.description ?? '', confirmed: true, organisation: true,
  }));
  const builtIn = settings
    .filter((s) => !hidden.has(s.id))
    .map((s) => ({ id: s.id as string, label: s.label, description: s.description, confirmed: s.confirmed, organisation: false }));
  const all = [...builtIn, ...own];
  return all.length ? all : settings.map((s) => ({ id: s.id as string, label: s.label, description: s.description, confirmed: s.confirmed, organisation: false }));
}

/** The choice `id` among `choices`, else the first. */
export const chosenTemplate = (choices: readonly TemplateChoice[], id: string): TemplateChoice =>
  choices.find((c) => c.id === id) ?? choices[0]!;

/**
 * The document the choice `id` starts from: a built-in template (loaded lazily), or the
 * organisation's template with fresh ids. Rejects when the templates' chunk cannot be fetched or the
 * id is unknown.
 */
export async function loadChoiceDocument(id: string, profile: OrganisationProfile | undefined): Promise<RoleDocument> {
  if (id.startsWith(ORG)) {
    const own = profile?.templates.add?.find((t) => ORG + t.id === id);
    if (!own) throw new TypeError(`Unknown organisation template "${id.slice(ORG.length)}".`);
    return loadTemplateDocument(own.id, profile);
  }
  return loadTemplateDocument(id as SettingId, profile);
}
