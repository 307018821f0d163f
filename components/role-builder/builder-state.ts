/**
 * The builder's working state and its edit helpers, what the section templates get. Part
 * of the builder's lazy view (./role-builder.view.ts creates one per element when the view
 * arrives and keeps it on the element), so the element class stays small and its public API out
 * of the manifest. Nothing here is derived from the document across renders: refused input and
 * drafts (in its `kit`, the editor kit every editor uses), what is open, focus and announcements.
 */
import type { Assessment, Finding } from '../../src/assess/types.js';
import type { DutyKind, RoleDocument } from '../../src/model/schema.js';
import type { OrganisationProfile } from '../../src/organisation/schema.js';
import type { Path } from '../../src/store/ops.js';
import { EditKit } from '../base/editor-kit/edit-kit.js';
import { ProfileSources, sourceNote } from '../base/editor-kit/profile-source.js';
import { suggestedNote, withoutSuggestionFinding } from '../base/editor-kit/suggested-note.js';
import type { PswNavigateDetail } from '../base/events.js';
import type { Localizer } from '../base/localize.js';
import type { CommonStrings } from '../base/strings.js';
import type { CommonT, FieldNote } from '../base/ui.js';
import type { EditOptions, Recipe } from '../document-runtime/document-context.js';
import { pathUnder, type DocumentController } from '../document-runtime/document-controller.js';
import { hasContent, setItemPruned, setPruned } from './edits.js';
import { sectionOf } from './navigation.js';
import type { PswRoleBuilder } from './role-builder.component.js';
import type { BuilderStrings } from './strings.js';

/** The sections, in page order; each can be opened and closed. */
export const SECTIONS = ['templates', 'basics', 'duties', 'employment', 'progression', 'person-spec'] as const;
export type SectionId = (typeof SECTIONS)[number];
const OPEN_BY_DEFAULT: ReadonlySet<string> = new Set(['basics', 'duties', 'group-core', 'group-flexible', 'group-excluded']);

export type BuilderT = Localizer<BuilderStrings>['t'];

/** UI state that is not part of the document (what is open, what is being chosen). */
export interface BuilderUi {
  /** The kind chosen for the next "Add duty". */
  addKind: DutyKind;
  /** Duties opened for editing when rows are shown as one line each. */
  expandedDuties: Set<string>;
  /** Flexible duties whose limits are open (their fields are made only then). */
  openLimits: Set<string>;
  /** Criteria whose "How it is assessed" is being typed freely. */
  otherAssessed: Set<string>;
  /** The common exclusion picked in the Excluded group. */
  exclusionPick: string;
  /** The template chosen in the picker: a setting id, or `org:<id>` for the organisation's own. */
  templateChoice: string;
  /** The salary end whose first figure started a one-point range: until the other end is typed, both follow it. */
  salaryPointFrom?: 'min' | 'max';
  /** Why the last template picked could not be applied (its chunk could not be fetched). */
  templateError?: string;
}

/** The first segment of a path: "role" of "role.title", "duties" of "duties[3].kind". */
const headOf = (path: string) => /^[^.[]*/.exec(path)![0];

export class BuilderState {
  readonly ui: BuilderUi = {
    addKind: 'core', expandedDuties: new Set(), openLimits: new Set(), otherAssessed: new Set(), exclusionPick: '', templateChoice: 'adult-community',
  };
  /** The last announcement (shown in the toolbar's polite live region). */
  announcement = '';
  /** Control ids to focus after the next render (the first that exists and is enabled). */
  focusIds: string[] = [];
  /** A psw-navigate target to focus after the next render (it wins over `focusIds`). */
  navigateTo?: PswNavigateDetail;
  /** Refused input, drafts and number fields: the editor kit. */
  readonly kit: EditKit;
  private readonly open = new Map<string, boolean>();
  /** Findings shown next to a field during the current render (the rest go to the section top). */
  private shown = new Set<Finding>();
  /** The part of rowKey that is the same for every row, for the current render. */
  private rowBase?: string;
  /** The effective document and where each value comes from, for the current document and profile. */
  private sourcesCache?: ProfileSources;
  /** The assessment's findings grouped by the first segment of their path (see findingsUnder). */
  private byHead?: { findings: readonly Finding[]; map: Map<string, Finding[]> };

  constructor(
    private readonly host: PswRoleBuilder,
    private readonly ctl: DocumentController,
    private readonly l: Localizer<BuilderStrings>,
    private readonly c: Localizer<CommonStrings>,
  ) {
    this.kit = new EditKit(host, ctl);
  }

  get doc(): RoleDocument {
    return this.ctl.document!;
  }

  /** The organisation profile the document is shown with, if any. */
  get organisation(): OrganisationProfile | undefined {
    return this.ctl.snapshot?.organisation;
  }

  /**
   * The document with the organisation profile's answers where the role has none (what the fields
   * show), and where each value comes from.
   */
  get sources(): ProfileSources {
    const doc = this.doc;
    const profile = this.ctl.snapshot?.organisation;
    if (this.sourcesCache?.doc !== doc || this.sourcesCache.profile !== profile) this.sourcesCache = new ProfileSources(doc, profile);
    return this.sourcesCache;
  }

  /** The note saying a field's value is the organisation's answer (or overrides it), if the profile answers it. */
  sourceNote(id: string, path: Path, label: string, format?: (answer: unknown) => string): FieldNote | undefined {
    return sourceNote({ id, path, label, format, sources: this.sources, kit: this.kit, l: this.kit.l, readonly: this.readonly });
  }

  /**
   * The note under a document field: "Suggested by the template — Confirm" while the field holds a
   * template's suggestion for the post, else where the value comes from (the profile), if anywhere.
   */
  fieldNote(id: string, path: Path, label: string, format?: (answer: unknown) => string): FieldNote | undefined {
    return (
      suggestedNote({ id, path, label, doc: this.doc, kit: this.kit, l: this.kit.l, readonly: this.readonly }) ??
      this.sourceNote(id, path, label, format)
    );
  }

  /**
   * The findings shown next to a field, claimed by path; without the suggestion's own finding when
   * the field's note already says it (with its Confirm button).
   */
  claimField(path: string, note: FieldNote | undefined): Finding[] {
    return withoutSuggestionFinding(this.claim(path), note);
  }

  /** Holds the element's `updateComplete` back until `work` settles (a lazy part being loaded). */
  waitUntil<T>(work: Promise<T>): Promise<T> {
    return this.host.waitUntil(work);
  }

  get readonly(): boolean {
    return this.ctl.readonly;
  }

  get assessment(): Assessment | undefined {
    return this.ctl.assessment;
  }

  /** Rows become one-line summaries above this many duties. */
  get compactThreshold(): number {
    return this.host.compactThreshold;
  }

  get t(): BuilderT {
    return this.l.t.bind(this.l) as BuilderT;
  }

  get ct(): CommonT {
    return this.c.t.bind(this.c) as CommonT;
  }

  get canUndo(): boolean {
    return this.ctl.canUndo;
  }

  get canRedo(): boolean {
    return this.ctl.canRedo;
  }

  /**
   * Changes whenever a list item's row may look different for reasons other than its document
   * data and findings: the language or strings, read only, and the refused input and drafts of the
   * controls whose key starts with `prefix` (e.g. "duty-d3-"). Rows skip re-rendering while it stays.
   */
  rowKey(prefix: string): string {
    // What every row shares is worked out once per render (a long role asks for a thousand rows).
    return (this.rowBase ??= `${this.l?.revision}|${this.c.revision}|${this.readonly}`) + this.kit.stateUnder(prefix);
  }

  undo(): void {
    this.ctl.undo();
  }

  redo(): void {
    this.ctl.redo();
  }

  requestUpdate(): void {
    this.host.requestUpdate();
  }

  // Findings in place ------------------------------------------------------------------------------

  /** Starts a render: no finding has been shown yet. */
  beginRender(): void {
    this.shown = new Set();
    this.rowBase = undefined;
  }

  /** Findings whose path is `path` or under it (and, with `itemId`, about that item); marked as shown. */
  claim(path: string, itemId?: string): Finding[] {
    // findingsUnder gives those that can be under the path (each has one); findingsFor places an item's by its id.
    const pool = itemId === undefined ? this.findingsUnder(path) : this.ctl.findingsFor(path, itemId);
    const found = pool.filter((f) => !this.shown.has(f) && (itemId !== undefined || pathUnder(f.path!, path)));
    this.markShown(found);
    return found;
  }

  /**
   * The findings that can be under `path`: those whose path starts with the same first segment
   * ("role", "duties", …). A long role has hundreds of findings and a render claims dozens of
   * fields, so they are grouped once per assessment rather than scanned for every field.
   */
  private findingsUnder(path: string): readonly Finding[] {
    const findings = this.ctl.assessment?.findings ?? [];
    if (!path) return findings;
    if (this.byHead?.findings !== findings) {
      const map = new Map<string, Finding[]>();
      for (const f of findings) {
        if (f.path === undefined) continue;
        const key = headOf(f.path);
        const list = map.get(key);
        if (list) list.push(f);
        else map.set(key, [f]);
      }
      this.byHead = { findings, map };
    }
    return this.byHead.map.get(headOf(path)) ?? [];
  }

  /** Marks findings as shown (sections that place findings themselves). */
  markShown(findings: readonly Finding[]): void {
    for (const f of findings) this.shown.add(f);
  }

  /** Every finding of the assessment not yet shown in this render. */
  pendingFindings(): readonly Finding[] {
    return (this.ctl.assessment?.findings ?? []).filter((f) => !this.shown.has(f));
  }

  /** Findings under these prefixes not yet shown next to a field (rendered at the top of a section). */
  unclaimed(prefixes: readonly string[]): Finding[] {
    const found = this.pendingFindings().filter((f) => f.path !== undefined && prefixes.some((p) => pathUnder(f.path!, p)));
    this.markShown(found);
    return found;
  }

  // Edits ----------------------------------------------------------------------------------------

  /**
   * Applies a recipe through the editor kit: refused, its issue stays under `key` (of list item
   * `itemId`) and the control keeps what was typed (`action`: a button's edit, nothing typed). With a `coalesceKey` it is typing: one undo
   * step per burst in the field `key`. Returns whether it was applied.
   */
  run(key: string | undefined, recipe: Recipe, options?: EditOptions & { action?: boolean }, itemId?: string): boolean {
    const done = this.kit.apply(key, recipe, { label: options?.label, typing: options?.coalesceKey !== undefined, itemId, action: options?.action });
    this.requestUpdate();
    return done;
  }

  /** Puts a whole document in place (a template): one undo step, psw-change. Returns whether it was applied. */
  replace(next: RoleDocument, label: string): boolean {
    const result = this.ctl.replace(next, { label });
    this.requestUpdate();
    return result.ok && result.changed;
  }

  /** A text field's value at `path` (typing coalesces into one undo step per field). */
  setText(key: string, path: Path, value: string, label: string): void {
    this.run(key, (d) => setPruned(d, path, value), { coalesceKey: key, label });
  }

  /** A choice (select, checkbox): one undo step each. */
  setValue(key: string, path: Path, value: unknown, label: string): void {
    this.run(key, (d) => setPruned(d, path, value), { label });
  }

  /** A field of a list item, e.g. (['duties'], id, ['flexibility', 'maxShare']). */
  setItem(key: string, listPath: Path, id: string, itemPath: Path, value: unknown, label: string, typing = false): void {
    this.run(key, (d) => setItemPruned(d, listPath, id, itemPath, value), typing ? { coalesceKey: key, label } : { label }, id);
  }

  /** The issue of the refused input of the control `key` (the kit's). */
  error(key: string): string | undefined {
    return this.kit.error(key);
  }

  /** Text being typed into the control `key` whose document value is a list (the kit's draft). */
  draft(key: string): string | undefined {
    return this.kit.draft(key);
  }

  setDraft(key: string, value: string | undefined): void {
    this.kit.setDraft(key, value);
  }

  /** Issues of controls whose list item is gone (removed, or a template replaced everything). */
  dropStaleErrors(doc: RoleDocument): void {
    if (!this.kit.hasRefused) return; // nothing to drop: no set of every item's id on each keystroke
    this.kit.dropStale(new Set<string>([
      ...doc.duties.map((d) => d.id),
      ...doc.progression.steps.map((s) => s.id),
      ...doc.recruitment.personSpec.essential.map((c) => c.id),
      ...doc.recruitment.personSpec.desirable.map((c) => c.id),
    ]));
  }

  /** After a template replaced the draft: nothing typed or opened before still applies. */
  templateApplied(): void {
    this.kit.clearAll();
    this.ui.expandedDuties.clear();
    this.ui.openLimits.clear();
    this.open.set('templates', false);
    this.focusLater('role-title');
  }

  // Announcements, focus, open sections ---------------------------------------------------------------

  /** Says `message` in the toolbar's polite live region. */
  announce(message: string): void {
    // Live regions announce changes only: the same message twice in a row gets a zero-width space.
    this.announcement = this.announcement === message ? `${message}\u200b` : message;
    this.requestUpdate();
  }

  /** Focuses the first of these element ids that exists and is enabled, after the next render. */
  focusLater(...ids: string[]): void {
    this.focusIds = ids;
    this.requestUpdate();
  }

  /** Whether a section (or a duty group) is open. */
  isOpen(section: string): boolean {
    if (this.readonly && section !== 'templates' && !this.open.has(section)) return true;
    return this.open.get(section) ?? (OPEN_BY_DEFAULT.has(section) || (this.partial && section !== 'templates' && this.shows(section as SectionId) && this.opensAtFirst(section)));
  }

  /** Whether a section shown on a partial builder starts open (the host's `open-sections`; unset: all do). */
  private opensAtFirst(section: string): boolean {
    const open = this.host.openSections?.trim();
    return !open || open.split(/\s+/).includes(section);
  }

  /** Whether a section is shown (the host's `sections`; unset: all are). */
  shows(section: SectionId): boolean {
    const only = this.host.sections?.trim();
    return !only || only.split(/\s+/).includes(section);
  }

  /** Only some sections are shown: the builder is part of its host's layout. */
  get partial(): boolean {
    return !!this.host.sections?.trim();
  }

  /** Opens or closes a section (or a duty group). */
  toggle(section: string, open = !this.isOpen(section)): void {
    this.open.set(section, open);
    this.requestUpdate();
  }

  /** Whether every section shown (but the template picker) is open. */
  allOpen(): boolean {
    return SECTIONS.every((s) => s === 'templates' || !this.shows(s) || this.isOpen(s));
  }

  /** Opens or closes every section shown (but the template picker). */
  toggleAll(open: boolean): void {
    for (const s of SECTIONS) if (s !== 'templates' && this.shows(s)) this.open.set(s, open);
    this.requestUpdate();
  }

  /**
   * The picker starts open on an empty draft, closed once there is work to protect. A host showing
   * only some sections decides how a role starts (the designer has its own start screen): closed.
   */
  initTemplatesOpen(doc: RoleDocument): void {
    if (!this.open.has('templates')) this.open.set('templates', !this.partial && !hasContent(doc));
  }

  /** Opens what holds the target of a psw-navigate (section, duty group, folded duty). */
  openFor(detail: PswNavigateDetail, doc: RoleDocument): void {
    const section = sectionOf(detail.path);
    if (section) this.open.set(section, true);
    if (pathUnder(detail.path, 'duties')) {
      const index = Number(/^duties\[(\d+)\]/.exec(detail.path)?.[1] ?? -1);
      const duty = (detail.itemId && doc.duties.find((d) => d.id === detail.itemId)) || doc.duties[index];
      if (duty) {
        this.open.set(`group-${duty.kind}`, true);
        this.ui.expandedDuties.add(duty.id);
        if (/^duties\[\d+\]\.flexibility/.test(detail.path)) this.ui.openLimits.add(duty.id);
      }
    }
  }

  money(n: number): string {
    return this.c.number(n, { style: 'currency', currency: 'GBP', maximumFractionDigits: Number.isInteger(n) ? 0 : 2 });
  }

  percent(n: number): string {
    return this.ct('percent', Math.round(n * 100) / 100);
  }
}
