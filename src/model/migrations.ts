/**
 * Migrations bring a document written by an older psw-role-kit up to SCHEMA_VERSION, one version at
 * a time. Each step receives plain data (already checked by toPlainData) that may be malformed in
 * any way: it reshapes only what it recognises and leaves the rest for the schema to report.
 *
 * Version 0 is synthetic: no release wrote it. It exists so the chain is exercised by tests from
 * the first release, and it is a plausible early draft of the document:
 * - `role.name` was the job title (now `role.title`);
 * - duties had `label` (now `title`), `class` (now `kind`, where "optional" meant "flexible") and
 *   `share` (now `timeShare`);
 * - pay was `employment.salaryMin` / `employment.salaryMax` in GBP a year (now `employment.salary`);
 * - there were no `leadership` and `wellbeing` sections.
 *
 * Version 1 → 2: the contract's length got its own field. Version 1 had one length field,
 * `employment.funding.termMonths` (the builder's "Funding term (months)"), and for a fixed-term
 * post it was the post's length: the assessment measured the post by it and the job description
 * printed it beside the contract. Version 2 keeps the two facts apart: `employment.fixedTermMonths`
 * is how long the contract lasts, `employment.funding.termMonths` how long the money lasts (funding
 * can end before or after a contract). So in a fixed-term document without `fixedTermMonths`, a
 * valid `funding.termMonths` is moved (not copied): it was entered as the contract's length, and
 * keeping it would also assert a funding term no one wrote down as one. Every other document (not
 * fixed-term, a contract length already given, no usable funding term) changes only its version.
 */
import { isObject } from './plain-data.js';
import { SCHEMA_VERSION } from './constants.js';

type Data = Record<string, unknown>;

export interface Migration {
  /** The version this step reads; it writes `from + 1`. */
  from: number;
  description: string;
  up(doc: Data): Data;
}

/** Moves `from` to `to` in a copy of `obj`, unless `to` is already there. */
function rename(obj: Data, from: string, to: string, map: (v: unknown) => unknown = (v) => v): Data {
  if (!Object.hasOwn(obj, from) || Object.hasOwn(obj, to)) return obj;
  const { [from]: value, ...rest } = obj;
  return { ...rest, [to]: map(value) };
}

export const migrations: readonly Migration[] = [
  {
    from: 0,
    description: 'role.name → role.title; duties label/class/share → title/kind/timeShare; salaryMin/Max → salary; add leadership and wellbeing',
    up(doc) {
      const out: Data = { ...doc, schemaVersion: 1 };
      if (isObject(doc.role)) out.role = rename(doc.role, 'name', 'title');
      if (Array.isArray(doc.duties)) {
        out.duties = doc.duties.map((d) => {
          if (!isObject(d)) return d;
          let duty = rename(d, 'label', 'title');
          duty = rename(duty, 'class', 'kind', (c) => (c === 'optional' ? 'flexible' : c));
          return rename(duty, 'share', 'timeShare');
        });
      }
      if (isObject(doc.employment) && ('salaryMin' in doc.employment || 'salaryMax' in doc.employment)) {
        const { salaryMin, salaryMax, ...employment } = doc.employment;
        out.employment = { ...employment, salary: { min: salaryMin, max: salaryMax, currency: 'GBP', period: 'year' } };
      }
      out.leadership ??= {};
      out.wellbeing ??= {};
      return out;
    },
  },
  {
    from: 1,
    description: 'a fixed-term post\'s length moves from employment.funding.termMonths to employment.fixedTermMonths',
    up(doc) {
      const out: Data = { ...doc, schemaVersion: 2 };
      const e = doc.employment;
      if (!isObject(e) || e.contractType !== 'fixed-term' || Object.hasOwn(e, 'fixedTermMonths') || !isObject(e.funding)) return out;
      const { termMonths, ...funding } = e.funding;
      // Only a value version 1 accepted (a whole number of months, 1 to 120, the range of both
      // fields) is moved: anything else stays where the input has it, so the issue names that field.
      if (typeof termMonths !== 'number' || !Number.isInteger(termMonths) || termMonths < 1 || termMonths > 120) return out;
      const { funding: _old, ...rest } = e;
      out.employment = { ...rest, fixedTermMonths: termMonths, ...(Object.keys(funding).length ? { funding } : {}) };
      // A template's suggestion of the length moves with it (meta.suggested lists unconfirmed fields).
      const meta = doc.meta;
      if (isObject(meta) && Array.isArray(meta.suggested)) {
        const moved = meta.suggested.map((p) => (p === 'employment.funding.termMonths' ? 'employment.fixedTermMonths' : p));
        out.meta = { ...meta, suggested: moved.filter((p, i) => p !== 'employment.fixedTermMonths' || moved.indexOf(p) === i) };
      }
      return out;
    },
  },
];

export type MigrationResult = { ok: true; doc: Data } | { ok: false; version: number; reason: string };

/** Runs the chain from `version` up to SCHEMA_VERSION. */
export function migrate(doc: Data, version: number): MigrationResult {
  let current = doc;
  for (let v = version; v < SCHEMA_VERSION; v++) {
    const step = migrations.find((m) => m.from === v);
    if (!step) return { ok: false, version: v, reason: `no migration from schema version ${v} exists` };
    current = step.up(current);
    current.schemaVersion = v + 1;
  }
  return { ok: true, doc: current };
}
