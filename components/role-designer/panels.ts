/**
 * The steps' panels. Each composes the elements that edit its part of the role — the builder's
 * parts (through its `sections`), the boundary checklist, the supervision planner, and the
 * insights, export and job description — rather than copying them.
 *
 * The long lists (boundary topics, supervision arrangements, training, the Review step's findings)
 * show each entry as a one-line summary until it is opened (`summaries`), and the Review step's
 * job description waits behind a disclosure, so a step fits a few screens.
 *
 * Only the shown step is in the page. A step left behind is kept aside by Lit's `cache` (its
 * elements disconnected, so they do no work while another step is edited) and put back as it was
 * when the step is shown again: what was open or filtered inside survives moving between steps.
 * `cache` keys on the template, so every step has a template literal of its own.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { cache } from 'lit/directives/cache.js';
import type { DesignerModel } from './role-designer.view.js';
import { neighbour, STEP_IDS, type StepId } from './steps.js';
import { stepIntro, stepName } from './steps-nav.js';
import { renderVersionCompare } from './library-tools.js';

const CONTENT: Record<StepId, (d: DesignerModel) => TemplateResult> = {
  role: () => html`<psw-role-builder sections="templates basics"></psw-role-builder>`,
  duties: () => html`<psw-role-builder sections="duties"></psw-role-builder>`,
  boundaries: () => html`<psw-boundary-checklist summaries></psw-boundary-checklist>`,
  support: () => html`<psw-supervision-planner summaries></psw-supervision-planner>`,
  terms: () => html`<psw-role-builder sections="employment progression person-spec" open-sections="employment"></psw-role-builder>`,
  review: (d) => html`<psw-role-insights summaries></psw-role-insights>
    <psw-role-export></psw-role-export>
    <details class="job-description" part="job-description"><summary>${d.t('readJobDescription')}</summary>
      <psw-job-description></psw-job-description></details>`,
};

function pager(d: DesignerModel, step: StepId): TemplateResult {
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

function head(d: DesignerModel, step: StepId): TemplateResult {
  const n = STEP_IDS.indexOf(step) + 1;
  // Builder parts have no heading of their own: the step introduces them. The other elements open
  // with their own heading and introduction, so the step only says where the reader is.
  const intro = d.readonly ? undefined : stepIntro(d, step);
  return html`<div class="panel-head">
    <p class="panel-title" id="panel-title-${step}" tabindex="-1">${d.t('stepShown', n, STEP_IDS.length, stepName(d, step))}</p>
    ${intro ? html`<p class="hint panel-intro">${intro}</p>` : nothing}
  </div>`;
}

/** One literal per step (see the module comment): same markup, separate templates. */
const PANELS: Record<StepId, (d: DesignerModel) => TemplateResult> = {
  role: (d) => html`<div class="panel" part="panel" id="panel-role" data-step="role" role="group" aria-labelledby="panel-title-role"
    >${head(d, 'role')}<div class="panel-body">${CONTENT.role(d)}</div>${pager(d, 'role')}</div>`,
  duties: (d) => html`<div class="panel" part="panel" id="panel-duties" data-step="duties" role="group" aria-labelledby="panel-title-duties"
    >${head(d, 'duties')}<div class="panel-body">${CONTENT.duties(d)}</div>${pager(d, 'duties')}</div>`,
  boundaries: (d) => html`<div class="panel" part="panel" id="panel-boundaries" data-step="boundaries" role="group" aria-labelledby="panel-title-boundaries"
    >${head(d, 'boundaries')}<div class="panel-body">${CONTENT.boundaries(d)}</div>${pager(d, 'boundaries')}</div>`,
  support: (d) => html`<div class="panel" part="panel" id="panel-support" data-step="support" role="group" aria-labelledby="panel-title-support"
    >${head(d, 'support')}<div class="panel-body">${CONTENT.support(d)}</div>${pager(d, 'support')}</div>`,
  terms: (d) => html`<div class="panel" part="panel" id="panel-terms" data-step="terms" role="group" aria-labelledby="panel-title-terms"
    >${head(d, 'terms')}<div class="panel-body">${CONTENT.terms(d)}</div>${pager(d, 'terms')}</div>`,
  review: (d) => html`<div class="panel" part="panel" id="panel-review" data-step="review" role="group" aria-labelledby="panel-title-review"
    >${head(d, 'review')}<div class="panel-body">${CONTENT.review(d)}${renderVersionCompare(d)}</div>${pager(d, 'review')}</div>`,
};

export function renderPanel(d: DesignerModel): TemplateResult {
  return html`${cache(PANELS[d.step](d))}`;
}
