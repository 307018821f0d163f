/**
 * The shared document's context: the key every provider and consumer uses, and the snapshot they
 * exchange. The key is `Symbol.for(…/v1)` so two copies of the same major version on one page
 * share a document; a breaking change of the snapshot or the schema bumps it.
 *
 * A provider sets a NEW snapshot object on every change (`ContextProvider.setValue` ignores an
 * identical object); consumers always subscribe.
 */
import { createContext } from '@lit/context';
import type { RoleDocument } from '../../src/model/schema.js';
import type { Assessment } from '../../src/assess/types.js';
import type { EditOptions, EditResult, Recipe, ReplaceOptions } from '../../src/store/store.js';
import type { OrganisationProfile } from '../../src/organisation/schema.js';
import type { EditorRegistry } from './editor-registry.js';

export type { EditOptions, EditResult, Recipe, ReplaceOptions, DocumentIssue } from '../../src/store/store.js';

export type DocumentStatusKind =
  | 'new'
  | 'restored'
  | 'saved'
  | 'saving'
  | 'memory-only'
  | 'storage-error'
  | 'kept-aside'
  | 'other-tab'
  | 'readonly';

export interface DocumentStatus {
  kind: DocumentStatusKind;
  /** In plain words, in the provider's language (consumers render their own, from `kind`). */
  message: string;
  /** When it was saved, restored or changed in the other tab (ISO 8601). */
  at?: string;
  /** For `kept-aside`: the storage key the unreadable data was copied to. */
  backupKey?: string;
  /** For `storage-error`: the storage is full (`quota`) or not usable (`unavailable`). */
  reason?: 'quota' | 'unavailable';
  /**
   * The organisation profile supplied could not be used: it is not valid, or could not be fetched.
   * The role is shown and assessed without it.
   */
  organisationProblem?: 'invalid' | 'unreachable';
}

export type OtherTabChoice = 'load-theirs' | 'keep-mine';

export interface DocumentSnapshot {
  readonly document: RoleDocument;
  /** The assessment of `document`; computed on first read, memoised per document. */
  readonly assessment: Assessment;
  readonly readonly: boolean;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  readonly status: DocumentStatus;
  /**
   * The organisation profile the document is assessed and exported with, when the page supplies
   * one (`organisation`/`organisation-src` on <psw-role-document>, or the page's
   * `<script type="application/json" id="psw-organisation">`). Its facts fill what the role leaves
   * unset (`applyOrganisation` in src/organisation/apply.ts).
   */
  readonly organisation?: OrganisationProfile;
  /**
   * Made by typing (an edit with a `coalesceKey`) that left every list item in its place, so the
   * previous findings' paths still name the same items. Consumers render its document at once and
   * may show its assessment after the next paint (DocumentController.assessment): each keystroke
   * is on screen before its findings are worked out. Absent from a provider of an older bundle.
   */
  readonly typing?: boolean;
  /**
   * The editors bound to this document and the parts they edit (./editor-registry.ts): the same
   * object on every snapshot of a provider. Absent from a provider of an older copy of the bundle.
   */
  readonly editors?: EditorRegistry;
  /** Applies a change (validated; refused when invalid or read-only). */
  edit(recipe: Recipe, options?: EditOptions): EditResult;
  /** Puts a whole document in place (templates, imports): one undo step. */
  replace(next: RoleDocument, options?: ReplaceOptions): EditResult;
  undo(): boolean;
  redo(): boolean;
  /** Present while the status is `other-tab`: the user's choice. */
  resolveOtherTab?(choice: OtherTabChoice): void;
}

export const DOCUMENT_CONTEXT_KEY = Symbol.for('psw-role-kit/document/v1');

export const documentContext = createContext<DocumentSnapshot | undefined>(DOCUMENT_CONTEXT_KEY);
