/** User-facing strings of `<psw-role-export>` ('export' area), en-GB. */

export const exportStrings = {
  heading: 'Download or import',

  downloadsHeading: 'Download',
  downloadsIntro: 'Each file is made from the role as it is now. Nothing leaves this browser until you save or share the file.',
  download: (format: string) => `Download ${format}`,
  audienceLegend: 'Job description for (Markdown and Word)',
  audienceCandidate: 'Candidates',
  audienceCandidateHint: 'The advert: what an applicant reads, laid out for NHS Jobs. Lines still to agree or confirm are marked.',
  audienceInternal: 'Internal record',
  audienceInternalHint: 'Everything, for managers, HR and job evaluation: boundaries and their reasons, supervision, funding and the assessment.',
  formatJson: 'JSON',
  formatJsonLd: 'JSON-LD',
  formatMarkdown: 'Markdown',
  formatWord: 'Word',
  downloadJsonHint: 'The complete role and its assessment (.json): keep it as a copy, share it, or import it again here.',
  downloadJsonLdHint: 'The job as a schema.org JobPosting (.jsonld), for job boards and web pages.',
  downloadMarkdownHint: 'The job description and person specification as plain text with headings (.md), for wikis and email.',
  downloadWordHint: 'The job description and person specification as a Word document (.docx, A4).',
  preparingWord: 'Preparing Word document…',
  downloaded: (filename: string) => `Downloaded ${filename}.`,
  wordLoadFailed:
    'The Word document could not be prepared: the part of the toolkit that writes Word files did not load. Check your connection and try again. JSON, JSON-LD and Markdown still work.',
  wordFailed: 'The Word document could not be prepared. Try again; JSON, JSON-LD and Markdown still work.',
  partLoadFailed: (what: string) => `The ${what} file could not be prepared: part of the toolkit did not load. Check your connection and try again.`,
  partFailed: (what: string) => `The ${what} file could not be prepared. Try again, or choose another format.`,

  importHeading: 'Import a role',
  importLabel: 'Import a JSON file',
  importHint: 'A role saved from this toolkit as JSON. You will see what is in it before anything changes.',
  importReadonly: 'Importing is not available: this role is read only.',
  reading: (name: string) => `Reading “${name}”…`,
  tooLarge: (size: string, limit: string) => `This file is ${size}; files over ${limit} cannot be imported. Is it the right file?`,
  unreadable: 'This file could not be read. Try choosing it again.',
  issuesHeading: (name: string) => `“${name}” cannot be imported`,
  issuesIntro: (n: number) => `Nothing has changed. ${n === 1 ? 'This needs' : 'These need'} fixing in the file first:`,
  wholeFile: 'The file',
  previewHeading: (name: string) => `Check the role in “${name}”`,
  previewTitle: 'Job title',
  previewNoTitle: 'No job title yet',
  previewDuties: 'Duties',
  previewDutyCount: (total: number, core: number, flexible: number, excluded: number) =>
    total === 0 ? 'None yet' : `${total} (${core} core, ${flexible} flexible, ${excluded} excluded)`,
  previewUpdated: 'Last updated',
  previewOrganisation: 'Organisation',
  previewMigrated: (version: number, months?: number) =>
    `This file was saved in an older format (version ${version}). It has been brought up to date and nothing in it is lost${
      months === undefined ? '.' : `; the contract’s length (${months} months) is now in “Contract length” rather than the funding term.`}`,
  previewReplaceNote: 'Replacing swaps the whole current role for this one. You can undo it afterwards.',
  confirmReplace: 'Replace the current role with this one',
  cancel: 'Cancel',
  cancelled: 'Import cancelled. Nothing has changed.',
  imported: (name: string) => `The role from “${name}” is now in place. Undo brings back the previous role.`,
};

export type ExportStrings = typeof exportStrings;
export const EXPORT_AREA = 'export';
