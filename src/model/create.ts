/**
 * `createRoleDocument()`: a new, canonical document (see ./blank.ts), empty or from a setting's
 * template.
 *
 * Unlike parsing, this function throws on bad arguments: they are a programmer's mistake, not
 * user input. An unknown template id, an invalid `now` or an invalid `id` throw a TypeError.
 */
import { SETTING_IDS, type SettingId } from '../catalogue/ids.js';
import { buildTemplate, templateSpecs } from '../catalogue/templates/index.js';
import { buildDocument, type BlankOptions } from './blank.js';
import { newId } from './ids.js';
import type { RoleDocument } from './schema.js';

export interface CreateOptions extends BlankOptions {
  /** A settings catalogue id: start from that setting's template instead of an empty draft. */
  template?: SettingId;
}

export function createRoleDocument(options: CreateOptions = {}): RoleDocument {
  const { template, now, id } = options;
  if (template !== undefined && !(SETTING_IDS as readonly string[]).includes(template)) {
    throw new TypeError(`createRoleDocument: unknown template "${String(template)}"; use a settings catalogue id (${SETTING_IDS.join(', ')})`);
  }
  const body = template ? buildTemplate(template, templateSpecs[template], () => newId()) : undefined;
  return buildDocument(body, { now, id });
}
