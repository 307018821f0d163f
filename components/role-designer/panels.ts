/**
 * The steps' panels. Each composes the elements that edit its part of the role — the builder's
 * parts (through its `sections`), the boundary checklist, the supervision planner, and the
 * insights, export and job description — rather than copying them. A panel is rendered the first
 * time its step is shown and then stays (hidden when another step is shown), so what is open or
 * filtered inside it survives moving between steps, and its editor hears psw-navigate.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Designer } from './designer-api.js';
import { neighbour, STEP_IDS, STEPS, stepDef, type StepId } from './steps.js';
import { stepIntro, stepName } from './steps-nav.js';

function content(step: StepId): TemplateResult {
  const sections = stepDef(step).builderSections;
  if (sections) return html`<psw-role-builder sections=${sections}></psw-role-builder>`;
  switch (step) {
    case 'boundaries':
      return html`<psw-boundary-checklist></psw-boundary-checklist>`;
    case 'support':
      return html`<psw-supervision-planner></psw-supervision-planner>`;
    default:
      return html`<psw-role-insights></psw-role-insights>
        <psw-role-export></psw-role-export>
        <psw-job-description></psw-job-description>`;
  }
}

function pager(d: Designer, step: StepId): TemplateResult {
  const t = d.t;
  const prev = neighbour(step, -1);
  const next = neighbour(step, 1);
  return html`<div class="pager" part="pager" role="group" aria-label=${t('pagerLabel')}>
    ${prev
      ? html`<button type="button" class="secondary prev" data-step=${prev} @click=${() => d.go(prev, 'pager')}>
          <span aria-hidden="true">←</span> ${t('previous', stepName(d, prev))}</button>`
      : nothing}
    ${next
      ? html`<button type="button" class="next" data-step=${next} @click=${() => d.go(next, 'pager')}>
          ${t('next', stepName(d, next))} <span aria-hidden="true">→</span></button>`
      : nothing}
  </div>`;
}

function panel(d: Designer, step: StepId): TemplateResult {
  const n = STEP_IDS.indexOf(step) + 1;
  // Builder parts have no heading of their own: the step introduces them. The other elements open
  // with their own heading and introduction, so the step only says where the reader is.
  const intro = d.readonly ? undefined : stepIntro(d, step);
  return html`<div class="panel" part="panel" id="panel-${step}" data-step=${step} role="group"
    aria-labelledby="panel-title-${step}" ?hidden=${step !== d.step}>
    <div class="panel-head">
      <p class="panel-title" id="panel-title-${step}" tabindex="-1">${d.t('stepShown', n, STEP_IDS.length, stepName(d, step))}</p>
      ${intro ? html`<p class="hint panel-intro">${intro}</p>` : nothing}
    </div>
    <div class="panel-body">${content(step)}</div>
    ${pager(d, step)}
  </div>`;
}

export function renderPanels(d: Designer): TemplateResult {
  // Same position for each step on every render, so a panel's elements are never re-created.
  return html`${STEPS.map((s) => (d.visited(s.id) ? panel(d, s.id) : nothing))}`;
}
