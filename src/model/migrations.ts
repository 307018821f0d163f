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
 */
import { SCHEMA_VERSION } from './schema.js';

type Data = Record<string, unknown>;

export interface Migration {
  /** The version this step reads; it writes `from + 1`. */
  from: number;
  description: string;
  up(doc: Data): Data;
}

const isObject = (v: unknown): v is Data => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Moves `from` to `to` in a copy of `obj`, unless `to` is already there. */
function rename(obj: Data, from: string, to: string, map: (v: unknown) => unknown = (v) => v): Data {
  if (!(from in obj) || to in obj) return obj;
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
