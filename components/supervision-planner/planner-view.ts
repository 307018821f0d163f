/**
 * What the planner's template modules (arrangements, year view, training, support) get for one
 * render: strings, formatting, the document, findings, the editor kit (refused input and numbers,
 * components/base/editor-kit/) and the edits behind the controls. Made per render by the view
 * (./supervision-planner.view.ts); the modules stay plain functions of it.
 */
import { html } from 'lit';
import type { Finding } from '../../src/assess/types.js';
import type { RoleDocument, SupervisionArrangement, TrainingItem } from '../../src/model/schema.js';
import { setIn, type Path } from '../../src/store/ops.js';
import { updateItem } from '../../src/store/list-ops.js';
import type { EditKit } from '../base/editor-kit/edit-kit.js';
import { ProfileSources, sourceNote } from '../base/editor-kit/profile-source.js';
import { suggestedNote } from '../base/editor-kit/suggested-note.js';
import { findingsNext, placeFindings } from '../base/editor-kit/edit-fields.js';
import type { Localizer } from '../base/localize.js';
import type { CommonT, FieldNote } from '../base/ui.js';
import type { Recipe } from '../document-runtime/document-context.js';
import { addArrangement, addTraining, ARR, collapses, kitOf, listPath, moveInList, removeFromList, TR } from './planner-actions.js';
import type { SupervisionStrings } from './strings.js';
import type { PswSupervisionPlanner } from './supervision-planner.component.js';

export type ListName = 'supervision.arrangements' | 'training.peerSpecific';
export type Per = 'week' | 'month' | 'quarter';

/** The refused-input key of a list item's field. */
export const itemKey = (list: ListName, id: string, field: string) => `${list}:${id}:${field}`;

/**
 * Splits an item's findings by the field they concern: `supervision.arrangements[2].frequency.count`
 * → "frequency". Findings about the item as a whole (or a field with no control) get "".
 */
export function findingsByField(findings: readonly Finding[], list: ListName, fields: readonly string[]) {
  const fieldOf = (f: Finding) => (f.path?.startsWith(`${list}[`) ? f.path.slice(f.path.indexOf(']') + 1).replace(/^\./, '').split(/[.[]/)[0] : undefined);
  const { at, rest } = placeFindings(findings, fieldOf, new Set(fields));
  return (field: string) => (field === '' ? rest : at(field));
}

/** An edit of one arrangement or training item: a patch (undefined deletes) or a function. */
const arrangement = (id: string, edit: Partial<SupervisionArrangement> | ((a: SupervisionArrangement) => SupervisionArrangement)): Recipe => (doc) =>
  updateItem<RoleDocument, SupervisionArrangement>(doc, listPath(ARR), id, edit);
const training = (id: string, edit: Partial<TrainingItem> | ((it: TrainingItem) => TrainingItem)): Recipe => (doc) =>
  updateItem<RoleDocument, TrainingItem>(doc, listPath(TR), id, edit);

export class PlannerView {
  readonly l: Localizer<SupervisionStrings>;
  readonly t: Localizer<SupervisionStrings>['t'];
  readonly ct: CommonT;
  readonly readonly: boolean;
  /** Refused input and number fields. */
  readonly kit: EditKit;
  /**
   * The document with the organisation profile's answers where the role has none (what the fields
   * show), and where each value comes from.
   */
  readonly sources: ProfileSources;

  constructor(
    private readonly el: PswSupervisionPlanner,
    readonly document: RoleDocument,
  ) {
    this.l = el.l!;
    this.t = this.l.t.bind(this.l);
    this.ct = el.c!.t.bind(el.c!);
    this.readonly = el.doc.readonly;
    this.kit = kitOf(el);
    this.sources = new ProfileSources(document, el.doc.snapshot?.organisation);
  }

  /** The note saying a field's value is the organisation's answer (or overrides it), if the profile answers it. */
  sourceNote(id: string, path: Path, label: string, format?: (answer: unknown) => string, focusId?: string): FieldNote | undefined {
    return sourceNote({ id, path, label, format, focusId, sources: this.sources, kit: this.kit, l: this.kit.l, readonly: this.readonly });
  }

  /** The note saying a field still holds a template's suggestion (with Confirm), if it does. */
  suggestedNote(id: string, path: Path | readonly Path[], label: string): FieldNote | undefined {
    return suggestedNote({ id, path, label, doc: this.document, kit: this.kit, l: this.kit.l, readonly: this.readonly });
  }

  /** An arrangement as shown: with the profile's answers where it has none. */
  shownArrangement(id: string): SupervisionArrangement | undefined {
    return this.sources.effective.supervision.arrangements.find((x) => x.id === id);
  }

  /** Whether the year view shows its table (instead of the picture). */
  get showTable(): boolean {
    return this.el.ui.showTable;
  }

  /** Findings at `path` or under it (and those about the item `itemId`). */
  findings(path: string, itemId?: string): Finding[] {
    return this.el.doc.findingsFor(path, itemId);
  }

  /** A findings list, or nothing. */
  findingsBlock(findings: readonly Finding[]) {
    return findingsNext(findings, this.ct);
  }

  /** Whether lists of `count` items collapse to summary lines (with an Edit button per item). */
  collapses(count: number): boolean {
    return !this.readonly && (this.el.summaries || collapses(count));
  }

  /** What is left on an item shown as a summary line: how many findings to fix and to check, in words. */
  left(findings: readonly Finding[]) {
    const errors = findings.filter((f) => f.severity === 'error').length;
    const warnings = findings.filter((f) => f.severity === 'warning').length;
    const parts = [errors ? this.t('leftFix', errors) : '', warnings ? this.t('leftCheck', warnings) : ''].filter(Boolean);
    return html`<span class="left" data-state=${errors ? 'fix' : warnings ? 'check' : 'clear'}
      >${parts.length ? parts.join(', ') : this.t('leftNothing')}</span
    >`;
  }

  /** Whether a list item is shown with all its fields. */
  isExpanded(_list: ListName, id: string, count: number): boolean {
    return !this.collapses(count) || this.el.ui.expanded.has(id);
  }

  toggleExpanded(_list: ListName, id: string): void {
    if (!this.el.ui.expanded.delete(id)) this.el.ui.expanded.add(id);
    this.el.requestUpdate();
  }

  toggleTable(): void {
    this.el.ui.showTable = !this.el.ui.showTable;
    this.el.requestUpdate();
  }

  setText(path: Path, value: string): void {
    this.kit.apply(path.join('.'), (doc) => setIn(doc, path, value), { typing: true });
  }

  setBool(path: Path, checked: boolean): void {
    this.kit.apply(path.join('.'), (doc) => setIn(doc, path, checked));
  }

  /** The edit of a number field at `path` ('' deletes the value; the schema checks the range). */
  numberAt(path: Path): (n: number | undefined) => Recipe {
    return (n) => (doc) => setIn(doc, path, n);
  }

  addArrangement(): void {
    void addArrangement(this.el);
  }

  addTraining(): void {
    void addTraining(this.el);
  }

  removeItem(list: ListName, id: string): void {
    void removeFromList(this.el, list, id);
  }

  moveItem(list: ListName, id: string, delta: -1 | 1, button: 'up' | 'down'): void {
    void moveInList(this.el, list, id, delta, button);
  }

  setArrangement(id: string, field: string, value: unknown): void {
    this.kit.apply(itemKey(ARR, id, field), arrangement(id, { [field]: value }), { typing: typeof value === 'string', itemId: id });
  }

  /**
   * The number of sessions: a frequency needs it and a "per" (the one shown: the role's, the
   * organisation's, chosen before it, or a month).
   */
  count(id: string): (n: number | undefined) => Recipe {
    const shownPer = this.shownArrangement(id)?.frequency?.per;
    return (count) => arrangement(id, (a) => setIn(a, ['frequency'], count === undefined ? undefined : { count, per: a.frequency?.per ?? shownPer ?? this.pendingPer(id) }));
  }

  setPer(id: string, per: Per): void {
    const shown = this.shownArrangement(id)?.frequency;
    if (this.document.supervision.arrangements.find((x) => x.id === id)?.frequency) {
      this.kit.apply(itemKey(ARR, id, 'frequency'), arrangement(id, (x) => (x.frequency ? setIn(x, ['frequency', 'per'], per) : x)), { itemId: id });
    } else if (shown) {
      // The organisation's frequency is shown: changing its "per" sets this post's own.
      this.kit.apply(itemKey(ARR, id, 'frequency'), arrangement(id, { frequency: { count: shown.count, per } }), { itemId: id });
    } else {
      this.el.ui.pendingPers.set(id, per);
      this.el.requestUpdate();
    }
  }

  /** The "per" shown for an arrangement that has no frequency yet (chosen before the count). */
  pendingPer(id: string): Per {
    return this.el.ui.pendingPers.get(id) ?? 'month';
  }

  duration(id: string): (n: number | undefined) => Recipe {
    return (n) => arrangement(id, { durationMinutes: n });
  }

  toggleFocus(id: string, focus: string, on: boolean): void {
    this.kit.apply(itemKey(ARR, id, 'focus'), arrangement(id, (a) => {
      const now = a.focus ?? [];
      const next = on ? (now.includes(focus) ? now : [...now, focus]) : now.filter((f) => f !== focus);
      return setIn(a, ['focus'], next.length ? next : undefined);
    }), { itemId: id });
  }

  /** The title is required (an empty one is allowed): set directly, since setIn deletes ''. */
  setTrainingTitle(id: string, value: string): void {
    this.kit.apply(itemKey(TR, id, 'title'), training(id, (it) => (it.title === value ? it : { ...it, title: value })), { typing: true, itemId: id });
  }

  trainingHours(id: string): (n: number | undefined) => Recipe {
    return (hours) => training(id, { hours });
  }

  toggleDomain(id: string, domain: number, on: boolean): void {
    this.kit.apply(itemKey(TR, id, 'competenceDomains'), training(id, (it) => {
      const now = it.competenceDomains ?? [];
      const next = on ? [...new Set([...now, domain])].sort((a, b) => a - b) : now.filter((n) => n !== domain);
      return setIn(it, ['competenceDomains'], next.length ? next : undefined);
    }), { itemId: id });
  }
}
