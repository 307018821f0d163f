import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { PswElement } from '../base/psw-element.js';
import { Localizer } from '../base/localize.js';
import { commonStrings } from '../base/strings.js';
import { uiStyles } from '../base/ui.styles.js';
import type { PswNavigateDetail } from '../base/events.js';
import { DocumentController } from '../context/document-controller.js';
import { documentStatusStyles } from '../context/document-status.js';
import { BuilderState, type SectionId } from './builder-state.js';
import { navigationTarget, ownsPath, sectionOf } from './navigation.js';

type View = typeof import('./view.js');
let viewModule: Promise<View> | undefined;
/** The sections, strings and styles: a lazy chunk, loaded once for every builder on the page. */
const loadView = () => (viewModule ??= import('./view.js'));

/** Paths of the document the builder edits (psw-navigate for these is ours). */
const OWNED = ['role', 'context', 'meta', 'duties', 'employment', 'progression', 'recruitment'] as const;

/**
 * The role builder: role basics, duties sorted into core, flexible (with limits) and excluded, the
 * balance of contracted time, employment terms, progression and the person specification, with
 * the assessment's findings shown next to what they concern. A template picker starts a role from
 * a setting, asking first when that would replace work.
 *
 * It works on the document of the nearest `<psw-role-document>`, or the page-level document when
 * placed loose on a page. Every change is one undo step (typing in a field is one step per burst);
 * Undo and Redo are in its toolbar and on Ctrl/Cmd+Z, Ctrl/Cmd+Shift+Z and Ctrl+Y.
 *
 * @summary Builds a peer support worker role: basics, duties, balance, pay, progression, person spec.
 * @tag psw-role-builder
 *
 * @fires psw-change - After every change the user makes here (edits, undo/redo, a template picked);
 *   `detail.document` is the new document, `detail.assessment` its assessment. Never for
 *   programmatic changes of the document.
 *
 * @csspart toolbar - Undo, Redo, open/close all, and the announcements line.
 * @csspart templates - The template picker.
 * @csspart basics - Role basics.
 * @csspart duties - The duties editor (the three groups).
 * @csspart duty - One duty (a card, or a one-line row in long roles).
 * @csspart balance - The balance bar and its text.
 * @csspart employment - Pay, hours, contract, funding, location, lone working, DBS.
 * @csspart progression - Progression steps.
 * @csspart person-spec - Essential and desirable criteria, recruitment.
 * @csspart document-status - The shared one-line document status.
 * @csspart document-status-button - The two buttons of the status line after a change in another tab (load the other version, keep mine).
 *
 * With `sections` (e.g. `sections="basics duties"`) it shows only those parts, for a host that
 * lays the role out its own way (as `<psw-role-designer>` does, one step per part).
 *
 * @cssstate readonly - The document is read only: the builder shows a read-only view.
 * @cssstate has-errors - A field holds input that was refused (its issue is shown), or the
 *   assessment has a "must fix" finding about a part of the document the builder edits.
 */
export class PswRoleBuilder extends PswElement {
  // The builder's own styles come with the view chunk (see viewLoaded).
  static override styles = [PswElement.styles, uiStyles, documentStatusStyles];

  /**
   * Above this many duties, each duty shows as one line with an Edit button (long roles stay quick
   * to scan and to render). Default 50.
   */
  @property({ type: Number, attribute: 'compact-threshold' }) compactThreshold = 50;

  /**
   * Only these sections, space-separated, of: templates basics duties employment progression
   * person-spec. Unset: all of them. When set, the builder is part of its host's layout: the listed
   * sections start open (the template picker closed), and the heading, introduction and Undo/Redo
   * buttons are left to the host (Ctrl/Cmd+Z still works); psw-navigate requests for fields of other
   * sections are ignored.
   */
  @property({ reflect: true }) sections?: string;

  private readonly ctl = new DocumentController(this);
  private readonly state = new BuilderState(this, this.ctl, new Localizer(this, 'common', commonStrings));
  /** Set once the view chunk has loaded. */
  private view?: View;
  private navigateTo?: PswNavigateDetail;

  constructor() {
    super();
    this.ctl.onNavigate((detail) => this.navigate(detail));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.view) void loadView().then((view) => this.viewLoaded(view));
  }

  /** Resolves after the view chunk has loaded and the element has rendered with it. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    if (this.view || !this.isConnected) return done;
    this.viewLoaded(await loadView());
    return super.getUpdateComplete();
  }

  private viewLoaded(view: View): void {
    if (this.view) return;
    this.view = view;
    this.state.l = new Localizer(this, view.BUILDER_AREA, view.builderStrings);
    const root = this.renderRoot as ShadowRoot;
    const sheet = view.builderStyles.styleSheet;
    if (sheet && 'adoptedStyleSheets' in root) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    else root.append(Object.assign(document.createElement('style'), { textContent: view.builderStyles.cssText }));
    this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const doc = this.ctl.document;
    if (!doc) return;
    this.state.initTemplatesOpen(doc);
    this.state.dropStaleErrors(doc);
  }

  protected override render(): TemplateResult {
    const doc = this.ctl.document;
    this.state.beginRender();
    if (!doc || !this.view) return html`${this.ctl.renderStatus()}`;
    return html`
      ${this.state.partial ? nothing : html`<h2 class="builder-heading">${this.state.t('heading')}</h2>`}
      ${this.ctl.renderStatus()}
      ${this.view.renderView(this.state, (applied) => applied && this.state.templateApplied())}
    `;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const doc = this.ctl.document;
    const hasErrorFinding = (this.ctl.assessment?.findings ?? []).some(
      (f) => f.severity === 'error' && f.path !== undefined && this.ownsShown(f.path),
    );
    this.setState('readonly', this.ctl.readonly);
    this.setState('has-errors', !!doc && (this.state.hasRefusedInput || hasErrorFinding));
    if (this.navigateTo) {
      const target = navigationTarget(this.renderRoot as ShadowRoot, this.ctl.document!, this.navigateTo);
      this.navigateTo = undefined;
      target?.scrollIntoView?.({ block: 'center' });
      target?.focus();
    } else if (this.state.focusIds.length) {
      const ids = this.state.focusIds;
      this.state.focusIds = [];
      for (const id of ids) {
        const el = this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(id)}`);
        if (el && !(el as HTMLButtonElement).disabled) {
          el.focus();
          el.scrollIntoView?.({ block: 'nearest' });
          break;
        }
      }
    }
  }

  /** psw-navigate: when the path is the builder's, open what holds it, then focus it after rendering. */
  private navigate(detail: PswNavigateDetail): void {
    const doc = this.ctl.document;
    if (!doc || !this.ownsShown(detail.path)) return;
    this.state.openFor(detail, doc);
    this.navigateTo = detail;
    this.requestUpdate();
  }

  /** A path of the document that one of the shown sections edits. */
  private ownsShown(path: string): boolean {
    if (!ownsPath(path, OWNED)) return false;
    const section = sectionOf(path) as SectionId | undefined;
    return !section || this.state.shows(section);
  }
}
