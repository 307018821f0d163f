/**
 * The year view: twelve months × the planned arrangements, as a picture (a CSS grid of marks whose
 * shape differs by type, so it reads without colour and in forced colours) or as a real table
 * (caption, a row header per arrangement, a column per month, the number of sessions in each
 * cell). The picture is hidden from assistive technology; the summary line and the table carry the
 * same facts in words. Month names come from Intl in the reader's language.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { arrangementName } from './arrangements.js';
import type { PlannerView } from './planner-view.js';
import { contractedHoursPerMonth, QUARTER_MONTHS, WEEKS_PER_MONTH, yearPlan, type YearPlan } from './year-plan.js';

const MONTHS = Array.from({ length: 12 }, (_, i) => i);
/** The most marks drawn in one cell; more show as a "+". */
const MAX_MARKS = 6;

function monthNames(v: PlannerView, month: 'long' | 'short' | 'narrow'): string[] {
  // The 15th, local time: safe from time-zone edges whatever the reader's offset.
  return MONTHS.map((m) => v.l.date(new Date(2025, m, 15), { month }));
}

function list(v: PlannerView, items: string[]): string {
  try {
    return new Intl.ListFormat(v.l.lang, { type: 'conjunction' }).format(items);
  } catch {
    return items.join(', ');
  }
}

/** The hours sentence, e.g. "About 2 hours a month of supervision and reflection: 2.1% of contracted hours (about 98 hours a month)." */
export function hoursSummary(v: PlannerView, plan: YearPlan): string | undefined {
  if (plan.rows.length === 0) return undefined;
  const { t } = v;
  const h = plan.hoursPerMonth;
  const hoursText = (n: number, digits: number) => {
    const s = v.l.number(n, { maximumFractionDigits: digits });
    return n === 1 ? t('hour', s) : t('hours', s);
  };
  const perWeek = v.document.employment.hoursPerWeek;
  if (!perWeek) return t('hoursNoContract', hoursText(h, 1));
  const contracted = contractedHoursPerMonth(perWeek);
  const share = h / contracted;
  const pct = v.l.number(share, { style: 'percent', maximumFractionDigits: share < 0.1 ? 1 : 0 });
  return t('hoursSummary', hoursText(h, 1), pct, hoursText(contracted, 0));
}

export function renderYearView(v: PlannerView): TemplateResult {
  const { t } = v;
  const plan = yearPlan(v.document.supervision.arrangements);
  const summary = hoursSummary(v, plan);
  const fmt = (n: number) => v.l.number(n, { maximumFractionDigits: 1 });
  const longMonths = monthNames(v, 'long');
  return html`<section class="section year" part="year-view" aria-labelledby="year-heading">
    <h3 id="year-heading">${t('yearHeading')}</h3>
    ${plan.rows.length === 0
      ? html`<p class="muted" id="year-summary">${t('emptyYear')}</p>`
      : html`<p class="hours" id="year-summary">${summary}</p>
          <div class="actions">
            <button type="button" class="secondary" data-action="toggle-table" aria-pressed=${v.showTable ? 'true' : 'false'}
              @click=${() => v.toggleTable()}>${t('showTable')}</button>
          </div>
          ${v.showTable ? renderTable(v, plan, longMonths, fmt) : renderPicture(v, plan)}`}
    <ul class="notes hint">
      ${plan.unscheduled.length ? html`<li>${t('notShown', list(v, plan.unscheduled.map(arrangementName)))}</li>` : nothing}
      ${plan.uncounted.length ? html`<li>${t('notCounted', list(v, plan.uncounted.map(arrangementName)))}</li>` : nothing}
      ${plan.hasWeekly ? html`<li>${t('weeklyNote', fmt(WEEKS_PER_MONTH))}</li>` : nothing}
      ${plan.hasQuarterly ? html`<li>${t('quarterlyNote', list(v, QUARTER_MONTHS.map((m) => longMonths[m]!)))}</li>` : nothing}
      <li>${t('notBenchmark')}</li>
    </ul>
  </section>`;
}

function renderPicture(v: PlannerView, plan: YearPlan): TemplateResult {
  const narrow = monthNames(v, 'narrow');
  return html`<div class="picture" aria-hidden="true" data-view="picture">
    <div class="pic-row pic-head">
      <span class="pic-label"></span>
      ${narrow.map((m) => html`<span class="pic-month">${m}</span>`)}
    </div>
    ${repeat(plan.rows, (r) => r.arrangement.id, (r) => html`<div class="pic-row" data-item-id=${r.arrangement.id}>
      <span class="pic-label">${arrangementName(r.arrangement)}</span>
      ${r.months.map((n) => {
        const marks = Math.round(n);
        return html`<span class="pic-cell" data-sessions=${marks}>${Array.from({ length: Math.min(marks, MAX_MARKS) }, () =>
          html`<span class="mark t-${r.arrangement.type}"></span>`)}${marks > MAX_MARKS ? html`<span class="more">+</span>` : nothing}</span>`;
      })}
    </div>`)}
  </div>`;
}

function renderTable(v: PlannerView, plan: YearPlan, longMonths: string[], fmt: (n: number) => string): TemplateResult {
  const { t } = v;
  const short = monthNames(v, 'short');
  const yearTotal = plan.rows.reduce((sum, r) => sum + r.year, 0);
  // The caption is repeated outside the scroll box so it stays in view when the table scrolls sideways.
  return html`<p class="table-title" aria-hidden="true">${t('tableCaption')}</p>
  <div class="scroll" role="region" tabindex="0" aria-label=${t('tableScrollLabel')} data-view="table">
    <table class="year-table">
      <caption class="visually-hidden">${t('tableCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">${t('arrangementColumn')}</th>
          ${short.map((m, i) => html`<th scope="col" aria-label=${longMonths[i]!}>${m}</th>`)}
          <th scope="col">${t('yearColumn')}</th>
        </tr>
      </thead>
      <tbody>
        ${repeat(plan.rows, (r) => r.arrangement.id, (r) => html`<tr data-item-id=${r.arrangement.id}>
          <th scope="row">${arrangementName(r.arrangement)}</th>
          ${r.months.map((n) => html`<td>${fmt(n)}</td>`)}
          <td>${fmt(r.year)}</td>
        </tr>`)}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">${t('totalRow')}</th>
          ${plan.totals.map((n) => html`<td>${fmt(n)}</td>`)}
          <td>${fmt(yearTotal)}</td>
        </tr>
      </tfoot>
    </table>
  </div>`;
}
