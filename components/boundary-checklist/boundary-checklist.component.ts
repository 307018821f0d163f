import { PswDocumentElement } from '../base/document-element.js';
import { CHECKLIST_PARTS } from '../base/edited-parts.js';
import { lazyView } from '../base/lazy-view.js';
import type { BoundaryStrings } from './strings.js';

type View = typeof import('./boundary-checklist.view.js');
/** Templates, handlers, strings and styles: one lazy chunk for every checklist on the page. */
const view = lazyView<View>(() => import('./boundary-checklist.view.js'));

export type Filter = 'all' | 'to-agree' | 'done';

/** What the checklist keeps between renders (choices and messages; never data derived from the document). */
export interface ChecklistState {
  /** Which topics the list shows. */
  filter: Filter;
  /**
   * The topics that matched the filter when it was chosen. The list does not change under the
   * user's hands: a topic they just agreed stays in "Still to agree" until they choose again.
   */
  filterKeys?: Set<string>;
  /** Details shown or hidden by the user, by row key. */
  collapseChoice: Map<string, boolean>;
  /**
   * The topics already settled (with nothing to fix or check) when this document was first shown: they
   * start collapsed. Taken once per document (by id), once its findings are known, so a card never
   * closes while the user works in it.
   */
  firstSeen?: { documentId: string; settled?: ReadonlySet<string> };
  /** The custom topic just removed, for the "Undo" offer. */
  removed?: { id: string; name: string };
}

/**
 * The boundary checklist: every topic of the boundary-topics catalogue with why it matters and its
 * sources, and for each the status ("Not started", "Agreed", "Not applicable" with a reason), the
 * agreed "Position", its "Rationale", how it is held (fixed, negotiable within limits, or case by
 * case in supervision) and who to go to. Custom topics can be added and removed. Progress is shown
 * as text and a progress bar, and the assessment's findings appear next to the topic and field they
 * concern.
 *
 * It edits `boundaries` of the document it shares: the nearest `<psw-role-document>`, else the
 * page-level document. A catalogue topic gets its record (with a new id, in catalogue order) on its
 * first edit, so an untouched topic costs nothing in the document.
 *
 * Its templates, handlers, strings and styles are a lazy chunk (./boundary-checklist.view.ts),
 * fetched once per page when the first checklist connects; `await el.updateComplete` resolves once
 * it has rendered with them.
 *
 * @summary Boundary topics of a peer support worker role: position, rationale, mode, escalation; progress.
 * @tag psw-boundary-checklist
 *
 * @fires psw-change - After each change the user makes here (detail: the document and its assessment).
 *   Never for programmatic changes of the document.
 *
 * @csspart document-status - The one-line status of the shared document.
 * @csspart document-status-button - The two buttons of the status line after a change in another tab (load the other version, keep mine).
 * @csspart progress - The progress summary (text, progress bar and the filter).
 * @csspart topic - One topic (a card; a section in the read-only view).
 * @csspart topic-heading - The heading of a topic.
 * @csspart custom-topics - The area with the user's own topics and the "Add a custom topic" button.
 *
 * @csspart loading - The one-line "Loading…" shown until the checklist's view and document are here.
 * @csspart load-error - The message (with "Try again") shown when the checklist's view could not be loaded.
 *
 * @cssstate readonly - The document is read only: the checklist shows what is agreed, without controls.
 * @cssstate complete - Every topic is agreed or marked not applicable.
 * @cssstate loading - Waiting for the checklist's view (a lazy chunk) or for the document.
 */
export class PswBoundaryChecklist extends PswDocumentElement<View, BoundaryStrings> {
  /** The reactive properties (declared here, not with decorators: no decorator code in the drop-in entry). */
  static override properties = {
    summaries: { type: Boolean, reflect: true },
  };

  protected readonly viewLoader = view;
  protected override get editsPaths(): readonly string[] { return CHECKLIST_PARTS; }

  /**
   * Shows every topic as a one-line summary (its name, status and what is left to fix or check)
   * until it is opened with its "Show details" button, so the whole list fits a few screens;
   * `psw-navigate` to a field opens its topic. Without it, only the topics already settled when
   * the role is first shown start as summaries.
   */
  summaries = false;

  /** @internal The view's state between renders. */
  readonly ui: ChecklistState = { filter: 'all', collapseChoice: new Map() };
}
