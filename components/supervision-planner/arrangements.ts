/**
 * The supervision arrangements list: one card per arrangement (type, provider, format, frequency,
 * length, focus, protected time), with move/remove, and the cover field. Long lists collapse to
 * summary lines with an Edit button so a list of 200 stays quick.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { supervisionTypes } from '../../src/catalogue/supervision-types.js';
import { supervisionFocusOptions } from '../../src/catalogue/supervision-focus.js';
import type { SupervisionArrangement } from '../../src/model/schema.js';
import { answeredTextField, editField, numberField, refusedNote } from '../base/editor-kit/edit-fields.js';
import { withoutSuggestionFinding } from '../base/editor-kit/suggested-note.js';
import { cardForm, checkboxField, radioGroup, readonlyField, selectField } from '../base/ui.js';
import { findingsByField, itemKey, type ListName, type PlannerView } from './planner-view.js';

const LIST = 'supervision.arrangements' as const;
const FIELDS = ['type', 'providerRole', 'providerHasPeerBackground', 'providerTrainedInPeerSupervision', 'format', 'frequency', 'durationMinutes', 'focus', 'protectedTime'];

export const typeLabel = (type: string) => supervisionTypes.find((x) => x.id === type)?.label ?? type;

/** How an arrangement is named in buttons and announcements: its type and, if given, provider. */
export function arrangementName(a: SupervisionArrangement): string {
  return a.providerRole ? `${typeLabel(a.type)} (${a.providerRole})` : typeLabel(a.type);
}

export function renderArrangements(v: PlannerView): TemplateResult {
  const { t } = v;
  const list = v.document.supervision.arrangements;
  // The list as a whole, and anything under "supervision" that has no control of its own.
  // A template's pattern (sessions, their length, protected time) is its suggestion of what the
  // employer provides: the note says so, with Confirm for the list as a whole.
  const note = v.suggestedNote('arrangements-heading', [...LIST.split('.')], t('arrangementsPattern'));
  const listFindings = withoutSuggestionFinding(v.findings('supervision').filter(
    (f) => !f.itemId && f.path !== undefined && f.path !== 'supervision.cover' && !f.path.startsWith(`${LIST}[`),
  ), note);
  return html`<section class="section" part="arrangements" data-path="supervision" aria-labelledby="arrangements-heading">
    <h3 id="arrangements-heading" tabindex="-1">${t('arrangementsHeading')}</h3>
    <p class="hint">${t('arrangementsHint')}</p>
    ${note?.content ?? nothing}
    ${v.findingsBlock(listFindings)}
    ${list.length === 0 ? html`<p class="muted">${t('noArrangements')}</p>` : nothing}
    <ol class="plain items">
      ${repeat(list, (a) => a.id, (a, i) => renderArrangement(v, a, i, list.length))}
    </ol>
    ${v.readonly
      ? nothing
      : html`<div class="actions add">
          <button type="button" class="secondary" data-path=${LIST} data-action="add-arrangement" @click=${() => v.addArrangement()}>
            <span aria-hidden="true">+ </span>${t('add')}
          </button>
          ${refusedNote(v.kit, `${LIST}:add`)}
        </div>`}
    <div class="cover">
      ${editField(v.kit, {
        id: 'cover', key: 'supervision.cover', label: t('cover'), hint: t('coverHint'), value: v.document.supervision.cover, multiline: true,
        readonly: v.readonly, path: 'supervision.cover', findings: v.findings('supervision.cover'),
        onInput: (value) => v.setText(['supervision', 'cover'], value),
      }, v.ct)}
    </div>
  </section>`;
}

function renderArrangement(v: PlannerView, own: SupervisionArrangement, index: number, count: number): TemplateResult {
  const { t } = v;
  // Shown with the organisation profile's answers where the arrangement has none; edits go by id.
  const a = v.sources.effective.supervision.arrangements[index] ?? own;
  const name = arrangementName(a);
  const all = v.findings(`${LIST}[${index}]`, a.id);
  const findings = findingsByField(all, LIST, FIELDS);
  const expanded = v.isExpanded(LIST, a.id, count);
  const headingId = `arr-${a.id}-heading`;
  return html`<li class="item" part="arrangement" data-item-id=${a.id} data-path="${LIST}[]" aria-labelledby=${headingId}>${cardForm(html`
    <div class="item-head">
      <h4 id=${headingId}>${t('arrangementName', index + 1, typeLabel(a.type))}</h4>
      ${expanded ? nothing : html`<span class="summary">${summary(v, a)}</span> ${v.left(all)}`}
      ${v.readonly ? nothing : itemActions(v, LIST, a.id, name, index, count, expanded)}
    </div>
    ${v.findingsBlock(findings(''))}
    ${expanded ? (v.readonly ? readonlyBody(v, a, index, findings) : editBody(v, a, index, findings)) : nothing}
  `)}</li>`;
}

function summary(v: PlannerView, a: SupervisionArrangement): string {
  const { t } = v;
  const perWord = (p: string) => t(p === 'week' ? 'perWeek' : p === 'quarter' ? 'perQuarter' : 'perMonth');
  return [
    a.providerRole,
    a.frequency ? t('summaryFrequency', a.frequency.count, perWord(a.frequency.per)) : t('summaryNoFrequency'),
    a.durationMinutes !== undefined ? t('summaryDuration', a.durationMinutes) : undefined,
  ].filter(Boolean).join(' · ');
}

/** Move up / Move down / Remove (and Edit/Done in long lists); names say which item they act on. */
export function itemActions(v: PlannerView, list: ListName, id: string, name: string, index: number, count: number, expanded: boolean): TemplateResult {
  const { t } = v;
  const quoted = ` “${name}”`;
  return html`<div class="actions item-actions">
    ${v.collapses(count)
      ? html`<button type="button" class="secondary" data-action="toggle" aria-expanded=${expanded ? 'true' : 'false'}
          @click=${() => v.toggleExpanded(list, id)}>${expanded ? t('done') : t('edit')}<span class="visually-hidden">${quoted}</span></button>`
      : nothing}
    <button type="button" class="secondary" data-action="up" ?disabled=${index === 0} @click=${() => v.moveItem(list, id, -1, 'up')}>
      <span aria-hidden="true">↑ </span>${t('moveUp')}<span class="visually-hidden">${quoted}</span>
    </button>
    <button type="button" class="secondary" data-action="down" ?disabled=${index === count - 1} @click=${() => v.moveItem(list, id, 1, 'down')}>
      <span aria-hidden="true">↓ </span>${t('moveDown')}<span class="visually-hidden">${quoted}</span>
    </button>
    <button type="button" class="danger" data-action="remove" @click=${() => v.removeItem(list, id)}>
      ${t('remove')}<span class="visually-hidden">${quoted}</span>
    </button>
  </div>`;
}

type ByField = ReturnType<typeof findingsByField>;

/** The notes of the fields the organisation profile may answer (see editor-kit/profile-source.ts). */
function notes(v: PlannerView, a: SupervisionArrangement, index: number) {
  const at = (field: string) => ['supervision', 'arrangements', index, field];
  const perWord = (p: string) => v.t(p === 'week' ? 'perWeek' : p === 'quarter' ? 'perQuarter' : 'perMonth');
  const frequency = (f: unknown) => {
    const x = f as { count: number; per: string };
    return v.t('summaryFrequency', x.count, perWord(x.per));
  };
  return {
    provider: v.sourceNote(`arr-${a.id}-provider`, at('providerRole'), v.t('providerRole')),
    peer: v.sourceNote(`arr-${a.id}-peer`, at('providerHasPeerBackground'), v.t('peerBackground')),
    trained: v.sourceNote(`arr-${a.id}-trained`, at('providerTrainedInPeerSupervision'), v.t('trained')),
    frequency: v.sourceNote(`arr-${a.id}-frequency`, at('frequency'), v.t('frequency'), frequency, `arr-${a.id}-count`),
  };
}

function editBody(v: PlannerView, a: SupervisionArrangement, index: number, findings: ByField): TemplateResult {
  const { t, ct } = v;
  const id = a.id;
  const note = notes(v, a, index);
  const p = (field: string) => `${LIST}[].${field}`;
  const type = supervisionTypes.find((x) => x.id === a.type);
  const key = (field: string) => itemKey(LIST, id, field);
  const per = a.frequency?.per ?? v.pendingPer(id);
  const known = new Set(supervisionFocusOptions.map((o) => o.id as string));
  const focus = a.focus ?? [];
  return html`<div class="grid">
      ${selectField({
        id: `arr-${id}-type`, label: t('type'), value: a.type, path: p('type'), findings: findings('type'),
        hint: type ? `${type.description} ${t('typicalProvider', type.typicalProvider)} ${t('sourcesLine', type.sources.join(', '))}` : undefined,
        options: supervisionTypes.map((x) => ({ value: x.id, label: x.label })),
        onChange: (value) => v.setArrangement(id, 'type', value),
      }, ct)}
      ${(note.provider ? answeredTextField : editField)(v.kit, {
        own: v.document.supervision.arrangements[index]?.providerRole,
        id: `arr-${id}-provider`, key: key('providerRole'), label: t('providerRole'), hint: t('providerRoleHint'), value: a.providerRole ?? '',
        path: p('providerRole'), findings: findings('providerRole'), note: note.provider,
        onInput: (value) => v.setArrangement(id, 'providerRole', value),
      }, ct)}
    </div>
    <div class="checks">
      ${checkboxField({
        id: `arr-${id}-peer`, label: t('peerBackground'), hint: t('peerBackgroundHint'), checked: a.providerHasPeerBackground,
        path: p('providerHasPeerBackground'), note: note.peer, onChange: (on) => v.setArrangement(id, 'providerHasPeerBackground', on),
      }, ct)}
      ${v.findingsBlock(findings('providerHasPeerBackground'))}
      ${checkboxField({
        id: `arr-${id}-trained`, label: t('trained'), checked: a.providerTrainedInPeerSupervision,
        path: p('providerTrainedInPeerSupervision'), note: note.trained,
        onChange: (on) => v.setArrangement(id, 'providerTrainedInPeerSupervision', on),
      }, ct)}
      ${v.findingsBlock(findings('providerTrainedInPeerSupervision'))}
    </div>
    ${radioGroup({
      name: `arr-${id}-format`, legend: t('format'), value: a.format, path: p('format'),
      options: [{ value: 'one-to-one', label: t('oneToOne') }, { value: 'group', label: t('group') }],
      onChange: (value) => v.setArrangement(id, 'format', value),
    }, ct)}
    ${v.findingsBlock(findings('format'))}
    <fieldset class="frequency" data-path=${p('frequency')}
      aria-describedby="arr-${id}-frequency-hint${note.frequency ? ` ${note.frequency.id}` : ''}">
      <legend>${t('frequency')}</legend>
      <p class="hint" id="arr-${id}-frequency-hint">${t('frequencyHint')}</p>
      <div class="inline">
        ${numberField(v.kit, {
          id: `arr-${id}-count`, key: key('frequency'), itemId: id, label: t('count'), value: a.frequency?.count, min: 1, max: 31, step: 1,
          inputmode: 'numeric', path: p('frequency.count'), recipe: v.count(id),
        }, ct)}
        ${selectField({
          id: `arr-${id}-per`, label: t('per'), value: per, path: p('frequency.per'),
          options: [{ value: 'week', label: t('perWeek') }, { value: 'month', label: t('perMonth') }, { value: 'quarter', label: t('perQuarter') }],
          onChange: (value) => v.setPer(id, value as 'week' | 'month' | 'quarter'),
        }, ct)}
      </div>
      ${note.frequency?.content ?? nothing}
      ${v.findingsBlock(findings('frequency'))}
    </fieldset>
    ${numberField(v.kit, {
      id: `arr-${id}-duration`, key: key('durationMinutes'), itemId: id, label: t('duration'), value: a.durationMinutes, min: 5, max: 480,
      step: 1, inputmode: 'numeric', unit: t('minutes'), path: p('durationMinutes'), findings: findings('durationMinutes'), recipe: v.duration(id),
    }, ct)}
    <fieldset class="focus" data-path=${p('focus')}>
      <legend>${t('focus')}</legend>
      <div class="choices focus-choices">
        ${supervisionFocusOptions.map((o) => focusBox(v, id, o.id, o.label, focus.includes(o.id)))}
        ${focus.filter((f) => !known.has(f)).map((f) => focusBox(v, id, f, t('otherFocus', f), true))}
      </div>
      ${refusedNote(v.kit, key('focus'))}
      ${v.findingsBlock(findings('focus'))}
    </fieldset>
    ${checkboxField({
      id: `arr-${id}-protected`, label: t('protectedTime'), checked: a.protectedTime, path: p('protectedTime'),
      onChange: (on) => v.setArrangement(id, 'protectedTime', on),
    }, ct)}
    ${v.findingsBlock(findings('protectedTime'))}`;
}

function focusBox(v: PlannerView, id: string, focus: string, label: string, checked: boolean): TemplateResult {
  // Catalogue ids are safe in an id attribute; own wording may not be, so number those.
  const boxId = `arr-${id}-focus-${encodeURIComponent(focus).replace(/%/g, '_')}`;
  return html`<label class="choice" for=${boxId}>
    <input type="checkbox" id=${boxId} .checked=${checked} data-focus=${focus}
      @change=${(e: Event) => v.toggleFocus(id, focus, (e.target as HTMLInputElement).checked)} />
    <span>${label}</span>
  </label>`;
}

function readonlyBody(v: PlannerView, a: SupervisionArrangement, index: number, findings: ByField): TemplateResult {
  const { t, ct } = v;
  const note = notes(v, a, index);
  const withNote = (field: TemplateResult, n?: { content: TemplateResult }) => (n ? html`<div>${field}${n.content}</div>` : field);
  const yesNo = (b: boolean | undefined) => (b === undefined ? undefined : b ? ct('yes') : ct('no'));
  const perWord = (p: string) => t(p === 'week' ? 'perWeek' : p === 'quarter' ? 'perQuarter' : 'perMonth');
  const focusLabels = (a.focus ?? []).map((f) => supervisionFocusOptions.find((o) => o.id === f)?.label ?? f);
  return html`<div class="grid readonly-grid">
    ${withNote(readonlyField(t('providerRole'), a.providerRole, ct), note.provider)}
    ${withNote(readonlyField(t('peerBackground'), yesNo(a.providerHasPeerBackground), ct), note.peer)}
    ${withNote(readonlyField(t('trained'), yesNo(a.providerTrainedInPeerSupervision), ct), note.trained)}
    ${readonlyField(t('format'), a.format === 'group' ? t('group') : a.format === 'one-to-one' ? t('oneToOne') : undefined, ct)}
    <div>
      ${readonlyField(t('frequency'), a.frequency ? t('summaryFrequency', a.frequency.count, perWord(a.frequency.per)) : undefined, ct)}
      ${note.frequency?.content ?? nothing}
      ${v.findingsBlock(findings('frequency'))}
    </div>
    ${readonlyField(t('duration'), a.durationMinutes !== undefined ? `${a.durationMinutes} ${t('minutes')}` : undefined, ct)}
    ${readonlyField(t('focus'), focusLabels.length ? focusLabels.join(', ') : undefined, ct)}
    <div>
      ${readonlyField(t('protectedTime'), yesNo(a.protectedTime), ct)}
      ${v.findingsBlock(findings('protectedTime'))}
    </div>
  </div>
  ${v.findingsBlock([...findings('providerHasPeerBackground'), ...findings('providerTrainedInPeerSupervision')])}`;
}
