/**
 * The step navigation: an ordered list of buttons, the current one marked `aria-current="step"`,
 * each with its number, name and what is left in its part of the role: the counts of what the
 * assessment found to fix and to check there, and a tick only when there is nothing of either.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { DesignerModel } from './role-designer.view.js';
import { STEPS, stepProgress, type StepId, type StepProgress } from './steps.js';

const nameKey = {
  role: 'stepRole',
  duties: 'stepDuties',
  boundaries: 'stepBoundaries',
  support: 'stepSupport',
  terms: 'stepTerms',
  review: 'stepReview',
} as const satisfies Record<StepId, string>;

/** Steps made of builder parts, which have no heading or introduction of their own. */
const introKey = {
  role: 'stepRoleIntro',
  duties: 'stepDutiesIntro',
  terms: 'stepTermsIntro',
} as const satisfies Partial<Record<StepId, string>>;

export const stepName = (d: DesignerModel, step: StepId): string => d.t(nameKey[step]);
export const stepIntro = (d: DesignerModel, step: StepId): string | undefined =>
  step in introKey ? d.t(introKey[step as keyof typeof introKey]) : undefined;

/** `fix` (something must be fixed), `check` (only things to check) or `clear`. */
export function stepState(p: StepProgress): 'fix' | 'check' | 'clear' {
  return p.errors ? 'fix' : p.warnings ? 'check' : 'clear';
}

/**
 * The mark before a step's counts, a shape for each state so colour is never alone: a tick only
 * when nothing is left to fix or check. Hidden from screen readers, which hear the counts.
 */
export const STEP_MARKS = { fix: '!', check: '?', clear: '✓' } as const;

function status(d: DesignerModel, p: StepProgress): TemplateResult {
  const t = d.t;
  const state = stepState(p);
  const parts = [
    p.errors ? html`<span class="fix">${t('stepStatusFix', p.errors)}</span>` : undefined,
    p.warnings ? html`<span class="check">${t('stepStatusCheck', p.warnings)}</span>` : undefined,
  ].filter((x) => x !== undefined);
  return html`<span class="step-status" data-state=${state}
    ><span class="mark" aria-hidden="true">${STEP_MARKS[state]}</span
    ><span class="visually-hidden">, </span
    >${parts.length
      ? parts.map((part, i) => html`${i ? ', ' : nothing}${part}`)
      : t('stepStatusAllClear')}</span
  >`;
}

export function renderStepsNav(d: DesignerModel): TemplateResult {
  const findings = d.assessment.findings;
  return html`<nav class="steps-nav" part="steps" aria-label=${d.t('stepsLabel')}>
    <ol class="steps">
      ${STEPS.map((s, i) => {
        const current = s.id === d.step;
        const progress = stepProgress(s.id, findings);
        return html`<li>
          <button type="button" class="step" part="step" id="step-${s.id}" data-step=${s.id}
            data-state=${stepState(progress)} aria-current=${current ? 'step' : nothing}
            @click=${() => d.go(s.id, 'nav')}>
            <span class="step-number">${i + 1}</span><span class="visually-hidden">. </span
            ><span class="step-name">${stepName(d, s.id)}</span>${status(d, progress)}
          </button>
        </li>`;
      })}
    </ol>
  </nav>`;
}
