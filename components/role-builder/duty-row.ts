/**
 * One duty: a card with its fields (title, kind, share of time, description; for a flexible duty its
 * limits, in a <details> made when opened; for an excluded one the reason), or, in long roles, a
 * one-line summary with an Edit button. Findings about the duty are shown below the fields they name
 * (those about its limits in the limits' fieldset, counted on its summary while it is closed), the
 * rest at the top of the card; see ./card-findings.ts.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Finding } from '../../src/assess/types.js';
import type { Duty, DutyKind } from '../../src/model/schema.js';
import { removeItem, updateItem } from '../../src/store/list-ops.js';
import { cardForm, textField } from '../base/ui.js';
import { pathUnder } from '../document-runtime/document-controller.js';
import type { BuilderState as Builder } from './builder-state.js';
import { cardFindings } from './card-findings.js';
import { moveDutyWithinKind, splitList, withKind } from './edits.js';
import { itemNumber, itemSelect, itemText } from './fields.js';

export const KINDS: readonly DutyKind[] = ['core', 'flexible', 'excluded'];
const kindKey = { core: 'kindCore', flexible: 'kindFlexible', excluded: 'kindExcluded' } as const;
const groupKey = { core: 'groupCore', flexible: 'groupFlexible', excluded: 'groupExcluded' } as const;

/** Who may agree how a flexible duty is used: stored as these lower-case words. */
const AGREED = [
  ['peer support worker', 'agreedPsw'],
  ['supervisor', 'agreedSupervisor'],
  ['line manager', 'agreedLineManager'],
  ['person supported', 'agreedPerson'],
] as const;
const isStandardAgreed = (v: string) => AGREED.some(([k]) => k === v.toLowerCase());

export const kindLabel = (b: Builder, kind: DutyKind) => b.t(kindKey[kind]);
export const groupLabel = (b: Builder, kind: DutyKind) => b.t(groupKey[kind]);

export interface DutyPlace {
  duty: Duty;
  /** Index in the document's duties list. */
  index: number;
  /** Position within its kind's group, and the group's length. */
  pos: number;
  count: number;
  /** The duties of the same kind (for focus after a removal). */
  siblings: readonly Duty[];
  compact: boolean;
  /** Every finding about this duty (the row places them). */
  findings: Finding[];
}

const dutyName = (b: Builder, d: Duty) => d.title.trim() || b.t('untitledDuty');
/** The control to focus when a duty should get focus (its title, or its Edit button when folded). */
export const dutyFocusId = (b: Builder, d: Duty, compact: boolean) =>
  compact && !b.ui.expandedDuties.has(d.id) ? `duty-${d.id}-edit` : `duty-${d.id}-title`;

function move(b: Builder, p: DutyPlace, delta: -1 | 1): void {
  const name = dutyName(b, p.duty);
  const done = b.run(undefined, (d) => moveDutyWithinKind(d, p.duty.id, delta), { label: name });
  if (!done) return;
  const base = `duty-${p.duty.id}`;
  b.focusLater(`${base}-${delta < 0 ? 'up' : 'down'}`, `${base}-${delta < 0 ? 'down' : 'up'}`);
  b.announce(delta < 0 ? b.t('movedUp', name) : b.t('movedDown', name));
}

function remove(b: Builder, p: DutyPlace): void {
  const next = p.siblings[p.pos + 1] ?? p.siblings[p.pos - 1];
  if (!b.run(undefined, (d) => removeItem(d, ['duties'], p.duty.id), { label: dutyName(b, p.duty) })) return;
  b.ui.expandedDuties.delete(p.duty.id);
  b.focusLater(...(next ? [dutyFocusId(b, next, p.compact)] : []), 'add-duty');
  b.announce(b.t('dutyRemoved'));
}

function changeKind(b: Builder, p: DutyPlace, kind: DutyKind): void {
  const key = `duty-${p.duty.id}-kind`;
  const done = b.run(key, (d) => updateItem<typeof d, Duty>(d, ['duties'], p.duty.id, (x) => withKind(x, kind)), { label: b.t('dutyKind') }, p.duty.id);
  if (!done) return;
  b.toggle(`group-${kind}`, true);
  if (kind === 'flexible') b.ui.openLimits.add(p.duty.id);
  b.focusLater(key);
  b.announce(b.t('dutyMovedKind', dutyName(b, p.duty), groupLabel(b, kind)));
}

/** Findings of the duty whose path is under `duties[i].<field>`; the rest stay for the card. */
function take(p: DutyPlace, field: string): Finding[] {
  const prefix = `duties[${p.index}].${field}`;
  const found = p.findings.filter((f) => f.path !== undefined && pathUnder(f.path, prefix));
  p.findings = p.findings.filter((f) => !found.includes(f));
  return found;
}

/** The fields of a card show no findings themselves: `own` collects them, and the card lists them after the fields. */
const NONE: Finding[] = [];
function collector(p: DutyPlace): { found: Finding[]; own: (field: string) => Finding[] } {
  const found: Finding[] = [];
  return { found, own: (field) => (found.push(...take(p, field)), NONE) };
}

function actions(b: Builder, p: DutyPlace): TemplateResult {
  const t = b.t;
  const name = dutyName(b, p.duty);
  const base = `duty-${p.duty.id}`;
  return html`<div class="item-actions actions">
    <button type="button" class="secondary icon" id="${base}-up" aria-label=${t('moveUp', name)} title=${t('moveUp', name)}
      ?disabled=${p.pos === 0} @click=${() => move(b, p, -1)}>↑</button>
    <button type="button" class="secondary icon" id="${base}-down" aria-label=${t('moveDown', name)} title=${t('moveDown', name)}
      ?disabled=${p.pos === p.count - 1} @click=${() => move(b, p, 1)}>↓</button>
    <button type="button" class="danger" id="${base}-remove" aria-label=${t('removeNamed', name)} @click=${() => remove(b, p)}>
      ${t('remove')}
    </button>
    ${p.compact
      ? html`<button type="button" class="secondary" id="${base}-close" aria-expanded="true" aria-label=${t('closeNamed', name)}
          @click=${() => {
            b.ui.expandedDuties.delete(p.duty.id);
            b.focusLater(`${base}-edit`);
            b.requestUpdate();
          }}>${t('close')}</button>`
      : nothing}
  </div>`;
}

function bounds(b: Builder, p: DutyPlace): TemplateResult {
  const t = b.t;
  const { duty, index } = p;
  const base = `duty-${duty.id}`;
  const io = { listPath: ['duties'], index, itemId: duty.id } as const;
  const agreed = duty.flexibility?.agreedWith ?? [];
  const others = agreed.filter((v) => !isStandardAgreed(v));
  // Handlers read the list as it is when the event comes, not as it was when this was rendered.
  const current = () => b.doc.duties.find((d) => d.id === duty.id)?.flexibility?.agreedWith ?? [];
  const other = `${base}-agreed-other`;
  const setAgreed = (next: string[], label: string, typing = false) =>
    b.setItem(other, ['duties'], duty.id, ['flexibility', 'agreedWith'], next, label, typing);
  // Each field's findings are taken (in this order) before what is left about the limits as a whole.
  const { found, own } = collector(p);
  const max = itemNumber(b, { ...io, id: `${base}-max`, field: ['flexibility', 'maxShare'], label: t('boundsMaxShare'),
    hint: t('boundsMaxShareHint'), unit: '%', min: 0, max: 100, findings: own('flexibility.maxShare') });
  const review = itemNumber(b, { ...io, id: `${base}-review`, field: ['flexibility', 'reviewEveryWeeks'], label: t('boundsReview'),
    hint: t('boundsReviewHint'), min: 1, max: 104, step: 1, inputmode: 'numeric', findings: own('flexibility.reviewEveryWeeks') });
  const gridFindings = found.splice(0);
  const agreedFindings = take(p, 'flexibility.agreedWith');
  const text = itemText(b, { ...io, id: `${base}-bounds`, field: ['flexibility', 'bounds'], label: t('boundsText'), hint: t('boundsTextHint'),
    multiline: true, findings: own('flexibility.bounds') });
  const rest = take(p, 'flexibility');
  // Who agrees: checkboxes whose label holds the input, and the others typed as text. The group is
  // named by the <summary> of the <details> around it (see limits).
  return html`<fieldset class="bounds" aria-labelledby="${base}-limits-name">
    ${cardFindings(rest, b.ct)}
    <div class="grid">${max}${review}</div>
    ${cardFindings(gridFindings, b.ct)}
    <fieldset data-path="duties[${index}].flexibility.agreedWith"
      @focusout=${(e: FocusEvent) => (e.target as Element).id === other && b.setDraft(other, undefined)}>
      <legend>${t('boundsAgreedWith')}</legend>
      <div class="choices">
        ${AGREED.map(
          ([value, key], i) => html`<label class="choice"><input type="checkbox" id="${base}-agreed-${i}"
              .checked=${agreed.some((v) => v.toLowerCase() === value)}
              @change=${(e: Event) => {
                const now = current().filter((v) => v.toLowerCase() !== value);
                setAgreed((e.target as HTMLInputElement).checked ? [...now, value] : now, t('boundsAgreedWith'));
              }} />${t(key)}</label>`,
        )}
      </div>
      ${textField({
        id: other, label: t('boundsAgreedOther'), hint: t('boundsAgreedOtherHint'),
        value: b.draft(other) ?? others.join(', '), error: b.error(other),
        onInput: (v) => {
          b.setDraft(other, v);
          setAgreed([...current().filter(isStandardAgreed), ...splitList(v)], t('boundsAgreedOther'), true);
        },
      })}
      ${cardFindings(agreedFindings, b.ct)}
    </fieldset>
    ${text}
    ${cardFindings(found, b.ct)}
  </fieldset>`;
}


/** Opens or closes the limits of a flexible duty (the <details> of `limits`). */
export function setLimitsOpen(b: Builder, id: string, open: boolean): void {
  if (open === b.ui.openLimits.has(id)) return;
  if (open) b.ui.openLimits.add(id);
  else b.ui.openLimits.delete(id);
  b.requestUpdate();
}

/** What the limits of a flexible duty set, in a few words, for the closed <details>. */
function limitsReadout(b: Builder, duty: Duty): string {
  const t = b.t;
  const f = duty.flexibility;
  const parts = [
    f?.maxShare !== undefined ? t('boundsSummaryMax', b.percent(f.maxShare)) : '',
    f?.reviewEveryWeeks !== undefined ? t('boundsSummaryReview', f.reviewEveryWeeks) : '',
    f?.agreedWith?.length ? t('boundsSummaryAgreed', f.agreedWith.join(', ')) : '',
    f?.bounds ? t('boundsSummaryText') : '',
  ].filter(Boolean);
  return parts.length ? parts.join('; ') : t('boundsNotSet');
}

/**
 * The limits of a flexible duty: a <details> whose fields (and the findings placed among them) are
 * made only while it is open. Closed, its summary says what is set and how many checks the limits
 * have; it opens when clicked, when the duty becomes flexible and for a psw-navigate to a limit.
 */
function limits(b: Builder, p: DutyPlace): TemplateResult {
  const { duty, index } = p;
  const base = `duty-${duty.id}`;
  const open = b.ui.openLimits.has(duty.id);
  const fields = open ? bounds(b, p) : nothing;
  const checks = open ? 0 : take(p, 'flexibility').length;
  return html`<details class="limits" id="${base}-limits" data-path="duties[${index}].flexibility" ?open=${open}
    @toggle=${(e: Event) => setLimitsOpen(b, duty.id, (e.target as HTMLDetailsElement).open)}>
    <summary><span id="${base}-limits-name">${b.t('boundsLegend')}</span>${open
      ? nothing
      : html`<span class="limits-readout">: ${limitsReadout(b, duty)}</span>${checks ? html` <span class="badge">${b.t('checksCount', checks)}</span>` : nothing}`}</summary>
    ${fields}
  </details>`;
}

/** The read-only view of a duty: only what is set. */
function readonlyCard(b: Builder, p: DutyPlace): TemplateResult {
  const t = b.t;
  const { duty } = p;
  const f = duty.flexibility;
  const line = (label: string, value: string | undefined) =>
    value ? html`<div class="ro-line"><span class="label">${label}:</span> <span class="value">${value}</span></div>` : nothing;
  const findings = p.findings;
  const name = dutyName(b, duty);
  return html`<li class="duty card" part="duty" data-kind=${duty.kind} data-path="duties[${p.index}]">
    <div class="item-head">
      <h5 class="duty-heading">${t('dutyHeading', p.pos + 1, name)}</h5>
      ${p.compact
        ? html`<button type="button" class="secondary" id="duty-${duty.id}-close" aria-expanded="true" aria-label=${t('closeNamed', name)}
            @click=${() => {
              b.ui.expandedDuties.delete(duty.id);
              b.focusLater(`duty-${duty.id}-edit`);
              b.requestUpdate();
            }}>${t('close')}</button>`
        : nothing}
    </div>
    ${line(t('dutyShare'), duty.timeShare !== undefined ? b.percent(duty.timeShare) : undefined)}
    ${duty.description ? html`<p class="ro-text">${duty.description}</p>` : nothing}
    ${duty.kind === 'flexible' && f
      ? html`${line(t('boundsMaxShare'), f.maxShare !== undefined ? b.percent(f.maxShare) : undefined)}
          ${line(t('boundsAgreedWith'), f.agreedWith?.length ? f.agreedWith.join(', ') : undefined)}
          ${line(t('boundsReview'), f.reviewEveryWeeks !== undefined ? String(f.reviewEveryWeeks) : undefined)}
          ${line(t('boundsText'), f.bounds)}`
      : nothing}
    ${duty.kind === 'excluded' ? line(t('exclusionReason'), duty.exclusionReason) : nothing}
    ${cardFindings(findings, b.ct)}
  </li>`;
}

/** A folded duty in a long role: number, title, share, checks, Edit. */
function summaryRow(b: Builder, p: DutyPlace): TemplateResult {
  const t = b.t;
  const { duty } = p;
  const name = dutyName(b, duty);
  const base = `duty-${duty.id}`;
  return html`<li class="duty line" part="duty" data-kind=${duty.kind} data-path="duties[${p.index}]">
    <span class="line-title">${t('dutyHeading', p.pos + 1, name)}</span>
    <span class="line-share">${duty.timeShare !== undefined ? b.percent(duty.timeShare) : ''}</span>
    ${p.findings.length ? html`<span class="badge line-checks">${t('checksCount', p.findings.length)}</span>` : nothing}
    <button type="button" class="secondary" id="${base}-edit" aria-expanded="false"
      aria-label=${b.readonly ? t('showNamed', name) : t('editNamed', name)}
      @click=${() => {
        b.ui.expandedDuties.add(duty.id);
        b.focusLater(`${base}-title`, `${base}-close`);
        b.requestUpdate();
      }}>${b.readonly ? t('show') : t('edit')}</button>
  </li>`;
}

export function renderDuty(b: Builder, p: DutyPlace): TemplateResult {
  if (p.compact && !b.ui.expandedDuties.has(p.duty.id)) return summaryRow(b, p);
  if (b.readonly) return readonlyCard(b, p);
  const t = b.t;
  const { duty, index } = p;
  const base = `duty-${duty.id}`;
  const io = { listPath: ['duties'], index, itemId: duty.id } as const;
  const showShare = duty.kind !== 'excluded' || duty.timeShare !== undefined;
  // Fields first, so that each takes its own findings; the card shows what is left at its top.
  const { found, own } = collector(p);
  const title = itemText(b, { ...io, id: `${base}-title`, field: ['title'], label: t('dutyTitle'), findings: own('title') });
  const kind = itemSelect(b, {
    ...io, id: `${base}-kind`, field: ['kind'], label: t('dutyKind'), findings: own('kind'),
    options: KINDS.map((k) => ({ value: k, label: kindLabel(b, k) })),
    onChange: (v) => changeKind(b, p, v as DutyKind),
  });
  const share = showShare
    ? itemNumber(b, { ...io, id: `${base}-share`, field: ['timeShare'], label: t('dutyShare'), unit: '%', min: 0, max: 100, findings: own('timeShare') })
    : nothing;
  const description = itemText(b, { ...io, id: `${base}-description`, field: ['description'], label: t('dutyDescription'), multiline: true,
    findings: own('description') });
  const fieldFindings = found.splice(0);
  const more = duty.kind === 'flexible'
    ? limits(b, p)
    : duty.kind === 'excluded'
      ? html`${itemText(b, { ...io, id: `${base}-reason`, field: ['exclusionReason'], label: t('exclusionReason'), hint: t('exclusionReasonHint'),
          multiline: true, findings: own('exclusionReason') })}${cardFindings(found, b.ct)}`
      : nothing;
  return html`<li class="duty card" part="duty" data-kind=${duty.kind} data-path="duties[${index}]">${cardForm(html`
    <div class="item-head">
      <h5 class="duty-heading" id="${base}-heading">${t('dutyHeading', p.pos + 1, dutyName(b, duty))}</h5>
      ${actions(b, p)}
    </div>
    ${cardFindings(p.findings, b.ct)}
    <div class="duty-fields" role="group" aria-labelledby="${base}-heading">${title}${kind}${share}</div>
    ${description}
    ${cardFindings(fieldFindings, b.ct)}
    ${more}
  `)}</li>`;
}
