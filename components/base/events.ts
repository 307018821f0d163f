import type { RoleDocument } from '../../src/model/schema.js';
import type { Assessment } from '../../src/assess/types.js';
import type { OrganisationProfile } from '../../src/organisation/schema.js';

/**
 * The toolkit's public events (listed in README.md, "Events"): bubbling, composed, typed classes. They are
 * dispatched only for what a user did, never for programmatic property sets.
 */
const init = { bubbles: true, composed: true } as const;

export interface PswChangeDetail {
  document: RoleDocument;
  assessment: Assessment;
}
/** After every user-caused change: an edit, undo/redo, a template picked, a file imported. */
export class PswChangeEvent extends Event {
  static readonly type = 'psw-change';
  constructor(readonly detail: PswChangeDetail) {
    super(PswChangeEvent.type, init);
  }
}

export interface PswInvalidDetail {
  issues: { path: string; message: string }[];
}
/** When input is refused (a value, a file, an edit); the document stays as it was. */
export class PswInvalidEvent extends Event {
  static readonly type = 'psw-invalid';
  constructor(readonly detail: PswInvalidDetail) {
    super(PswInvalidEvent.type, init);
  }
}

export type ExportFormat = 'json' | 'jsonld' | 'md' | 'docx';
export interface PswExportDetail {
  format: ExportFormat;
  filename: string;
}
/** When a file has been produced for download. */
export class PswExportEvent extends Event {
  static readonly type = 'psw-export';
  constructor(readonly detail: PswExportDetail) {
    super(PswExportEvent.type, init);
  }
}

export interface PswNavigateDetail {
  /** The field to show, e.g. "duties[2].flexibility.maxShare". */
  path: string;
  /** The list item concerned, so focusing it survives reordering. */
  itemId?: string;
}
/** Asks the editor that owns a part of the document to show and focus it (from insights). */
export class PswNavigateEvent extends Event {
  static readonly type = 'psw-navigate';
  constructor(readonly detail: PswNavigateDetail) {
    super(PswNavigateEvent.type, init);
  }
}

export interface PswOrganisationChangeDetail {
  /** The organisation profile after the change. */
  profile: OrganisationProfile;
}
/**
 * After every change a user makes in `<psw-organisation-editor>`: an edit, undo/redo, a file
 * loaded. Never for programmatic sets (`value`, `load()`).
 */
export class PswOrganisationChangeEvent extends Event {
  static readonly type = 'psw-organisation-change';
  constructor(readonly detail: PswOrganisationChangeDetail) {
    super(PswOrganisationChangeEvent.type, init);
  }
}

export type PswOrganisationErrorDetail =
  /** The profile is not a valid organisation profile; `issues` name the fields. */
  | { reason: 'invalid'; issues: { path: string; message: string }[]; url?: string }
  /** The profile could not be fetched (`status` 0: no answer) or its reader could not be loaded. */
  | { reason: 'unreachable'; url?: string; status?: number };
/**
 * The organisation profile supplied to a document could not be used: the role is shown and
 * assessed without it (nothing in the role is lost) and the document status says so.
 */
export class PswOrganisationErrorEvent extends Event {
  static readonly type = 'psw-organisation-error';
  constructor(readonly detail: PswOrganisationErrorDetail) {
    super(PswOrganisationErrorEvent.type, init);
  }
}

/** An organisation profile was read and is now used by the document (`{ id, name, asOf }`). */
export class PswOrganisationLoadEvent extends Event {
  static readonly type = 'psw-organisation-load';
  constructor(readonly detail: { id: string; name: string; asOf: string }) {
    super(PswOrganisationLoadEvent.type, init);
  }
}

/**
 * A role was opened from `<psw-role-library>` (`{ id, document }`). Cancelable: a page that opens
 * roles its own way calls `preventDefault()`, and the library then loads it nowhere itself.
 */
export class PswLibraryOpenEvent extends Event {
  static readonly type = 'psw-library-open';
  constructor(readonly detail: { id: string; document: RoleDocument }) {
    super(PswLibraryOpenEvent.type, { ...init, cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'psw-library-open': PswLibraryOpenEvent;
    'psw-change': PswChangeEvent;
    'psw-invalid': PswInvalidEvent;
    'psw-export': PswExportEvent;
    'psw-navigate': PswNavigateEvent;
    'psw-organisation-change': PswOrganisationChangeEvent;
    'psw-organisation-error': PswOrganisationErrorEvent;
    'psw-organisation-load': PswOrganisationLoadEvent;
  }
}
