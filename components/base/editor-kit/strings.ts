/**
 * en-GB strings of the editor kit ('edit' area): what every editor says about input it refuses
 * before the document sees it. Other languages: registerStrings('edit', lang, {...}).
 */
export const EDIT_AREA = 'edit';

export const editStrings = {
  /** A number field holds something that is not a number (letters, an unfinished "1e"). */
  enterNumber: 'Enter a number, for example 20.',
};
export type EditStrings = typeof editStrings;
