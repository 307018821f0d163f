/**
 * The fields of a role that can hold a template's suggestion (`meta.suggested`): every single field
 * of the document outside lists (no section, group or list of items), except the document's own
 * identity and information (kind, version, id, meta, extensions), and three lists a template fills
 * with what only the employer can promise (SUGGESTABLE_LISTS), suggested and confirmed as a whole.
 * Derived from the field labels, so a field added there can be suggested too.
 */
import { fieldLabels } from './field-labels.js';
import { SUGGESTABLE_LISTS } from './suggestable-lists.js';

const NOT_SUGGESTABLE = /^(?:kind|schemaVersion|id|meta|extensions)(?:\.|$)/;
const keys = Object.keys(fieldLabels);
const hasParts = (k: string) => keys.some((o) => o.startsWith(`${k}.`) || o.startsWith(`${k}[`));

export { SUGGESTABLE_LISTS };

export const SUGGESTABLE_PATHS: [string, ...string[]] = [...SUGGESTABLE_LISTS, ...keys.filter((p) => !p.includes('[') && !NOT_SUGGESTABLE.test(p) && !hasParts(p))];
