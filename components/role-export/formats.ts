/**
 * The download formats of `<psw-role-export>`. Each format's code is loaded the first time someone
 * downloads it (a chunk of the drop-in bundle): JSON brings the assessment engine's export
 * (`exportJobDescription`, which assesses the document itself, so a pending assessment never ends
 * up in a file), JSON-LD its schema.org mapping, Markdown and Word the job-description model.
 * Every format is made with the document's organisation profile when it has one (the effective
 * document, and the organisation's name, reference, sections and branding).
 */
import type { Audience } from '../../src/export/jd-model-types.js';
import type { RoleDocument } from '../../src/model/schema.js';
import type { OrganisationProfile } from '../../src/organisation/schema.js';
import type { ExportFormat } from '../base/events.js';
import { wordExport, wordMimeType } from './word.js';
import { jsonText } from '../../src/model/json-text.js';

/**
 * The modules that make JSON, JSON-LD and Markdown, imported on first use. Replaceable so tests can
 * make a load fail (Word has its own: `wordExport`); not part of the public API.
 * @internal
 */
export const exportModules = {
  json: () => import('../../src/export/export-job-description.js'),
  jsonld: () => import('../../src/export/job-posting.js'),
  md: () => import('../../src/export/markdown.js'),
};

export interface ExportFile {
  content: string | Uint8Array;
  type: string;
}

export interface FormatSpec {
  format: ExportFormat;
  ext: string;
  name: 'formatJson' | 'formatJsonLd' | 'formatMarkdown' | 'formatWord';
  hint: 'downloadJsonHint' | 'downloadJsonLdHint' | 'downloadMarkdownHint' | 'downloadWordHint';
  /** The file; asynchronous, since its code may still have to be loaded. */
  make: (doc: RoleDocument, organisation?: OrganisationProfile, audience?: Audience) => Promise<ExportFile>;
  /** Markdown and Word are made for the audience chosen; JSON is the record, JSON-LD the advert. */
  audience?: true;
}

const json = (value: unknown) => jsonText(value, 2) + '\n';

export const FORMATS: readonly FormatSpec[] = [
  { format: 'json', ext: 'json', name: 'formatJson', hint: 'downloadJsonHint',
    make: async (d, organisation) => ({ type: 'application/json', content: json((await exportModules.json()).exportJobDescription(d, { organisation })) }) },
  { format: 'jsonld', ext: 'jsonld', name: 'formatJsonLd', hint: 'downloadJsonLdHint',
    make: async (d, organisation) => ({ type: 'application/ld+json', content: json((await exportModules.jsonld()).toJobPosting(d, { organisation })) }) },
  { format: 'md', ext: 'md', name: 'formatMarkdown', hint: 'downloadMarkdownHint', audience: true,
    make: async (d, organisation, audience) => ({ type: 'text/markdown;charset=utf-8', content: (await exportModules.md()).toMarkdown(d, { organisation, audience }) }) },
  { format: 'docx', ext: 'docx', name: 'formatWord', hint: 'downloadWordHint', audience: true,
    make: async (d, organisation, audience) => {
      const content = await wordExport.render(d, organisation, audience);
      return { content, type: await wordMimeType() };
    } },
];
