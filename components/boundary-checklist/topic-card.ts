/**
 * The template of one topic of the checklist: an editable card (a fieldset whose legend is the
 * topic's heading, so every "Position" field is announced with its topic) or a read-only summary.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Finding } from '../../src/assess/types.js';
import type { BoundaryMode, BoundaryStatus } from '../../src/model/schema.js';
import type { Localizer } from '../base/localize.js';
import { editField, findingsNext, placeFindings } from '../base/editor-kit/edit-fields.js';
import type { EditKit } from '../base/editor-kit/edit-kit.js';
import { cardForm, coreText, CORE_LANG, radioGroup, readonlyField, type CommonT } from '../base/ui.js';
import type { BoundaryStrings } from './strings.js';
import { fieldOfPath, type BoundaryField, type TopicRow } from './topic-rows.js';

export type BoundaryT = Localizer<BoundaryStrings>['t'];

export interface CardContext {
  t: BoundaryT;
  ct: CommonT;
  /** Findings about this topic (its record, or its missing catalogue topic). */
  findings: readonly Finding[];
  /** Refused input of the card's fields, keyed by their ids (`<row key>-<field>`). */
  kit: EditKit;
  collapsed: boolean;
  /** Collapsed to one line: name, status and what is left (counts, not the findings themselves). */
  oneLine?: boolean;
  onToggle: () => void;
  /** A user's change of one field ('' clears it). */
  onEdit: (field: BoundaryField, value: string) => void;
  /** Custom topics only. */
  onRemove?: () => void;
}

export const statusOptions = (t: BoundaryT) =>
  [
    { value: 'not-started', label: t('statusNotStarted') },
    { value: 'proposed', label: t('statusProposed') },
    { value: 'agreed', label: t('statusAgreed') },
    { value: 'not-applicable', label: t('statusNotApplicable') },
  ] as const satisfies readonly { value: BoundaryStatus; label: string }[];

export const modeOptions = (t: BoundaryT) =>
  [
    { value: 'fixed', label: t('modeFixed') },
    { value: 'negotiable', label: t('modeNegotiable') },
    { value: 'case-by-case', label: t('modeCaseByCase') },
  ] as const satisfies readonly { value: BoundaryMode; label: string }[];

/** The topic's name: the catalogue label, or a custom topic's own. */
export function topicName(row: TopicRow, t: BoundaryT): string {
  return row.catalogue?.label ?? (row.boundary?.label?.trim() || t('customUntitled'));
}

const statusOf = (row: TopicRow): BoundaryStatus => row.boundary?.status ?? 'not-started';

function statusBadge(row: TopicRow, t: BoundaryT): TemplateResult {
  const status = statusOf(row);
  const label = statusOptions(t).find((o) => o.value === status)!.label;
  return html`<span class="badge status" data-status=${status}
    ><span class="visually-hidden">${t('statusLegend')}: </span>${label}</span
  >`;
}

/** What is left on a topic shown as one line: how many findings to fix and to check, in words. */
function left(findings: readonly Finding[], t: BoundaryT): TemplateResult {
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  const parts = [errors ? t('leftFix', errors) : '', warnings ? t('leftCheck', warnings) : ''].filter(Boolean);
  return html`<span class="left" data-state=${errors ? 'fix' : warnings ? 'check' : 'clear'}
    >${parts.length ? parts.join(', ') : t('leftNothing')}</span
  >`;
}

/** Why the topic matters, its themes and sources, and a note when the advice is unconfirmed. */
function guidance(row: TopicRow, c: CardContext): TemplateResult | typeof nothing {
  const topic = row.catalogue;
  if (!topic) return nothing;
  const { t, ct } = c;
  return html`<div class="why">
    <p><strong>${t('whyItMatters')}:</strong> ${coreText(topic.whyItMatters)}</p>
    <p class="meta">
      ${topic.themes.map((th) => html`<span class="badge theme" title=${ct(`theme${th}`)}>${ct(`themeShort${th}`)}</span>`)}
      <span>${t('sources')}: ${topic.sources.length ? topic.sources.join(', ') : t('noSources')}</span>
    </p>
    ${topic.confirmed ? nothing : html`<p class="unconfirmed">${t('unconfirmed')}</p>`}
  </div>`;
}

/** With whom and when an agreed boundary was agreed: shown under the status once it is Agreed. */
function agreedFields(key: string, b: TopicRow['boundary'], c: CardContext, at: (field: string) => Finding[]): TemplateResult {
  const { t, ct } = c;
  return html`<div class="grid pair agreed">
    ${editField(c.kit, { id: `${key}-agreedWith`, label: t('agreedWithLabel'), hint: t('agreedWithHint'), value: b?.agreedWith,
      findings: at('agreedWith'), onInput: (v) => c.onEdit('agreedWith', v) }, ct)}
    ${editField(c.kit, { id: `${key}-agreedOn`, label: t('agreedOnLabel'), type: 'date', value: b?.agreedOn,
      findings: at('agreedOn'), onInput: (v, e) => {
        // An unfinished date reads as '' with badInput: leave the document alone until it is whole.
        if (v === '' && (e.target as HTMLInputElement | null)?.validity?.badInput) return;
        c.onEdit('agreedOn', v);
      } }, ct)}
  </div>`;
}

/** An editable topic card. */
export function topicCard(row: TopicRow, c: CardContext): TemplateResult {
  const { t, ct } = c;
  const b = row.boundary;
  const key = row.key;
  const name = topicName(row, t);
  const status = statusOf(row);
  const notApplicable = status === 'not-applicable';
  const custom = row.topic === 'custom';
  const heading = custom
    ? html`<h4 part="topic-heading" id="${key}-heading">${name}</h4>`
    : html`<h3 part="topic-heading" id="${key}-heading" lang=${CORE_LANG}>${name}</h3>`;
  // A topic that does not apply needs only its reason: its other fields stay in the document, hidden.
  const agreed = status === 'agreed';
  const fields: BoundaryField[] = notApplicable
    ? ['status', 'notApplicableReason']
    : ['status', ...(agreed ? (['agreedWith', 'agreedOn'] as const) : []), 'mode', 'position', 'rationale', 'escalation'];
  const shown = new Set<BoundaryField>(c.collapsed ? [] : custom ? ['label', ...fields] : fields);
  const { at, rest: card } = placeFindings(c.findings, (f) => fieldOfPath(f.path), shown);
  const suggested = row.catalogue ? modeOptions(t).find((o) => o.value === row.catalogue!.defaultMode)?.label : undefined;
  // Said once: by the assessment's own finding on the status when there is one, else by a hint.
  const review = status === 'not-started' && !!b?.position?.trim() && at('status').length === 0;

  const details = c.oneLine
    ? nothing
    : c.collapsed
    ? html`<p class="summary">${(notApplicable ? b?.notApplicableReason : b?.position)?.trim() || t('nothingWritten')}</p>`
    : html`
        ${custom
          ? editField(c.kit, { id: `${key}-label`, label: t('customLabel'), value: b?.label, findings: at('label'), onInput: (v) => c.onEdit('label', v) }, ct)
          : nothing}
        <div class="grid pair">
          <div>
            ${radioGroup({ name: `${key}-status`, legend: t('statusLegend'), hint: review ? t('statusReviewHint') : undefined, value: status,
              options: statusOptions(t), onChange: (v) => c.onEdit('status', v) }, ct)}
            ${findingsNext(at('status'), ct)}
            ${agreed ? agreedFields(key, b, c, at) : nothing}
          </div>
          ${notApplicable
            ? editField(c.kit, { id: `${key}-notApplicableReason`, label: t('reasonLabel'), hint: t('reasonHint'), value: b?.notApplicableReason,
                multiline: true, findings: at('notApplicableReason'), onInput: (v) => c.onEdit('notApplicableReason', v) }, ct)
            : html`<div>
                ${radioGroup({ name: `${key}-mode`, legend: t('modeLegend'), hint: suggested ? t('modeSuggestion', suggested) : undefined, value: b?.mode,
                  options: modeOptions(t), onChange: (v) => c.onEdit('mode', v) }, ct)}
                ${findingsNext(at('mode'), ct)}
              </div>`}
        </div>
        ${notApplicable
          ? nothing
          : html`<div class="grid pair">
                ${editField(c.kit, { id: `${key}-position`, label: t('positionLabel'), hint: t('positionHint'), value: b?.position, multiline: true,
                  findings: at('position'), onInput: (v) => c.onEdit('position', v) }, ct)}
                ${editField(c.kit, { id: `${key}-rationale`, label: t('rationaleLabel'), hint: t('rationaleHint'), value: b?.rationale, multiline: true,
                  findings: at('rationale'), onInput: (v) => c.onEdit('rationale', v) }, ct)}
              </div>
              ${editField(c.kit, { id: `${key}-escalation`, label: t('escalationLabel'), hint: t('escalationHint'), value: b?.escalation,
                findings: at('escalation'), onInput: (v) => c.onEdit('escalation', v) }, ct)}`}
        ${c.onRemove
          ? html`<div class="actions end">
              <button type="button" class="danger" aria-label=${t('removeCustomNamed', name)} @click=${c.onRemove}>${t('removeCustom')}</button>
            </div>`
          : nothing}
      `;

  return html`<fieldset class="topic" part="topic" id=${key} data-key=${key} data-topic=${row.topic} data-item-id=${b?.id ?? nothing}
      data-status=${status}>
    <legend class="topic-legend">${heading}</legend>
    ${cardForm(html`<div class="topic-bar">
      <span class="badges">
        ${statusBadge(row, t)}
        ${row.catalogue?.minimum
          ? html`<span class="badge essential" title=${t('essentialHint')}
              >${t('essential')}<span class="visually-hidden">: ${t('essentialHint')}</span></span
            >`
          : nothing}
        ${c.oneLine ? left(c.findings, t) : nothing}
      </span>
      <button type="button" class="link toggle" aria-expanded=${c.collapsed ? 'false' : 'true'} aria-controls="${key}-details" @click=${c.onToggle}>
        ${c.collapsed ? t('showDetails') : t('hideDetails')}<span class="visually-hidden" lang=${ifDefined(custom ? undefined : CORE_LANG)}> ${t('ofTopic', name)}</span>
      </button>
    </div>
    ${c.collapsed ? nothing : guidance(row, c)}
    ${c.oneLine ? nothing : findingsNext(card, ct)}
    <div class="details" id="${key}-details">${details}</div>`)}
  </fieldset>`;
}

/** A topic in the read-only view: name, status, and what is written. */
export function readonlyTopic(row: TopicRow, c: Pick<CardContext, 't' | 'ct'>): TemplateResult {
  const { t, ct } = c;
  const b = row.boundary;
  const key = row.key;
  const name = topicName(row, t);
  const custom = row.topic === 'custom';
  const heading = custom
    ? html`<h4 part="topic-heading" id="${key}-heading">${name}</h4>`
    : html`<h3 part="topic-heading" id="${key}-heading" lang=${CORE_LANG}>${name}</h3>`;
  const written = !!(b?.position || b?.rationale || b?.mode || b?.escalation);
  const mode = modeOptions(t).find((o) => o.value === b?.mode)?.label;
  let body: TemplateResult;
  if (b?.status === 'not-applicable') body = readonlyField(t('reasonLabel'), b.notApplicableReason, ct, true);
  else if (written)
    body = html`<div class="grid">
      ${readonlyField(t('positionLabel'), b?.position, ct, true)} ${readonlyField(t('rationaleLabel'), b?.rationale, ct, true)}
      ${readonlyField(t('modeLegend'), mode, ct)} ${readonlyField(t('escalationLabel'), b?.escalation, ct, true)}
    </div>`;
  else body = html`<p class="muted">${t('nothingWritten')}</p>`;
  return html`<section class="topic readonly" part="topic" id=${key} data-key=${key} data-topic=${row.topic} data-status=${statusOf(row)}
    aria-labelledby="${key}-heading">
    <div class="topic-bar">${heading} ${statusBadge(row, t)}</div>
    ${body}
  </section>`;
}
