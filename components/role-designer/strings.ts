/**
 * User-facing strings of `<psw-role-designer>` ('designer' area), en-GB. Another language is one
 * more file passed to `registerStrings('designer', lang, …)`. The steps' own content comes from the
 * elements they compose, with their own strings.
 */
export const DESIGNER_AREA = 'designer';

export const designerStrings = {
  heading: 'Design the role',
  intro: 'Go through the steps in order or jump to any of them. Your work is kept as you go, and Undo takes back any change.',

  // toolbar
  toolbarLabel: 'Role actions',
  undo: 'Undo',
  redo: 'Redo',
  undoHint: 'Undo (Ctrl+Z)',
  undone: 'Last change undone.',
  redone: 'Change redone.',
  redoHint: 'Redo (Ctrl+Shift+Z)',
  readiness: 'Readiness:',
  readinessIncomplete: 'Incomplete',
  readinessNeedsAttention: 'Needs attention',
  readinessReady: 'Ready',
  readinessHeld: 'Input not applied',
  totals: (errors: number, warnings: number) =>
    `${errors} to fix, ${warnings} to check`,

  // library (shown when the role is in a library, or a library is on the page)
  saveVersion: 'Save a version',
  versionLabel: 'Label of the version',
  saveVersionConfirm: 'Save',
  cancel: 'Cancel',
  versionSaved: (n: number, label: string) => `Saved version ${n}: ${label}.`,
  notInLibrary: 'This role is not in a library yet, so it has no versions. Add it to the library first.',
  addToLibrary: 'Add to the library',
  addedToLibrary: 'Added to the library. Its changes are saved there from now on, and versions can be saved.',
  openLibrary: 'Open the library',
  compareHeading: 'Compare with a saved version',
  compareWith: 'Saved version',
  versionOption: (n: number, label: string) => `Version ${n}: ${label}`,
  compareButton: 'Compare',
  noVersions: 'No version of this role has been saved yet: use “Save a version” above.',

  // steps
  stepsLabel: 'Steps',
  stepRole: 'Role',
  stepDuties: 'Duties',
  stepBoundaries: 'Boundaries',
  stepSupport: 'Support',
  stepTerms: 'Terms',
  stepReview: 'Review and export',
  stepRoleIntro: 'The job title, level and setting, the purpose of the role and who it reports to.',
  stepDutiesIntro:
    'Core duties, flexible duties with their limits, and what the role does not include. The bar shows how contracted time is shared.',
  stepTermsIntro: 'Pay, hours and contract, how the role can progress, and the person specification.',
  stepStatusFix: (n: number) => `${n} to fix`,
  stepStatusCheck: (n: number) => `${n} to check`,
  stepStatusAllClear: 'All clear',
  stepShown: (n: number, total: number, name: string) => `Step ${n} of ${total}: ${name}`,
  previous: (name: string) => `Previous: ${name}`,
  next: (name: string) => `Next: ${name}`,
  pagerLabel: 'Move between steps',
  readJobDescription: 'Read and print the job description',

  // first use
  startHeading: 'How would you like to start?',
  startIntro:
    'Each setting has a ready-made role to adapt: its duties, boundaries, support, pay and person specification. Or start with a blank role and write it yourself.',
  startLegend: 'Setting of the role',
  startUnconfirmed: 'Little evidence specific to this setting was found, so its template leans on the general one.',
  startUse: 'Start from this template',
  startBlank: 'Start from a blank role',
  startLoadFailed: 'The template could not be loaded. Check your connection, then try again, or start from a blank role.',
  startedFrom: (setting: string) => `Started from the “${setting}” template. Undo takes it back.`,
  startedBlank: 'Started a blank role.',
} as const;

export type DesignerStrings = typeof designerStrings;
