/** User-facing strings of `<psw-role-library>` ('library' area), en-GB. */
export const LIBRARY_AREA = 'library';

export const libraryStrings = {
  heading: 'Role library',
  intro: 'The roles kept in this library, with their saved versions. Open one to edit it.',
  caption: 'Roles in the library',
  captionCount: (shown: number, total: number) => (shown === total ? `${total} ${total === 1 ? 'role' : 'roles'}` : `${shown} of ${total} roles shown`),
  empty: 'There are no roles in the library yet. Start one from a template, or import a library file.',
  noMatch: 'No role matches the search and filters.',
  loadingList: 'Reading the library…',
  listFailed: (detail: string) => `The library could not be read. ${detail}`,

  // columns
  colTitle: 'Title',
  colSetting: 'Setting',
  colBand: 'Band',
  colStatus: 'Status',
  colChanged: 'Last changed',
  colReadiness: 'Readiness',
  colActions: 'Actions',
  sortBy: (column: string) => `Sort by ${column}`,
  untitled: 'Untitled role',
  unreadableRow: 'Cannot be read',
  notKnown: 'Not known yet',
  bandValue: (band: string) => `Band ${band}`,
  statusDraft: 'Draft',
  statusReview: 'In review',
  statusApproved: 'Approved',
  readinessIncomplete: 'Incomplete',
  readinessNeedsAttention: 'Needs attention',
  readinessReady: 'Ready',

  // search and filters
  filtersLabel: 'Find a role',
  search: 'Search',
  searchHint: 'Words in the title, setting or band.',
  filterStatus: 'Status',
  filterSetting: 'Setting',
  any: 'Any',

  // toolbar
  newLabel: 'Template',
  newBlank: 'Blank role',
  newCreate: 'New from template',
  created: (title: string) => `Added “${title}” to the library.`,
  importLabel: 'Import a library file',
  importHint: 'A .json library file exported from psw-role-kit. Roles already here are kept; roles with the same id come in as copies.',
  exportLibrary: 'Export library',
  exported: (file: string, n: number) => `Saved ${n} ${n === 1 ? 'role' : 'roles'} to ${file}.`,
  imported: (n: number) => `Imported ${n} ${n === 1 ? 'role' : 'roles'}.`,
  importRefused: (file: string) => `“${file}” was not imported: nothing in the library changed.`,
  showTrash: 'Trash',
  hideTrash: 'Back to the library',

  // row actions
  open: 'Open',
  duplicate: 'Duplicate',
  rename: 'Rename',
  versions: 'Versions',
  remove: 'Delete',
  actionsFor: (title: string) => `Actions for ${title}`,
  opened: (title: string) => `Opened “${title}”.`,
  duplicated: (title: string) => `Made a copy: “${title}”.`,
  copyTitle: (title: string) => `${title} (copy)`,
  deleted: (title: string, days: number) => `Deleted “${title}”. It stays in the trash for ${days} days.`,
  undo: 'Undo',
  undone: 'Undone.',

  // rename
  renameHeading: (title: string) => `Rename “${title}”`,
  newTitle: 'New title',
  save: 'Save',
  cancel: 'Cancel',
  renamed: (title: string) => `Renamed to “${title}”.`,

  // versions
  versionsHeading: (title: string) => `Versions of “${title}”`,
  noVersions: 'No version has been saved yet.',
  versionLine: (n: number, label: string) => `Version ${n}: ${label}`,
  versionStatus: (status: string) => `Status: ${status}`,
  versionBy: (by: string) => `by ${by}`,
  versionReason: (reason: string) => `Why the status changed: ${reason}`,
  restoreVersion: (n: number) => `Restore version ${n}`,
  compareVersion: (n: number) => `Compare version ${n} with now`,
  restored: (n: number) => `Restored version ${n}.`,
  saveVersionHeading: 'Save a version',
  versionLabel: 'Label',
  versionLabelHint: 'What this version is, e.g. “Sent to HR for review”.',
  versionByLabel: 'Saved by',
  versionNote: 'Note',
  saveVersion: 'Save a version',
  versionSaved: (n: number, label: string) => `Saved version ${n}: ${label}.`,
  statusHeading: 'Change the status',
  newStatus: 'New status',
  statusReason: 'Reason for the change',
  statusReasonHint: 'Required: what was decided, and by whom.',
  changeStatus: 'Change status',
  statusChanged: (status: string) => `Status changed to ${status}; a version records why.`,
  statusLabel: (status: string) => `Status: ${status}`,
  reasonMissing: 'Write the reason for the change first.',
  labelMissing: 'Write a label for the version first.',
  compareHeading: 'Comparison',
  closePanel: 'Close',

  // trash
  trashHeading: 'Trash',
  trashIntro: (days: number) => `Deleted roles are kept here for ${days} days, then removed for good.`,
  trashEmpty: 'The trash is empty.',
  trashLine: (title: string, when: string, until: string) => `${title}: deleted ${when}, kept until ${until}`,
  restoreRole: (title: string) => `Restore ${title}`,
  restoredRole: (title: string) => `Restored “${title}”.`,

  // problems
  failed: (detail: string) => `That did not work: ${detail}`,
  conflict: 'Someone else changed this role meanwhile; the list has been refreshed. Try again.',
} as const;

export type LibraryStrings = typeof libraryStrings;
