/**
 * The fields of a role that can hold a template's suggestion (`meta.suggested`): every single field
 * of the document outside lists (no section, group or list of items), except the document's own
 * identity and information (kind, version, id, meta, extensions). Derived from the field labels, so
 * a field added there can be suggested too.
 */
import { fieldLabels } from './field-labels.js';

const NOT_SUGGESTABLE = /^(?:kind|schemaVersion|id|meta|extensions)(?:\.|$)/;
const keys = Object.keys(fieldLabels);
const hasParts = (k: string) => keys.some((o) => o.startsWith(`${k}.`) || o.startsWith(`${k}[`));

export const SUGGESTABLE_PATHS = keys.filter((p) => !p.includes('[') && !NOT_SUGGESTABLE.test(p) && !hasParts(p)) as [string, ...string[]];
