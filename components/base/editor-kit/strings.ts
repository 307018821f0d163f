/**
 * en-GB strings of the editor kit ('edit' area): what every editor says about input it refuses
 * before the document sees it. Other languages: registerStrings('edit', lang, {...}).
 */
export const EDIT_AREA = 'edit';

export const editStrings = {
  /** A number field holds something that is not a number (letters, an unfinished "1e"). */
  enterNumber: 'Enter a number, for example 20.',
  /** Refused input named with its field, where the message alone does not name it (the page's readiness lists it). */
  heldIn: (field: string, message: string) => `${field}: ${message}`,
  /** A field whose value is the organisation profile's answer (profile-source.ts). */
  fromProfile: (organisation: string, asOf: string) => `From ${organisation}’s profile (confirmed ${asOf}).`,
  /** A field the role sets for itself where the profile has an answer. */
  setForPost: (answer: string) => `Set for this post — the organisation’s answer is ${answer}.`,
  useOrganisation: 'Use the organisation’s answer',
  /** A field that still holds a template's suggestion for the post (suggested-note.ts). */
  suggestedByTemplate: 'Suggested by the template: check it for this post, then confirm it or change it.',
  /** The same for a list or a group of fields, which only Confirm settles as a whole. */
  suggestedListByTemplate: 'Suggested by the template: check it for this post and change what differs, then confirm it.',
  /** The same in a read-only view, which has no Confirm. */
  suggestedReadonly: 'Suggested by the template, not yet confirmed.',
  confirmSuggestion: 'Confirm',
  confirmSuggestionLabel: (field: string) => `Confirm ${field}`,
  answerYes: 'yes',
  answerNo: 'no',
};
export type EditStrings = typeof editStrings;
