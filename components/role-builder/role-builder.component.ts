import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { Assessment, Finding } from '../../src/assess/types.js';
import type { RoleDocument } from '../../src/model/schema.js';
import { updateItem, type Path } from '../../src/store/ops.js';
import { PswElement } from '../base/psw-element.js';
import { Localizer } from '../base/localize.js';
import { commonStrings } from '../base/strings.js';
import type { CommonT } from '../base/ui.js';
import { uiStyles } from '../base/ui.styles.js';
import type { PswNavigateDetail } from '../base/events.js';
import type { EditOptions, Recipe } from '../context/document-context.js';
import { DocumentController, pathUnder } from '../context/document-controller.js';
import { documentStatusStyles } from '../context/document-status.js';
import type { Builder, BuilderT, BuilderUi } from './builder-api.js';
import { hasContent, setPruned } from './edits.js';
import { navigationTarget, ownsPath, sectionOf } from './navigation.js';
import type { BuilderStrings } from './strings.js';

type View = typeof import('./view.js');
let viewModule: Promise<View> | undefined;
/** The sections and strings: a lazy chunk, loaded once for every builder on the page. */
const loadView = () => (viewModule ??= import('./view.js'));

/** The sections, in page order; each can be opened and closed. */
export const SECTIONS = ['templates', 'basics', 'duties', 'employment', 'progression', 'person-spec'] as const;
export type SectionId = (typeof SECTIONS)[number];
const OPEN_BY_DEFAULT: ReadonlySet<string> = new Set(['basics', 'duties', 'group-core', 'group-flexible', 'group-excluded']);
/** Paths of the document the builder edits (psw-navigate for these is ours). */
const OWNED = ['role', 'context', 'meta', 'duties', 'employment', 'progression', 'recruitment'] as const;

interface RefusedEdit {
  message: string;
  /** The list item the control belongs to: the error goes when the item does. */
  itemId?: string;
}

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
 *
 * With `sections` (e.g. `sections="basics duties"`) it shows only those parts, for a host that
 * lays the role out its own way (as `<psw-role-designer>` does, one step per part).
 *
 * @cssstate readonly - The document is read only: the builder shows a read-only view.
 * @cssstate has-errors - A field holds input that was refused (its issue is shown), or the
 *   assessment has a "must fix" finding about a part of the document the builder edits.
 */
export class PswRoleBuilder extends PswElement implements Builder {
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
   * sections start open (the template picker closed), and the heading, introduction and Undo/Redo buttons are left to the host
   * (Ctrl/Cmd+Z still works); psw-navigate requests for fields of other sections are ignored.
   */
  @property({ reflect: true }) sections?: string;

  private readonly ctl = new DocumentController(this);
  private readonly c = new Localizer(this, 'common', commonStrings);
  /** Set once the view chunk has loaded (with the builder's strings). */
  private view?: View;
  private l?: Localizer<BuilderStrings>;

  readonly ui: BuilderUi = {
    addKind: 'core', expandedDuties: new Set(), otherAssessed: new Set(), exclusionPick: '', templateChoice: 'adult-community',
  };
  private readonly errors = new Map<string, RefusedEdit>();
  private readonly drafts = new Map<string, string>();
  private readonly open = new Map<string, boolean>();
  /** The last announcement (the toolbar's polite live region). */
  announcement = '';
  private focusIds: string[] = [];
  private navigateTo?: PswNavigateDetail;
  /** Findings shown next to a field during the current render (the rest go to the section top). */
  private shown = new Set<Finding>();

  constructor() {
    super();
    this.ctl.onNavigate((detail) => this.navigate(detail));
  }

  // ---------------------------------------------------------------------------------------------
  // Builder (what the section templates use)

  get doc(): RoleDocument {
    return this.ctl.document!;
  }

  get readonly(): boolean {
    return this.ctl.readonly;
  }

  get assessment(): Assessment | undefined {
    return this.ctl.assessment;
  }

  get t(): BuilderT {
    return this.l!.t.bind(this.l) as BuilderT;
  }

  get canUndo(): boolean {
    return this.ctl.canUndo;
  }

  get canRedo(): boolean {
    return this.ctl.canRedo;
  }

  undo(): void {
    this.ctl.undo();
  }

  redo(): void {
    this.ctl.redo();
  }

  allOpen(): boolean {
    return SECTIONS.every((s) => s === 'templates' || !this.shows(s) || this.isOpen(s));
  }

  toggleAll(open: boolean): void {
    for (const s of SECTIONS) if (s !== 'templates' && this.shows(s)) this.open.set(s, open);
    this.requestUpdate();
  }

  /** Whether the section is shown (`sections` unset: all are). */
  shows(section: SectionId): boolean {
    const only = this.sections?.trim();
    return !only || only.split(/\s+/).includes(section);
  }

  get partial(): boolean {
    return !!this.sections?.trim();
  }

  get ct(): CommonT {
    return this.c.t.bind(this.c) as CommonT;
  }

  error(key: string): string | undefined {
    return this.errors.get(key)?.message;
  }

  claim(path: string, itemId?: string): Finding[] {
    const found = (this.ctl.assessment?.findings ?? []).filter(
      (f) => !this.shown.has(f) && ((itemId !== undefined && f.itemId === itemId) || (f.path !== undefined && pathUnder(f.path, path))),
    );
    for (const f of found) this.shown.add(f);
    return found;
  }

  markShown(findings: readonly Finding[]): void {
    for (const f of findings) this.shown.add(f);
  }

  pendingFindings(): readonly Finding[] {
    return (this.ctl.assessment?.findings ?? []).filter((f) => !this.shown.has(f));
  }

  unclaimed(prefixes: readonly string[]): Finding[] {
    const found = (this.ctl.assessment?.findings ?? []).filter(
      (f) => !this.shown.has(f) && f.path !== undefined && prefixes.some((p) => pathUnder(f.path!, p)),
    );
    for (const f of found) this.shown.add(f);
    return found;
  }

  run(key: string | undefined, recipe: Recipe, options?: EditOptions, itemId?: string): boolean {
    const result = this.ctl.edit(recipe, options);
    if (key !== undefined) {
      if (result.ok) this.errors.delete(key);
      else this.errors.set(key, { message: result.issues[0]?.message ?? '', itemId });
    }
    this.requestUpdate();
    return result.ok;
  }

  replace(next: RoleDocument, label: string): boolean {
    const result = this.ctl.replace(next, { label });
    this.requestUpdate();
    return result.ok && result.changed;
  }

  setText(key: string, path: Path, value: string, label: string): void {
    this.run(key, (d) => setPruned(d, path, value), { coalesceKey: key, label });
  }

  setNumber(key: string, path: Path, raw: string, event: Event, label: string): void {
    const parsed = this.parseNumber(raw, event);
    if (parsed === null) return this.refuse(key);
    this.run(key, (d) => setPruned(d, path, parsed), { coalesceKey: key, label });
  }

  setValue(key: string, path: Path, value: unknown, label: string): void {
    this.run(key, (d) => setPruned(d, path, value), { label });
  }

  setItem(key: string, listPath: Path, id: string, itemPath: Path, value: unknown, label: string, typing = false): void {
    this.run(
      key,
      (d) => updateItem(d, listPath, id, (item: Record<string, unknown> & { id: string }) => setPruned(item, itemPath, value, 1)),
      typing ? { coalesceKey: key, label } : { label },
      id,
    );
  }

  setItemNumber(key: string, listPath: Path, id: string, itemPath: Path, raw: string, event: Event, label: string): void {
    const parsed = this.parseNumber(raw, event);
    if (parsed === null) return this.refuse(key, undefined, id);
    this.setItem(key, listPath, id, itemPath, parsed, label, true);
  }

  draft(key: string): string | undefined {
    return this.drafts.get(key);
  }

  setDraft(key: string, value: string | undefined): void {
    if (value === undefined) this.drafts.delete(key);
    else this.drafts.set(key, value);
    this.requestUpdate();
  }

  announce(message: string): void {
    // Live regions announce changes only: the same message twice in a row gets a zero-width space.
    this.announcement = this.announcement === message ? `${message}\u200b` : message;
    this.requestUpdate();
  }

  focusLater(...ids: string[]): void {
    this.focusIds = ids;
    this.requestUpdate();
  }

  isOpen(section: string): boolean {
    if (this.readonly && section !== 'templates' && !this.open.has(section)) return true;
    return this.open.get(section) ?? (OPEN_BY_DEFAULT.has(section) || (this.partial && section !== 'templates' && this.shows(section as SectionId)));
  }

  toggle(section: string, open = !this.isOpen(section)): void {
    this.open.set(section, open);
    this.requestUpdate();
  }

  money(n: number): string {
    return this.c.number(n, { style: 'currency', currency: 'GBP', maximumFractionDigits: Number.isInteger(n) ? 0 : 2 });
  }

  percent(n: number): string {
    return this.ct('percent', Math.round(n * 10) / 10);
  }

  // ---------------------------------------------------------------------------------------------
  // Rendering

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const doc = this.ctl.document;
    if (!doc) return;
    // The picker starts open on an empty draft, closed once there is work to protect. A host showing
    // only some sections decides how a role starts (the designer has its own start screen): closed.
    if (!this.open.has('templates')) this.open.set('templates', !this.partial && !hasContent(doc));
    this.dropStaleErrors(doc);
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
    this.l = new Localizer(this, view.BUILDER_AREA, view.builderStrings);
    const root = this.renderRoot as ShadowRoot;
    const sheet = view.builderStyles.styleSheet;
    if (sheet && 'adoptedStyleSheets' in root) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    else root.append(Object.assign(document.createElement('style'), { textContent: view.builderStyles.cssText }));
    this.requestUpdate();
  }

  protected override render(): TemplateResult {
    const doc = this.ctl.document;
    this.shown = new Set();
    if (!doc || !this.view) return html`${this.ctl.renderStatus()}`;
    return html`
      ${this.partial ? nothing : html`<h2 class="builder-heading">${this.t('heading')}</h2>`}
      ${this.ctl.renderStatus()}
      ${this.view.renderView(this, (applied) => this.templateApplied(applied))}
    `;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const doc = this.ctl.document;
    const hasErrorFinding = (this.ctl.assessment?.findings ?? []).some(
      (f) => f.severity === 'error' && f.path !== undefined && this.ownsShown(f.path),
    );
    this.setState('readonly', this.readonly);
    this.setState('has-errors', !!doc && (this.errors.size > 0 || hasErrorFinding));
    if (this.navigateTo) {
      const detail = this.navigateTo;
      this.navigateTo = undefined;
      this.focusNavigated(detail);
    } else if (this.focusIds.length) {
      const ids = this.focusIds;
      this.focusIds = [];
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

  // ---------------------------------------------------------------------------------------------
  // Actions

  private templateApplied(applied: boolean): void {
    if (applied) {
      this.errors.clear();
      this.drafts.clear();
      this.ui.expandedDuties.clear();
      this.open.set('templates', false);
      this.focusLater('role-title');
    }
  }

  parseNumber(raw: string, event: Event): number | undefined | null {
    const text = raw.trim();
    if (text === '') return (event.target as HTMLInputElement | null)?.validity?.badInput ? null : undefined;
    const n = Number(text);
    return Number.isFinite(n) ? n : null;
  }

  refuse(key: string, message?: string, itemId?: string): void {
    this.errors.set(key, { message: message ?? this.t('enterNumber'), itemId });
    this.requestUpdate();
  }

  clearError(key: string): void {
    if (this.errors.delete(key)) this.requestUpdate();
  }

  /** Errors of controls whose list item is gone (removed, or a template replaced everything). */
  private dropStaleErrors(doc: RoleDocument): void {
    if (!this.errors.size) return;
    const ids = new Set<string>([
      ...doc.duties.map((d) => d.id),
      ...doc.progression.steps.map((s) => s.id),
      ...doc.recruitment.personSpec.essential.map((c) => c.id),
      ...doc.recruitment.personSpec.desirable.map((c) => c.id),
    ]);
    for (const [key, e] of this.errors) if (e.itemId !== undefined && !ids.has(e.itemId)) this.errors.delete(key);
  }

  // ---------------------------------------------------------------------------------------------
  // psw-navigate: open what holds the field, then focus it

  private navigate(detail: PswNavigateDetail): void {
    const doc = this.ctl.document;
    if (!doc || !this.ownsShown(detail.path)) return;
    const section = sectionOf(detail.path);
    if (section) this.open.set(section, true);
    if (detail.path.startsWith('duties')) {
      const duty = detail.itemId ? doc.duties.find((d) => d.id === detail.itemId) : doc.duties[Number(/^duties\[(\d+)\]/.exec(detail.path)?.[1] ?? -1)];
      if (duty) {
        this.open.set(`group-${duty.kind}`, true);
        this.ui.expandedDuties.add(duty.id);
      }
    }
    this.navigateTo = detail;
    this.requestUpdate();
  }

  /** A path of the document that one of the shown sections edits. */
  private ownsShown(path: string): boolean {
    if (!ownsPath(path, OWNED)) return false;
    const section = sectionOf(path) as SectionId | undefined;
    return !section || this.shows(section);
  }

  private focusNavigated(detail: PswNavigateDetail): void {
    const el = navigationTarget(this.renderRoot as ShadowRoot, this.doc, detail);
    if (!el) return;
    el.scrollIntoView?.({ block: 'center' });
    el.focus();
  }
}
