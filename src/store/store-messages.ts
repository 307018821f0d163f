/**
 * What the role stores say when they refuse or fail, in plain en-GB (the elements show these
 * messages as they are; a localised element may show its own words for a refusal's `reason`).
 */
export const storeMessages = {
  conflict: 'Someone else saved this role since you opened it. Nothing was overwritten.',
  goneSince: 'This role was deleted or replaced since you opened it. Nothing was overwritten.',
  notFound: 'There is no role with this id in the library.',
  notInTrash: 'This role is no longer in the trash (roles are kept there for 30 days).',
  restoreTaken: 'A role with the same id is in the library again, so this one was left in the trash.',
  labelMissing: 'A version needs a label, for example “Sent to HR for review”.',
  badStatus: 'The status of a version must be draft, review or approved.',
  tooLong: (field: string) => `The ${field} of the version is too long.`,
  invalid: (n: number) => `The role was not saved: ${n === 1 ? 'one field needs' : `${n} fields need`} attention.`,
  quota: 'The browser’s storage for this site is full, so the change was not saved. Your work is still on this page: free some space (or export the library), then try again.',
  writeFailed: (detail: string) => `The browser could not save to its storage (${detail}). Your work is still on this page; try again.`,
  openFailed: (detail: string) => `The library kept in this browser could not be opened (${detail}). Storage may be turned off for this site, or full.`,
  unreadable: (id: string) => `The role “${id}” kept in this browser could not be read. It has been left as it was.`,
  versionUnreadable: (n: number) => `Version ${n} of this role could not be read. It has been left as it was.`,
} as const;
