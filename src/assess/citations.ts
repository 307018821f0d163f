/**
 * Who cites each source: the rules (and so their findings) and the catalogue entries, including the
 * settings whose templates rest on them and the exclusions the templates list. docs/sources.md is
 * generated from this and from the registry (src/catalogue/sources.ts); a test checks that every id
 * cited here is in the registry.
 */
import { boundaryTopics } from '../catalogue/boundary-topics.js';
import { competenceDomains } from '../catalogue/competence-domains.js';
import { commonExclusions } from '../catalogue/exclusions.js';
import { paySchemes, payTables } from '../catalogue/pay.js';
import { employerTypes, roleLevels } from '../catalogue/roles.js';
import { settings } from '../catalogue/settings.js';
import { supervisionTypes } from '../catalogue/supervision-types.js';
import { SHARED_DUTY_SOURCES } from '../catalogue/templates/blocks.js';
import { templateSpecs } from '../catalogue/templates/index.js';
import { ruleCatalogue } from './rules/index.js';

/** One thing that cites a source: a rule, or a catalogue entry. */
export interface Citation {
  kind: 'rule' | 'catalogue';
  /** A rule id ("R07"), or a catalogue entry's name ("Setting: Acute inpatient wards (and its template)"). */
  name: string;
}

/** Every citation, by source id, in the order rules then catalogues. */
export function citationsBySource(): Map<string, Citation[]> {
  const by = new Map<string, Citation[]>();
  const add = (ids: readonly string[] | undefined, c: Citation) => {
    for (const id of ids ?? []) {
      const list = by.get(id) ?? [];
      if (!list.some((x) => x.name === c.name)) list.push(c);
      by.set(id, list);
    }
  };
  for (const r of ruleCatalogue) add(r.sources, { kind: 'rule', name: r.id });
  const entry = (what: string, items: readonly { label: string; sources?: readonly string[] }[], suffix = '') => {
    for (const e of items) add(e.sources, { kind: 'catalogue', name: `${what}: ${e.label}${suffix}` });
  };
  const templated = settings.filter((s) => s.id in templateSpecs);
  entry('Setting', templated, ' (and its template)');
  entry('Setting', settings.filter((s) => !templated.includes(s)));
  entry('Duty in every template', SHARED_DUTY_SOURCES);
  entry('Exclusion', commonExclusions);
  entry('Boundary topic', boundaryTopics);
  entry('Supervision type', supervisionTypes);
  entry('Competence domain', competenceDomains.map((d) => ({ label: `${d.number}. ${d.label}`, sources: d.sources })));
  entry('Role level', roleLevels);
  entry('Employer type', employerTypes);
  entry('Pay scheme', paySchemes);
  entry('Pay table', payTables.map((t) => ({ label: t.label, sources: t.bands.flatMap((b) => b.sources ?? []) })));
  return by;
}
