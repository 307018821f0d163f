/**
 * The exports of a role: the canonical JSON, schema.org JobPosting JSON-LD, Markdown, Word (loaded
 * lazily) and file names. DOM-free. JSON Schema generation (./export-json-schema.ts) is deliberately
 * not exported here: it is for build time and Node, and would weigh on the browser bundle.
 */
export { exportJobDescription, type ExportJobDescriptionOptions } from './export-job-description.js';
export {
  makeExportEnvelope,
  EXPORT_KIND,
  EXPORT_SCHEMA_VERSION,
  STUDY,
  type ExportEnvelope,
  type ExportOptions,
  type GeneratorInfo,
  type OrganisationProfileReference,
  type Provenance,
  type StudyReference,
} from './envelope.js';
export { ExportEnvelopeSchema, AssessmentSchema } from './envelope-schema.js';
export {
  toJobPosting,
  toJobPostingScript,
  PSW_NAMESPACE,
  type JobPosting,
  type JobPostingOptions,
  type JsonLdNode,
  type JsonLdValue,
} from './job-posting.js';
export { toMarkdown, escapeMarkdown } from './markdown.js';
export { toDocx, DOCX_MIME_TYPE } from './docx.js';
export { suggestFilename } from './filename.js';
export {
  jobDescriptionModel,
  jobReference,
  TO_BE_AGREED,
  type JobDescriptionOptions,
  type JdOrganisationHeader,
  type JobDescriptionModel,
  type JdSection,
  type JdSectionId,
  type JdBlock,
  type ParagraphBlock,
  type ListBlock,
  type ListItem,
  type TableBlock,
  type KeyValueBlock,
  type KeyValueRow,
} from './jd-model.js';
