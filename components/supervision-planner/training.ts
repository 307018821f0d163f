/**
 * The training plan: induction, peer-specific training items mapped to the nine competence-framework
 * domains, mandatory training and development; and a coverage list saying, in words and with an
 * icon, which domains the peer-specific training covers. Domains whose names are not confirmed
 * (catalogue `confirmed: false`) say so wherever they appear.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { competenceDomains } from '../../src/catalogue/competence-domains.js';
import type { TrainingItem } from '../../src/model/schema.js';
import { editField, numberField, refusedNote } from '../base/editor-kit/edit-fields.js';
import { SUGGESTION_RULE } from '../base/editor-kit/suggested-note.js';
import { isSuggested } from '../../src/store/suggestion-marks.js';
import { cardForm, readonlyField } from '../base/ui.js';
import { itemActions } from './arrangements.js';
import { findingsByField, itemKey, type PlannerView } from './planner-view.js';

const LIST = 'training.peerSpecific' as const;
/** The parts of the training offer a template can suggest (src/catalogue/templates/blocks.ts). */
const TRAINING_PATHS = [['training', 'induction'], ['training', 'peerSpecific'], ['training', 'mandatory'], ['training', 'development']] as const;
const FIELDS = ['title', 'hours', 'competenceDomains'];

function domainName(v: PlannerView, n: number): string {
  const d = competenceDomains.find((x) => x.number === n);
  if (!d) return String(n);
  return `${v.t('domainLabel', n, d.label)}${d.confirmed ? '' : ` ${v.t('unconfirmed')}`}`;
}

export function renderTraining(v: PlannerView): TemplateResult {
  const { t, ct } = v;
  const training = v.document.training;
  const items = training.peerSpecific;
  // What a template writes here is its suggestion of what the employer provides, one offer: the note
  // under the heading says so while any of it is unconfirmed, with one Confirm for all of it (the
  // note says what the suggestion findings would say beside each field). Editing a part confirms that part.
  const note = v.suggestedNote('training-heading', TRAINING_PATHS, t('trainingOffer'));
  const own = (path: string) => v.findings(path).filter((f) => !(note && f.ruleId === SUGGESTION_RULE));
  // A part still suggested is described by that note (shown once, under the heading).
  const describedByNote = (path: string) => (note && isSuggested(v.document, path) ? { id: note.id, content: html`` } : undefined);
  const text = (field: 'induction' | 'mandatory' | 'development') => editField(v.kit, {
    id: `training-${field}`, key: `training.${field}`, label: t(field), value: training[field], multiline: true, readonly: v.readonly,
    path: `training.${field}`, findings: own(`training.${field}`), note: describedByNote(`training.${field}`),
    onInput: (value) => v.setText(['training', field], value),
  }, ct);
  const listFindings = own(LIST).filter((f) => !f.itemId && f.path === LIST);
  return html`<section class="section" part="training" data-path="training" aria-labelledby="training-heading">
    <h3 id="training-heading" tabindex="-1">${t('trainingHeading')}</h3>
    <p class="hint">${t('trainingHint')}</p>
    ${note?.content ?? nothing}
    ${v.findingsBlock(v.findings('training').filter((f) => f.path === 'training'))}
    ${text('induction')}
    <h4 id="peer-training-heading">${t('peerSpecific')}</h4>
    ${v.findingsBlock(listFindings)}
    ${items.length === 0 ? html`<p class="muted">${t('noTraining')}</p>` : nothing}
    <ol class="plain items" aria-labelledby="peer-training-heading">
      ${repeat(items, (it) => it.id, (it, i) => renderItem(v, it, i, items.length))}
    </ol>
    ${v.readonly
      ? nothing
      : html`<div class="actions add">
          <button type="button" class="secondary" data-path=${LIST} data-action="add-training" @click=${() => v.addTraining()}>
            <span aria-hidden="true">+ </span>${t('addTraining')}
          </button>
          ${refusedNote(v.kit, `${LIST}:add`)}
        </div>`}
    ${renderCoverage(v, items)}
    ${text('mandatory')}
    ${text('development')}
  </section>`;
}

function renderItem(v: PlannerView, item: TrainingItem, index: number, count: number): TemplateResult {
  const { t, ct } = v;
  const id = item.id;
  const name = t('trainingName', index + 1, item.title);
  const all = v.findings(`${LIST}[${index}]`, id);
  const findings = findingsByField(all, LIST, FIELDS);
  const expanded = v.isExpanded(LIST, id, count);
  const domains = item.competenceDomains ?? [];
  const headingId = `tr-${id}-heading`;
  const p = (field: string) => `${LIST}[].${field}`;
  const hours = item.hours !== undefined ? `${v.l.number(item.hours)} ${t('trainingHours').toLowerCase()}` : undefined;
  return html`<li class="item" data-item-id=${id} data-path="${LIST}[]" aria-labelledby=${headingId}>${cardForm(html`
    <div class="item-head">
      <h5 id=${headingId}>${name}</h5>
      ${expanded ? nothing : html`<span class="summary">${[hours, domains.length ? domains.join(', ') : undefined].filter(Boolean).join(' · ')}</span> ${v.left(all)}`}
      ${v.readonly ? nothing : itemActions(v, LIST, id, item.title || name, index, count, expanded)}
    </div>
    ${v.findingsBlock(findings(''))}
    ${!expanded
      ? nothing
      : v.readonly
        ? html`<div class="grid readonly-grid">
            ${readonlyField(t('trainingHours'), item.hours !== undefined ? v.l.number(item.hours) : undefined, ct)}
            ${readonlyField(t('domainsLegend'), domains.length ? domains.map((n) => domainName(v, n)).join('; ') : undefined, ct)}
          </div>
          ${v.findingsBlock(findings('competenceDomains'))}`
        : html`<div class="grid">
              ${editField(v.kit, {
                id: `tr-${id}-title`, key: itemKey(LIST, id, 'title'), label: t('trainingTitle'), value: item.title, path: p('title'), required: true,
                findings: findings('title'),
                onInput: (value) => v.setTrainingTitle(id, value),
              }, ct)}
              ${numberField(v.kit, {
                id: `tr-${id}-hours`, key: itemKey(LIST, id, 'hours'), itemId: id, label: t('trainingHours'), value: item.hours, min: 0, max: 2000,
                path: p('hours'), findings: findings('hours'), recipe: v.trainingHours(id),
              }, ct)}
            </div>
            <fieldset class="domain-choices" data-path=${p('competenceDomains')}>
              <legend>${t('domainsLegend')}</legend>
              <div class="choices stacked">
                ${competenceDomains.map((d) => html`<label class="choice" for="tr-${id}-d${d.number}">
                  <input type="checkbox" id="tr-${id}-d${d.number}" data-domain=${d.number} .checked=${domains.includes(d.number)}
                    @change=${(e: Event) => v.toggleDomain(id, d.number, (e.target as HTMLInputElement).checked)} />
                  <span>${domainName(v, d.number)}</span>
                </label>`)}
              </div>
              ${refusedNote(v.kit, itemKey(LIST, id, 'competenceDomains'))}
              ${v.findingsBlock(findings('competenceDomains'))}
            </fieldset>`}
  `)}</li>`;
}

function renderCoverage(v: PlannerView, items: readonly TrainingItem[]): TemplateResult {
  const { t } = v;
  const coveredBy = (n: number) =>
    items.flatMap((it, i) => (it.competenceDomains?.includes(n) ? [it.title || t('trainingName', i + 1, '')] : []));
  const covered = competenceDomains.filter((d) => coveredBy(d.number).length > 0).length;
  return html`<div class="coverage">
    <h4 id="coverage-heading">${t('coverageHeading')}</h4>
    <p id="coverage-summary">${t('coverageSummary', covered)}</p>
    <ol class="plain domains" part="domains" aria-labelledby="coverage-heading" aria-describedby="coverage-summary">
      ${competenceDomains.map((d) => {
        const by = coveredBy(d.number);
        const on = by.length > 0;
        return html`<li class="domain" data-domain=${d.number} data-covered=${on ? 'true' : 'false'}>
          <span class="icon" aria-hidden="true">${on ? '✓' : '✗'}</span>
          <span><span class="state">${on ? t('covered') : t('notCovered')}:</span> <span class="name">${domainName(v, d.number)}</span>
            ${on ? html`<span class="by muted">${t('coveredBy', by.join('; '))}</span>` : nothing}</span>
        </li>`;
      })}
    </ol>
    <p class="hint">${t('unconfirmedNote')}</p>
  </div>`;
}
