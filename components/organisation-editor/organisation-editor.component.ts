import type { PropertyValues } from 'lit';
import type { RoleDocument } from '../../src/model/schema.js';
import type { OrganisationProfile } from '../../src/organisation/schema.js';
import type { ProfileParseResult } from '../../src/organisation/parse.js';
import type { AutosaveStatus } from '../../src/store/autosave.js';
import { PswLazyElement, lazyView } from '../base/lazy-view.js';
import type { Localizer } from '../base/localize.js';
import type { CommonStrings } from '../base/strings.js';
import type { ProfileModel } from './profile-model.js';
import type { OrganisationStrings } from './strings.js';

type View = typeof import('./organisation-editor.view.js');
/**
 * Templates, handlers, strings, styles, the profile's parser and schema, its undo history and
 * autosave: one lazy chunk for every organisation editor on the page.
 */
const view = lazyView<View>(() => import('./organisation-editor.view.js'));

/** What the editor keeps between renders besides the profile (choices and messages). */
export interface OrganisationEditorState {
  /** The issues of the last file that could not be loaded (the profile stayed as it was). */
  fileIssues?: { path: string; message: string }[];
  /** The name of the last file loaded or refused. */
  fileName?: string;
  /** The last change that moved focus or items, for the polite live region. */
  announcement: string;
  /** Why "Add the current role as an organisation template" did nothing. */
  templateNote?: string;
  /** "Per" chosen for peer supervision before its number of sessions (a frequency needs both). */
  pendingPer?: 'week' | 'month' | 'quarter';
  /** Whether the pay section shows the organisation's own table (before it has one). */
  ownTable?: boolean;
}

/**
 * The organisation profile, for HR: what holds for the whole organisation, written once and applied
 * to every role (docs/organisation-profile.md). Its sections: who the organisation is (name, nation,
 * employer type, website, logo with its text alternative, job reference prefix, recruitment
 * contact); the date the facts were last confirmed; the organisation-wide facts, each with why it
 * matters and its sources, answered yes, no or not answered (a fact not answered is left out of the
 * profile, and the rules that need it ask each role); how peer supervision is provided; pay (the
 * scheme, a built-in table or the organisation's own dated table, the High Cost Area Supplement
 * zone); the assessment's thresholds (each the organisation's choice, with the tool's default and
 * what evidence there is); built-in templates to hide, and the organisation's own templates (the
 * current role can be added as one); the job description's "about us" and standard clauses. A
 * profile can be loaded from a file (checked field by field) and downloaded as JSON.
 *
 * The current role, for "Add the current role as an organisation template", is the `currentRole`
 * property, else the `value` of the element whose id `for` names (a `<psw-role-document>`), looked
 * up in the editor's own tree and then in the page.
 *
 * Its templates, handlers, strings, styles and the profile's parser are a lazy chunk
 * (./organisation-editor.view.ts), fetched when the first editor connects: `value` reads
 * `undefined`, and a `value` set meanwhile is checked, until then. `await el.updateComplete`
 * resolves once it has rendered with them.
 *
 * @summary The organisation profile for HR: identity, facts with their evidence, pay tables, policy thresholds, templates, job description text; load and download.
 * @tag psw-organisation-editor
 *
 * @fires psw-organisation-change - After each change the user makes here (an edit, undo or redo, a file loaded); detail: `{ profile }`. Never for programmatic sets.
 * @fires psw-invalid - When a `value` set, `load()` or a file chosen is refused; detail: `{ issues }`. The profile stays as it was.
 * @fires psw-export - When the profile has been downloaded as JSON; detail: `{ format: "json", filename }`.
 *
 * @csspart document-status - The one-line autosave status.
 * @csspart document-status-button - The two buttons of the status line after a change in another tab (load the other version, keep mine).
 * @csspart identity - The organisation's identity section.
 * @csspart facts - The organisation-wide facts, with the date they were confirmed.
 * @csspart fact - One fact, with why it matters and its sources.
 * @csspart supervision - How peer supervision is provided.
 * @csspart pay - Pay scheme, pay table and High Cost Area Supplement zone.
 * @csspart policy - The assessment's thresholds.
 * @csspart templates - Templates to hide and the organisation's own templates.
 * @csspart job-description - "About us" and the standard clauses.
 * @csspart file - Load and download.
 * @csspart loading - The one-line "Loading…" shown until the editor's view is here.
 * @csspart load-error - The message (with "Try again") shown when the editor's view could not be loaded.
 *
 * @cssstate has-errors - Some input was refused and is shown with its issue in place.
 * @cssstate loading - Waiting for the editor's view (a lazy chunk).
 */
export class PswOrganisationEditor extends PswLazyElement<View> {
  /** The reactive properties (declared here, not with decorators: no decorator code in the drop-in entry). */
  static override properties = {
    storageKey: { attribute: 'storage-key', reflect: true },
    for: { reflect: true },
    currentRole: { attribute: false },
  };

  protected readonly viewLoader = view;

  /** Autosave and restore the profile in this browser under this localStorage key. */
  storageKey?: string;
  /** The id of the `<psw-role-document>` whose role "Add the current role as an organisation template" adds. */
  for?: string;
  /** The current role (wins over `for`). Not `role`: that is the element's ARIA role. */
  currentRole?: RoleDocument;

  /** @internal The profile, its history and autosave, created when the view arrives. */
  model?: ProfileModel;
  /** @internal The view's strings and the shared ones, set when the view arrives. */
  l?: Localizer<OrganisationStrings>;
  /** @internal */
  c?: Localizer<CommonStrings>;
  /** @internal The view's state between renders. */
  readonly ui: OrganisationEditorState = { announcement: '' };
  /** @internal A value set before the view arrived, checked when it does. */
  pendingValue?: { input: unknown };

  /**
   * The organisation profile (read-only snapshot), or `undefined` until the editor's code has
   * arrived. Setting it goes through `parseOrganisationProfile`: an invalid value dispatches
   * `psw-invalid` and leaves the profile as it was; a valid one is one undo step, or the starting
   * point while the profile stands as it started (nothing done, nothing restored). No
   * `psw-organisation-change` either way.
   */
  get value(): OrganisationProfile | undefined {
    return this.model?.profile;
  }

  set value(input: OrganisationProfile | undefined) {
    if (this.model) this.model.load(input);
    else this.pendingValue = { input };
  }

  /** The autosave status (`new`, `restored`, `saved`…), when `storage-key` is set and the view is here. */
  get status(): AutosaveStatus | undefined {
    return this.model?.status;
  }

  /**
   * Loads a profile (JSON text or a value) like setting `value`, and resolves with the parse result
   * (`{ ok, profile }` or `{ ok: false, issues }`) once the editor's code is here.
   */
  async load(input: unknown): Promise<ProfileParseResult> {
    const v = await this.whenView();
    if (!v) return { ok: false, issues: [{ path: '', message: 'The organisation editor could not be loaded.' }] };
    return this.model!.load(input);
  }

  /** Takes back the last change (no event). Returns whether there was one. */
  undo(): boolean {
    return this.model?.undo() ?? false;
  }

  /** Repeats the last change undone (no event). */
  redo(): boolean {
    return this.model?.redo() ?? false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.withView((v) => v.connected(this));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.view?.disconnected(this);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.setState('has-errors', !!this.model?.hasRefused);
  }
}
