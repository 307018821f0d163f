/**
 * The designer's view: a lazy chunk of the drop-in bundle, fetched once per page when the first
 * `<psw-role-designer>` connects (see components/base/lazy-view.ts). Its templates (toolbar, step
 * navigation, start screen, panels), what its buttons do (start a role, move between steps), its
 * strings and styles, and the job description printed alone (./print.ts). The element (./role-designer.component.ts) keeps the state between renders
 * (`step`, `announcement`, `templateChoice`, `started`) and hands psw-navigate requests to `showStepOf`.
 */
import type { PropertyValues, TemplateResult } from 'lit';
import type { Assessment } from '../../src/assess/types.js';
import type { RoleDocument } from '../../src/model/schema.js';
import type { HeldInput } from '../document-runtime/editor-registry.js';
import { historyStepOf } from '../document-runtime/history-step.js';
import { PswChangeEvent, PswNavigateEvent, type PswNavigateDetail } from '../base/events.js';
import { Localizer } from '../base/localize.js';
import { commonStrings } from '../base/strings.js';
import type { CommonT } from '../base/ui.js';
import { uiStyles } from '../base/ui.styles.js';
import { scrollIntoViewClear } from '../base/scroll-clear.js';
import { chosenTemplate, loadChoiceDocument, templateChoices, type TemplateChoice } from '../base/editor-kit/template-choices.js';
import { fromTemplate, hasContent } from '../role-builder/edits.js';
import { renderDesigner } from './layout.js';
import { printJobDescriptionAlone } from './print.js';
import type { PswRoleDesigner } from './role-designer.component.js';
import designerStyles from './role-designer.styles.js';
import { STEP_IDS, stepOfPath, type StepId } from './steps.js';
import { stepName } from './steps-nav.js';
import { DESIGNER_AREA, designerStrings, type DesignerStrings } from './strings.js';

type El = PswRoleDesigner;

export const styles = [uiStyles, designerStyles];

/**
 * Shows the step whose editors own the path a psw-navigate names (the element hands the requests
 * about its document here): rendered at once, so the step's fields are in the page before the
 * editors' own listeners (which focus them in their next update) run; when the step was not in
 * the page, the request is sent again once its editors have rendered (focusing twice does no harm).
 */
export function showStepOf(el: El, detail: PswNavigateDetail): void {
  const step = stepOfPath(detail.path);
  if (!step) return;
  const present = panelOf(el, step) !== null;
  el.started = true;
  el.step = step;
  el.requestUpdate();
  // performUpdate is protected in Lit's types; the view is the element's own code.
  (el as unknown as { performUpdate(): void }).performUpdate();
  if (!present) void showThenNavigate(el, step, detail);
}

const panelOf = (el: El, step: StepId) => el.renderRoot?.querySelector<HTMLElement>(`#panel-${step}`) ?? null;

type Updatable = Element & { updateComplete: Promise<unknown> };
const isUpdatable = (el: Element): el is Updatable => 'updateComplete' in el;

/** Once the step's editors have rendered, asks them again to show the field. */
async function showThenNavigate(el: El, step: StepId, detail: PswNavigateDetail): Promise<void> {
  await el.updateComplete;
  const panel = panelOf(el, step);
  if (!panel) return;
  await Promise.all([...panel.querySelectorAll('*')].filter(isUpdatable).map((e) => e.updateComplete));
  el.dispatchEvent(new PswNavigateEvent(detail));
}

export type DesignerT = Localizer<DesignerStrings>['t'];

/** How a step was chosen: where focus goes next depends on it. */
export type StepMove = 'nav' | 'pager';

/**
 * What the designer's templates (toolbar, step navigation, start screen, panels) see of one
 * designer: its element, read live (so handlers see the current state). The templates stay plain
 * functions of it.
 */
export class DesignerModel {
  constructor(private readonly el: El) {}

  /** The designer element itself (for the library tools, ./library-tools.ts). */
  get host(): El {
    return this.el;
  }

  get t(): DesignerT {
    const l = this.el.l!;
    return l.t.bind(l) as DesignerT;
  }

  get ct(): CommonT {
    const c = this.el.c!;
    return c.t.bind(c) as CommonT;
  }

  get doc(): RoleDocument {
    return this.el.doc.document!;
  }

  get assessment(): Assessment {
    return this.el.doc.assessment!;
  }

  /** How many fields of the designer's editors (or others of its document) hold input the role refused. */
  get heldInput(): number {
    return this.el.doc.heldInput.length;
  }

  get readonly(): boolean {
    return this.el.doc.readonly;
  }

  get step(): StepId {
    return this.el.step;
  }

  get onStart(): boolean {
    return onStart(this.el);
  }

  get canUndo(): boolean {
    return this.el.doc.canUndo;
  }

  get canRedo(): boolean {
    return this.el.doc.canRedo;
  }

  /** The toolbar's Undo and Redo; what they did is said by `announceHistory` (below), as for the keys. */
  undo(): void {
    this.el.doc.undo();
  }

  redo(): void {
    this.el.doc.redo();
  }

  get announcement(): string {
    return this.el.announcement;
  }

  get templateChoice(): string {
    return this.el.templateChoice;
  }

  /** The templates offered: built-in ones less those the organisation hides, then the organisation's own. */
  get templates(): TemplateChoice[] {
    return templateChoices(this.el.doc.snapshot?.organisation);
  }

  get startError(): string | undefined {
    return this.el.startError;
  }

  chooseTemplate(id: string): void {
    this.el.templateChoice = id;
  }

  start(template: string | undefined): void {
    void start(this.el, this, template);
  }

  go(step: StepId, how: StepMove): void {
    go(this.el, this, step, how);
  }
}

const models = new WeakMap<El, DesignerModel>();
const modelOf = (el: El): DesignerModel => models.get(el)!;

/** The strings and the templates' model arrive with the view. */
export function attach(el: El): void {
  el.l = new Localizer(el, DESIGNER_AREA, designerStrings);
  el.c = new Localizer(el, 'common', commonStrings);
  models.set(el, new DesignerModel(el));
  printJobDescriptionAlone(el);
  el.addEventListener(PswChangeEvent.type, (event) => announceHistory(el, event));
}

/**
 * Every undo and redo made in the designer is said on its announcements line, once: the toolbar's
 * buttons, and Ctrl/Cmd+Z, Shift+Ctrl/Cmd+Z or Ctrl+Y on the designer's own controls or in a step's
 * editor (whose own DocumentController takes the keys). Each is a `psw-change` that bubbles here,
 * marked by the controller that did it (components/document-runtime/history-step.ts); nothing
 * undone, no event.
 */
function announceHistory(el: El, event: Event): void {
  const step = historyStepOf(event);
  if (step) say(el, el.l!.t(step === 'undo' ? 'undone' : 'redone'));
}

/** The first-use screen (templates or a blank role) is shown on an empty role until the steps have been. */
function onStart(el: El): boolean {
  const doc = el.doc.document;
  return !!doc && !el.started && !el.doc.readonly && !hasContent(doc);
}

export function willUpdate(el: El, changed: PropertyValues<El>): void {
  if (el.doc.document && !onStart(el)) el.started = true;
  if (changed.has('step')) parkHeldInput(el, changed.get('step'));
}

/** Refused input of the editors of steps not shown, by designer and step (see `parkHeldInput`). */
const parked = new WeakMap<El, Map<StepId, readonly HeldInput[]>>();

/**
 * A step's editors stay in a cache while another step is shown: disconnected, they let go of the
 * refused input their fields still show. The designer holds it for them, so the role is not
 * called ready and a required form stays invalid, until the step is shown again and they hold it
 * themselves. Called before the step `from` leaves the page.
 */
function parkHeldInput(el: El, from: StepId | undefined): void {
  let steps = parked.get(el);
  if (!steps) parked.set(el, (steps = new Map()));
  if (from) {
    const editors = [...el.renderRoot.querySelectorAll('*')] as { doc?: { ownHeld?: readonly HeldInput[] } }[];
    steps.set(from, editors.flatMap((x) => x.doc?.ownHeld ?? []));
  }
  steps.delete(el.step);
  el.doc.hold([...steps.values()].flat());
}

export function render(el: El): TemplateResult {
  return renderDesigner(modelOf(el), el.doc.renderStatus());
}

export function updated(el: El): void {
  el.setState('start', onStart(el));
}

function say(el: El, message: string): void {
  // A live region announces changes only: the same message twice gets a zero-width space.
  el.announcement = el.announcement === message ? `${message}\u200b` : message;
}

/** Starts the role from a setting's template, or blank (undefined), and goes to the first step. */
async function start(el: El, d: DesignerModel, template: string | undefined): Promise<void> {
  const doc = el.doc.document;
  if (!doc) return;
  el.startError = undefined;
  if (template) {
    const label = d.t('startUse');
    let loaded: RoleDocument;
    try {
      // Templates load as a lazy chunk; updateComplete waits for it.
      loaded = await el.waitUntil(loadChoiceDocument(template, el.doc.snapshot?.organisation));
    } catch {
      // The start screen stays, and says why; "Start from a blank role" still works.
      el.startError = d.t('startLoadFailed');
      return;
    }
    const result = el.doc.replace(fromTemplate(el.doc.document ?? doc, loaded), { label });
    if (!result.ok) return;
  }
  const setting = template ? chosenTemplate(d.templates, template) : undefined;
  el.started = true;
  say(el, setting ? d.t('startedFrom', setting.label) : d.t('startedBlank'));
  el.step = 'role';
  await showThenNavigate(el, 'role', { path: 'role.title' });
}

function go(el: El, d: DesignerModel, step: StepId, how: StepMove): void {
  el.step = step;
  if (how === 'nav') {
    const n = STEP_IDS.indexOf(step) + 1;
    say(el, d.t('stepShown', n, STEP_IDS.length, stepName(d, step)));
    return;
  }
  // Previous/Next sit under the step: take the reader to the top of the new one.
  void el.updateComplete.then(() => {
    const title = el.renderRoot.querySelector<HTMLElement>(`#panel-title-${step}`);
    title?.focus({ preventScroll: true });
    const nav = el.renderRoot.querySelector('.steps-nav');
    if (nav) scrollIntoViewClear(nav, 'start');
  });
}
