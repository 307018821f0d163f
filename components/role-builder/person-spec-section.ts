/**
 * The person specification: essential and desirable criteria, each with how it is assessed. Lived
 * experience is an essential criterion of a peer role: when none is marked, a one-click button adds
 * it; the criterion that asks for it carries a badge. Also whether recruitment is co-produced and a
 * peer sits on the panel.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Criterion } from '../../src/model/schema.js';
import { newId } from '../../src/model/ids.js';
import { addItem } from '../../src/store/list-ops.js';
import { cardForm, checkboxField, findingsList, selectField, textField } from '../base/ui.js';
import { editField, refusedNote } from '../base/editor-kit/edit-fields.js';
import type { BuilderState } from './builder-state.js';
import { section, sectionFindings } from './section-frame.js';
import { docCheckbox } from './fields.js';
import { recruitmentFields } from './recruitment-fields.js';
import { itemButtons } from './list-items.js';

type ListName = 'essential' | 'desirable';
const listPath = (which: ListName) => ['recruitment', 'personSpec', which] as const;
const OTHER = '__other';
/** Stored as these en-GB words (the templates use them too); shown through the strings catalogue. */
const ASSESSED = [
  ['Application form', 'assessedApplication'],
  ['Interview', 'assessedInterview'],
  ['Application and interview', 'assessedBoth'],
  ['References', 'assessedReferences'],
] as const;
const isStandardAssessed = (v: string | undefined) => ASSESSED.some(([k]) => k === v);

function addCriterion(b: BuilderState, which: ListName): void {
  const id = newId();
  if (!b.run(`add-${which}`, (d) => addItem(d, listPath(which), { id, text: '' }), { label: b.t(which === 'essential' ? 'addEssential' : 'addDesirable'), action: true })) return;
  b.focusLater(`crit-${id}-text`);
  b.announce(b.t('criterionAdded'));
}

function addLivedExperience(b: BuilderState): void {
  const t = b.t;
  const id = newId();
  const text = b.doc.context.livedExperienceFocus?.trim() || t('livedExperienceText');
  const criterion: Criterion = { id, text, assessedBy: 'Application and interview', livedExperience: true };
  if (!b.run('add-lived-experience', (d) => addItem(d, listPath('essential'), criterion, 0), { label: t('addLivedExperience'), action: true })) return;
  b.focusLater(`crit-${id}-text`);
  b.announce(t('livedExperienceAdded'));
}

function assessedBy(b: BuilderState, c: Criterion, which: ListName, index: number): TemplateResult {
  const t = b.t;
  const base = `crit-${c.id}`;
  const path = ['recruitment', 'personSpec', which, index, 'assessedBy'];
  const other = b.ui.otherAssessed.has(c.id) || (c.assessedBy !== undefined && !isStandardAssessed(c.assessedBy));
  const set = (v: string | undefined, typing = false) =>
    b.setItem(`${base}-assessed-text`, listPath(which), c.id, ['assessedBy'], v, t('assessedBy'), typing);
  if (b.readonly) return textField({ id: `${base}-assessed`, label: t('assessedBy'), value: c.assessedBy, readonly: true, onInput: () => {} }, b.ct);
  return html`${selectField({
      id: `${base}-assessed`, label: t('assessedBy'), emptyLabel: t('chooseOne'), path: path.join('.'),
      value: other ? OTHER : c.assessedBy,
      options: [...ASSESSED.map(([value, key]) => ({ value, label: t(key) })), { value: OTHER, label: t('assessedOther') }],
      onChange: (v) => {
        if (v === OTHER) {
          b.ui.otherAssessed.add(c.id);
          b.focusLater(`${base}-assessed-text`);
          b.requestUpdate();
          return;
        }
        b.ui.otherAssessed.delete(c.id);
        set(v || undefined);
      },
    })}
    ${other
      ? editField(b.kit, {
          id: `${base}-assessed-text`, label: t('assessedOtherText'), value: isStandardAssessed(c.assessedBy) ? undefined : c.assessedBy,
          onInput: (v) => set(v, true),
        })
      : nothing}`;
}

function criterion(b: BuilderState, c: Criterion, which: ListName, index: number, list: readonly Criterion[]): TemplateResult {
  const t = b.t;
  const base = `crit-${c.id}`;
  const name = c.text.trim() || t('untitledCriterion');
  const path = `recruitment.personSpec.${which}[${index}]`;
  const findings = b.claim(path, c.id);
  const badge = c.livedExperience ? html`<span class="badge lived">${t('livedExperienceBadge')}</span>` : nothing;
  const text = editField(
    b.kit,
    {
      id: `${base}-text`, label: t('criterionText'), value: c.text, multiline: true, readonly: b.readonly, path: `${path}.text`,
      onInput: (v) => b.setItem(`${base}-text`, listPath(which), c.id, ['text'], v, t('criterionText'), true),
    },
    b.ct,
  );
  return html`<li class="card criterion" data-path=${path}>${cardForm(html`
    <div class="item-head">
      <span class="item-number">${index + 1}.</span> ${badge}
      ${b.readonly
        ? nothing
        : itemButtons(b, {
            listPath: listPath(which), id: c.id, base, pos: index, count: list.length, name, label: name, removedMessage: t('criterionRemoved'),
            focusAfterRemove: () =>
              [list[index + 1], list[index - 1]].filter(Boolean).map((x) => `crit-${x!.id}-text`).concat(`add-${which}`),
          })}
    </div>
    ${findings.length ? findingsList(findings, b.ct) : nothing}
    ${text}
    <div class="grid">
      ${assessedBy(b, c, which, index)}
      ${which === 'essential' && !b.readonly
        ? checkboxField({
            id: `${base}-lived`, label: t('livedExperienceMark'), checked: !!c.livedExperience, path: `${path}.livedExperience`,
            onChange: (on) => b.setItem(`${base}-lived`, listPath(which), c.id, ['livedExperience'], on || undefined, t('livedExperienceMark')),
          })
        : nothing}
    </div>
  `)}</li>`;
}

function criteriaList(b: BuilderState, which: ListName): TemplateResult {
  const t = b.t;
  const list = b.doc.recruitment.personSpec[which];
  const rows = list.map((c, i) => ({ id: c.id, row: criterion(b, c, which, i, list) }));
  const rest = b.claim(`recruitment.personSpec.${which}`);
  const missingLived = which === 'essential' && !list.some((c) => c.livedExperience);
  return html`<div class="criteria" data-path="recruitment.personSpec.${which}">
    <h4>${t(which)}</h4>
    ${rest.length ? findingsList(rest, b.ct) : nothing}
    ${missingLived && !b.readonly
      ? html`<div class="callout">
          <p>${t('livedExperienceMissing')}</p>
          <button type="button" class="secondary" id="add-lived-experience" @click=${() => addLivedExperience(b)}>${t('addLivedExperience')}</button>
          ${refusedNote(b.kit, 'add-lived-experience')}
        </div>`
      : nothing}
    ${rows.length ? html`<ol class="plain item-list">${repeat(rows, (r) => r.id, (r) => r.row)}</ol>` : html`<p class="hint">${t('groupEmpty')}</p>`}
    ${b.readonly
      ? nothing
      : html`<div class="actions"><button type="button" class="secondary" id="add-${which}" @click=${() => addCriterion(b, which)}>
            ${t(which === 'essential' ? 'addEssential' : 'addDesirable')}</button></div>
          ${refusedNote(b.kit, `add-${which}`)}`}
  </div>`;
}

export function renderPersonSpec(b: BuilderState): TemplateResult {
  const t = b.t;
  const spec = b.doc.recruitment.personSpec;
  return section(b, 'person-spec', 'person-spec', t('personSpecTitle'), t('personSpecSummary', spec.essential.length, spec.desirable.length), () => {
    const body = html`
      ${b.readonly ? nothing : html`<p class="hint">${t('personSpecIntro')}</p>`}
      ${criteriaList(b, 'essential')}
      ${criteriaList(b, 'desirable')}
      ${docCheckbox(b, { id: 'recruitment-coproduced', path: ['recruitment', 'coProduced'], label: t('coProduced') })}
      ${docCheckbox(b, { id: 'recruitment-peer-panel', path: ['recruitment', 'peerOnPanel'], label: t('peerOnPanel') })}
      ${recruitmentFields(b)}`;
    return html`${sectionFindings(b, ['recruitment'])}${body}`;
  });
}
