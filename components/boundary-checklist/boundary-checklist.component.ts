import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import type { Finding } from '../../src/assess/types.js';
import { newId } from '../../src/model/ids.js';
import type { Boundary, RoleDocument } from '../../src/model/schema.js';
import { addItem, removeItem } from '../../src/store/ops.js';
import type { PswNavigateDetail, PswNavigateEvent } from '../base/events.js';
import { Localizer } from '../base/localize.js';
import { PswElement } from '../base/psw-element.js';
import { commonStrings } from '../base/strings.js';
import { findingsList } from '../base/ui.js';
import { uiStyles } from '../base/ui.styles.js';
import { DocumentController } from '../context/document-controller.js';
import { documentStatusStyles } from '../context/document-status.js';
import styles from './boundary-checklist.styles.js';
import { BOUNDARY_AREA, boundaryStrings } from './strings.js';
import { readonlyTopic, topicCard, topicName } from './topic-card.js';
import {
  customKey,
  isDone,
  navigateTarget,
  patchCatalogueTopic,
  patchCustomTopic,
  progressOf,
  rowFindings,
  sectionFindings,
  topicRows,
  type BoundaryField,
  type NavigateTarget,
  type Progress,
  type TopicRow,
} from './topic-rows.js';

type Filter = 'all' | 'to-agree' | 'done';

const FIELD_LABEL_KEYS = {
  label: 'customLabel',
  position: 'positionLabel',
  rationale: 'rationaleLabel',
  mode: 'modeLegend',
  escalation: 'escalationLabel',
  status: 'statusLegend',
  notApplicableReason: 'reasonLabel',
} as const satisfies Record<BoundaryField, keyof typeof boundaryStrings>;

/** The nearest `<psw-role-document>` around a node, across shadow roots (null: the page-level document). */
function wrapperOf(node: Node | null): Element | null {
  while (node) {
    if (node instanceof Element && node.localName === 'psw-role-document') return node;
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return null;
}

/**
 * The boundary checklist: every topic of the boundary-topics catalogue with why it matters and its
 * sources, and for each the status ("Not started", "Agreed", "Not applicable" with a reason), the
 * agreed "Position", its "Rationale", how it is held (fixed, negotiable within limits, or case by
 * case in supervision) and who to go to. Custom topics can be added and removed. Progress is shown
 * as text and a progress bar, and the assessment's findings appear next to the topic and field they
 * concern.
 *
 * It edits `boundaries` of the document it shares: the nearest `<psw-role-document>`, else the
 * page-level document. A catalogue topic gets its record (with a new id, in catalogue order) on its
 * first edit, so an untouched topic costs nothing in the document.
 *
 * @summary Boundary topics of a peer support worker role: position, rationale, mode, escalation; progress.
 * @tag psw-boundary-checklist
 *
 * @fires psw-change - After each change the user makes here (detail: the document and its assessment).
 *   Never for programmatic changes of the document.
 *
 * @csspart document-status - The one-line status of the shared document.
 * @csspart document-status-button - The two buttons of the status line after a change in another tab (load the other version, keep mine).
 * @csspart progress - The progress summary (text, progress bar and the filter).
 * @csspart topic - One topic (a card; a section in the read-only view).
 * @csspart topic-heading - The heading of a topic.
 * @csspart custom-topics - The area with the user's own topics and the "Add a custom topic" button.
 *
 * @cssstate readonly - The document is read only: the checklist shows what is agreed, without controls.
 * @cssstate complete - Every topic is agreed or marked not applicable.
 */
export class PswBoundaryChecklist extends PswElement {
  static override styles = [PswElement.styles, uiStyles, documentStatusStyles, styles];

  private readonly doc = new DocumentController(this);
  private readonly l = new Localizer(this, BOUNDARY_AREA, boundaryStrings);
  private readonly c = new Localizer(this, 'common', commonStrings);

  /** Which topics the list shows. */
  @state() private filter: Filter = 'all';
  /**
   * The topics that matched the filter when it was chosen. The list does not change under the
   * user's hands: a topic they just agreed stays in "Still to agree" until they choose again.
   */
  private filterKeys?: Set<string>;
  /** Details shown or hidden by the user, by row key. */
  private readonly collapseChoice = new Map<string, boolean>();
  /**
   * The topics already settled (with nothing to fix or check) when this document was first shown: they
   * start collapsed. Taken once per document (by id) so a card never closes while the user works in it.
   */
  private firstSeen?: { documentId: string; settled: ReadonlySet<string> };
  /** Messages of refused edits, by `<row key>.<field>`, shown in place. */
  private readonly errors = new Map<string, string>();
  private addError?: string;
  /** The custom topic just removed, for the "Undo" offer. */
  private removed?: { id: string; name: string };

  constructor() {
    super();
    this.doc.onNavigate((detail, event) => void this.navigate(detail, event));
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const d = this.doc.document;
    if (d && this.firstSeen?.documentId !== d.id) {
      this.collapseChoice.clear();
      this.filterKeys = undefined;
      this.filter = 'all';
      const findings = this.doc.readonly ? [] : this.doc.findingsFor('boundaries');
      const settled = topicRows(d.boundaries)
        .filter((r) => isDone(r.boundary) && !rowFindings(r, findings).some((f) => f.severity !== 'info'))
        .map((r) => r.key);
      this.firstSeen = { documentId: d.id, settled: new Set(settled) };
    }
  }

  protected override render(): TemplateResult | typeof nothing {
    const d = this.doc.document;
    const readonly = this.doc.readonly;
    this.setState('readonly', readonly);
    if (!d) {
      this.setState('complete', false);
      return nothing;
    }
    const t = this.l.t.bind(this.l);
    const rows = topicRows(d.boundaries);
    const progress = progressOf(rows);
    this.setState('complete', progress.toAgree === 0);
    const findings = readonly ? [] : this.doc.findingsFor('boundaries');
    const visible = readonly ? rows : rows.filter((r) => this.isVisible(r));
    const catalogue = visible.filter((r) => r.topic !== 'custom');
    const custom = visible.filter((r) => r.topic === 'custom');
    const general = sectionFindings(findings);

    return html`${this.doc.renderStatus()}
      <h2>${t('heading')}</h2>
      ${readonly ? nothing : html`<p class="intro">${t('intro')}</p>`}
      ${this.renderProgress(progress, readonly)}
      ${general.length ? html`<div class="section-findings" aria-label=${t('sectionFindings')} role="group">${findingsList(general, this.c.t.bind(this.c))}</div>` : nothing}
      ${!readonly && this.filter !== 'all' && visible.length === 0
        ? html`<p class="empty">${this.filter === 'done' ? t('filterEmptyDone') : t('filterEmptyToAgree')}</p>`
        : nothing}
      <div class="topics">${repeat(catalogue, (r) => r.key, (r) => this.renderRow(r, findings, readonly))}</div>
      ${this.renderCustom(custom, rows, readonly, findings)}`;
  }

  private renderProgress(p: Progress, readonly: boolean): TemplateResult {
    const t = this.l.t.bind(this.l);
    const parts = [t('progress', p.agreed, p.total)];
    if (p.notApplicable) parts.push(t('progressNotApplicable', p.notApplicable));
    if (p.toAgree) parts.push(t('progressToAgree', p.toAgree));
    const done = p.agreed + p.notApplicable;
    const filters: { value: Filter; label: string }[] = [
      { value: 'all', label: t('filterAll', p.total) },
      { value: 'to-agree', label: t('filterToAgree', p.toAgree) },
      { value: 'done', label: t('filterDone', done) },
    ];
    return html`<div class="progress" part="progress">
      <p class="progress-text" id="progress-text" role="status">
        <strong>${parts[0]}</strong>${parts.slice(1).map((s) => html`<span class="sep" aria-hidden="true"> · </span><span class="visually-hidden">, </span>${s}`)}
        ${p.toAgree === 0 ? html`<span class="complete"> ${t('progressComplete')}</span>` : nothing}
      </p>
      <progress max=${p.total} .value=${done} aria-label=${t('progressLabel')} aria-describedby="progress-text"></progress>
      ${readonly ? nothing : html`<fieldset class="filter">
        <legend>${t('filterLegend')}</legend>
        <div class="choices">
          ${filters.map(
            (f) => html`<label class="choice">
              <input type="radio" name="filter" value=${f.value} .checked=${this.filter === f.value} @change=${() => this.chooseFilter(f.value)} />
              <span>${f.label}</span>
            </label>`,
          )}
        </div>
        ${this.filter === 'all' ? nothing : html`<p class="hint">${t('filterHint')}</p>`}
      </fieldset>`}
    </div>`;
  }

  private renderCustom(custom: TopicRow[], all: TopicRow[], readonly: boolean, findings: readonly Finding[]): TemplateResult | typeof nothing {
    const t = this.l.t.bind(this.l);
    const anyCustom = all.some((r) => r.topic === 'custom');
    if (readonly && !anyCustom) return nothing;
    const removed = this.removed && !all.some((r) => r.boundary?.id === this.removed!.id) ? this.removed : undefined;
    return html`<div class="custom-topics" part="custom-topics">
      <h3>${t('customHeading')}</h3>
      ${readonly ? nothing : html`<p class="hint">${t('customIntro')}</p>`}
      <div class="topics">${repeat(custom, (r) => r.key, (r) => this.renderRow(r, findings, readonly))}</div>
      ${readonly
        ? nothing
        : html`<p class="removed" role="status">${removed
              ? html`${t('removed', removed.name)}
                  <button type="button" class="secondary" @click=${() => this.undoRemove(removed.id)}>${t('undoRemove')}</button>`
              : nothing}</p>
            ${this.addError ? html`<p class="error" id="add-error">${this.addError}</p>` : nothing}
            <div class="actions">
              <button type="button" class="secondary add" aria-describedby=${this.addError ? 'add-error' : nothing} @click=${() => this.addCustom()}>
                ${t('addCustom')}
              </button>
            </div>`}
    </div>`;
  }

  private renderRow(row: TopicRow, all: readonly Finding[], readonly: boolean): unknown {
    const t = this.l.t.bind(this.l);
    const ct = this.c.t.bind(this.c);
    if (readonly) return guard([row.boundary, this.l.revision], () => readonlyTopic(row, { t, ct }));
    const findings = rowFindings(row, all);
    const collapsed = this.isCollapsed(row.key);
    const errors = [...this.errors].filter(([k]) => k.startsWith(`${row.key}.`)).map(([k, v]) => `${k}=${v}`).join('\n');
    const findingsKey = findings.map((f) => `${f.ruleId}|${f.path}|${f.message}`).join('\n');
    // Only the card whose record, findings, errors or open state changed is rendered again.
    return guard([row.boundary, row.index, findingsKey, errors, collapsed, this.l.revision], () =>
      topicCard(row, {
        t,
        ct,
        findings,
        error: (field) => this.errors.get(`${row.key}.${field}`),
        collapsed,
        onToggle: () => this.toggle(row.key),
        onEdit: (field, value) => this.editField(row, field, value),
        onRemove: row.topic === 'custom' ? () => this.removeCustom(row) : undefined,
      }),
    );
  }

  private isVisible(row: TopicRow): boolean {
    if (this.filter === 'all' || !this.filterKeys) return true;
    return this.filterKeys.has(row.key);
  }

  private isCollapsed(key: string): boolean {
    return this.collapseChoice.get(key) ?? this.firstSeen?.settled.has(key) ?? false;
  }

  private chooseFilter(filter: Filter): void {
    const d = this.doc.document;
    this.filter = filter;
    this.filterKeys =
      filter === 'all' || !d
        ? undefined
        : new Set(topicRows(d.boundaries).filter((r) => isDone(r.boundary) === (filter === 'done')).map((r) => r.key));
  }

  private toggle(key: string): void {
    this.collapseChoice.set(key, !this.isCollapsed(key));
    this.requestUpdate();
  }

  private editField(row: TopicRow, field: BoundaryField, value: string): void {
    const patch = { [field]: value };
    const recipe =
      row.topic === 'custom'
        ? (doc: RoleDocument) => patchCustomTopic(doc, row.boundary!.id, patch)
        : (doc: RoleDocument) => patchCatalogueTopic(doc, row.topic as Exclude<TopicRow['topic'], 'custom'>, patch, () => newId());
    // Choices are single steps; typing in one field is one undo step per burst.
    const typing = field !== 'status' && field !== 'mode';
    const result = this.doc.edit(recipe, {
      coalesceKey: typing ? `boundaries.${row.key}.${field}` : undefined,
      label: this.l.t(FIELD_LABEL_KEYS[field]),
    });
    const errorKey = `${row.key}.${field}`;
    if (result.ok) this.errors.delete(errorKey);
    else this.errors.set(errorKey, result.issues[0]?.message ?? '');
    this.requestUpdate();
  }

  private async addCustom(): Promise<void> {
    const id = newId();
    const result = this.doc.edit((doc) => addItem(doc, ['boundaries'], { id, topic: 'custom' } satisfies Boundary), {
      label: this.l.t('addCustom'),
    });
    this.addError = result.ok ? undefined : result.issues[0]?.message;
    this.removed = undefined;
    if (result.ok) this.filterKeys?.add(customKey(id));
    this.requestUpdate();
    await this.updateComplete;
    if (result.ok) this.field({ key: customKey(id), field: 'label' })?.focus();
  }

  private async removeCustom(row: TopicRow): Promise<void> {
    const id = row.boundary!.id;
    const name = topicName(row, this.l.t.bind(this.l));
    const d = this.doc.document;
    const customs = d ? topicRows(d.boundaries).filter((r) => r.topic === 'custom' && this.isVisible(r)) : [];
    const at = customs.findIndex((r) => r.key === row.key);
    const next = customs[at + 1] ?? customs[at - 1];
    const result = this.doc.edit((doc) => removeItem(doc, ['boundaries'], id), { label: this.l.t('removeCustom') });
    if (!result.ok) return;
    this.removed = { id, name };
    for (const k of [...this.errors.keys()]) if (k.startsWith(`${row.key}.`)) this.errors.delete(k);
    this.requestUpdate();
    await this.updateComplete;
    const target = next ? this.field({ key: next.key, field: 'label' }) : undefined;
    (target ?? this.renderRoot.querySelector<HTMLButtonElement>('button.add'))?.focus();
  }

  private async undoRemove(id: string): Promise<void> {
    this.doc.undo();
    this.removed = undefined;
    this.requestUpdate();
    await this.updateComplete;
    this.field({ key: customKey(id), field: 'label' })?.focus();
  }

  /** The control for a target: the field, else the checked (or first) radio of a choice, else the card's first control. */
  private field(target: NavigateTarget): HTMLElement | null {
    const root = this.renderRoot;
    const card = root.querySelector<HTMLElement>(`#${CSS.escape(target.key)}`);
    if (!card) return null;
    const radio = (name: string) =>
      card.querySelector<HTMLInputElement>(`input[type=radio][name="${name}"]:checked`) ??
      card.querySelector<HTMLInputElement>(`input[type=radio][name="${name}"]`);
    const f = target.field;
    if (f === 'status' || f === 'mode') return radio(`${target.key}-${f}`);
    const el = f ? card.querySelector<HTMLElement>(`#${CSS.escape(`${target.key}-${f}`)}`) : null;
    return el ?? radio(`${target.key}-status`) ?? card.querySelector<HTMLElement>('input, textarea, button');
  }

  /**
   * Whether a navigate request is about this element's document: it came from inside the same
   * `<psw-role-document>` (or, both outside any, the page-level document). A request dispatched on
   * the document itself by a page script is for every editor.
   */
  private sameDocument(event: Event): boolean {
    const origin = event.composedPath()[0];
    if (!(origin instanceof Node) || origin.nodeType === Node.DOCUMENT_NODE) return true;
    return wrapperOf(origin) === wrapperOf(this);
  }

  private async navigate(detail: PswNavigateDetail, event: PswNavigateEvent): Promise<void> {
    const d = this.doc.document;
    if (!d || !this.isConnected || !this.sameDocument(event)) return;
    const target = navigateTarget(topicRows(d.boundaries), detail);
    if (!target) return;
    if (this.filterKeys && !this.filterKeys.has(target.key)) this.chooseFilter('all');
    this.collapseChoice.set(target.key, false);
    this.requestUpdate();
    await this.updateComplete;
    const el = this.field(target);
    if (!el) {
      // The read-only view has no controls: bring the topic into view.
      this.renderRoot.querySelector(`#${CSS.escape(target.key)}`)?.scrollIntoView({ block: 'center' });
      return;
    }
    el.scrollIntoView({ block: 'center' });
    el.focus({ preventScroll: true });
  }
}
