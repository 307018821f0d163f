import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Assessment } from '../../src/assess/types.js';
import type { SettingId } from '../../src/catalogue/ids.js';
import { settings } from '../../src/catalogue/settings.js';
import type { RoleDocument } from '../../src/model/schema.js';
import { PswNavigateEvent, type PswNavigateDetail } from '../base/events.js';
import { Localizer } from '../base/localize.js';
import { PswElement } from '../base/psw-element.js';
import { commonStrings } from '../base/strings.js';
import type { CommonT } from '../base/ui.js';
import { uiStyles } from '../base/ui.styles.js';
import { loadTemplateDocument } from '../context/core-deps.js';
import { DocumentController } from '../context/document-controller.js';
import { documentStatusStyles } from '../context/document-status.js';
import { fromTemplate, hasContent } from '../role-builder/edits.js';
import type { Designer, DesignerT, StepMove } from './designer-api.js';
import { isStepId, STEP_IDS, stepOfPath, type StepId } from './steps.js';
import { stepName } from './steps-nav.js';
import styles from './role-designer.styles.js';
import { DESIGNER_AREA, designerStrings, renderDesigner } from './view.js';

/** The nearest `<psw-role-document>` around a node, across shadow roots (null: the page-level document). */
function wrapperOf(node: Node | null): Element | null {
  while (node) {
    if (node instanceof Element && node.localName === 'psw-role-document') return node;
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return null;
}

type Updatable = Element & { updateComplete: Promise<unknown> };
const isUpdatable = (el: Element): el is Updatable => 'updateComplete' in el;

/**
 * The whole toolkit as one guided tag: a role is designed step by step — Role, Duties, Boundaries,
 * Support, Terms, Review and export — each step composed of the toolkit's own elements
 * (`<psw-role-builder>` parts, `<psw-boundary-checklist>`, `<psw-supervision-planner>`,
 * `<psw-role-insights>`, `<psw-role-export>`, `<psw-job-description>`). The step navigation shows,
 * for each step, what the assessment found in its part of the role (a tick when nothing there must
 * be fixed), and the toolbar shows the role's readiness, with Undo and Redo for every change made
 * in any step (also Ctrl/Cmd+Z, Ctrl/Cmd+Shift+Z, Ctrl+Y).
 *
 * On an empty role it opens on a start screen: a setting's template, or a blank role. "Go to the
 * field" in the insights (any `psw-navigate` about this role) switches to the step that edits the
 * field before that step's editor focuses it.
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
 * @csspart start - The start screen (template or blank role) shown on an empty role.
 * @csspart document-status - The shared one-line document status (the composed elements' own are hidden).
 *
 * @cssstate readonly - The document is read only: every step shows its read-only view; no Undo, no start screen.
 * @cssstate ready - The role's readiness is "ready".
 * @cssstate start - The start screen is shown.
 */
export class PswRoleDesigner extends PswElement implements Designer {
  static override styles = [PswElement.styles, uiStyles, documentStatusStyles, styles];

  /** The step shown: role, duties, boundaries, support, terms or review. Reflects, so a page can deep-link to a step. */
  @property({ reflect: true }) step: StepId = 'role';

  /** @internal */
  @state() announcement = '';
  /** @internal */
  @state() templateChoice: SettingId = 'adult-community';
  /** Set once the steps have been shown (the start screen is for a role that starts empty). */
  private started = false;

  private readonly ctl = new DocumentController(this);
  private readonly l = new Localizer(this, DESIGNER_AREA, designerStrings);
  private readonly c = new Localizer(this, 'common', commonStrings);

  // ---------------------------------------------------------------------------------------------
  // Designer (what the templates use)

  /** @internal */
  get t(): DesignerT {
    return this.l.t.bind(this.l) as DesignerT;
  }

  /** @internal */
  get ct(): CommonT {
    return this.c.t.bind(this.c) as CommonT;
  }

  /** @internal */
  get doc(): RoleDocument {
    return this.ctl.document!;
  }

  /** @internal */
  get assessment(): Assessment {
    return this.ctl.assessment!;
  }

  /** @internal */
  get readonly(): boolean {
    return this.ctl.readonly;
  }

  /** @internal */
  get onStart(): boolean {
    const doc = this.ctl.document;
    return !!doc && !this.started && !this.readonly && !hasContent(doc);
  }

  /** @internal */
  get canUndo(): boolean {
    return this.ctl.canUndo;
  }

  /** @internal */
  get canRedo(): boolean {
    return this.ctl.canRedo;
  }

  /** @internal */
  undo(): void {
    this.ctl.undo();
  }

  /** @internal */
  redo(): void {
    this.ctl.redo();
  }

  /** @internal */
  chooseTemplate(id: SettingId): void {
    this.templateChoice = id;
  }

  /** @internal */
  async start(template: SettingId | undefined): Promise<void> {
    const doc = this.ctl.document;
    if (!doc) return;
    if (template) {
      const label = this.t('startUse');
      // Templates load as a lazy chunk; updateComplete waits for it.
      const loaded = await this.waitUntil(loadTemplateDocument(template));
      const result = this.ctl.replace(fromTemplate(this.ctl.document ?? doc, loaded), { label });
      if (!result.ok) return;
    }
    const setting = template ? settings.find((s) => s.id === template) : undefined;
    this.started = true;
    this.say(setting ? this.t('startedFrom', setting.label) : this.t('startedBlank'));
    this.step = 'role';
    await this.showThenNavigate('role', { path: 'role.title' });
  }

  /** @internal */
  go(step: StepId, how: StepMove): void {
    this.step = step;
    if (how === 'nav') {
      const n = STEP_IDS.indexOf(step) + 1;
      this.say(this.t('stepShown', n, STEP_IDS.length, stepName(this, step)));
      return;
    }
    // Previous/Next sit under the step: take the reader to the top of the new one.
    void this.updateComplete.then(() => {
      const title = this.renderRoot.querySelector<HTMLElement>(`#panel-title-${step}`);
      title?.focus({ preventScroll: true });
      this.renderRoot.querySelector('.steps-nav')?.scrollIntoView?.({ block: 'start' });
    });
  }

  // ---------------------------------------------------------------------------------------------
  // Lifecycle

  override connectedCallback(): void {
    super.connectedCallback();
    // Capture on the document: this runs before the editors' own listeners (bubble phase on the
    // document), so the step that holds the field is shown before they try to focus it.
    this.ownerDocument.addEventListener(PswNavigateEvent.type, this.onNavigate, true);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.ownerDocument.removeEventListener(PswNavigateEvent.type, this.onNavigate, true);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!isStepId(this.step)) this.step = 'role';
    const doc = this.ctl.document;
    if (doc && !this.onStart) this.started = true;
    // What was said about an edit ("Undo takes it back") no longer applies once the role is read only.
    if (this.readonly && this.announcement) this.announcement = '';
  }

  protected override render(): TemplateResult {
    if (!this.ctl.document) return html`${this.ctl.renderStatus()}`;
    return renderDesigner(this, this.ctl.renderStatus());
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.setState('readonly', this.readonly);
    this.setState('ready', this.ctl.assessment?.readiness === 'ready');
    this.setState('start', this.onStart);
  }

  // ---------------------------------------------------------------------------------------------
  // psw-navigate

  private readonly onNavigate = (event: Event): void => {
    const { detail } = event as PswNavigateEvent;
    if (!this.ctl.document || !this.sameDocument(event)) return;
    const step = stepOfPath(detail.path);
    if (!step) return;
    const present = this.panelOf(step) !== null;
    this.started = true;
    this.step = step;
    this.requestUpdate();
    // Render now, synchronously: the step's elements are in the page before the editors' own
    // listeners run, and they focus in their next update, which finds the field there.
    this.performUpdate();
    // The step's editors were not in the page when the request was sent (or, new, have not drawn
    // their fields yet): ask again once they have rendered. Focusing twice does no harm.
    if (!present) void this.showThenNavigate(step, detail);
  };

  /** Whether a navigate request is about this designer's document (same wrapper, or both loose). */
  private sameDocument(event: Event): boolean {
    const origin = event.composedPath()[0];
    if (!(origin instanceof Node) || origin.nodeType === Node.DOCUMENT_NODE) return true;
    return wrapperOf(origin) === wrapperOf(this);
  }

  private panelOf(step: StepId): HTMLElement | null {
    return this.renderRoot?.querySelector<HTMLElement>(`#panel-${step}`) ?? null;
  }

  /** Waits for the step's panel and the elements in it to render, then asks for `detail` to be focused. */
  private async showThenNavigate(step: StepId, detail: PswNavigateDetail): Promise<void> {
    await this.updateComplete;
    const panel = this.panelOf(step);
    if (!panel) return;
    await Promise.all([...panel.querySelectorAll('*')].filter(isUpdatable).map((el) => el.updateComplete));
    const again = new PswNavigateEvent(detail);
    this.dispatchEvent(again);
  }

  private say(message: string): void {
    // A live region announces changes only: the same message twice gets a zero-width space.
    this.announcement = this.announcement === message ? `${message}\u200b` : message;
  }
}
