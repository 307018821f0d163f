/** Progression steps: where a peer worker can go from this role, with band and what it takes. */
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { ProgressionStep } from '../../src/model/schema.js';
import { newId } from '../../src/model/ids.js';
import { addItem } from '../../src/store/list-ops.js';
import { cardForm, findingsList } from '../base/ui.js';
import { refusedNote } from '../base/editor-kit/edit-fields.js';
import { suggestedNote, withoutSuggestionFinding } from '../base/editor-kit/suggested-note.js';
import type { BuilderState } from './builder-state.js';
import { section, sectionFindings } from './section-frame.js';
import { itemText } from './fields.js';
import { itemButtons } from './list-items.js';

const LIST = ['progression', 'steps'] as const;

function addStep(b: BuilderState): void {
  const id = newId();
  if (!b.run('add-step', (d) => addItem(d, LIST, { id, title: '' }), { label: b.t('addStep'), action: true })) return;
  b.focusLater(`step-${id}-title`);
  b.announce(b.t('stepAdded'));
}

function step(b: BuilderState, s: ProgressionStep, index: number, steps: readonly ProgressionStep[]): TemplateResult {
  const t = b.t;
  const base = `step-${s.id}`;
  const name = s.title.trim() || t('untitledStep');
  const io = { listPath: LIST, index, itemId: s.id } as const;
  const fields = html`
    <div class="grid">
      ${itemText(b, { ...io, id: `${base}-title`, field: ['title'], label: t('stepTitle') })}
      ${itemText(b, { ...io, id: `${base}-band`, field: ['band'], label: t('stepBand'), hint: index > 0 ? t('stepBandHint') : undefined })}
    </div>
    ${itemText(b, { ...io, id: `${base}-criteria`, field: ['criteria'], label: t('stepCriteria'), multiline: true })}`;
  const rest = b.claim(`progression.steps[${index}]`, s.id);
  return html`<li class="card step" data-path="progression.steps[${index}]">${cardForm(html`
    <div class="item-head">
      <h4 class="item-heading">${t('dutyHeading', index + 1, name)}</h4>
      ${b.readonly
        ? nothing
        : itemButtons(b, {
            listPath: LIST, id: s.id, base, pos: index, count: steps.length, name, label: name, removedMessage: t('stepRemoved'),
            focusAfterRemove: () => [steps[index + 1], steps[index - 1]].filter(Boolean).map((x) => `step-${x!.id}-title`).concat('add-step'),
          })}
    </div>
    ${rest.length ? findingsList(rest, b.ct) : nothing}
    ${fields}
  `)}</li>`;
}

export function renderProgression(b: BuilderState): TemplateResult {
  const t = b.t;
  const steps = b.doc.progression.steps;
  const summary = steps.length ? t('progressionSummary', steps.length) : t('progressionEmpty');
  return section(b, 'progression', 'progression', t('progressionTitle'), summary, () => {
    const rows = steps.map((s, i) => ({ id: s.id, row: step(b, s, i, steps) }));
    // A template's route is its suggestion of what the employer offers: confirmed (or changed) as a whole.
    const note = suggestedNote({
      id: 'progression-steps', path: [...LIST], label: t('progressionRoute'), doc: b.doc, kit: b.kit, l: b.kit.l, readonly: b.readonly,
      focusId: steps.length ? `step-${steps[0]!.id}-title` : 'add-step',
    });
    const listFindings = withoutSuggestionFinding(b.claim('progression.steps'), note);
    return html`
      ${sectionFindings(b, ['progression'])}
      <p class="hint">${t('progressionIntro')}</p>
      ${note?.content ?? nothing}
      ${listFindings.length ? findingsList(listFindings, b.ct) : nothing}
      ${rows.length
        ? html`<ol class="plain item-list" data-path="progression.steps">${repeat(rows, (r) => r.id, (r) => r.row)}</ol>`
        : html`<p class="hint" data-path="progression.steps">${t('progressionEmpty')}</p>`}
      ${b.readonly
        ? nothing
        : html`<div class="actions"><button type="button" class="secondary" id="add-step" @click=${() => addStep(b)}>${t('addStep')}</button></div>
            ${refusedNote(b.kit, 'add-step')}`}
    `;
  });
}
