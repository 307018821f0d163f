import type { Comparison } from '../../src/compare/types.js';
import type { ParseIssue } from '../../src/model/issues.js';
import type { OrganisationProfile } from '../../src/organisation/schema.js';
import type { RoleStore } from '../../src/store/role-store.js';
import { PswLazyElement, lazyView } from '../base/lazy-view.js';
import type { Localizer } from '../base/localize.js';
import type { CommonStrings } from '../base/strings.js';
import type { CompareStrings } from './strings.js';

type View = typeof import('./role-compare.view.js');
/** Templates, strings, styles and the comparison itself (src/compare, jsdiff): one lazy chunk for every compare element on the page. */
const view = lazyView<View>(() => import('./role-compare.view.js'));

/** What the element keeps between renders besides the comparison: the reader's choices. */
export interface CompareState {
  /** The changes as one list grouped by section, or side by side (before and after in columns). */
  layout: 'list' | 'side';
  /** Show only the changes that fixed or introduced a finding. */
  onlyFindings: boolean;
}

/** What the element shows: nothing yet, a comparison, or why there is none. */
export type CompareOutcome =
  | { kind: 'empty' }
  | { kind: 'loading' }
  | { kind: 'done'; comparison: Comparison; beforeTitle?: string; afterTitle?: string }
  | { kind: 'invalid'; side: 'before' | 'after'; issues: ParseIssue[] }
  | { kind: 'unavailable'; message: string };

/**
 * What changed between two roles, or between a role and one of its saved versions, and what that did
 * to the assessment. Read only: nothing here edits a role.
 *
 * On top, the assessment delta: readiness before and after, the findings fixed and introduced (each
 * with its severity, fix and evidence), the theme scores and the balance of structure and
 * flexibility, before and after, as tables. Below, the changes grouped by the part of the role they
 * are in, as a list of sentences ("“Co-facilitate peer groups” moved from Core to Flexible", "Band 3 →
 * Band 4") or side by side (before and after in columns); a choice between the two (radio buttons) and
 * a filter "Only changes that moved a finding". A rewritten text shows its word-level differences
 * with `<ins>` and `<del>` and the words "added:" and "removed:" for screen readers, never colour
 * alone. Printing shows the delta and the changes without the controls.
 *
 * Two ways to give it the roles:
 * - `before` and `after` properties: role documents, exports (`exportJobDescription`'s envelope) or
 *   the JSON text of either; an invalid one is named with its issues, and nothing is compared.
 *   Every element already has methods of those names (`Element.before(…nodes)` inserts nodes before
 *   it), so these two are accessors over `beforeRole` and `afterRole`: reading `before` gives the
 *   role set, or the DOM method while none is; TypeScript knows them as the DOM methods, so typed
 *   code sets `beforeRole` and `afterRole`. To insert nodes beside the element, use its parent's
 *   `insertBefore`;
 * - `store` (a `RoleStore`) or `src` (the base URL of a role library server's API, e.g. '/api', with
 *   the bearer `token` property; elements with the same `src` and token share one store), `role-id`
 *   and `version`: the saved version `version` of the role (before)
 *   against the role as it is now (after); without `version`, its newest saved version.
 * `before`/`after` win when both are given. `organisation` (a parsed organisation profile) and `today`
 * are used to assess both sides. Setting any of these dispatches no event.
 *
 * Its templates, strings, styles and the comparison engine are a lazy chunk
 * (./role-compare.view.ts), fetched when the first compare element connects; `await
 * el.updateComplete` resolves once it has rendered the comparison (or why there is none), a store's
 * reads included.
 *
 * @summary Two roles or two versions of a role: the assessment delta, then the changes as a list or side by side.
 * @tag psw-role-compare
 *
 * @prop {unknown} before - The earlier role (a role document, an export or JSON text of either); an accessor over `beforeRole`.
 * @prop {unknown} after - The later role; an accessor over `afterRole`.
 *
 * @csspart delta - The assessment delta: readiness, findings fixed and introduced, theme scores, balance.
 * @csspart controls - The choice of layout and the filter.
 * @csspart changes - The changes, grouped by section.
 * @csspart change - One change.
 * @csspart message - Why there is no comparison (nothing given yet, an invalid role, a store that could not be read).
 * @csspart loading - The one-line "Loading…" shown until the element's view is here.
 * @csspart load-error - The message (with "Try again") shown when the element's view could not be loaded.
 *
 * @cssstate has-changes - The two roles differ.
 * @cssstate invalid - One of the roles given is not a valid role document.
 * @cssstate loading - Waiting for the element's view (a lazy chunk).
 */
export class PswRoleCompare extends PswLazyElement<View> {
  /** The reactive properties (declared here, not with decorators: no decorator code in the drop-in entry). */
  static override properties = {
    beforeRole: { attribute: false },
    afterRole: { attribute: false },
    organisation: { attribute: false },
    today: { reflect: true },
    store: { attribute: false },
    src: { reflect: true },
    token: { attribute: false },
    roleId: { attribute: 'role-id', reflect: true },
    version: { type: Number, reflect: true },
  };

  protected readonly viewLoader = view;

  /**
   * The earlier role: a role document, an export or JSON text of either. Also settable as `before`
   * (see the class comment).
   */
  beforeRole?: unknown;
  /** The later role: a role document, an export or JSON text of either. Also settable as `after`. */
  afterRole?: unknown;
  /** The organisation profile both roles are assessed with. */
  organisation?: OrganisationProfile;
  /** The date date-dependent rules compare with, `YYYY-MM-DD` (default: today). */
  today?: string;
  /** A role store to read `role-id` and its `version` from; it wins over `src`. */
  store?: RoleStore;
  /** The base URL of a role library server's API (e.g. '/api') to read `role-id` and its `version` from. */
  src?: string;
  /** The bearer token sent to `src` (a property only: tokens do not belong in the markup). */
  token?: string;
  /** The id of the role in `store`. */
  roleId?: string;
  /** The saved version of the role to compare its current document with (default: the newest). */
  version?: number;

  /** @internal The view's state between renders. */
  readonly ui: CompareState = { layout: 'list', onlyFindings: false };
  /** @internal What is shown, set by the view. */
  outcome: CompareOutcome = { kind: 'empty' };
  /** @internal */
  l?: Localizer<CompareStrings>;
  /** @internal */
  c?: Localizer<CommonStrings>;

  /** @internal The roles set through `before` and `after`, by side. */
  static {
    for (const [side, key] of [['before', 'beforeRole'], ['after', 'afterRole']] as const) {
      const native = Object.getOwnPropertyDescriptor(Element.prototype, side)?.value as unknown;
      Object.defineProperty(this.prototype, side, {
        configurable: true,
        enumerable: true,
        get(this: PswRoleCompare) {
          return this[key] !== undefined ? this[key] : native;
        },
        set(this: PswRoleCompare, value: unknown) {
          this[key] = value;
        },
      });
    }
  }

  /** The comparison shown, once there is one (read-only). */
  get comparison(): Comparison | undefined {
    return this.outcome.kind === 'done' ? this.outcome.comparison : undefined;
  }
}
