/**
 * User-facing strings of `<psw-job-description>` ('job-description' area), en-GB. The job
 * description's own wording (headings, "To be agreed", line texts) comes from the shared model in
 * src/export/jd-model.ts, so the element, Markdown and Word read alike; these are the element's
 * controls and notes around it.
 */
export const jobDescriptionStrings = {
  toolbarLabel: 'Job description actions',
  print: 'Print',
  printHint: 'Opens your browser’s print dialogue. The job description prints without its buttons; choose A4, or “Save as PDF” to keep a copy.',
  placeholderNote: 'Lines marked “To be agreed” are not filled in yet.',
  suggestionNote: 'Lines marked “suggested by a template, to be confirmed” still hold what the template proposed for the post: confirm or change them in the role before you publish.',
};

export type JobDescriptionStrings = typeof jobDescriptionStrings;
export const JOB_DESCRIPTION_AREA = 'job-description';
