/**
 * Migrations of the organisation profile, one version at a time, as for the role document
 * (src/model/migrations.ts). Version 0 is synthetic (no release wrote it), so the chain is tested
 * from the first release: `organisation` was the organisation's name as text, and the sections
 * other than `facts` could be missing.
 */
import { PROFILE_SCHEMA_VERSION } from './schema.js';

type Data = Record<string, unknown>;

export interface ProfileMigration {
  from: number;
  description: string;
  up(profile: Data): Data;
}

export const profileMigrations: readonly ProfileMigration[] = [
  {
    from: 0,
    description: 'organisation "name" → { name }; add the pay, policy, templates and jobDescription sections',
    up(p) {
      const out: Data = { ...p };
      if (typeof p.organisation === 'string') out.organisation = { name: p.organisation };
      for (const key of ['facts', 'pay', 'policy', 'templates', 'jobDescription']) out[key] ??= {};
      return out;
    },
  },
];

export function migrateProfile(profile: Data, version: number): { ok: true; profile: Data } | { ok: false; reason: string } {
  let current = profile;
  for (let v = version; v < PROFILE_SCHEMA_VERSION; v++) {
    const step = profileMigrations.find((m) => m.from === v);
    if (!step) return { ok: false, reason: `no migration from schema version ${v} exists` };
    current = { ...step.up(current), schemaVersion: v + 1 };
  }
  return { ok: true, profile: current };
}
