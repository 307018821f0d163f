/** User-facing strings of `<psw-role-document library-id>` ('library-binding' area), en-GB. */
export const BINDING_AREA = 'library-binding';

export const bindingStrings = {
  conflict: 'Someone else saved this role since you opened it.',
  merged: (parts: string) => `This role was saved elsewhere meanwhile (in another tab, by someone else, or by the library), changing other parts than you: those changes to ${parts} are now here with yours, and saved.`,
  mergedStep: (parts: string) => `Changes to ${parts} saved elsewhere`,
  conflictGone: 'This role was deleted from the library since you opened it.',
  conflictKept: 'Your changes are still here and nothing has been overwritten. Choose what to keep.',
  choicesLabel: 'Which version to keep',
  keepMine: 'Keep mine',
  takeTheirs: 'Take theirs',
  compare: 'Compare',
  chooseSections: 'Choose section by section',
  sectionsHeading: 'Choose section by section',
  sectionsIntro: 'For each part of the role, keep your version or take theirs. Under each part: how yours differs from theirs.',
  sectionChanges: (section: string) => `How yours differs from theirs in ${section}`,
  sectionsLoading: 'Comparing the two versions…',
  sectionsSame: 'The two versions are the same.',
  saveCombined: 'Save the combined role',
  compareNote: 'Before: the version saved by someone else. After: yours.',
  keptTheirsLabel: 'Saved by someone else (kept when another copy was saved over it)',
  offline: 'The library server cannot be reached. Your changes are kept in this browser and will be sent when it is back.',
  problem: (detail: string) => `Not saved to the library: ${detail}`,
  notLoaded: (detail: string) => `The role could not be loaded from the library: ${detail} It is tried again every so often; until it is loaded, nothing can be changed here.`,
  offlineNotKept: (detail: string) =>
    `The library server cannot be reached. This browser's storage did not take a copy of your changes (${detail}), so they are kept in this tab only: keep it open until they are sent.`,
  unsentRestored: 'Edits not yet sent to the library from an earlier visit were restored here.',
  unsentSent: 'Edits not yet sent to the library from an earlier visit were restored here; nothing is waiting to be sent now.',
} as const;
