import { PswDocumentElement } from '../base/document-element.js';
import { lazyView } from '../base/lazy-view.js';
import type { Severity } from '../../src/assess/types.js';
import type { ThemeId } from '../../src/catalogue/ids.js';
import type { InsightsStrings } from './strings.js';

type View = typeof import('./role-insights.view.js');
/** Templates, handlers, strings and styles: one lazy chunk for every insights element on the page. */
const view = lazyView<View>(() => import('./role-insights.view.js'));

/** What the insights keep between renders (the user's choices; never data derived from the document). */
export interface InsightsState {
  /** Which findings are listed: all, or one severity. */
  filter: Severity | 'all';
  /** Themes whose long list of findings is shown in full. */
  expanded: ReadonlySet<ThemeId>;
}

/**
 * The assessment of the role, read only: readiness and banding readiness at a glance, the number
 * of findings of each severity, the balance of structure and flexibility (a stacked bar with its
 * verdict, whose thresholds are said to be a tool heuristic), coverage of the study's five themes
 * (bars with what covers each theme and what is missing), and the findings grouped by theme, each
 * with its severity, basis, sources and fix. Every picture has a text equivalent beside it.
 *
 * "Go to the field" dispatches `psw-navigate` (detail `{ path, itemId? }`) from this element; the
 * editors listen for it on the document and focus the field. Nothing here edits the document.
 *
 * It speaks of what the page can edit: "Go to the field" is offered only when an editor bound to
 * the same document on this page edits that field (each editor claims its parts of the role:
 * components/document-runtime/editor-registry.ts). Otherwise the finding says where the field is
 * edited ("Edited in the boundary checklist, which this page does not include."), and the summary
 * says how much there is to fix or check here and what needs an element the page does not include.
 *
 * The balance thresholds shown are the toolkit's defaults (`defaultPolicy.balance`), the ones
 * `<psw-role-document>` assesses with.
 *
 * Its templates, handlers, strings and styles are a lazy chunk (./role-insights.view.ts), fetched
 * once per page when the first insights element connects. The assessment engine is a lazy chunk
 * too: until the role has been assessed, the element says "Checking the role…" (never a readiness
 * or counts of a role not yet checked); if the engine cannot be loaded, it says so. `await
 * el.updateComplete` resolves once it has rendered the real assessment.
 *
 * @summary The role's assessment: readiness, balance, theme coverage and findings with their evidence.
 * @tag psw-role-insights
 *
 * @fires psw-navigate - When the user asks to go to the field a finding (or a missing banding item) concerns; detail `{ path, itemId? }`.
 *
 * @csspart summary - Readiness, banding readiness and counts per severity, at the top.
 * @csspart balance - The balance of structure and flexibility: stacked bar, legend and verdict.
 * @csspart themes - Coverage of the themes T1–T5.
 * @csspart findings - The findings, grouped by theme, with the severity filter.
 * @csspart finding - One finding.
 * @csspart elsewhere - The sentence saying where a finding's field is edited, when no editor on the page edits it.
 * @csspart where - In the summary, what there is to fix or check on this page and what needs an element it does not include.
 * @csspart checking - The "Checking the role…" line shown until the role's assessment is ready.
 * @csspart assessment-error - The message shown when the assessment could not be loaded.
 * @csspart document-status - The shared one-line document status.
 * @csspart document-status-button - The two buttons of the status line after a change in another tab (load the other version, keep mine).
 *
 * @csspart loading - The one-line "Loading…" shown until the insights' view and document are here.
 * @csspart load-error - The message (with "Try again") shown when the insights' view could not be loaded.
 *
 * @cssstate ready - The role's readiness is "ready" (no finding to fix or check), and no field on the page holds input the role refused.
 * @cssstate held-input - A field of an editor of this document holds input the role refused (the readiness says so and lists them).
 * @cssstate banding-ready - The job description holds what a job evaluation panel needs.
 * @cssstate has-errors - At least one finding must be fixed.
 * @cssstate readonly - The document cannot be changed here.
 * @cssstate checking - The role is being assessed (the assessment is not there yet, or could not be loaded).
 * @cssstate loading - Waiting for the insights' view (a lazy chunk) or for the document.
 */
export class PswRoleInsights extends PswDocumentElement<View, InsightsStrings> {
  /** The reactive properties (declared here, not with decorators: no decorator code in the drop-in entry). */
  static override properties = {
    summaries: { type: Boolean, reflect: true },
  };

  protected readonly viewLoader = view;

  /**
   * Shows each finding as one line — its severity and message — until it is opened (a native
   * disclosure holding the fix, themes, basis, sources and "Go to the field"). The designer's
   * Review step uses it, so a role with dozens of findings fits a few screens.
   */
  summaries = false;

  /** @internal The view's state between renders. */
  readonly ui: InsightsState = { filter: 'all', expanded: new Set() };
}
