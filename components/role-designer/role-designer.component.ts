import type { PropertyValues } from 'lit';
import type { PswNavigateDetail } from '../base/events.js';
import { PswDocumentElement } from '../base/document-element.js';
import { lazyView } from '../base/lazy-view.js';
import { isStepId, type StepId } from './step-ids.js';
import type { DesignerStrings } from './strings.js';

type View = typeof import('./role-designer.view.js');
/** Templates, strings and styles: one lazy chunk for every designer on the page. */
const view = lazyView<View>(() => import('./role-designer.view.js'));

/**
 * The whole toolkit as one guided tag: a role is designed step by step — Role, Duties, Boundaries,
 * Support, Terms, Review and export — each step composed of the toolkit's own elements
 * (`<psw-role-builder>` parts, `<psw-boundary-checklist>`, `<psw-supervision-planner>`,
 * `<psw-role-insights>`, `<psw-role-export>`, `<psw-job-description>`). The step navigation shows,
 * for each step, what is left in its part of the role (how many findings to fix and to check; a
 * tick only when there is nothing of either), and the toolbar shows the role's readiness, with Undo and Redo for every change made
 * in any step (also Ctrl/Cmd+Z, Ctrl/Cmd+Shift+Z, Ctrl+Y).
 *
 * The Boundaries and Support steps show each topic, arrangement and training item as one line (its
 * name, status and what is left) until it is opened; the Review step shows each finding as its
 * severity and message until opened, and the job description behind a disclosure ("Read and print
 * the job description"). In the Review step, the job description's Print button prints that job description alone, without the page around the designer or the
 * designer's other parts (it works under a strict Content-Security-Policy).
 *
 * On an empty role it opens on a start screen: a setting's template, or a blank role. "Go to the
 * field" in the insights (any `psw-navigate` about this role) switches to the step that edits the
 * field before that step's editor focuses it.
 *
 * Its templates, strings and styles are a lazy chunk (./role-designer.view.ts), fetched once per
 * page when the first designer connects; `await el.updateComplete` resolves once it has rendered
 * with them (and with the document and its assessment). The elements of each step load their own
 * views when the step is first shown.
 *
 * Placed alone on a page it works on the page-level document (autosaved per page). For a storage
 * key of your own, a starting template, read only or form association, wrap it:
 * ```html
 * <psw-role-document storage-key="psw-role" template="adult-community" name="role">
 *   <psw-role-designer></psw-role-designer>
 * </psw-role-document>
 * ```
 *
 * @summary The guided all-in-one role designer: role, duties, boundaries, support, terms, review and export.
 * @tag psw-role-designer
 *
 * @fires psw-change - After every change the user makes in any step (edits, undo/redo, a template
 *   picked, a file imported); dispatched from the element inside the designer where it was made, or
 *   from the designer itself for its own Undo/Redo and start screen.
 * @fires psw-navigate - After the start screen, to focus the job title (detail `{ path: "role.title" }`);
 *   and again, once the step is shown, for a request that arrived before that step's editor existed.
 * @fires psw-export - From the Review step's export element, when a file is produced.
 *
 * @csspart toolbar - Undo, Redo, the readiness of the role and the announcements line.
 * @csspart readiness - The readiness badge and the counts of findings.
 * @csspart steps - The step navigation (a `nav` with an ordered list).
 * @csspart step - One step's button in the navigation.
 * @csspart panel - A step's content (only the current step's panel is shown).
 * @csspart pager - The Previous and Next buttons under a step.
 * @csspart job-description - The Review step's disclosure that holds the job description.
 * @csspart start - The start screen (template or blank role) shown on an empty role.
 * @csspart document-status - The shared one-line document status (the composed elements' own are hidden).
 * @csspart document-status-button - The two buttons of the status line after a change in another tab (load the other version, keep mine).
 *
 * @csspart loading - The one-line "Loading…" shown until the designer's view and document are here.
 * @csspart load-error - The message (with "Try again") shown when the designer's view could not be loaded.
 *
 * @cssstate readonly - The document is read only: every step shows its read-only view; no Undo, no start screen.
 * @cssstate ready - The role's readiness is "ready", and no field of its editors holds input the role refused.
 * @cssstate start - The start screen is shown.
 * @cssstate loading - Waiting for the designer's view (a lazy chunk) or for the document.
 */
export class PswRoleDesigner extends PswDocumentElement<View, DesignerStrings> {
  /** The reactive properties (declared here, not with decorators: no decorator code in the drop-in entry). */
  static override properties = {
    step: { reflect: true },
  };
  /** Internal state the view reads: setting it re-renders; no attribute, not public API. */
  static {
    for (const name of ['announcement', 'templateChoice', 'startError']) this.createProperty(name, { state: true });
  }

  protected readonly viewLoader = view;
  /** Every part of the role: each one is edited in one of its steps. */
  protected override get editsPaths(): readonly string[] { return ['']; }

  /** The step shown: role, duties, boundaries, support, terms or review. Reflects, so a page can deep-link to a step. */
  step: StepId = 'role';

  /** @internal The toolbar's last announcement (a polite live region). */
  announcement = '';
  /** @internal The template chosen on the start screen: a setting id, or `org:<id>` for the organisation's own. */
  templateChoice: string = 'adult-community';
  /** @internal Why the template chosen on the start screen could not be used (its chunk could not be fetched). */
  startError?: string;
  /** @internal Set once the steps have been shown (the start screen is for a role that starts empty). */
  started = false;

  constructor() {
    super();
    // Capture on the document: this runs before the editors' own listeners (bubble phase on the
    // document), so the step that holds the field is shown before they try to focus it.
    this.doc.onNavigate(this.onNavigate, { capture: true });
  }

  // ---------------------------------------------------------------------------------------------
  // Lifecycle

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!isStepId(this.step)) this.step = 'role';
    // What was said about an edit ("Undo takes it back") no longer applies once the role is read only.
    if (this.doc.readonly && this.announcement) this.announcement = '';
    // The announcements line speaks of the step shown: a step changed with nothing said about it
    // (Previous/Next, whose focus goes to the new step's title; a page setting `step`; "Go to the
    // field") clears what was said on the step before, such as "Step 3 of 6: Boundaries".
    if (changed.has('step') && changed.get('step') !== undefined && !changed.has('announcement')) this.announcement = '';
    super.willUpdate(changed);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.setState('ready', this.doc.assessment?.readiness === 'ready' && !this.doc.heldInput.length);
  }

  // ---------------------------------------------------------------------------------------------
  // psw-navigate

  /** A request about this designer's document (DocumentController.onNavigate filters the others). */
  private readonly onNavigate = (detail: PswNavigateDetail): void => {
    if (!this.doc.document) return;
    // Which step edits the path, and showing it, are the view's (the table of steps is in its
    // chunk): at once when the view is here, else once it has arrived (until then no step's
    // editors are in the page).
    this.withView((view) => view.showStepOf(this, detail));
  };

}
