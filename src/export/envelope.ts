/**
 * The canonical export (docs/document-format.md): the document, its assessment and where both came
 * from, in one JSON object `{ kind: "psw-job-description", schemaVersion, document, assessment,
 * provenance }`.
 *
 * Pure: the assessment is passed in, so this module does not import the assessment engine (the
 * wiring `exportJobDescription(doc) = makeExportEnvelope(doc, assessRole(doc))` lives in
 * ./export-job-description.ts).
 */
import type { Assessment } from '../assess/types.js';
import type { ThemeId } from '../catalogue/ids.js';
import type { RoleDocument } from '../model/schema.js';
import { EXPORT_KIND, EXPORT_SCHEMA_VERSION } from '../model/parse.js';
import { VERSION } from '../version.js';

export { EXPORT_KIND, EXPORT_SCHEMA_VERSION };

/** The study the toolkit is built on, named in every export. */
export const STUDY = {
  citation:
    'Foye U, et al. (2025) Understanding the barriers and facilitators to delivering peer support effectively in England: a qualitative interview study. BMC Psychiatry 25:480.',
  doi: '10.1186/s12888-025-06850-z',
  url: 'https://doi.org/10.1186/s12888-025-06850-z',
  themes: {
    T1: 'Flexibility with some structure and boundaries',
    T2: 'Support, supervision and training for the unique parts of peer work',
    T3: 'A strong team, and leaders who back and value peer support workers',
    T4: 'The tension between flexible peer work and the structures of health systems',
    T5: 'Systemic factors: funding, pay and progression',
  } satisfies Record<ThemeId, string>,
} as const;

export interface StudyReference {
  citation: string;
  doi: string;
  url: string;
  themes: Record<ThemeId, string>;
}

export interface GeneratorInfo {
  name: string;
  version: string;
  url?: string;
}

/** The organisation profile an export was made with. */
export interface OrganisationProfileReference {
  id: string;
  /** The organisation's name. */
  name: string;
  /** The date the profile's facts were last confirmed, YYYY-MM-DD. */
  asOf: string;
  /**
   * The fields of `document` whose value came from the profile, because the role left them unset
   * ("team.peerNetwork", "supervision.arrangements[1].providerRole"). A tool that reads the export
   * back can tell them from the role's own values.
   */
  filled: string[];
}

export interface Provenance {
  study: StudyReference;
  generator: GeneratorInfo;
  /** When the export was made, ISO 8601 (UTC). */
  generatedAt: string;
  /** The organisation profile the document was completed and assessed with, when there was one. */
  organisationProfile?: OrganisationProfileReference;
}

export interface ExportEnvelope {
  kind: typeof EXPORT_KIND;
  schemaVersion: typeof EXPORT_SCHEMA_VERSION;
  document: RoleDocument;
  assessment: Assessment;
  provenance: Provenance;
}

export interface ExportOptions {
  /** The time of the export (default: the clock); a Date or an ISO 8601 string. */
  now?: Date | string;
  /** Overrides for the generator (e.g. a host product's `url`). */
  generator?: Partial<GeneratorInfo>;
  /** The organisation profile the document was completed with (recorded in the provenance). */
  organisationProfile?: OrganisationProfileReference;
}

function timestamp(now: Date | string | undefined): string {
  const d = now === undefined ? new Date() : new Date(now);
  if (Number.isNaN(d.getTime())) throw new RangeError(`makeExportEnvelope: "now" is not a valid date: ${String(now)}`);
  return d.toISOString();
}

/**
 * The canonical export of a role. The document and assessment are included as given (not copied):
 * treat the envelope as read-only, like the snapshot it came from.
 */
export function makeExportEnvelope(doc: RoleDocument, assessment: Assessment, opts: ExportOptions = {}): ExportEnvelope {
  const generator: GeneratorInfo = { name: 'psw-role-kit', version: VERSION };
  const url = opts.generator?.url;
  if (opts.generator?.name) generator.name = opts.generator.name;
  if (opts.generator?.version) generator.version = opts.generator.version;
  if (url) generator.url = url;
  return {
    kind: EXPORT_KIND,
    schemaVersion: EXPORT_SCHEMA_VERSION,
    document: doc,
    assessment,
    provenance: {
      study: { citation: STUDY.citation, doi: STUDY.doi, url: STUDY.url, themes: { ...STUDY.themes } },
      generator,
      generatedAt: timestamp(opts.now),
      ...(opts.organisationProfile && { organisationProfile: { ...opts.organisationProfile, filled: [...opts.organisationProfile.filled] } }),
    },
  };
}
