/**
 * User-facing strings of the 'document' area (the shared document: its status line and refusals),
 * en-GB. Another language is one more file passed to `registerStrings('document', lang, …)`.
 * Times arrive already formatted for the reader's language.
 */
export const documentStrings = {
  statusNew: 'New draft. Your work is saved in this browser as you go.',
  statusRestored: (time: string) => `Your work from ${time} has been brought back from this browser.`,
  statusRestoredNoTime: 'Your earlier work has been brought back from this browser.',
  statusSaving: 'Saving in this browser…',
  statusSaved: (time: string) => `Saved in this browser at ${time}.`,
  statusSavedNoTime: 'Saved in this browser.',
  statusMemoryOnly: 'Changes are kept while this page is open. Export your work to keep a copy.',
  statusStorageFull:
    'This browser has no room left to save your work. You can carry on, but export your work before you close the page.',
  statusStorageUnavailable:
    'This browser is not letting the page save your work (storage may be turned off). You can carry on, but export your work before you close the page.',
  statusKeptAside:
    'Work saved earlier in this browser could not be read, so it has been set aside (not deleted) and you are starting from a fresh draft. New work is saved as usual.',
  statusOtherTab:
    'This role has been changed in another tab or window. Nothing here is saved until you choose which version to keep.',
  statusReadonly: 'Read only: this role cannot be changed here.',
  organisationInvalid: "The organisation's profile is not valid, so it is not used. Nothing in the role is lost.",
  organisationUnreachable: "The organisation's profile could not be loaded, so it is not used. Nothing in the role is lost.",
  loadTheirs: "Load the other tab's version",
  keepMine: 'Keep mine',
  libraryUnreachable:
    "The role library could not be reached, so the role could not be opened: this is an empty draft, not the library's role. Reload the page to try again.",
  refusedReadonly: 'This role is read only, so it cannot be changed here.',
  refusedNoDocument: 'This part of the page is not connected to a role document yet.',
  invalidRequired: (first: string) => `The role is not ready yet: ${first}`,
  invalidChecking: 'The role is still being checked. Try again in a moment.',
} as const;

export type DocumentStrings = typeof documentStrings;

export const DOCUMENT_AREA = 'document';
