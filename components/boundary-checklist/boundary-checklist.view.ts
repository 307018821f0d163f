/**
 * The boundary checklist's view: a lazy chunk of the drop-in bundle, fetched once per page when the
 * first `<psw-boundary-checklist>` connects (see components/base/lazy-view.ts). Its templates, the
 * handlers of its controls, focus and `psw-navigate`, its strings and styles. The element
 * (./boundary-checklist.component.ts) keeps the state between renders in `el.ui`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import type { Finding } from '../../src/assess/types.js';
import { newId } from '../../src/model/ids.js';
import type { Boundary, RoleDocument } from '../../src/model/schema.js';
import { addItem, removeItem } from '../../src/store/list-ops.js';
import { refusedNote } from '../base/editor-kit/edit-fields.js';
import { EditKit } from '../base/editor-kit/edit-kit.js';
import type { PswNavigateDetail } from '../base/events.js';
import { Localizer } from '../base/localize.js';
import { commonStrings } from '../base/strings.js';
import { focusCentred } from '../base/scroll-clear.js';
import { findingsList } from '../base/ui.js';
import { readableWidthStyles, uiStyles } from '../base/ui.styles.js';
import type { Filter, PswBoundaryChecklist } from './boundary-checklist.component.js';
import checklistStyles from './boundary-checklist.styles.js';
import { BOUNDARY_AREA, boundaryStrings } from './strings.js';
import { readonlyTopic, topicCard, topicName } from './topic-card.js';
import {
  customKey,
  isDone,
  navigateTarget,
  patchCatalogueTopic,
  patchCustomTopic,
  progressOf,
  proposeWritten,
  rowFindings,
  sectionFindings,
  topicRows,
  type BoundaryField,
  type NavigateTarget,
  type Progress,
  type TopicRow,
  writtenNotStarted,
} from './topic-rows.js';

type El = PswBoundaryChecklist;

export const styles = [uiStyles, readableWidthStyles, checklistStyles];

const FIELD_LABEL_KEYS = {
  label: 'customLabel',
  position: 'positionLabel',
  rationale: 'rationaleLabel',
  mode: 'modeLegend',
  escalation: 'escalationLabel',
  status: 'statusLegend',
  agreedWith: 'agreedWithLabel',
  agreedOn: 'agreedOnLabel',
  notApplicableReason: 'reasonLabel',
} as const satisfies Record<BoundaryField, keyof typeof boundaryStrings>;

const t = (el: El) => el.l!.t.bind(el.l!);
const ct = (el: El) => el.c!.t.bind(el.c!);

/** Each checklist's editor kit: refused input of its fields, keyed by their ids (`<row key>-<field>`). */
const kits = new WeakMap<El, EditKit>();
const kitOf = (el: El) => kits.get(el)!;
/** The key of a refused "Add a topic". */
const ADD = 'add-custom';

/** The element's strings and editor kit arrive with the view. */
export function attach(el: El): void {
  el.l = new Localizer(el, BOUNDARY_AREA, boundaryStrings);
  el.c = new Localizer(el, 'common', commonStrings);
  kits.set(el, new EditKit(el, el.doc));
}

/**
 * A new document starts with a clean slate; once its findings are known, the topics already settled
 * (done, with nothing to fix or check) start collapsed.
 */
export function willUpdate(el: El): void {
  const d = el.doc.document;
  const ui = el.ui;
  if (!d) return;
  // Refused input of a topic whose record is gone (removed, undone) no longer applies.
  kitOf(el).dropStale(new Set(d.boundaries.map((b) => b.id)));
  if (ui.firstSeen?.documentId !== d.id) {
    ui.collapseChoice.clear();
    ui.filterKeys = undefined;
    ui.filter = 'all';
    ui.firstSeen = { documentId: d.id };
  }
  if (ui.firstSeen.settled) return;
  const readonly = el.doc.readonly;
  if (!readonly && el.doc.assessment?.pending) return; // decided when the findings are here
  const findings = readonly ? [] : el.doc.findingsFor('boundaries');
  const settled = topicRows(d.boundaries)
    .filter((r) => isDone(r.boundary) && !rowFindings(r, findings).some((f) => f.severity !== 'info'))
    .map((r) => r.key)
    .filter((key) => !ui.collapseChoice.has(key)); // a card the user already opened or closed stays so
  ui.firstSeen.settled = new Set(settled);
}

export function render(el: El): TemplateResult {
  const d = el.doc.document!;
  const readonly = el.doc.readonly;
  const tr = t(el);
  const rows = topicRows(d.boundaries);
  const progress = progressOf(rows);
  el.setState('complete', progress.toAgree === 0);
  const findings = readonly ? [] : el.doc.findingsFor('boundaries');
  const visible = readonly ? rows : rows.filter((r) => isVisible(el, r));
  const catalogue = visible.filter((r) => r.topic !== 'custom');
  const custom = visible.filter((r) => r.topic === 'custom');
  const general = sectionFindings(findings);
  const filter = el.ui.filter;

  return html`${el.doc.renderStatus()}
    <h2>${tr('heading')}</h2>
    ${readonly ? nothing : html`<p class="intro">${tr('intro')}</p>`}
    ${renderProgress(el, progress, readonly)}
    ${general.length ? html`<div class="section-findings" aria-label=${tr('sectionFindings')} role="group">${findingsList(general, ct(el))}</div>` : nothing}
    ${!readonly && filter !== 'all' && visible.length === 0
      ? html`<p class="empty">${filter === 'done' ? tr('filterEmptyDone') : tr('filterEmptyToAgree')}</p>`
      : nothing}
    <div class="topics">${repeat(catalogue, (r) => r.key, (r) => renderRow(el, r, findings, readonly))}</div>
    ${renderCustom(el, custom, rows, readonly, findings)}`;
}

function renderProgress(el: El, p: Progress, readonly: boolean): TemplateResult {
  const tr = t(el);
  const parts = [tr('progress', p.agreed, p.total)];
  if (p.proposed) parts.push(tr('progressProposed', p.proposed));
  if (p.notApplicable) parts.push(tr('progressNotApplicable', p.notApplicable));
  if (p.toPropose) parts.push(tr('progressToPropose', p.toPropose));
  const done = p.agreed + p.notApplicable;
  const filters: { value: Filter; label: string }[] = [
    { value: 'all', label: tr('filterAll', p.total) },
    { value: 'to-agree', label: tr('filterToAgree', p.toAgree) },
    { value: 'done', label: tr('filterDone', done) },
  ];
  return html`<div class="progress" part="progress">
    <p class="progress-text" id="progress-text" role="status">
      <strong>${parts[0]}</strong>${parts.slice(1).map((s) => html`<span class="sep" aria-hidden="true"> · </span><span class="visually-hidden">, </span>${s}`)}
      ${p.toAgree === 0
        ? html`<span class="complete"> ${tr('progressComplete')}</span>`
        : p.toPropose === 0 ? html`<span class="complete"> ${tr('progressAllProposed')}</span>` : nothing}
    </p>
    <progress max=${p.total} .value=${done} aria-label=${tr('progressLabel')} aria-describedby="progress-text"></progress>
    ${readonly ? nothing : proposeAll(el)}
    ${readonly ? nothing : html`<fieldset class="filter">
      <legend>${tr('filterLegend')}</legend>
      <div class="choices">
        ${filters.map(
          (f) => html`<label class="choice">
            <input type="radio" name="filter" value=${f.value} .checked=${el.ui.filter === f.value} @change=${() => chooseFilter(el, f.value)} />
            <span>${f.label}</span>
          </label>`,
        )}
      </div>
      ${el.ui.filter === 'all' ? nothing : html`<p class="hint">${tr('filterHint')}</p>`}
    </fieldset>`}
  </div>`;
}

/**
 * "Mark the N written positions as proposed": one undoable edit that marks every topic with a
 * position written and still Not started as Proposed. Proposing is the team's provisional starting
 * position, open to change and agreed with the post-holder once appointed, so marking the positions
 * the manager has read in one step says no more than marking them one by one; agreeing stays one
 * topic at a time, with whom and when.
 */
function proposeAll(el: El): TemplateResult | typeof nothing {
  const tr = t(el);
  const n = writtenNotStarted(el.doc.document!.boundaries).length;
  if (n === 0) return nothing;
  return html`<div class="propose-all">
    <p class="hint" id="propose-all-hint">${tr('proposeWrittenHint')}</p>
    <button type="button" class="secondary" aria-describedby="propose-all-hint"
      @click=${() => proposeWrittenPositions(el)}>${tr('proposeWritten', n)}</button>
  </div>`;
}

async function proposeWrittenPositions(el: El): Promise<void> {
  if (!kitOf(el).apply(undefined, proposeWritten, { label: t(el)('proposeWrittenLabel') })) return;
  el.requestUpdate();
  await el.updateComplete;
  // The button goes once nothing is left to mark: focus moves on to the next control, the filter.
  el.renderRoot.querySelector<HTMLInputElement>('input[name="filter"]:checked')?.focus();
}

function renderCustom(el: El, custom: TopicRow[], all: TopicRow[], readonly: boolean, findings: readonly Finding[]): TemplateResult | typeof nothing {
  const tr = t(el);
  const anyCustom = all.some((r) => r.topic === 'custom');
  if (readonly && !anyCustom) return nothing;
  const ui = el.ui;
  const removed = ui.removed && !all.some((r) => r.boundary?.id === ui.removed!.id) ? ui.removed : undefined;
  return html`<div class="custom-topics" part="custom-topics">
    <h3>${tr('customHeading')}</h3>
    ${readonly ? nothing : html`<p class="hint">${tr('customIntro')}</p>`}
    <div class="topics">${repeat(custom, (r) => r.key, (r) => renderRow(el, r, findings, readonly))}</div>
    ${readonly
      ? nothing
      : html`<p class="removed" role="status">${removed
            ? html`${tr('removed', removed.name)}
                <button type="button" class="secondary" @click=${() => undoRemove(el, removed.id)}>${tr('undoRemove')}</button>`
            : nothing}</p>
          ${refusedNote(kitOf(el), ADD, 'add-error')}
          <div class="actions">
            <button type="button" class="secondary add" aria-describedby=${kitOf(el).error(ADD) ? 'add-error' : nothing} @click=${() => addCustom(el)}>
              ${tr('addCustom')}
            </button>
          </div>`}
  </div>`;
}

function renderRow(el: El, row: TopicRow, all: readonly Finding[], readonly: boolean): unknown {
  const tr = t(el);
  const ctr = ct(el);
  // The language and the registered strings: a locale loaded later re-renders every card.
  const lang = el.l!.revision;
  if (readonly) return guard([row.boundary, lang], () => readonlyTopic(row, { t: tr, ct: ctr }));
  const findings = rowFindings(row, all);
  const collapsed = isCollapsed(el, row.key);
  const oneLine = collapsed && el.summaries;
  const kit = kitOf(el);
  const refused = kit.stateUnder(`${row.key}-`);
  const findingsKey = findings.map((f) => `${f.ruleId}|${f.path}|${f.message}`).join('\n');
  // Only the card whose record, findings, errors or open state changed is rendered again.
  return guard([row.boundary, row.index, findingsKey, refused, collapsed, oneLine, lang], () =>
    topicCard(row, {
      t: tr,
      ct: ctr,
      findings,
      kit,
      collapsed,
      oneLine,
      onToggle: () => toggle(el, row.key),
      onEdit: (field, value) => editField(el, row, field, value),
      onRemove: row.topic === 'custom' ? () => removeCustom(el, row) : undefined,
    }),
  );
}

function isVisible(el: El, row: TopicRow): boolean {
  const { filter, filterKeys } = el.ui;
  if (filter === 'all' || !filterKeys) return true;
  return filterKeys.has(row.key);
}

function isCollapsed(el: El, key: string): boolean {
  return el.ui.collapseChoice.get(key) ?? (el.summaries || (el.ui.firstSeen?.settled?.has(key) ?? false));
}

function chooseFilter(el: El, filter: Filter): void {
  const d = el.doc.document;
  el.ui.filter = filter;
  el.ui.filterKeys =
    filter === 'all' || !d
      ? undefined
      : new Set(topicRows(d.boundaries).filter((r) => isDone(r.boundary) === (filter === 'done')).map((r) => r.key));
  el.requestUpdate();
}

function toggle(el: El, key: string): void {
  el.ui.collapseChoice.set(key, !isCollapsed(el, key));
  el.requestUpdate();
}

function editField(el: El, row: TopicRow, field: BoundaryField, value: string): void {
  const patch = { [field]: value };
  const recipe =
    row.topic === 'custom'
      ? (doc: RoleDocument) => patchCustomTopic(doc, row.boundary!.id, patch)
      : (doc: RoleDocument) => patchCatalogueTopic(doc, row.topic as Exclude<TopicRow['topic'], 'custom'>, patch, () => newId());
  // Choices are single steps; typing in one field is one undo step per burst.
  const typing = field !== 'status' && field !== 'mode' && field !== 'agreedOn';
  kitOf(el).apply(`${row.key}-${field}`, recipe, { typing, label: t(el)(FIELD_LABEL_KEYS[field]), itemId: row.boundary?.id });
}

async function addCustom(el: El): Promise<void> {
  const id = newId();
  const added = kitOf(el).apply(ADD, (doc) => addItem(doc, ['boundaries'], { id, topic: 'custom' } satisfies Boundary), { label: t(el)('addCustom'), action: true });
  el.ui.removed = undefined;
  if (added) el.ui.filterKeys?.add(customKey(id));
  if (added) el.ui.collapseChoice.set(customKey(id), false); // its name is asked for at once
  el.requestUpdate();
  await el.updateComplete;
  if (added) field(el, { key: customKey(id), field: 'label' })?.focus();
}

async function removeCustom(el: El, row: TopicRow): Promise<void> {
  const id = row.boundary!.id;
  const name = topicName(row, t(el));
  const d = el.doc.document;
  const customs = d ? topicRows(d.boundaries).filter((r) => r.topic === 'custom' && isVisible(el, r)) : [];
  const at = customs.findIndex((r) => r.key === row.key);
  const next = customs[at + 1] ?? customs[at - 1];
  if (!kitOf(el).apply(undefined, (doc) => removeItem(doc, ['boundaries'], id), { label: t(el)('removeCustom') })) return;
  el.ui.removed = { id, name };
  el.requestUpdate();
  await el.updateComplete;
  const target = next ? field(el, { key: next.key, field: 'label' }) : undefined;
  (target ?? el.renderRoot.querySelector<HTMLButtonElement>('button.add'))?.focus();
}

async function undoRemove(el: El, id: string): Promise<void> {
  el.doc.undo();
  el.ui.removed = undefined;
  el.ui.collapseChoice.set(customKey(id), false);
  el.requestUpdate();
  await el.updateComplete;
  field(el, { key: customKey(id), field: 'label' })?.focus();
}

/** The control for a target: the field, else the checked (or first) radio of a choice, else the card's first control. */
function field(el: El, target: NavigateTarget): HTMLElement | null {
  const card = el.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(target.key)}`);
  if (!card) return null;
  const radio = (name: string) =>
    card.querySelector<HTMLInputElement>(`input[type=radio][name="${name}"]:checked`) ??
    card.querySelector<HTMLInputElement>(`input[type=radio][name="${name}"]`);
  const f = target.field;
  if (f === 'status' || f === 'mode') return radio(`${target.key}-${f}`);
  const found = f ? card.querySelector<HTMLElement>(`#${CSS.escape(`${target.key}-${f}`)}`) : null;
  return found ?? radio(`${target.key}-status`) ?? card.querySelector<HTMLElement>('input, textarea, button');
}

/**
 * `psw-navigate` about this checklist's document: show the topic (clearing a filter that hides it,
 * opening it) and focus the field.
 */
export async function navigate(el: El, detail: PswNavigateDetail): Promise<void> {
  const d = el.doc.document;
  if (!d || !el.isConnected) return;
  const target = navigateTarget(topicRows(d.boundaries), detail);
  if (!target) return;
  if (el.ui.filterKeys && !el.ui.filterKeys.has(target.key)) chooseFilter(el, 'all');
  el.ui.collapseChoice.set(target.key, false);
  el.requestUpdate();
  await el.updateComplete;
  const control = field(el, target);
  if (!control) {
    // The read-only view has no controls: bring the topic into view.
    el.renderRoot.querySelector(`#${CSS.escape(target.key)}`)?.scrollIntoView({ block: 'center' });
    return;
  }
  focusCentred(control);
}
