import type { PropertyValues } from 'lit';
import type { RoleStore, RoleSummary, VersionSummary } from '../../src/store/role-store.js';
import type { TrashEntry } from '../../src/store/idb-role-store.js';
import type { RoleDocument } from '../../src/model/schema.js';
import { PswLazyElement, lazyView } from '../base/lazy-view.js';
import type { Localizer } from '../base/localize.js';
import type { LibraryStrings } from './strings.js';

type View = typeof import('./role-library.view.js');
/** Templates, handlers, strings, styles and the IndexedDB store: one lazy chunk for every library on the page. */
const view = lazyView<View>(() => import('./role-library.view.js'));

export type LibrarySortKey = 'title' | 'setting' | 'band' | 'status' | 'updatedAt' | 'readiness';

/** The panel below the table: one at a time. */
export type LibraryPanel =
  | { kind: 'none' }
  | { kind: 'rename'; id: string }
  /** Delete from a library that keeps no trash (a server): asked first, as it cannot be undone. */
  | { kind: 'delete'; id: string }
  | { kind: 'versions'; id: string; versions?: VersionSummary[]; compare?: { before: RoleDocument; after: RoleDocument; label: string } }
  | { kind: 'trash'; entries?: TrashEntry[] };

/** The last thing done, with its Undo when it has one. */
export interface LibraryMessage {
  text: string;
  kind: 'done' | 'error';
  undo?: () => Promise<void>;
  issues?: { path: string; message: string }[];
}

/**
 * The roles kept in a store, for managers and HR: a table (title, setting, band, status, last
 * changed, readiness) with search, filters and sortable columns; new from a template, open,
 * duplicate, rename, delete with Undo and a trash kept 30 days; each role's saved versions (save a
 * version, change the status with a reason, restore a version with Undo, compare a version with the
 * role as it is); import and export of the whole library as one JSON file.
 *
 * The store is, in this order: any `RoleStore` set as the `store` property; the reference server
 * (or any server of its REST API, docs/server-api.md) at `src`, e.g. `src="/api"`, through an
 * `HttpRoleStore` shared by every element of the page with the same `src` and `token`; else
 * IndexedDB in this browser (`IdbRoleStore`, database named by `database`). The bearer token is the
 * `token` property, never an attribute, so that it does not sit in the markup.
 *
 * Open dispatches `psw-library-open` (detail `{ id, document }`); unless that event is cancelled,
 * the role is then opened in the `<psw-role-document>` whose id `for` names (bound to the library
 * entry, so its edits are saved back), or loaded into the page-level document when there is no `for`.
 *
 * Its templates, handlers, strings, styles and the IndexedDB code are a lazy chunk
 * (./role-library.view.ts), fetched when the first library connects.
 *
 * @summary The roles in a store: search, open, duplicate, rename, versions, delete with undo, import and export.
 * @tag psw-role-library
 *
 * @fires psw-library-open - A role was opened (detail: `{ id, document }`); cancel it to open the role yourself.
 *
 * @csspart table - The table of roles.
 * @csspart filters - Search and filters.
 * @csspart toolbar - New from template, import, export and the trash.
 * @csspart panel - The panel below the table (rename, versions, trash, deleting for good).
 * @csspart message - The line saying what was done, with Undo.
 * @csspart loading - The one-line "Loading…" shown until the library's view is here.
 * @csspart load-error - The message (with "Try again") shown when the library's view could not be loaded.
 *
 * @cssstate loading - Waiting for the library's view (a lazy chunk).
 */
export class PswRoleLibrary extends PswLazyElement<View> {
  /** The reactive properties (declared here, not with decorators: no decorator code in the drop-in entry). */
  static override properties = {
    database: { reflect: true },
    src: { reflect: true },
    token: { attribute: false },
    for: { reflect: true },
    store: { attribute: false },
  };
  /** Internal state the view reads: setting it re-renders; no attribute, not public API. */
  static {
    for (const name of ['items', 'listError', 'search', 'statusFilter', 'settingFilter', 'sort', 'panel', 'message', 'busy', 'template']) this.createProperty(name, { state: true });
  }

  protected readonly viewLoader = view;

  /** The IndexedDB database of the default store (ignored when `store` or `src` is set). */
  database = 'psw-role-kit';
  /** The base URL of a role library server's API (e.g. '/api'); ignored when `store` is set. */
  src?: string;
  /** The bearer token sent to `src` (a property only: tokens do not belong in the markup). */
  token?: string;
  /** The id of the `<psw-role-document>` that Open loads a role into. */
  for?: string;
  /** Any RoleStore; it wins over `src` and `database`. */
  store?: RoleStore;

  /** @internal The roles as last read. */
  items?: RoleSummary[];
  /** @internal Why the list could not be read. */
  listError?: string;
  /** @internal */
  search = '';
  /** @internal */
  statusFilter = '';
  /** @internal */
  settingFilter = '';
  /** @internal */
  sort: { key: LibrarySortKey; dir: 1 | -1 } = { key: 'updatedAt', dir: -1 };
  /** @internal */
  panel: LibraryPanel = { kind: 'none' };
  /** @internal */
  message?: LibraryMessage;
  /** @internal An action is running (buttons wait). */
  busy = false;
  /** @internal The template chosen for "New from template". */
  template = '';
  /** @internal The view's strings, set when the view arrives. */
  l?: Localizer<LibraryStrings>;
  /** @internal The store in use (the `store` property or the default). */
  activeStore?: RoleStore;
  /** @internal Unsubscribes from the store's change notices. */
  unwatch?: () => void;

  /** The roles as last read from the store (summaries), or undefined until they have been. */
  get roles(): readonly RoleSummary[] | undefined {
    return this.items;
  }

  /**
   * Adds the roles of a library file (JSON text or a value, checked by `parseLibraryFile`) to the
   * store; nothing is overwritten. Resolves with `{ ok: true, added }` (the ids) or `{ ok: false, issues }`.
   */
  async importLibrary(input: unknown): Promise<{ ok: true; added: string[] } | { ok: false; issues: { path: string; message: string }[] }> {
    const v = await this.whenView();
    if (!v) return { ok: false, issues: [{ path: '', message: 'The library could not be loaded.' }] };
    return v.importInput(this, input);
  }

  /** Reads the list again (after a change made elsewhere). */
  async refresh(): Promise<void> {
    const v = await this.whenView();
    await v?.refresh(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.withView((v) => v.connected(this));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unwatch?.();
    this.unwatch = undefined;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (['store', 'database', 'src', 'token'].some((k) => changed.has(k)) && this.view && this.isConnected) this.view.connected(this);
  }
}
