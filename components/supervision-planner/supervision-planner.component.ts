import { html, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import type { Finding } from '../../src/assess/types.js';
import type { SupervisionTypeId } from '../../src/catalogue/ids.js';
import { newId } from '../../src/model/ids.js';
import type { RoleDocument, SupervisionArrangement, TrainingItem } from '../../src/model/schema.js';
import { addItem, getIn, moveItem, removeItem, setIn, updateItem, type Identified, type Path } from '../../src/store/ops.js';
import type { PswNavigateDetail } from '../base/events.js';
import { Localizer } from '../base/localize.js';
import { PswElement } from '../base/psw-element.js';
import { commonStrings } from '../base/strings.js';
import { findingsList } from '../base/ui.js';
import { uiStyles } from '../base/ui.styles.js';
import { DocumentController, pathUnder } from '../context/document-controller.js';
import { documentStatusStyles } from '../context/document-status.js';
import type { Recipe } from '../context/document-context.js';
import { arrangementName, renderArrangements, typeLabel } from './arrangements.js';
import { itemKey, type ListName, type Per, type PlannerView } from './planner-view.js';
import { SUPERVISION_AREA, supervisionStrings } from './strings.js';
import { renderTeam, renderWellbeing } from './support.js';
import styles from './supervision-planner.styles.js';
import { renderTraining } from './training.js';
import { renderYearView } from './year-view.js';

/** The parts of the document this element edits (and answers `psw-navigate` for). */
const OWN = ['supervision', 'training', 'team', 'leadership', 'wellbeing'];
const ARR = 'supervision.arrangements' as const;
const TR = 'training.peerSpecific' as const;
const listPath = (list: ListName): Path => list.split('.');
/** Lists longer than this collapse to one summary line per item, with an Edit button. */
const COLLAPSE_AFTER = 20;
/** A new arrangement takes the first of these types the role does not have yet. */
const NEW_TYPE_ORDER: readonly SupervisionTypeId[] = [
  'peer-supervision', 'line-management', 'group-peer-supervision', 'reflective-practice', 'clinical-supervision', 'peer-network', 'debrief',
];

/**
 * Plans the support a peer support worker gets: supervision arrangements (type, who provides it and
 * whether they have a peer background, format, frequency, length, focus, protected time) with cover
 * when the supervisor is away; a year view of the planned sessions against contracted hours, as a
 * picture and as a table; a training plan mapped to the nine competence-framework domains with a
 * coverage list; team and leadership support; wellbeing and reasonable adjustments. Findings of the
 * assessment are shown beside what they concern.
 *
 * It edits the nearest `<psw-role-document>`'s document, or the page-level document when placed
 * loose on a page. No number is presented as evidence of how often supervision should happen: none
 * exists for England (docs/rules.md: the threshold is a policy setting).
 *
 * @summary Supervision arrangements, a year view of sessions, training mapped to competence domains, team and wellbeing support.
 * @tag psw-supervision-planner
 *
 * @fires psw-change - After each change the user makes here (detail: the document and its assessment). Never for programmatic sets.
 *
 * @csspart document-status - The one-line document status.
 * @csspart document-status-button - The two buttons of the status line after a change in another tab (load the other version, keep mine).
 * @csspart arrangements - The supervision arrangements section (list, Add button, cover).
 * @csspart arrangement - One supervision arrangement.
 * @csspart year-view - The year view: hours summary, picture or table, notes.
 * @csspart training - The training plan section.
 * @csspart domains - The list of the nine competence domains, covered or not.
 * @csspart team - The team and leadership section.
 * @csspart wellbeing - The wellbeing and reasonable adjustments section.
 *
 * @cssstate readonly - The document is read only: the planner shows a read-only view.
 * @cssstate has-errors - Some input was refused and is shown with its error in place.
 */
export class PswSupervisionPlanner extends PswElement {
  static override styles = [PswElement.styles, documentStatusStyles, uiStyles, styles];

  private readonly doc = new DocumentController(this);
  private readonly l = new Localizer(this, SUPERVISION_AREA, supervisionStrings);
  private readonly common = new Localizer(this, 'common', commonStrings);

  /** Messages of refused edits, by field key; the field keeps what the user typed. */
  @state() private errors: ReadonlyMap<string, string> = new Map();
  /** Whether the year view shows the table rather than the picture. */
  @state() private showTable = false;
  /** Items of long (collapsed) lists that are open for editing. */
  @state() private expanded: ReadonlySet<string> = new Set();
  /** The last change that moved focus or items, for the polite live region. */
  @state() private announcement = '';
  /** "Per" chosen for an arrangement before its number of sessions (a frequency needs both). */
  private readonly pendingPers = new Map<string, Per>();

  constructor() {
    super();
    this.doc.onNavigate((detail) => void this.navigate(detail));
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.setState('readonly', this.doc.readonly);
    this.setState('has-errors', this.errors.size > 0);
  }

  protected override render(): TemplateResult {
    const d = this.doc.document;
    if (!d) return html`${this.doc.renderStatus()}`;
    const v = this.view(d);
    return html`${this.doc.renderStatus()}
      <h2>${v.t('heading')}</h2>
      <p class="intro">${v.t('intro')}</p>
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
      ${renderArrangements(v)} ${renderYearView(v)} ${renderTraining(v)} ${renderTeam(v)} ${renderWellbeing(v)}`;
  }

  /** What the template modules see of this render. */
  private view(d: RoleDocument): PlannerView {
    const readonly = this.doc.readonly;
    const ct = this.common.t.bind(this.common);
    return {
      l: this.l,
      t: this.l.t.bind(this.l),
      ct,
      document: d,
      readonly,
      showTable: this.showTable,
      error: (key) => (readonly ? undefined : this.errors.get(key)),
      findings: (path, itemId) => this.doc.findingsFor(path, itemId),
      findingsBlock: (f: readonly Finding[]) => (f.length ? findingsList(f, ct) : undefined),
      collapses: (count) => !readonly && count > COLLAPSE_AFTER,
      isExpanded: (_list, id, count) => readonly || count <= COLLAPSE_AFTER || this.expanded.has(id),
      setText: (path, value) => this.apply(path.join('.'), (doc) => setIn(doc, path, value), true),
      setBool: (path, checked) => this.apply(path.join('.'), (doc) => setIn(doc, path, checked)),
      setNumber: (path, raw, event) => {
        const key = path.join('.');
        const n = this.parseNumber(key, raw, event);
        if (n !== null) this.apply(key, (doc) => setIn(doc, path, n), true);
      },
      addArrangement: () => void this.addArrangement(),
      removeItem: (list, id) => void this.removeFromList(list, id),
      moveItem: (list, id, delta, button) => void this.moveInList(list, id, delta, button),
      toggleExpanded: (_list, id) => {
        const next = new Set(this.expanded);
        if (!next.delete(id)) next.add(id);
        this.expanded = next;
      },
      setArrangement: (id, field, value) =>
        this.apply(itemKey(ARR, id, field), (doc) => updateItem<RoleDocument, SupervisionArrangement>(doc, listPath(ARR), id, { [field]: value }), typeof value === 'string'),
      setCount: (id, raw, event) => {
        const key = itemKey(ARR, id, 'frequency');
        const count = this.parseNumber(key, raw, event);
        if (count === null) return;
        this.apply(key, (doc) => updateItem<RoleDocument, SupervisionArrangement>(doc, listPath(ARR), id, (a) =>
          setIn(a, ['frequency'], count === undefined ? undefined : { count, per: a.frequency?.per ?? this.pendingPer(id) })), true);
      },
      setPer: (id, per) => {
        const a = this.doc.document?.supervision.arrangements.find((x) => x.id === id);
        if (a?.frequency) {
          this.apply(itemKey(ARR, id, 'frequency'), (doc) =>
            updateItem<RoleDocument, SupervisionArrangement>(doc, listPath(ARR), id, (x) => (x.frequency ? setIn(x, ['frequency', 'per'], per) : x)));
        } else {
          this.pendingPers.set(id, per);
          this.requestUpdate();
        }
      },
      pendingPer: (id) => this.pendingPer(id),
      setDuration: (id, raw, event) => {
        const key = itemKey(ARR, id, 'durationMinutes');
        const n = this.parseNumber(key, raw, event);
        if (n !== null) this.apply(key, (doc) => updateItem<RoleDocument, SupervisionArrangement>(doc, listPath(ARR), id, { durationMinutes: n }), true);
      },
      toggleFocus: (id, focus, on) =>
        this.apply(itemKey(ARR, id, 'focus'), (doc) => updateItem<RoleDocument, SupervisionArrangement>(doc, listPath(ARR), id, (a) => {
          const now = a.focus ?? [];
          const next = on ? (now.includes(focus) ? now : [...now, focus]) : now.filter((f) => f !== focus);
          return setIn(a, ['focus'], next.length ? next : undefined);
        })),
      addTraining: () => void this.addTraining(),
      setTrainingTitle: (id, value) =>
        // The title is required (an empty one is allowed): set it directly, since setIn deletes ''.
        this.apply(itemKey(TR, id, 'title'), (doc) => updateItem<RoleDocument, TrainingItem>(doc, listPath(TR), id, (it) => (it.title === value ? it : { ...it, title: value })), true),
      setTrainingHours: (id, raw, event) => {
        const key = itemKey(TR, id, 'hours');
        const n = this.parseNumber(key, raw, event);
        if (n !== null) this.apply(key, (doc) => updateItem<RoleDocument, TrainingItem>(doc, listPath(TR), id, { hours: n }), true);
      },
      toggleDomain: (id, domain, on) =>
        this.apply(itemKey(TR, id, 'competenceDomains'), (doc) => updateItem<RoleDocument, TrainingItem>(doc, listPath(TR), id, (it) => {
          const now = it.competenceDomains ?? [];
          const next = on ? [...new Set([...now, domain])].sort((a, b) => a - b) : now.filter((n) => n !== domain);
          return setIn(it, ['competenceDomains'], next.length ? next : undefined);
        })),
      toggleTable: () => {
        this.showTable = !this.showTable;
      },
    };
  }

  private pendingPer(id: string): Per {
    return this.pendingPers.get(id) ?? 'month';
  }

  /**
   * Applies an edit and records its outcome for the field `key`: refused edits keep their message
   * (shown in place; the field keeps what was typed), accepted ones clear it.
   */
  private apply(key: string, recipe: Recipe, coalesce = false, label?: string): boolean {
    const result = this.doc.edit(recipe, coalesce ? { coalesceKey: key, label } : { label });
    this.setError(key, result.ok ? undefined : result.issues[0]?.message ?? '');
    return result.ok;
  }

  private setError(key: string, message: string | undefined): void {
    if (this.errors.get(key) === message) return;
    const next = new Map(this.errors);
    if (message === undefined) next.delete(key);
    else next.set(key, message);
    this.errors = next;
  }

  /** A number from a field: undefined for empty (delete), null when refused (the error is shown). */
  private parseNumber(key: string, raw: string, event: Event): number | undefined | null {
    const input = event.target as HTMLInputElement | null;
    const text = raw.trim();
    if (input?.validity?.badInput || (text !== '' && !Number.isFinite(Number(text)))) {
      this.setError(key, this.l.t('notANumber'));
      return null;
    }
    return text === '' ? undefined : Number(text);
  }

  private items(list: ListName): readonly Identified[] {
    return (getIn(this.doc.document, listPath(list)) as readonly Identified[] | undefined) ?? [];
  }

  private itemName(list: ListName, id: string): string {
    const items = this.items(list);
    const index = items.findIndex((x) => x.id === id);
    if (list === ARR) return arrangementName(items[index] as SupervisionArrangement);
    const title = (items[index] as TrainingItem).title;
    return title ? `“${title}”` : this.l.t('trainingName', index + 1, '');
  }

  private async addArrangement(): Promise<void> {
    const used = new Set(this.doc.document?.supervision.arrangements.map((a) => a.type));
    const type = NEW_TYPE_ORDER.find((x) => !used.has(x)) ?? 'peer-supervision';
    const id = newId();
    if (!this.apply(`${ARR}:add`, (doc) => addItem(doc, listPath(ARR), { id, type }), false, this.l.t('add'))) return;
    this.openAndAnnounce(id, this.l.t('added', typeLabel(type)));
    await this.focusIn(id, 'select, input');
  }

  private async addTraining(): Promise<void> {
    const id = newId();
    if (!this.apply(`${TR}:add`, (doc) => addItem(doc, listPath(TR), { id, title: '' }), false, this.l.t('addTraining'))) return;
    this.openAndAnnounce(id, this.l.t('added', this.l.t('peerSpecific').toLowerCase()));
    await this.focusIn(id, 'input');
  }

  private openAndAnnounce(id: string, message: string): void {
    this.expanded = new Set([...this.expanded, id]);
    this.announcement = message;
  }

  private async removeFromList(list: ListName, id: string): Promise<void> {
    const before = this.items(list);
    const index = before.findIndex((x) => x.id === id);
    const name = this.itemName(list, id);
    if (!this.apply(`${list}:add`, (doc) => removeItem(doc, listPath(list), id), false, this.l.t('remove'))) return;
    this.announcement = this.l.t('removed', name);
    const next = before[index + 1] ?? before[index - 1];
    if (next) await this.focusIn(next.id, 'select, input, textarea', 'button:not([disabled])');
    else {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>(`[data-path="${list}"]`)?.focus();
    }
  }

  private async moveInList(list: ListName, id: string, delta: -1 | 1, button: 'up' | 'down'): Promise<void> {
    const items = this.items(list);
    const to = items.findIndex((x) => x.id === id) + delta;
    if (!this.apply(`${list}:add`, (doc) => moveItem(doc, listPath(list), id, to), false, this.l.t(delta < 0 ? 'moveUp' : 'moveDown'))) return;
    this.announcement = this.l.t('moved', this.itemName(list, id), to + 1, items.length);
    // Moving re-inserts the item's nodes, which drops focus: put it back on the same button, or on
    // the other one when this one is now disabled (the item reached an end of the list).
    await this.updateComplete;
    const item = this.itemElement(id);
    const same = item?.querySelector<HTMLButtonElement>(`[data-action="${button}"]`);
    const other = item?.querySelector<HTMLButtonElement>(`[data-action="${button === 'up' ? 'down' : 'up'}"]`);
    (same && !same.disabled ? same : other)?.focus();
  }

  private itemElement(id: string): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`[data-item-id="${CSS.escape(id)}"]`);
  }

  /** Focuses the first match of the first selector that matches inside the item. */
  private async focusIn(id: string, ...selectors: string[]): Promise<void> {
    await this.updateComplete;
    const item = this.itemElement(id);
    for (const s of selectors) {
      const el = item?.querySelector<HTMLElement>(s);
      if (el) return el.focus();
    }
  }

  /**
   * `psw-navigate` for one of our paths: open the item if its list is collapsed, then scroll to and
   * focus the field (matched on `data-path`, with list indexes written `[]`), or the nearest thing
   * that contains it.
   */
  private async navigate({ path, itemId }: PswNavigateDetail): Promise<void> {
    const d = this.doc.document;
    if (!d || !OWN.some((p) => pathUnder(path, p))) return;
    const m = /^(supervision\.arrangements|training\.peerSpecific)\[(\d+)\]/.exec(path);
    const id = itemId ?? (m ? this.items(m[1] as ListName)[Number(m[2])]?.id : undefined);
    if (id && !this.expanded.has(id)) this.expanded = new Set([...this.expanded, id]);
    await this.updateComplete;
    const root = this.renderRoot;
    const item = id ? this.itemElement(id) : null;
    const scope: ParentNode = item ?? root;
    let target: HTMLElement | null = null;
    for (let p = path.replace(/\[\d+\]/g, '[]'); p && !target; p = parentPath(p)) {
      target = scope.querySelector<HTMLElement>(`[data-path="${CSS.escape(p)}"]`);
    }
    target ??= item;
    if (!target) return;
    const focusable = target.matches('input, select, textarea, button, [tabindex]')
      ? target
      : target.querySelector<HTMLElement>('input, select, textarea') ?? target.querySelector<HTMLElement>('button:not([disabled]), [tabindex]');
    const el = focusable ?? target;
    if (!focusable) el.tabIndex = -1;
    el.scrollIntoView?.({ block: 'center' });
    el.focus({ preventScroll: true });
  }
}

/** `a.b[].c` → `a.b[]` → `a.b` → `a` → ''. */
function parentPath(p: string): string {
  const i = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
  return i > 0 ? p.slice(0, i) : '';
}
