import { PswDocumentElement } from '../base/document-element.js';
import { PLANNER_PARTS } from '../base/edited-parts.js';
import { lazyView } from '../base/lazy-view.js';
import type { Per } from './planner-view.js';
import type { SupervisionStrings } from './strings.js';

type View = typeof import('./supervision-planner.view.js');
/**
 * Templates, handlers, strings, styles and the catalogues it shows (supervision types, focus
 * options, competence domains): one lazy chunk for every planner on the page.
 */
const view = lazyView<View>(() => import('./supervision-planner.view.js'));

/** What the planner keeps between renders (choices and messages; never data derived from the document). */
export interface PlannerState {
  /** Whether the year view shows the table rather than the picture. */
  showTable: boolean;
  /** Items of long (collapsed) lists that are open for editing. */
  expanded: Set<string>;
  /** The last change that moved focus or items, for the polite live region. */
  announcement: string;
  /** "Per" chosen for an arrangement before its number of sessions (a frequency needs both). */
  pendingPers: Map<string, Per>;
}

/**
 * Plans the support a peer support worker gets: supervision arrangements (type, who provides it and
 * whether they have a peer background, format, frequency, length, focus, protected time) with cover
 * when the supervisor is away; a year view of the planned sessions against contracted hours, as a
 * picture and as a table; a training plan mapped to the nine competence-framework domains with a
 * coverage list; team and leadership support; wellbeing and reasonable adjustments. Findings of the
 * assessment are shown beside what they concern.
 *
 * It edits the nearest `<psw-role-document>`'s document, or the page-level document when placed
 * loose on a page. No number is presented as evidence of how often supervision should happen: none
 * exists for England (docs/rules.md: the threshold is a policy setting).
 *
 * Its templates, handlers, strings and styles are a lazy chunk (./supervision-planner.view.ts),
 * fetched once per page when the first planner connects; `await el.updateComplete` resolves once
 * it has rendered with them.
 *
 * @summary Supervision arrangements, a year view of sessions, training mapped to competence domains, team and wellbeing support.
 * @tag psw-supervision-planner
 *
 * @fires psw-change - After each change the user makes here (detail: the document and its assessment). Never for programmatic sets.
 *
 * @csspart document-status - The one-line document status.
 * @csspart document-status-button - The two buttons of the status line after a change in another tab (load the other version, keep mine).
 * @csspart arrangements - The supervision arrangements section (list, Add button, cover).
 * @csspart arrangement - One supervision arrangement.
 * @csspart year-view - The year view: hours summary, picture or table, notes.
 * @csspart training - The training plan section.
 * @csspart domains - The list of the nine competence domains, covered or not.
 * @csspart team - The team and leadership section.
 * @csspart wellbeing - The wellbeing and reasonable adjustments section.
 *
 * @csspart loading - The one-line "Loading…" shown until the planner's view and document are here.
 * @csspart load-error - The message (with "Try again") shown when the planner's view could not be loaded.
 *
 * @cssstate readonly - The document is read only: the planner shows a read-only view.
 * @cssstate has-errors - Some input was refused and is shown with its error in place.
 * @cssstate loading - Waiting for the planner's view (a lazy chunk) or for the document.
 */
export class PswSupervisionPlanner extends PswDocumentElement<View, SupervisionStrings> {
  /** The reactive properties (declared here, not with decorators: no decorator code in the drop-in entry). */
  static override properties = {
    summaries: { type: Boolean, reflect: true },
  };

  protected readonly viewLoader = view;
  protected override get editsPaths(): readonly string[] { return PLANNER_PARTS; }

  /**
   * Shows every supervision arrangement and training item as a one-line summary (its name, what is
   * set and what is left to fix or check) until it is opened with its "Edit" button, so the planner
   * fits a few screens; `psw-navigate` to a field opens its item. Without it, only long lists are
   * shown as summaries.
   */
  summaries = false;

  /** @internal The view's state between renders. */
  readonly ui: PlannerState = { showTable: false, expanded: new Set(), announcement: '', pendingPers: new Map() };
}
