/**
 * What `<psw-organisation-editor>` holds between renders, with the view (a lazy chunk): the current
 * organisation profile, its undo history, the refused input of each field, and autosave.
 *
 * - Every edit is a recipe returning a new profile; it is checked against the profile schema before
 *   it is applied. A refused edit leaves the profile as it was; the field keeps what was typed and
 *   shows the issue (kept here under the field's key until an edit of that field is accepted).
 * - Typing in one field within a second is one undo step; undo and redo go back and forth.
 * - Autosave (`storage-key`) uses the same envelope, backups and other-tab protocol as the role
 *   document (src/store/autosave.ts), with `parseOrganisationProfile` as the parser.
 * - Programmatic sets (`value`, `load()`) are parsed with `parseOrganisationProfile`: refused input
 *   dispatches `psw-invalid` and changes nothing; neither dispatches `psw-organisation-change`.
 */
import type { ReactiveControllerHost } from 'lit';
import { describeProfilePath } from '../../src/organisation/field-labels.js';
import { parseOrganisationProfile, type ProfileParseResult } from '../../src/organisation/parse.js';
import { OrganisationProfileSchema, PROFILE_KIND, PROFILE_SCHEMA_VERSION, type OrganisationProfile } from '../../src/organisation/schema.js';
import { fromZodIssues, schemaErrorMap, toIssues, type ParseIssue } from '../../src/model/issues.js';
import { newId } from '../../src/model/ids.js';
import { INPUT_LIMITS } from '../../src/model/plain-data.js';
import { clockToday } from '../../src/assess/policy.js';
import { createAutosave, type Autosave, type AutosaveStatus, type OtherTabChoice } from '../../src/store/autosave.js';
import type { ParseFn } from '../../src/store/persistence.js';
import { PswInvalidEvent, PswOrganisationChangeEvent } from '../base/events.js';
import { browserStorage } from '../document-runtime/browser-storage.js';
import { jsonText } from '../../src/model/json-text.js';

export type Profile = OrganisationProfile;
export type ProfileRecipe = (p: Profile) => Profile;

export interface ProfileEditOptions {
  /** The undo step's name. */
  label?: string;
  /** Typing: the edits of one field within a second are one undo step. */
  typing?: boolean;
}

const HISTORY_LIMIT = 200;
const COALESCE_MS = 1000;

/** A profile with nothing answered: the starting point when nothing is set or restored. */
export function blankProfile(name: string, today = clockToday()): Profile {
  return {
    kind: PROFILE_KIND, schemaVersion: PROFILE_SCHEMA_VERSION, id: newId('org'), asOf: today,
    organisation: { name }, facts: {}, pay: {}, policy: {}, templates: {}, jobDescription: {}, extensions: {},
  };
}

/** Checks a whole candidate profile (organisation templates only when they changed), and its size on every edit. */
export function validateProfile(candidate: Profile, before?: Profile): { ok: true } | { ok: false; issues: ParseIssue[] } {
  const sameTemplates = before !== undefined && candidate.templates === before.templates;
  const checked = sameTemplates ? { ...candidate, templates: { hide: candidate.templates.hide } } : candidate;
  const result = OrganisationProfileSchema.safeParse(checked, { error: schemaErrorMap });
  if (!result.success) return { ok: false, issues: toIssues(fromZodIssues(result.error.issues), candidate, describeProfilePath) };
  // Measured on every edit: a logo or a clause can pass the limit as well as a template.
  if (jsonText(candidate).length > INPUT_LIMITS.maxChars) {
    return { ok: false, issues: [{ path: '', message: `The organisation profile would be larger than ${INPUT_LIMITS.maxChars.toLocaleString('en-GB')} characters as JSON, the most a profile may have.` }] };
  }
  return { ok: true };
}

const parseForAutosave: ParseFn<Profile> = (input) => {
  const r = parseOrganisationProfile(input);
  return r.ok ? { ok: true, document: r.profile, migratedFrom: r.migratedFrom } : r;
};

interface Step {
  profile: Profile;
  label?: string;
}

export class ProfileModel {
  private present: Step;
  private past: Step[] = [];
  private future: Step[] = [];
  private burst?: { key: string; until: number };
  /** Refused input by field: its issue, and the edit it was, tried again after other edits (see `retryRefused`). */
  private readonly refused = new Map<string, { message: string; recipe?: ProfileRecipe; label?: string }>();
  private autosave?: Autosave<Profile>;
  private key?: string;
  /** Tells this page's saves from another tab's. */
  private readonly tabId = newId('tab');
  /** The profile stands as it started: no undo history yet, and not brought back from storage. */
  private atStart = true;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    initial: Profile,
  ) {
    this.present = { profile: initial };
  }

  get profile(): Profile {
    return this.present.profile;
  }

  get status(): AutosaveStatus | undefined {
    return this.autosave?.status;
  }

  get canUndo(): boolean {
    return this.past.length > 0;
  }

  get canRedo(): boolean {
    return this.future.length > 0;
  }

  /** The issue of the refused input of the field `key`, shown in place. */
  error(key: string): string | undefined {
    return this.refused.get(key)?.message;
  }

  get hasRefused(): boolean {
    return this.refused.size > 0;
  }

  /** Keeps an issue about what was typed in the field `key` (the profile is left alone). */
  refuse(key: string, message: string, retry?: { recipe: ProfileRecipe; label?: string }): void {
    this.refused.set(key, { message, ...retry });
    this.host.requestUpdate();
  }

  clear(key: string): void {
    if (this.refused.delete(key)) this.host.requestUpdate();
  }

  /** A user's edit: checked, then applied as an undo step (or refused, with the issue under `key`). */
  edit(key: string, recipe: ProfileRecipe, o: ProfileEditOptions = {}): boolean {
    const before = this.present.profile;
    const next = recipe(before);
    if (next === before) {
      this.clear(key);
      return true;
    }
    const checked = validateProfile(next, before);
    if (!checked.ok) {
      this.refuse(key, checked.issues[0]?.message ?? '', { recipe, label: o.label });
      return false;
    }
    this.clear(key);
    const t = Date.now();
    const merge = !!o.typing && this.burst?.key === key && t <= this.burst.until && this.past.length > 0;
    this.burst = o.typing ? { key, until: t + COALESCE_MS } : undefined;
    if (!merge) this.push();
    this.present = { profile: next, label: merge ? this.present.label ?? o.label : o.label };
    this.future = [];
    this.dropShifted(before, next);
    this.retryRefused(key);
    this.changed(true);
    return true;
  }

  /**
   * Refused input is kept under its field's path: once a list on that path has lost or gained an
   * item, or its items moved, the path names another item's field, so the input is dropped rather
   * than shown on, or applied to, the wrong one.
   */
  private dropShifted(before: Profile, next: Profile): void {
    for (const key of [...this.refused.keys()]) {
      let b: unknown = before;
      let n: unknown = next;
      for (const part of key.split('.')) {
        if (Array.isArray(b) && Array.isArray(n) && /^\d+$/.test(part)) {
          const [x, y] = [b[Number(part)] as { id?: unknown } | undefined, n[Number(part)] as { id?: unknown } | undefined];
          if (b.length !== n.length || x?.id !== y?.id) {
            this.refused.delete(key);
            break;
          }
        }
        b = (b as Record<string, unknown> | undefined)?.[part];
        n = (n as Record<string, unknown> | undefined)?.[part];
      }
    }
  }

  /**
   * After an accepted edit, what the other fields of the same object hold refused may fit (a minimum
   * refused until the maximum was raised; an end date until the start moved): each is tried again, applied as its
   * own undo step when it fits now, else kept with the issue it has now. So no field goes on
   * showing a value and an issue that are no longer what the profile holds.
   */
  private retryRefused(except: string): void {
    const parent = (k: string) => k.slice(0, k.lastIndexOf('.'));
    for (const [key, r] of [...this.refused]) {
      // Only the fields of the same object depend on each other (a band's ends, a table's dates).
      if (key === except || !r.recipe || parent(key) !== parent(except)) continue;
      const before = this.present.profile;
      const next = r.recipe(before);
      const checked = next === before ? ({ ok: true } as const) : validateProfile(next, before);
      if (!checked.ok) {
        this.refused.set(key, { ...r, message: checked.issues[0]?.message ?? '' });
        continue;
      }
      this.refused.delete(key);
      if (next === before) continue;
      this.push();
      this.present = { profile: next, label: r.label };
    }
  }

  /** Undo (`user`: from a key or a button, so `psw-organisation-change` follows). */
  undo(user = false): boolean {
    const previous = this.past.pop();
    if (!previous) return false;
    this.future.push(this.present);
    this.present = previous;
    this.afterJump(user);
    return true;
  }

  redo(user = false): boolean {
    const next = this.future.pop();
    if (!next) return false;
    this.past.push(this.present);
    this.present = next;
    this.afterJump(user);
    return true;
  }

  /**
   * Untrusted input (a `value` set by the page, `load()`, a file chosen): parsed; refused input
   * dispatches `psw-invalid` and changes nothing; a valid profile is one undo step, except that a
   * page's value over the profile as it started (nothing done, nothing restored) becomes the
   * starting point: Undo never blanks a profile the page has just put in.
   */
  load(input: unknown, o: { user?: boolean; label?: string } = {}): ProfileParseResult {
    const result = parseOrganisationProfile(input);
    if (!result.ok) {
      this.host.dispatchEvent(new PswInvalidEvent({ issues: result.issues }));
      return result;
    }
    this.burst = undefined;
    if (o.user || !this.atStart) this.push();
    this.present = { profile: result.profile, label: o.label };
    this.future = [];
    this.refused.clear();
    this.changed(!!o.user);
    return result;
  }

  /**
   * Autosave under `key` (undefined: off). What is saved there is brought back unless `keep` (a
   * value the page set before the editor's code arrived) is given.
   */
  setStorageKey(key: string | undefined, keep = false): void {
    if (key === this.key) return;
    this.autosave?.flush();
    this.autosave?.dispose();
    this.key = key;
    this.autosave = key
      ? createAutosave<Profile>({ storage: browserStorage(), key, tabId: this.tabId, parse: parseForAutosave, onStatus: () => this.host.requestUpdate() })
      : undefined;
    if (!this.autosave) return;
    const restored = this.autosave.restore();
    if (restored.kind === 'restored' && !keep) {
      this.atStart = false;
      this.past = [];
      this.future = [];
      this.present = { profile: restored.document };
      this.host.requestUpdate();
    } else {
      this.autosave.schedule(this.present.profile);
    }
  }

  /** Saves what is waiting (the page is being hidden or the element removed). */
  flush(): void {
    this.autosave?.flush();
  }

  /**
   * A `storage` event: another tab saving our key. With nothing of this tab's own unsaved, its version
   * is put in place at once; otherwise autosave is on hold until the user chooses.
   */
  storageEvent(event: StorageEvent): void {
    if (this.autosave?.handleStorageEvent(event, { current: this.present.profile, take: (theirs) => this.#takeTheirs(theirs) })) this.host.requestUpdate();
  }

  /** The user's answer after a change in another tab. */
  choose(choice: OtherTabChoice): void {
    const theirs = this.autosave?.resolve(choice, this.present.profile);
    if (theirs) this.#takeTheirs(theirs);
    else this.host.requestUpdate();
  }

  /** The other tab's profile in place, one undo step away from this tab's. */
  #takeTheirs(theirs: OrganisationProfile): void {
    this.push();
    this.present = { profile: theirs };
    this.future = [];
    this.changed(true, false);
  }

  dispose(): void {
    this.autosave?.flush();
    this.autosave?.dispose();
    this.autosave = undefined;
    this.key = undefined;
  }

  private push(): void {
    this.atStart = false;
    this.past.push(this.present);
    if (this.past.length > HISTORY_LIMIT) this.past.shift();
  }

  private afterJump(user: boolean): void {
    this.burst = undefined;
    this.refused.clear();
    this.changed(user);
  }

  private changed(user: boolean, save = true): void {
    if (save) this.autosave?.schedule(this.present.profile);
    this.host.requestUpdate();
    if (user) this.host.dispatchEvent(new PswOrganisationChangeEvent({ profile: this.present.profile }));
  }
}
