/**
 * The builder's working state and its edit helpers: the `Builder` the section templates use. Part
 * of the builder's lazy view (./role-builder.view.ts creates one per element when the view
 * arrives and keeps it on the element), so the element class stays small and its public API out
 * of the manifest. Nothing here is derived from the document across renders: refused input and
 * its issue, text being typed into list-valued fields, what is open, focus and announcements.
 */
import type { ReactiveControllerHost } from 'lit';
import type { Assessment, Finding } from '../../src/assess/types.js';
import type { RoleDocument } from '../../src/model/schema.js';
import { updateItem, type Path } from '../../src/store/ops.js';
import type { PswNavigateDetail } from '../base/events.js';
import type { Localizer } from '../base/localize.js';
import type { CommonStrings } from '../base/strings.js';
import type { CommonT } from '../base/ui.js';
import type { EditOptions, Recipe } from '../context/document-context.js';
import { pathUnder, type DocumentController } from '../context/document-controller.js';
import type { Builder, BuilderT, BuilderUi } from './builder-api.js';
import { hasContent, setPruned } from './edits.js';
import { sectionOf } from './navigation.js';
import type { BuilderStrings } from './strings.js';

/** The sections, in page order; each can be opened and closed. */
export const SECTIONS = ['templates', 'basics', 'duties', 'employment', 'progression', 'person-spec'] as const;
export type SectionId = (typeof SECTIONS)[number];
const OPEN_BY_DEFAULT: ReadonlySet<string> = new Set(['basics', 'duties', 'group-core', 'group-flexible', 'group-excluded']);

interface RefusedEdit {
  message: string;
  /** The list item the control belongs to: the issue goes when the item does. */
  itemId?: string;
}

export interface BuilderHost extends ReactiveControllerHost {
  readonly compactThreshold: number;
  /** The sections shown, space-separated (unset: all). */
  readonly sections?: string | undefined;
  /** Holds the host's `updateComplete` back until `work` settles (a lazy part being loaded). */
  waitUntil<T>(work: Promise<T>): Promise<T>;
}

/** The first segment of a path: "role" of "role.title", "duties" of "duties[3].kind". */
const headOf = (path: string) => /^[^.[]*/.exec(path)![0];

export class BuilderState implements Builder {
  readonly ui: BuilderUi = {
    addKind: 'core', expandedDuties: new Set(), otherAssessed: new Set(), exclusionPick: '', templateChoice: 'adult-community',
  };
  announcement = '';
  /** Control ids to focus after the next render (the first that exists and is enabled). */
  focusIds: string[] = [];
  /** A psw-navigate target to focus after the next render (it wins over `focusIds`). */
  navigateTo?: PswNavigateDetail;
  private readonly errors = new Map<string, RefusedEdit>();
  private readonly drafts = new Map<string, string>();
  private readonly open = new Map<string, boolean>();
  /** Findings shown next to a field during the current render (the rest go to the section top). */
  private shown = new Set<Finding>();
  /** The part of rowKey that is the same for every row, for the current render. */
  private rowBase?: string;
  /** The assessment's findings grouped by the first segment of their path (see findingsUnder). */
  private byHead?: { findings: readonly Finding[]; map: Map<string, Finding[]> };

  constructor(
    private readonly host: BuilderHost,
    private readonly ctl: DocumentController,
    private readonly l: Localizer<BuilderStrings>,
    private readonly c: Localizer<CommonStrings>,
  ) {}

  get doc(): RoleDocument {
    return this.ctl.document!;
  }

  waitUntil<T>(work: Promise<T>): Promise<T> {
    return this.host.waitUntil(work);
  }

  get readonly(): boolean {
    return this.ctl.readonly;
  }

  get assessment(): Assessment | undefined {
    return this.ctl.assessment;
  }

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

  rowKey(prefix: string): string {
    // What every row shares is worked out once per render (a long role asks for a thousand rows).
    let key = (this.rowBase ??= `${this.l?.revision}|${this.c.revision}|${this.readonly}`);
    for (const [k, e] of this.errors) if (k.startsWith(prefix)) key += `|${k}=${e.message}`;
    for (const [k, v] of this.drafts) if (k.startsWith(prefix)) key += `|${k}:${v}`;
    return key;
  }

  /** Whether any control holds refused input. */
  get hasRefusedInput(): boolean {
    return this.errors.size > 0;
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

  claim(path: string, itemId?: string): Finding[] {
    const pool = itemId === undefined ? this.findingsUnder(path) : (this.ctl.assessment?.findings ?? []);
    const found = pool.filter(
      (f) => !this.shown.has(f) && ((itemId !== undefined && f.itemId === itemId) || (f.path !== undefined && pathUnder(f.path, path))),
    );
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

  markShown(findings: readonly Finding[]): void {
    for (const f of findings) this.shown.add(f);
  }

  pendingFindings(): readonly Finding[] {
    return (this.ctl.assessment?.findings ?? []).filter((f) => !this.shown.has(f));
  }

  unclaimed(prefixes: readonly string[]): Finding[] {
    const found = this.pendingFindings().filter((f) => f.path !== undefined && prefixes.some((p) => pathUnder(f.path!, p)));
    this.markShown(found);
    return found;
  }

  // Edits ----------------------------------------------------------------------------------------

  error(key: string): string | undefined {
    return this.errors.get(key)?.message;
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

  parseNumber(raw: string, event: Event): number | undefined | null {
    const text = raw.trim();
    // An unfinished number ("1e") reads as '' with badInput: refuse rather than clear the field.
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

  /** Issues of controls whose list item is gone (removed, or a template replaced everything). */
  dropStaleErrors(doc: RoleDocument): void {
    if (!this.errors.size) return;
    const ids = new Set<string>([
      ...doc.duties.map((d) => d.id),
      ...doc.progression.steps.map((s) => s.id),
      ...doc.recruitment.personSpec.essential.map((c) => c.id),
      ...doc.recruitment.personSpec.desirable.map((c) => c.id),
    ]);
    for (const [key, e] of this.errors) if (e.itemId !== undefined && !ids.has(e.itemId)) this.errors.delete(key);
  }

  draft(key: string): string | undefined {
    return this.drafts.get(key);
  }

  setDraft(key: string, value: string | undefined): void {
    if (value === undefined) this.drafts.delete(key);
    else this.drafts.set(key, value);
    this.requestUpdate();
  }

  /** After a template replaced the draft: nothing typed or opened before still applies. */
  templateApplied(): void {
    this.errors.clear();
    this.drafts.clear();
    this.ui.expandedDuties.clear();
    this.open.set('templates', false);
    this.focusLater('role-title');
  }

  // Announcements, focus, open sections ---------------------------------------------------------------

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

  /** Whether a section is shown (the host's `sections`; unset: all are). */
  shows(section: SectionId): boolean {
    const only = this.host.sections?.trim();
    return !only || only.split(/\s+/).includes(section);
  }

  /** Only some sections are shown: the builder is part of its host's layout. */
  get partial(): boolean {
    return !!this.host.sections?.trim();
  }

  toggle(section: string, open = !this.isOpen(section)): void {
    this.open.set(section, open);
    this.requestUpdate();
  }

  allOpen(): boolean {
    return SECTIONS.every((s) => s === 'templates' || !this.shows(s) || this.isOpen(s));
  }

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
      }
    }
  }

  money(n: number): string {
    return this.c.number(n, { style: 'currency', currency: 'GBP', maximumFractionDigits: Number.isInteger(n) ? 0 : 2 });
  }

  percent(n: number): string {
    return this.ct('percent', Math.round(n * 10) / 10);
  }
}
