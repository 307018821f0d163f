/**
 * `createRoleDocument()`: a new, canonical document (see ./blank.ts), empty, from a setting's
 * template, or from one of the organisation's own templates.
 *
 * - `today` (`YYYY-MM-DD`, default: the clock) picks the pay table in force, which fills the
 *   template's band, salary and pay table year.
 * - `organisation` (a profile from `parseOrganisationProfile`): its pay scheme and its own pay
 *   tables count; what the profile answers (pay scheme, employer type, peer supervision provider
 *   and frequency) is left unset in the new role so the profile's value shows through as a default;
 *   and `template` may name one of its templates (`templates.add[].id`), which is copied with fresh
 *   ids and timestamps and its pay brought up to the table in force. A built-in template the
 *   profile hides (`templates.hide`) is still made when asked for by id: hiding decides what the
 *   elements offer managers, not what a program may create.
 *
 * - From a template, `meta.suggested` lists the post facts the template filled (its reporting line,
 *   band, hours, contract…): they are suggestions until a person confirms or changes them.
 *
 * Unlike parsing, this function throws on bad arguments: they are a programmer's mistake, not
 * user input. An unknown template id, an invalid `now`, `today` or `id` throw a TypeError.
 */
import { SETTING_IDS, type SettingId } from '../catalogue/ids.js';
import { payTableBand, payTableInForce, payTableYearOf } from '../catalogue/pay.js';
import { buildTemplate, EMPLOYER_COMMITMENTS, POST_FACTS, templateSpecs } from '../catalogue/templates/index.js';
import { clockToday } from '../assess/policy.js';
import { PEER_SUPERVISION_FIELDS, PEER_SUPERVISION_TYPES } from '../organisation/apply.js';
import type { OrganisationProfile, OrganisationTemplate } from '../organisation/schema.js';
import { buildDocument, type BlankOptions, type DocumentBody } from './blank.js';
import { newId } from './ids.js';
import type { RoleDocument } from './schema.js';

export interface CreateOptions extends BlankOptions {
  /**
   * A settings catalogue id: start from that setting's template instead of an empty draft; with
   * `organisation`, also the id of one of the organisation's own templates.
   */
  template?: SettingId | (string & {});
  /** The date whose pay table fills the salary, `YYYY-MM-DD` (default: today by the clock). */
  today?: string;
  /** The organisation profile the role is made for. */
  organisation?: OrganisationProfile;
}

/** A day of the calendar written YYYY-MM-DD (not 2026-13-01 or 2026-02-30). */
const isDay = (s: unknown): s is string => typeof s === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);

export function createRoleDocument(options: CreateOptions = {}): RoleDocument {
  const { template, now, id, organisation } = options;
  const today = options.today ?? clockToday();
  if (!isDay(today)) {
    throw new TypeError(`createRoleDocument: "today" must be a day of the calendar written YYYY-MM-DD, got ${JSON.stringify(today)}`);
  }
  if (template === undefined) return buildDocument(undefined, { now, id });
  const own = organisation?.templates.add?.find((t) => t.id === template);
  if (own) return fromTemplate(fromOrganisationTemplate(own, today, organisation!), { now, id });
  if (!(SETTING_IDS as readonly string[]).includes(template)) {
    const owns = organisation?.templates.add?.map((t) => t.id) ?? [];
    throw new TypeError(`createRoleDocument: unknown template "${String(template)}"; use a settings catalogue id (${SETTING_IDS.join(', ')})${owns.length ? ` or one of the organisation's templates (${owns.join(', ')})` : ''}`);
  }
  const scheme = organisation?.pay.scheme;
  const table = payTableInForce(scheme ?? 'agenda-for-change', today, { organisation });
  const body = buildTemplate(template as SettingId, templateSpecs[template as SettingId], () => newId(), { scheme, table });
  return fromTemplate(organisation ? leaveToProfile(body, organisation) : body, { now, id });
}

/**
 * A document from a template's body, its post facts (POST_FACTS) and what it says the employer
 * provides (EMPLOYER_COMMITMENTS) marked as the template's suggestions (`meta.suggested`) wherever
 * the template filled them.
 */
function fromTemplate(body: DocumentBody, options: { now?: Date | string; id?: string }): RoleDocument {
  const suggested = [...POST_FACTS, ...EMPLOYER_COMMITMENTS].filter((p) => {
    let node: unknown = body;
    for (const key of p.split('.')) node = node !== null && typeof node === 'object' ? (node as Obj)[key] : undefined;
    return node !== undefined && node !== '' && !(Array.isArray(node) && node.length === 0);
  });
  return buildDocument(body, options, 'createRoleDocument', suggested);
}

/** Leaves unset what the profile answers, so the profile's value applies (and shows as the profile's). */
function leaveToProfile(body: DocumentBody, profile: OrganisationProfile): DocumentBody {
  const context = profile.organisation.employerType === undefined ? body.context : { ...body.context, employerType: undefined };
  const ps = profile.facts.peerSupervision;
  const arrangements = !ps
    ? body.supervision.arrangements
    : body.supervision.arrangements.map((a) => {
        if (!PEER_SUPERVISION_TYPES.has(a.type)) return a;
        const next = { ...a };
        for (const f of PEER_SUPERVISION_FIELDS) if (ps[f] !== undefined) delete next[f];
        return next;
      });
  return { ...body, context, supervision: { ...body.supervision, arrangements } };
}

type Obj = Record<string, unknown>;
/** Gives every list item (an object with an `id` inside an array) a new id, in place. */
function renewItemIds(node: unknown): void {
  if (Array.isArray(node)) {
    for (const item of node) {
      if (item !== null && typeof item === 'object' && typeof (item as Obj).id === 'string') (item as Obj).id = newId();
      renewItemIds(item);
    }
  } else if (node !== null && typeof node === 'object') {
    for (const v of Object.values(node as Obj)) renewItemIds(v);
  }
}

/** The body of an organisation template's document: fresh item ids, pay from the table in force. */
function fromOrganisationTemplate(t: OrganisationTemplate, today: string, profile: OrganisationProfile): DocumentBody {
  const { kind: _kind, schemaVersion: _version, id: _id, meta: _meta, ...rest } = t.document;
  // Only lists hold items with ids (duties, boundaries, arrangements, training, steps, criteria).
  const body = structuredClone(rest) as DocumentBody;
  renewItemIds(body);
  const e = body.employment;
  const scheme = e.payScheme ?? profile.pay.scheme;
  const table = scheme ? payTableInForce(scheme, today, { organisation: profile }) : undefined;
  const entry = payTableBand(table, e.band);
  if (table && entry && e.payTableYear !== payTableYearOf(table)) {
    body.employment = { ...e, payTableYear: payTableYearOf(table), salary: { min: entry.min, max: entry.max, currency: 'GBP', period: entry.period } };
  }
  return body;
}
